// The event file: the shipped example loads; every mistake the issue names is refused with its
// line and what to write instead, all at once; the JSON Schema agrees with the loader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EventError, loadEvent, parseEvent, repositoryIndex } from '../../src/organizer/event.ts';
import { ajv } from '../helpers/schemas.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'docs', 'event-example.yml');

const GOOD = `name: Test Slam
window: { start: 2027-02-20T00:00:00Z, end: 2027-03-20T23:59:59Z }
trust:
  signer-workflow: '^https://github\\.com/security-slam/security-slam-action/\\.github/workflows/slam\\.yml@refs/tags/v1$'
  tool-versions: '>=0.2.0'
participants:
  - name: Widget
    repositories: [acme/widget, acme/widget-helm]
    level: 2
    advisor: A. Person
  - name: Gadget
    repositories: [gadget/gadget]
    level: 1
`;

function problems(text: string) {
  try {
    parseEvent(text, 'event.yml', '/tmp');
  } catch (e) {
    expect(e).toBeInstanceOf(EventError);
    return (e as EventError).problems;
  }
  throw new Error('expected the event file to be refused');
}

describe('event file', () => {
  it('the shipped example loads: a dozen participants, defaults filled in', () => {
    const event = loadEvent(EXAMPLE);
    expect(event.name).toBe('Security Slam Spring 2027');
    expect(event.participants.length).toBeGreaterThanOrEqual(12);
    expect(event.window.startMs).toBe(Date.parse('2027-02-20T00:00:00Z'));
    expect(event.artifactName).toBe('security-slam-result');
    expect(event.defender).toBe('signed-result');
    expect(event.trust.trustedRoot).toBe('public-good');
    expect(event.trust.signerWorkflow.test('https://github.com/security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1.2')).toBe(true);
    expect(event.trust.signerWorkflow.test('https://github.com/acme/widget/.github/workflows/slam.yml@refs/tags/v1')).toBe(false);
    expect(event.objectives).toEqual(['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender', 'cra-readiness']);
    const widget = event.participants.find((p) => p.name === 'Widget')!;
    expect(widget).toMatchObject({ repositories: ['acme/widget', 'acme/widget-helm'], level: 2, logo: '/project-logos/widget.png', advisor: 'A. Person' });
    expect(repositoryIndex(event).get('acme/widget-helm')?.participant.name).toBe('Widget');
  });

  it('the example and a minimal file validate against schemas/event.schema.json', () => {
    const validate = ajv().compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'event.schema.json'), 'utf8')));
    expect(validate(parse(readFileSync(EXAMPLE, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(parse(GOOD))).toBe(true);
    expect(validate({ ...parse(GOOD), extra: 1 })).toBe(false);
  });

  it('defaults and a relative trusted root resolved beside the event file', () => {
    const e = parseEvent(GOOD.replace("  tool-versions: '>=0.2.0'\n", '  trusted-root: roots/root.json\n  allow-self-hosted: true\n'), 'event.yml', '/srv/slam');
    expect(e.trust.trustedRoot).toBe('/srv/slam/roots/root.json');
    expect(e.trust.allowSelfHosted).toBe(true);
    expect(e.trust.toolVersions).toBeUndefined();
  });

  it('an unknown key: its line, and the key it resembles', () => {
    const p = problems(GOOD.replace('participants:', 'particpants:'));
    expect(p).toContainEqual({ line: 6, column: 1, message: expect.stringContaining('unknown key "particpants" in the event file; did you mean "participants"?') });
    const q = problems(GOOD.replace('    advisor: A. Person', '    mentor: A. Person'));
    expect(q).toEqual([{ line: 10, column: 5, message: expect.stringMatching(/unknown key "mentor" in participants\[0\]; write one of: name, repositories, level, logo, advisor, hub-target/) }]);
  });

  it('a participant listed twice, and a repository in two participants: both lines', () => {
    const twice = problems(`${GOOD}  - name: widget\n    repositories: [acme/other]\n    level: 1\n`);
    expect(twice).toEqual([{ line: 14, column: 11, message: 'participant "widget" is listed twice (lines 7 and 14); keep one entry and put every repository of the project under its repositories' }]);
    const shared = problems(`${GOOD}  - name: Sprocket\n    repositories: [ACME/Widget]\n    level: 1\n`);
    expect(shared).toEqual([
      { line: 15, column: 20, message: 'repository ACME/Widget is listed under "Widget" (line 8) and "Sprocket" (line 15); a repository belongs to one participant: remove it from one of them' },
    ]);
  });

  it('a window that ends before it starts, with an end to write instead', () => {
    const p = problems(GOOD.replace('end: 2027-03-20T23:59:59Z', 'end: 2027-02-01T00:00:00Z'));
    expect(p).toEqual([{ line: 2, column: 45, message: expect.stringMatching(/^window\.end \(2027-02-01T00:00:00Z\) is not after window\.start \(2027-02-20T00:00:00Z\); write an end later than the start, e.g\. end: 2027-03-20T00:00:00Z$/) }]);
    expect(problems(GOOD.replace('start: 2027-02-20T00:00:00Z', 'start: 20 Feb 2027'))[0].message).toMatch(/window\.start must be a date and time with a time zone, e\.g\. 2027-02-20T00:00:00Z/);
  });

  it('a level outside 1-3', () => {
    expect(problems(GOOD.replace('level: 2', 'level: 4'))).toEqual([{ line: 9, column: 5, message: expect.stringMatching(/^participants\[0\]\.level must be 1, 2 or 3/) }]);
    expect(problems(GOOD.replace('level: 1', 'level: 0'))[0].line).toBe(13);
  });

  it('a malformed or unanchored regular expression, with an example to write', () => {
    const bad = problems(GOOD.replace("'^https://github", "'^(https://github"));
    expect(bad).toEqual([{ line: 4, column: 20, message: expect.stringMatching(/^trust\.signer-workflow is not a valid regular expression \(.*\); write an anchored pattern such as '\^https:/) }]);
    const loose = problems(GOOD.replace("v1$'", "v1'"));
    expect(loose[0].message).toMatch(/must be anchored \(start with \^ and end with \$\)/);
  });

  it('a semver range that is not one, a repository written as a URL, a missing key, several problems at once', () => {
    const p = problems(GOOD.replace(">=0.2.0", 'newest').replace('[gadget/gadget]', '[https://github.com/gadget/gadget]'));
    // Schema problems come first (the file is not read further), then the rest on the next pass.
    expect(p).toEqual([{ line: 12, column: 20, message: 'participants[1].repositories[0] must be owner/name, as in https://github.com/owner/name (no URL, no .git)' }]);
    const q = problems(GOOD.replace(">=0.2.0", 'newest').replace('level: 2', 'level: 3').replace("v1$'", "v1'"));
    expect(q.map((x) => x.line)).toEqual([4, 5]);
    expect(q[1].message).toBe(`trust.tool-versions "newest" is not a semver range; write for example '>=0.2.0' or '^1.0.0'`);
    const missing = problems(GOOD.replace(/participants:[\s\S]*/, ''));
    expect(missing).toEqual([{ line: 1, column: 1, message: 'the event file needs "participants" (a list of { name, repositories, level })' }]);
  });

  it('defender: grc-store needs a hub target per participant; either does not', () => {
    const p = problems(`defender: grc-store\n${GOOD}`);
    expect(p.map((x) => x.message)).toEqual([
      expect.stringContaining('participant "Widget" has no hub-target, but defender is grc-store'),
      expect.stringContaining('participant "Gadget" has no hub-target'),
    ]);
    expect(parseEvent(`defender: either\n${GOOD}`, 'e.yml').defender).toBe('either');
    const ok = parseEvent(`defender: grc-store\n${GOOD.replace('    advisor: A. Person\n', '    advisor: A. Person\n    hub-target: acme/widget\n').replace('    level: 1\n', '    level: 1\n    hub-target: gadget/gadget\n')}`, 'e.yml');
    expect(ok.participants.map((x) => x.hubTarget)).toEqual(['acme/widget', 'gadget/gadget']);
  });

  it('hostile YAML: not a mapping, deep nesting, duplicate keys, too large', () => {
    expect(problems('- a\n- b\n')[0].message).toMatch(/an event file is a mapping/);
    expect(problems(`name: x\n${'['.repeat(40)}`)[0].message).toMatch(/nests deeper/);
    expect(problems(`${GOOD}name: again\n`)[0].message).toMatch(/YAML error/);
    const e = (() => {
      try {
        loadEvent(join(ROOT, 'no-such-event.yml'));
      } catch (x) {
        return x as EventError;
      }
      return null;
    })();
    expect(e?.problems[0].message).toBe('cannot read the event file: ENOENT');
  });
});
