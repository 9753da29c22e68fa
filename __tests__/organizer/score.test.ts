// Scoring from verified outcomes (real result documents from the engine): first and last result
// per repository, repositories combined (met only when every repository meets it, naming the one
// that holds it back), level rules, Defender by the event's rule, what changed, and every report
// file: the outcomes list compared field by field with the expected one, the JSON against its
// schema, CSV and Markdown escaping.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEvent, type SlamEvent } from '../../src/organizer/event.ts';
import type { HubVerdict } from '../../src/organizer/hub.ts';
import type { RepoRecord } from '../../src/organizer/records.ts';
import { renderCsv, renderMarkdown, renderOutcomes, writeReport, REPORT_FILES } from '../../src/organizer/report-files.ts';
import { score, type ScoreReport } from '../../src/organizer/score.ts';
import type { EventOutcome, EventVerification } from '../../src/organizer/verify-event.ts';
import { ajv } from '../helpers/schemas.ts';
import { SMALL_EVENT, smallEventFixture } from './results.ts';


const day = (d: number) => new Date(Date.UTC(2027, 1, 20 + d, 12)).toISOString();

let event: SlamEvent;
let outcomes: EventOutcome[];
let records: Map<string, RepoRecord | null>;
let report: ScoreReport;
beforeAll(async () => {
  ({ event, outcomes, records } = await smallEventFixture());
  report = score({ event, outcomes, records, now: new Date('2027-03-21T00:00:00Z') });
});

const byName = (name: string) => report.participants.find((p) => p.name === name)!;
const objective = (name: string, id: string) => byName(name).objectives.find((o) => o.id === id)!;

