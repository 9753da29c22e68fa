import { describe, expect, it } from 'vitest';
import full from 'spdx-license-list/full.js';
import { identifyLicense, MATCH_THRESHOLD } from '../../src/facts/spdx/identify.ts';

const text = (id: string): string => {
  const e = full[id];
  if (!e) throw new Error(`no ${id} in spdx-license-list`);
  return e.licenseText;
};

// What real LICENSE files look like: the SPDX template with the copyright line filled in.
const MIT = text('MIT').replace('<year> <copyright holders>', '2024 Jane Doe <jane@example.org>');
const APACHE = text('Apache-2.0');
const APACHE_TERMS_ONLY = APACHE.slice(0, APACHE.indexOf('END OF TERMS AND CONDITIONS'));
const BSD3 = text('BSD-3-Clause').replace('<year> <owner>', '2019-2024, Example Corp.');

/** Joins every paragraph into one line, as editors with soft wrap produce. */
const reflow = (t: string) => t.replace(/([^\n])\n(?!\n)/g, '$1 ').replace(/[ \t]+/g, ' ');

describe('identifyLicense: the licenses that must be told apart', () => {
  const cases: [string, string][] = [
    ['MIT', 'MIT'],
    ['ISC', 'ISC'],
    ['BSD-2-Clause', 'BSD-2-Clause'],
    ['BSD-3-Clause', 'BSD-3-Clause'],
    ['Apache-2.0', 'Apache-2.0'],
    ['MPL-2.0', 'MPL-2.0'],
    ['GPL-2.0-only', 'GPL-2.0-only'],
    ['GPL-3.0-only', 'GPL-3.0-only'],
    ['LGPL-2.1-only', 'LGPL-2.1-only'],
    ['LGPL-3.0-only', 'LGPL-3.0-only'],
    ['AGPL-3.0-only', 'AGPL-3.0-only'],
    ['Unlicense', 'Unlicense'],
    ['0BSD', '0BSD'],
    ['MIT-0', 'MIT-0'],
  ];
  for (const [source, expected] of cases) {
    it(`${source} text is ${expected}, approved`, async () => {
      const m = await identifyLicense(text(source));
      expect(m.spdxId).toBe(expected);
      expect(m.method).toBe('text-match');
      expect(m.confidence).toBeGreaterThanOrEqual(0.99);
      expect(m.approved).toBe(true);
      expect(m.osiApproved).toBe(true);
    });
  }

  it('GPL texts are identical for -only and -or-later: reported as an alternative, deprecated ids left out', async () => {
    const m = await identifyLicense(text('GPL-3.0-or-later'));
    expect(m.spdxId).toBe('GPL-3.0-only');
    expect(m.alternatives).toEqual(['GPL-3.0-or-later']);
    const l = await identifyLicense(text('LGPL-2.1-only'));
    expect(l.alternatives).toEqual(['LGPL-2.1-or-later']);
  });

  it('AGPL-3.0 is not mistaken for GPL-3.0, nor LGPL-3.0 for GPL-3.0', async () => {
    expect((await identifyLicense(text('AGPL-3.0-only'))).spdxId).toBe('AGPL-3.0-only');
    expect((await identifyLicense(text('LGPL-3.0-only'))).spdxId).toBe('LGPL-3.0-only');
    expect((await identifyLicense(reflow(text('GPL-3.0-only')))).spdxId).toBe('GPL-3.0-only');
  });
});

