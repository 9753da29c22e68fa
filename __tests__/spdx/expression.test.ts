import { describe, expect, it } from 'vitest';
import { evaluateExpression, isApproved, parseExpression } from '../../src/facts/spdx/expression.ts';
import { licenseInfo } from '../../src/facts/spdx/metadata.ts';

describe('isApproved', () => {
  it('accepts OSI-approved ids in any letter case', () => {
    expect(isApproved('MIT')).toBe(true);
    expect(isApproved('apache-2.0')).toBe(true);
    expect(isApproved('GPL-3.0-or-later')).toBe(true);
  });
  it('accepts FSF-free ids that OSI has not approved', () => {
    for (const id of ['WTFPL', 'CC0-1.0', 'X11', 'BSD-4-Clause', 'BSD-3-Clause-Clear', 'IJG', 'OpenSSL', 'Ruby', 'Vim', 'CC-BY-4.0', 'GFDL-1.3-only', 'AGPL-1.0-only']) {
      expect(isApproved(id), id).toBe(true);
    }
  });
  it('refuses source-available and non-commercial licenses', () => {
    for (const id of ['BUSL-1.1', 'SSPL-1.0', 'Elastic-2.0', 'CC-BY-NC-4.0', 'CC-BY-ND-4.0', 'JSON', 'PolyForm-Noncommercial-1.0.0']) {
      expect(isApproved(id), id).toBe(false);
    }
  });
  it('refuses unknown ids, LicenseRefs and non-expressions', () => {
    expect(isApproved('LicenseRef-Proprietary')).toBe(false);
    expect(isApproved('MIT-ish')).toBe(false);
    expect(isApproved('')).toBe(false);
    expect(isApproved('see LICENSE file')).toBe(false);
    expect(isApproved('(MIT')).toBe(false);
    expect(isApproved('MIT OR')).toBe(false);
  });
  it('OR needs one approved side, AND needs all', () => {
    expect(isApproved('MIT OR BUSL-1.1')).toBe(true);
    expect(isApproved('BUSL-1.1 OR SSPL-1.0')).toBe(false);
    expect(isApproved('MIT AND BUSL-1.1')).toBe(false);
    expect(isApproved('MIT AND Apache-2.0')).toBe(true);
    expect(isApproved('(MIT OR BUSL-1.1) AND Apache-2.0')).toBe(true);
    expect(isApproved('(SSPL-1.0 OR BUSL-1.1) AND Apache-2.0')).toBe(false);
  });
  it('judges WITH by its base license, and accepts + (or later)', () => {
    expect(isApproved('GPL-2.0-only WITH Classpath-exception-2.0')).toBe(true);
    expect(isApproved('Apache-2.0 WITH LLVM-exception')).toBe(true);
    expect(isApproved('BUSL-1.1 WITH Classpath-exception-2.0')).toBe(false);
    expect(isApproved('MPL-1.1+')).toBe(true);
    expect(isApproved('GPL-2.0+')).toBe(true);
  });
});

describe('evaluateExpression', () => {
  it('re-writes ids in canonical spelling and reports unknown ones', () => {
    const v = evaluateExpression('mit or (apache-2.0 and LicenseRef-Foo)');
    expect(v).not.toBeNull();
    expect(v!.expression).toBe('MIT OR (Apache-2.0 AND LicenseRef-Foo)');
    expect(v!.unknownIds).toEqual(['LicenseRef-Foo']);
    expect(v!.approved).toBe(true);
    expect(v!.osiApproved).toBe(true);
  });
  it('AND binds tighter than OR', () => {
    const n = parseExpression('A OR B AND C');
    expect(n?.kind).toBe('or');
    expect(n && n.kind === 'or' ? n.right.kind : null).toBe('and');
  });
  it('bounds nesting depth on hostile input', () => {
    expect(parseExpression('('.repeat(500) + 'MIT' + ')'.repeat(500))).toBeNull();
    expect(parseExpression('MIT OR '.repeat(1000) + 'MIT')).toBeNull();
  });
});

describe('licenseInfo', () => {
  it('knows OSI, FSF and deprecation status', () => {
    expect(licenseInfo('mit')).toMatchObject({ id: 'MIT', osiApproved: true, deprecated: false });
    expect(licenseInfo('WTFPL')).toMatchObject({ osiApproved: false, fsfLibre: true });
    expect(licenseInfo('GPL-2.0')).toMatchObject({ deprecated: true });
    expect(licenseInfo('GPL-2.0-only')).toMatchObject({ deprecated: false });
    expect(licenseInfo('Elastic-2.0')).toMatchObject({ osiApproved: false, fsfLibre: false });
    expect(licenseInfo('no-such-license')).toBeNull();
  });
});
