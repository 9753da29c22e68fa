import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/facts/markdown.ts';
import { spelledEmails } from '../src/facts/spelled-email.ts';

const addresses = (line: string) => spelledEmails(line).map((e) => e.address);

describe('e-mail addresses spelled out against harvesters', () => {
  it('reads the usual spellings, with where and how each was written', () => {
    expect(spelledEmails('To reach the response team, email `security at python dot org`.')).toEqual([{ address: 'security@python.org', written: 'security at python dot org', column: 36 }]);
    expect(addresses('Write to security [at] kubernetes [dot] io or sec (at) example (dot) co (dot) uk')).toEqual(['security@kubernetes.io', 'sec@example.co.uk']);
    expect(addresses('security[at]example[dot]org')).toEqual(['security@example.org']);
    expect(addresses('Mail SECURITY AT ACME DOT ORG.')).toEqual(['security@acme.org']);
    // Spellings mixed with real dots are not read.
    expect(addresses('report to sec [at] corp.example [dot] com')).toEqual([]);
    expect(addresses('security {at} some-project {dot} foundation')).toEqual(['security@some-project.foundation']);
  });

  it('reads a domain written whole after a bracketed `at`, or with both parts in code or quotes', () => {
    expect(spelledEmails('please send an email to `Julian+Security` at `GrayVines.com` with subject line `SECURITY`.')).toEqual([{ address: 'julian+security@grayvines.com', written: '`Julian+Security` at `GrayVines.com`', column: 25 }]);
    expect(addresses('Mail "sec" at "example.org", or `security at example.com`.')).toEqual(['sec@example.org', 'security@example.com']);
    expect(addresses('Write to security [at] example.foundation.')).toEqual(['security@example.foundation']);
    expect(addresses('security[at]lists.example.org')).toEqual(['security@lists.example.org']);
  });

  it('does not read a whole domain after a plain `at` in prose, or code that names files', () => {
    expect(addresses('Releases are available at pypi.org and docs at example.readthedocs.io.')).toEqual([]);
    expect(addresses('Look AT GITHUB.COM for the rest.')).toEqual([]);
    expect(addresses('The loader `load` at `module.py` and "x" at "setup.cfg" read it.')).toEqual([]);
    expect(addresses('`security` at example.com, "sec at "example.org"')).toEqual([]);
  });

  it('does not read prose as an address', () => {
    expect(addresses('Look at this dot product before you start.')).toEqual([]);
    expect(addresses('We meet at noon. The dot matrix printer is at home.')).toEqual([]);
    expect(addresses('security At python Dot org')).toEqual([]);
    expect(addresses('security at python')).toEqual([]);
    expect(addresses('at python dot org')).toEqual([]);
  });

  it('reads any line in time linear in its length, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'at', 'dot', '[at]', '(dot)', ' ', '`', '.', 'x-y'), { maxLength: 200 }), (parts) => {
        for (const e of spelledEmails(parts.join(' '))) expect(e.address).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,24}$/);
      }),
    );
    const long = 'a at b dot '.repeat(20_000);
    const t = process.hrtime.bigint();
    spelledEmails(long);
    expect(Number(process.hrtime.bigint() - t) / 1e6).toBeLessThan(2_000);
  });

  it('gives the outline of a security policy the address', () => {
    const outline = parseMarkdown('# Security\n\nTo reach the team, email `security at python dot org`.\n\nExample: your-name at example dot com\n');
    expect(outline.emails.map((e) => [e.address, e.line, e.written])).toEqual([['security@python.org', 3, 'security at python dot org']]);
  });
});