describe('identifyLicense: licenses that are identified but not approved', () => {
  for (const id of ['BUSL-1.1', 'SSPL-1.0', 'Elastic-2.0', 'CC-BY-NC-4.0', 'JSON', 'PolyForm-Noncommercial-1.0.0']) {
    it(`${id} is recognised and refused`, async () => {
      const m = await identifyLicense(reflow(text(id)));
      expect(m.spdxId).toBe(id);
      expect(m.approved).toBe(false);
      expect(m.osiApproved).toBe(false);
      expect(m.fsfLibre).toBe(false);
    });
  }

  it('FSF-free but not OSI-approved licenses are approved through the FSF list', async () => {
    for (const id of ['WTFPL', 'CC0-1.0', 'BSD-3-Clause-Clear']) {
      const m = await identifyLicense(text(id));
      expect(m.spdxId, id).toBe(id);
      expect(m.osiApproved, id).toBe(false);
      expect(m.fsfLibre, id).toBe(true);
      expect(m.approved, id).toBe(true);
    }
  });

  it('Apache-2.0 with the Commons Clause in front is not approved', async () => {
    const cc =
      '"Commons Clause" License Condition v1.0\n\nThe Software is provided to you by the Licensor under the License, as defined below, subject to the following condition.\n\n' +
      'Without limiting other conditions in the License, the grant of rights under the License will not include, and the License does not grant to you, the right to Sell the Software.\n\n' +
      'Software: Example\nLicense: Apache 2.0\nLicensor: Example Corp.\n\n';
    const m = await identifyLicense(cc + APACHE);
    expect(m.spdxId).toBe('Apache-2.0 AND LicenseRef-Commons-Clause');
    expect(m.approved).toBe(false);
    expect(m.reason).toMatch(/Commons Clause/);
  });
});

describe('identifyLicense: real-world variations', () => {
  it('MIT with a filled-in copyright line, a markdown title and "Licence" spelling', async () => {
    const md = '# The MIT Licence (MIT)\n\n' + MIT.replace('MIT License\n', '').replace('Permission is hereby granted', '**Permission is hereby granted**').replace(/license/g, 'licence');
    const m = await identifyLicense(md);
    expect(m.spdxId).toBe('MIT');
    expect(m.confidence).toBeGreaterThanOrEqual(0.98);
    expect(m.reason).toBeUndefined();
  });

  it('MIT reflowed to one line per paragraph, with CRLF line ends and typographic quotes', async () => {
    const t = reflow(MIT).replace(/"AS IS"/, '\u201cAS IS\u201d').replace(/\n/g, '\r\n');
    const m = await identifyLicense(t);
    expect(m.spdxId).toBe('MIT');
    expect(m.confidence).toBe(1);
  });

  it('MIT as an HTML-ish markdown file with a link in it', async () => {
    const t = MIT.replace('MIT License', '## [MIT License](https://opensource.org/licenses/MIT)');
    expect((await identifyLicense(t)).spdxId).toBe('MIT');
  });

  it('Apache-2.0 without the appendix, and with the appendix filled in', async () => {
    const a = await identifyLicense(APACHE_TERMS_ONLY);
    expect(a.spdxId).toBe('Apache-2.0');
    expect(a.confidence).toBe(1);
    const b = await identifyLicense(APACHE.replace('[yyyy] [name of copyright owner]', '2023 The Example Authors'));
    expect(b.spdxId).toBe('Apache-2.0');
    expect(b.confidence).toBe(1);
  });

  it('BSD-3-Clause naming the organisation in clause 3 stays BSD-3-Clause, not BSD-2-Clause', async () => {
    const t = BSD3.replace('the copyright holder nor', 'Example Corp. nor');
    const m = await identifyLicense(t);
    expect(m.spdxId).toBe('BSD-3-Clause');
    expect(m.confidence).toBeGreaterThan(0.97);
    expect(m.reason).toMatch(/example, corp/);
  });

  it('BSD-2-Clause is BSD-2-Clause even with the BSD-3 title', async () => {
    const t = 'BSD 3-Clause License\n\n' + text('BSD-2-Clause').replace('<year> <owner>', '2020 A. Person');
    expect((await identifyLicense(t)).spdxId).toBe('BSD-2-Clause');
  });

  it('ISC and 0BSD are told apart (0BSD drops the notice requirement)', async () => {
    const isc = text('ISC').replace('<year> <copyright holders>', '2021 Someone');
    expect((await identifyLicense(isc)).spdxId).toBe('ISC');
    expect((await identifyLicense(text('0BSD').replace('[year]', '2021').replace('[fullname]', 'Someone'))).spdxId).toBe('0BSD');
  });
});