describe('slam score: from verified results', () => {
  it('first and last verified result per repository, with the run that proves it', () => {
    const w = byName('Widget').repositories[0];
    expect(w.first?.signedAt).toBe(day(2));
    expect(w.last?.signedAt).toBe(day(20));
    expect(w.last?.runUrl).toBe('https://github.com/acme/widget/actions/runs/12/attempts/1');
    expect(w.last?.commit).toBe('2'.repeat(40));
    expect(w).toMatchObject({ verified: 2, rejected: 1, rejections: [{ reason: 'outside-window', count: 1 }] });
  });

  it('a multi-repository project meets an objective only when every repository does, and names the one holding it back', () => {
    expect(objective('Widget', 'cleaner')).toMatchObject({ status: 'met', heldBackBy: [] });
    expect(objective('Widget', 'chronicler')).toMatchObject({ status: 'partial', heldBackBy: [{ repository: 'acme/widget-helm', status: 'partial', why: 'do the rest of chronicler' }] });
    expect(objective('Widget', 'mechanizer')).toMatchObject({ status: 'partial', heldBackBy: [{ repository: 'acme/widget', status: 'unmet' }] });
    expect(objective('Widget', 'inspector').status).toBe('unmet');
    expect(byName('Widget').completed).toEqual(['cleaner']);
  });

  it('what changed since the first result: objectives and requirements gained and lost', () => {
    const c = byName('Widget').changes;
    expect(c.objectivesGained).toEqual(['cleaner']);
    // Mechanizer was met by every repository's first result and is not by the last ones.
    expect(c.objectivesLost).toEqual(['mechanizer']);
    expect(c.requirementsGained).toEqual([{ repository: 'acme/widget', id: 'OSPS-DO-01.01', from: 'fail', to: 'pass' }]);
    expect(c.requirementsLost).toEqual([{ repository: 'acme/widget', id: 'OSPS-GV-02.01', from: 'pass', to: 'fail' }]);
    expect(objective('Widget', 'mechanizer').first).toBe('met');
  });

  it('a participant whose every repository is gone: not scored, nothing met, the collect status kept', () => {
    const g = byName('Ghost');
    expect(g.scored).toBe(false);
    expect(g.completed).toEqual([]);
    expect(g.repositories.map((r) => [r.repository, r.collect.status, r.last])).toEqual([
      ['ghost/a', 'not-found', null],
      ['ghost/b', 'not-found', null],
    ]);
    expect(objective('Ghost', 'cleaner')).toMatchObject({ status: 'unmet', first: null });
    expect(objective('Ghost', 'cleaner').heldBackBy.map((h) => h.status)).toEqual(['no-result', 'no-result']);
  });

  it('a result below the participant level: level-bound objectives unknown with the reason, the others count', () => {
    expect(objective('Lowlevel', 'cleaner').status).toBe('met');
    expect(objective('Lowlevel', 'chronicler')).toMatchObject({ status: 'unknown', heldBackBy: [{ why: 'evaluated at Level 1; Lowlevel is judged at Level 2' }] });
    expect(objective('Lowlevel', 'defender').status).toBe('unknown');
    expect(byName('Lowlevel').completed).toEqual(['cleaner']);
  });

  it('totals count verified and rejected results and each objective', () => {
    expect(report.totals).toEqual({ participants: 4, scored: 3, verified: 5, rejected: 2, completed: { cleaner: 3, chronicler: 1, inspector: 1, mechanizer: 1, defender: 1, 'cra-readiness': 0 } });
  });

  it('outcomes.md is exactly the website format, field by field, in event order', () => {
    const text = renderOutcomes(report);
    expect(text).toBe(`---
badges: [cleaner, chronicler, inspector, mechanizer, defender, cra-readiness]
projects:
  - name: Widget
    advisor: A. Person
    repoUrl: https://github.com/acme
    logoUrl: /project-logos/widget.png
    completed: [cleaner]
  - name: 'Gadget: the "fast" one'
    repoUrl: https://github.com/gadget/gadget
    completed: [cleaner, chronicler, inspector, mechanizer, defender]
  - name: Ghost
    advisor: B. Reviewer
    repoUrl: https://github.com/ghost
    completed: []
  - name: Lowlevel
    repoUrl: https://github.com/low/level
    logoUrl: /project-logos/low.svg
    completed: [cleaner]
---
`);
    const front = parse(text.split('---\n')[1]) as { badges: string[]; projects: Record<string, unknown>[] };
    expect(Object.keys(front)).toEqual(['badges', 'projects']);
    const expected = [
      { name: 'Widget', advisor: 'A. Person', repoUrl: 'https://github.com/acme', logoUrl: '/project-logos/widget.png', completed: ['cleaner'] },
      { name: 'Gadget: the "fast" one', repoUrl: 'https://github.com/gadget/gadget', completed: ['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender'] },
      { name: 'Ghost', advisor: 'B. Reviewer', repoUrl: 'https://github.com/ghost', completed: [] },
      { name: 'Lowlevel', repoUrl: 'https://github.com/low/level', logoUrl: '/project-logos/low.svg', completed: ['cleaner'] },
    ];
    expect(front.projects).toHaveLength(expected.length);
    front.projects.forEach((p, i) => {
      expect(Object.keys(p), `project ${i} keys in order`).toEqual(Object.keys(expected[i]));
      for (const [k, v] of Object.entries(expected[i])) expect(p[k], `${expected[i].name}.${k}`).toEqual(v);
    });
  });

  it('an event awarding fewer badges lists only those, in its order', () => {
    const five = parseEvent(SMALL_EVENT.replace('objectives: [cleaner, chronicler, inspector, mechanizer, defender, cra-readiness]', 'objectives: [cleaner, chronicler, inspector, mechanizer, defender]'), 'e.yml');
    const r = score({ event: five, outcomes, records });
    const text = renderOutcomes(r);
    expect(text.split('\n')[1]).toBe('badges: [cleaner, chronicler, inspector, mechanizer, defender]');
    expect(text).toContain('completed: [cleaner, chronicler, inspector, mechanizer, defender]\n');
  });

  it('Defender by grc-store or either uses the hub verdict collect recorded, and says so', () => {
    const hubEvent = parseEvent(`defender: either\n${SMALL_EVENT}`, 'e.yml');
    const hub = new Map<string, HubVerdict | null>([
      ['Widget', { state: 'passed', detail: 'Passed at Level 2', runAt: day(10), target: 'acme/widget', checkedAt: day(30) }],
      ['Lowlevel', { state: 'failed', detail: '2 requirements failed', target: 'low/level', checkedAt: day(30) }],
    ]);
    const r = score({ event: hubEvent, outcomes, records, hub });
    const d = (n: string) => r.participants.find((p) => p.name === n)!.objectives.find((o) => o.id === 'defender')!;
    expect(d('Widget')).toMatchObject({ status: 'met', heldBackBy: [], note: `grc.store hub: passed (run ${day(10)}): Passed at Level 2` });
    expect(d('Lowlevel').status).toBe('unknown');
    expect(d('Ghost').note).toBe('grc.store hub: no verdict recorded by collect');
    const strict = score({ event: parseEvent(`defender: grc-store\n${SMALL_EVENT.replace(/level: ([12])\n/g, 'level: $1\n    hub-target: x/y\n')}`, 'e.yml'), outcomes, records, hub });
    const g = strict.participants.find((p) => p.name.startsWith('Gadget'))!;
    // Met by its signed result, but this event judges Defender by the hub alone.
    expect(g.objectives.find((o) => o.id === 'defender')?.status).toBe('unknown');
    expect(g.completed).not.toContain('defender');
  });

  it('results.json validates against schemas/organizer-results.schema.json; CSV and Markdown escape what they must', () => {
    const validate = ajv().compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'organizer-results.schema.json'), 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const csv = renderCsv(report);
    expect(csv.split('\r\n')[0]).toBe('participant,level,repositories,completed,cleaner,chronicler,inspector,mechanizer,defender,cra-readiness,scored,first signed,last signed,runs,held back by');
    expect(csv).toContain('"Gadget: the ""fast"" one",1,gadget/gadget,5,met,met,met,met,met,unmet,yes,');
    const evil = score({ event: parseEvent(SMALL_EVENT.replace('name: Ghost', "name: '=HYPERLINK(\"http://x\")'"), 'e.yml'), outcomes, records });
    expect(renderCsv(evil)).toContain(`"'=HYPERLINK(""http://x"")"`);
    const md = renderMarkdown(evil);
    expect(md).toContain('| [=HYPERLINK\\("http://x"\\)](https://github.com/ghost) |');
    expect(md).toMatch(/^\| 1 \| \[Gadget: the "fast" one\]\(https:\/\/github\.com\/gadget\/gadget\) \| 1 \| ✅ met \|/m);
  });

  it('writeReport writes every file into the report folder and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slam-report-'));
    try {
      const verification: EventVerification = { outcomes, verified: 5, rejected: 2, records, seconds: 0 };
      writeReport(join(dir, 'report'), report, verification);
      expect(readdirSync(dir)).toEqual(['report']);
      expect(readdirSync(join(dir, 'report')).sort()).toEqual([...REPORT_FILES].sort());
      const v = JSON.parse(readFileSync(join(dir, 'report', 'verification.json'), 'utf8'));
      expect(v.results).toHaveLength(7);
      expect(Object.keys(v.results[0])).not.toContain('result');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

