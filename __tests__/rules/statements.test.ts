// The sentence reader rules use on section prose (src/rules/helpers.ts): sentences, negations,
// GitHub's unfilled SECURITY.md template, and "While active" requirements of inactive repositories.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/facts/markdown.ts';
import { isTemplateSection, negatedIn, sentencesOf, statementIn } from '../../src/rules/helpers/statements.ts';

describe('sentencesOf', () => {
  it('splits sentences, semicolons, list items, checkboxes and table cells, dropping emphasis and link targets', () => {
    const s = sentencesOf('- All maintainers **must** use two-factor authentication. We do not require 2FA for contributors; see [the docs](https://x.example). - [ ] I have added tests | Version | Supported |');
    expect(s).toEqual(['All maintainers must use two-factor authentication.', 'We do not require 2FA for contributors', 'see the docs.', 'I have added tests', 'Version', 'Supported']);
  });
  it("drops strong emphasis marks written three at a time (syft's ***all commits require a sign-off***)", () => {
    expect(sentencesOf("Don't forget that ***all commits require a sign-off*** and ___this___ too.")).toEqual(["Don't forget that all commits require a sign-off and this too."]);
  });
  it('splits where a block quote or a GitHub alert begins (vite\'s SECURITY.md), without the markers', () => {
    const body = parseMarkdown('## Threat Model\n\nA report is only considered a vulnerability if it does not require compromising a trusted element first.\n\n> [!NOTE]\n> Reports that fall outside the threat model will not be treated as security vulnerabilities.\n\nMore text.\n\n> Quoted advice.\n').headings[0].body;
    expect(sentencesOf(body)).toEqual([
      'A report is only considered a vulnerability if it does not require compromising a trusted element first.',
      'Reports that fall outside the threat model will not be treated as security vulnerabilities.',
      'More text.',
      'Quoted advice.',
    ]);
    expect(sentencesOf('> [!WARNING]\n> Do not run this as root.')).toEqual(['Do not run this as root.']);
  });
  it('keeps hyphenated words and abbreviations together', () => {
    expect(sentencesOf('Use two-factor auth, e.g. a passkey.')).toEqual(['Use two-factor auth, e.g. a passkey.']);
  });
});

describe('statementIn / negatedIn', () => {
  const MFA = /two[- ]factor|\b2fa\b/i;
  const NOT = /\bnot\b|\boptional\b/i;
  it('finds the sentence that states it and skips a negated one', () => {
    expect(statementIn('2FA is optional. Maintainers must use two-factor authentication.', MFA, NOT)).toBe('Maintainers must use two-factor authentication.');
    expect(statementIn('We do not require 2FA.', MFA, NOT)).toBeNull();
    expect(negatedIn('We do not require 2FA.', MFA, NOT)).toBe(true);
    expect(negatedIn('We require 2FA.', MFA, NOT)).toBe(false);
  });
  it('tries each sentence for a pattern with an alternative anchored at the sentence start, not only at its own start', () => {
    const ADD = /\bmust add tests\b|^(?:[-*]\s+)?add tests\b/i;
    expect(statementIn('Keep changes small.\n- Add tests for the change.', ADD)).toBe('Add tests for the change.');
  });
});

describe('isTemplateSection', () => {
  const template = `# Security Policy

## Supported Versions

Use this section to tell people about which versions of your project are
currently being supported with security updates.

| Version | Supported          |
| ------- | ------------------ |
| 5.1.x   | :white_check_mark: |
| 5.0.x   | :x:                |
| 4.0.x   | :white_check_mark: |
| < 4.0   | :x:                |

## Reporting a Vulnerability

Use this section to tell people how to report a vulnerability.

Tell them where to go, how often they can expect to get an update on a
reported vulnerability, what to expect if the vulnerability is accepted or
declined, etc.
`;
  it("recognises GitHub's unfilled template sections", () => {
    const o = parseMarkdown(template);
    expect(o.headings.map((h) => isTemplateSection(h))).toEqual([false, true, true]);
  });
  it('does not flag a filled-in policy, nor one that kept only the table layout', () => {
    const o = parseMarkdown('# Security\n\n## Supported Versions\n\nOnly the latest minor release gets security updates.\n\n| Version | Supported |\n| --- | --- |\n| 2.3.x | yes |\n| < 2.3 | no |\n');
    expect(o.headings.some((h) => isTemplateSection(h))).toBe(false);
  });
});