describe('identifyLicense: near misses', () => {
  it('an edited MIT with an added restriction is still reported, with the added words named', async () => {
    const m = await identifyLicense(MIT + '\n\nThe Software may not be used for commercial purposes.\n');
    expect(m.spdxId).toBe('MIT');
    expect(m.confidence).toBeLessThan(1);
    expect(m.reason).toMatch(/commercial/);
  });

  it('half of the MIT text is not MIT', async () => {
    const half = MIT.slice(0, Math.floor(MIT.length / 2));
    const m = await identifyLicense(half);
    expect(m.spdxId).toBeNull();
    expect(m.method).toBe('none');
    expect(m.reason).toMatch(/no SPDX license text matches|too little/);
  });

  it('a custom "do anything but sell" license is not identified', async () => {
    const t = 'Example Public License\n\nYou may use, copy and modify this software for any purpose other than selling it. Redistribution must keep this notice. The software comes with no warranty of any kind, and the authors are not liable for anything that happens when you use it.';
    const m = await identifyLicense(t);
    expect(m.spdxId).toBeNull();
    expect(m.confidence).toBeLessThan(MATCH_THRESHOLD);
  });

  it('the MIT text pasted twice fails the length check but is still reported sensibly', async () => {
    const m = await identifyLicense(MIT + '\n\n' + MIT);
    // Either identified through the split into two MIT texts, or refused: never a silent 1.0 match.
    if (m.spdxId !== null) {
      expect(m.spdxId).toBe('MIT');
      expect(m.parts?.length).toBe(2);
    } else expect(m.reason).toMatch(/length/);
  });
});

describe('identifyLicense: several licenses in one file', () => {
  it('MIT then Apache-2.0 without a separator', async () => {
    const m = await identifyLicense(MIT + '\n\n' + APACHE);
    expect(m.spdxId).toBe('MIT AND Apache-2.0');
    expect(m.parts?.map((p) => p.spdxId)).toEqual(['MIT', 'Apache-2.0']);
    expect(m.approved).toBe(true);
    expect(m.confidence).toBeLessThan(1);
  });

  it('Apache-2.0 then MIT after a ---- separator', async () => {
    const m = await identifyLicense(APACHE_TERMS_ONLY + '\n\n--------------------------------\n\n' + MIT);
    expect(m.spdxId).toBe('Apache-2.0 AND MIT');
  });

  it('MIT then BUSL-1.1 is not approved as a whole', async () => {
    const m = await identifyLicense(MIT + '\n\n=====\n\n' + text('BUSL-1.1'));
    expect(m.parts?.map((p) => p.spdxId)).toEqual(['MIT', 'BUSL-1.1']);
    expect(m.approved).toBe(false);
  });

  it('MIT followed by an unidentified notice reports MIT with lowered confidence', async () => {
    const notice =
      '\n\nThird party notices\n\nThis product bundles the example widget library, which is available under its own terms from the vendor web site. ' +
      'Contact the vendor at the address printed on the package for a copy of those terms, a list of authors and the exact version that was bundled here. '.repeat(3);
    const m = await identifyLicense(MIT + notice);
    expect(m.spdxId).toBe('MIT');
    expect(m.confidence).toBeLessThan(MATCH_THRESHOLD);
    expect(m.reason).toMatch(/only part of the file/);
  });
  it("reads a file that opens with MIT and goes on, after runs of blank lines, with notices and a longer BSD text as MIT (jq's COPYING)", async () => {
    const notices =
      "\n\n\n\nThe documentation (everything found under the docs/ subdirectory in\nthe source tree) is licensed under the Creative Commons CC BY 3.0\nlicense, which can be found at its web site.\n" +
      '\n\n\nThis program incorporates code from the example parser, which bears the following notice, and a modified version of a\nparser of dates distributed under the license below:\n\n\n';
    const m = await identifyLicense(MIT + notices + BSD3 + '\n' + 'All trademarks mentioned herein are the property of their respective owners. '.repeat(4));
    expect(m).toMatchObject({ spdxId: 'MIT', approved: true, partial: { at: 'start' } });
    expect(m.partial?.confidence).toBeGreaterThan(MATCH_THRESHOLD);
    expect(m.reason).toMatch(/only part of the file/);
  });
});

describe('identifyLicense: SPDX-License-Identifier', () => {
  it('uses the identifier line over the text', async () => {
    const m = await identifyLicense('SPDX-License-Identifier: Apache-2.0\n\n' + MIT);
    expect(m).toMatchObject({ spdxId: 'Apache-2.0', method: 'spdx-identifier', confidence: 1, approved: true, name: 'Apache License 2.0' });
  });

  it('evaluates expressions, in comments, in any case', async () => {
    expect(await identifyLicense('/* SPDX-License-Identifier: mit OR busl-1.1 */')).toMatchObject({ spdxId: 'MIT OR BUSL-1.1', approved: true });
    expect(await identifyLicense('# SPDX-License-Identifier: MIT AND BUSL-1.1')).toMatchObject({ spdxId: 'MIT AND BUSL-1.1', approved: false });
    expect(await identifyLicense('// SPDX-License-Identifier: GPL-2.0-or-later WITH Linux-syscall-note')).toMatchObject({ approved: true, osiApproved: true });
  });

  it('an unknown LicenseRef is reported, not approved, with lower confidence', async () => {
    const m = await identifyLicense('SPDX-License-Identifier: LicenseRef-Acme-EULA');
    expect(m).toMatchObject({ spdxId: 'LicenseRef-Acme-EULA', approved: false, method: 'spdx-identifier' });
    expect(m.confidence).toBeLessThan(1);
    expect(m.reason).toMatch(/LicenseRef-Acme-EULA/);
  });

  it('a malformed identifier falls back to the text', async () => {
    const m = await identifyLicense('SPDX-License-Identifier: see below (\n\n' + MIT);
    expect(m.method).toBe('text-match');
    expect(m.spdxId).toBe('MIT');
  });
});

describe('identifyLicense: a standard license notice in place of the text', () => {
  const APACHE_NOTICE =
    'Copyright 2018 Example University\n\nLicensed under the Apache License, Version 2.0 (the "License");\nyou may not use this file except in compliance with the License.\nYou may obtain a copy of the License at\n\n    http://www.apache.org/licenses/LICENSE-2.0\n\nUnless required by applicable law or agreed to in writing, software\ndistributed under the License is distributed on an "AS IS" BASIS,\nWITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\nSee the License for the specific language governing permissions and\nlimitations under the License.\n';

  it('the Apache-2.0 notice names Apache-2.0, at the line it starts', async () => {
    const m = await identifyLicense(APACHE_NOTICE);
    expect(m).toMatchObject({ spdxId: 'Apache-2.0', method: 'standard-notice', approved: true, line: 3 });
  });

  it('the MPL-2.0 notice names MPL-2.0', async () => {
    const m = await identifyLicense('This Source Code Form is subject to the terms of the Mozilla Public\nLicense, v. 2.0. If a copy of the MPL was not distributed with this\nfile, You can obtain one at http://mozilla.org/MPL/2.0/.\n');
    expect(m).toMatchObject({ spdxId: 'MPL-2.0', method: 'standard-notice', line: 1 });
  });

  it('a notice with its own conditions added, or a mere mention of the license, is not the notice', async () => {
    const added = `${APACHE_NOTICE}\nIn addition, you may not sell this software or any product built on it, nor offer it as a hosted service, without a commercial license from the copyright holder.\n`;
    expect((await identifyLicense(added)).spdxId).toBeNull();
    expect((await identifyLicense('Parts of this project are licensed under the Apache License, Version 2.0; others are proprietary and may not be copied.\n')).spdxId).toBeNull();
  });
});

describe('identifyLicense: scoring only what decides the top', () => {
  // The default passes over licenses whose size bounds their score below the best found; the answer (the license, its
  // score, its ties, a split into several licenses) must be the one scoring every candidate gives.
  it('gives the exhaustive answer on every 9th reference text, on edited, truncated and concatenated texts', async () => {
    const ids = Object.keys(full).sort();
    const texts = ids.filter((_, i) => i % 9 === 0).map(text);
    texts.push(MIT, BSD3, APACHE_TERMS_ONLY, reflow(APACHE), `${MIT}\n\n${APACHE}`, `${BSD3}\n\n${MIT}`, APACHE.slice(0, APACHE.length / 2), text('GPL-2.0-only'), text('GPL-2.0-or-later'));
    let pruned = 0;
    for (const t of texts) {
      const fast = await identifyLicense(t);
      expect(fast, t.slice(0, 80)).toEqual(await identifyLicense(t, { exhaustive: true }));
      if (fast.spdxId !== null) pruned++;
    }
    expect(pruned).toBeGreaterThan(texts.length / 2);
  });
});
