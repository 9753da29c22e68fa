// Real result documents for organizer tests: one offline evaluation of a small repository per
// level (the engine, not a hand-written document), then copies with the subject, objectives and
// requirement statuses a test needs. Copies stay valid against schemas/result.schema.json.
import type { Level } from '../../src/catalog/catalog.ts';
import { evaluate } from '../../src/engine.ts';
import type { ObjectiveId, ObjectiveStatus } from '../../src/objectives/types.ts';
import type { ResultDocument } from '../../src/result/types.ts';
import type { Status } from '../../src/model/evidence.ts';
import type { EventOutcome } from '../../src/organizer/verify-event.ts';
import { parseEvent, type SlamEvent } from '../../src/organizer/event.ts';
import type { RepoRecord } from '../../src/organizer/records.ts';
import { makeRepo } from '../helpers/repo.ts';

const cache = new Map<Level, ResultDocument>();

export async function baseResult(level: Level): Promise<ResultDocument> {
  let r = cache.get(level);
  if (!r) {
    const repo = makeRepo({ 'README.md': '# Demo\n\nA demo project.\n', 'SECURITY.md': '# Security\n\nReport to security@example.org.\n' }, { git: true });
    try {
      r = (await evaluate(repo.root, { level, offline: true })).result;
    } finally {
      repo.cleanup();
    }
    cache.set(level, r);
  }
  return structuredClone(r);
}

export interface ResultSpec {
  repository: string;
  commit?: string;
  level?: Level;
  objectives?: Partial<Record<ObjectiveId, ObjectiveStatus>>;
  controls?: Record<string, Status>;
  toolVersion?: string;
}

export async function makeResult(spec: ResultSpec): Promise<ResultDocument> {
  const r = await baseResult(spec.level ?? 1);
  r.subject = { repository: spec.repository, commit: spec.commit ?? 'c'.repeat(40), ref: 'refs/heads/main' };
  if (spec.toolVersion) r.tool.version = spec.toolVersion;
  for (const o of r.objectives) {
    const s = spec.objectives?.[o.id];
    if (s) {
      o.status = s;
      o.missing = s === 'met' ? [] : [`do the rest of ${o.id}`];
    }
  }
  for (const c of r.controls) {
    const s = spec.controls?.[c.id];
    if (s) c.status = s;
  }
  return r;
}

export function verifiedOutcome(result: ResultDocument, o: { folder?: string; signedAt: string; id: number; runUrl?: string }): EventOutcome {
  const repo = o.folder ?? (result.subject.repository as string);
  return {
    path: `${repo.toLowerCase()}/artifacts/${o.id}`,
    verdict: 'verified',
    detail: 'verified',
    repository: result.subject.repository as string,
    commit: result.subject.commit as string,
    ref: 'refs/heads/main',
    signerWorkflow: 'https://github.com/security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1',
    runUrl: o.runUrl ?? `https://github.com/${result.subject.repository}/actions/runs/${o.id}/attempts/1`,
    signedAt: o.signedAt,
    folderRepository: repo,
    participant: null,
    artifactId: o.id,
    toolVersion: result.tool.version,
    result,
  };
}

/** A small event: a two-repository project, a name YAML must quote, a participant whose repositories are gone, one judged above its result's level. */
export const SMALL_EVENT = `name: Security Slam Test Edition
window: { start: 2027-02-20T00:00:00Z, end: 2027-03-20T23:59:59Z }
objectives: [cleaner, chronicler, inspector, mechanizer, defender, cra-readiness]
trust:
  signer-workflow: '^https://github\\.com/security-slam/security-slam-action/\\.github/workflows/slam\\.yml@refs/tags/v1$'
participants:
  - name: Widget
    repositories: [acme/widget, acme/widget-helm]
    level: 2
    logo: /project-logos/widget.png
    advisor: A. Person
  - name: 'Gadget: the "fast" one'
    repositories: [gadget/gadget]
    level: 1
  - name: Ghost
    repositories: [ghost/a, ghost/b]
    level: 1
    advisor: B. Reviewer
  - name: Lowlevel
    repositories: [low/level]
    level: 2
    logo: /project-logos/low.svg
`;

const day = (d: number) => new Date(Date.UTC(2027, 1, 20 + d, 12)).toISOString();

function record(repository: string, participant: string, status: RepoRecord['status'], detail = ''): RepoRecord {
  return { version: 1, repository, participant, checkedAt: day(30), status, detail, defaultBranch: status === 'collected' ? 'main' : null, repositoryId: 1, fullName: repository, artifacts: [] };
}

/** The small event with verified and rejected outcomes and collect's records, as score receives them. */
export async function smallEventFixture(): Promise<{ event: SlamEvent; outcomes: EventOutcome[]; records: Map<string, RepoRecord | null> }> {
  const event = parseEvent(SMALL_EVENT, 'event.yml');
  const widgetFirst = await makeResult({ repository: 'acme/widget', level: 2, commit: '1'.repeat(40), objectives: { cleaner: 'unmet', chronicler: 'partial', mechanizer: 'met' }, controls: { 'OSPS-DO-01.01': 'fail', 'OSPS-GV-02.01': 'pass' } });
  const widgetLast = await makeResult({ repository: 'acme/widget', level: 2, commit: '2'.repeat(40), objectives: { cleaner: 'met', chronicler: 'met', mechanizer: 'unmet' }, controls: { 'OSPS-DO-01.01': 'pass', 'OSPS-GV-02.01': 'fail' } });
  const helm = await makeResult({ repository: 'acme/widget-helm', level: 3, objectives: { cleaner: 'met', chronicler: 'partial', mechanizer: 'met' } });
  const gadget = await makeResult({ repository: 'gadget/gadget', level: 1, objectives: { cleaner: 'met', chronicler: 'met', inspector: 'met', mechanizer: 'met', defender: 'met', 'cra-readiness': 'unmet' } });
  const low = await makeResult({ repository: 'low/level', level: 1, objectives: { cleaner: 'met', chronicler: 'met', defender: 'met' } });
  const outcomes: EventOutcome[] = [
    verifiedOutcome(widgetLast, { signedAt: day(20), id: 12 }),
    verifiedOutcome(widgetFirst, { signedAt: day(2), id: 11 }),
    verifiedOutcome(helm, { signedAt: day(5), id: 21 }),
    verifiedOutcome(gadget, { signedAt: day(9), id: 31 }),
    verifiedOutcome(low, { signedAt: day(9), id: 41 }),
    { path: 'acme/widget/artifacts/13', verdict: 'rejected', reason: 'outside-window', detail: 'signed at 2027-04-01T00:00:00Z, outside the window', folderRepository: 'acme/widget', participant: 'Widget', artifactId: 13 },
    { path: 'gadget/gadget/artifacts/32', verdict: 'rejected', reason: 'wrong-repository', detail: 'signed for acme/widget but found in the folder of gadget/gadget', folderRepository: 'gadget/gadget', participant: 'Gadget', artifactId: 32 },
  ];
  const records = new Map<string, RepoRecord | null>([
    ['acme/widget', record('acme/widget', 'Widget', 'collected', '3 results from main')],
    ['acme/widget-helm', record('acme/widget-helm', 'Widget', 'collected')],
    ['gadget/gadget', record('gadget/gadget', 'Gadget', 'collected')],
    ['ghost/a', record('ghost/a', 'Ghost', 'not-found', 'not found (HTTP 404): renamed, deleted or private')],
    ['ghost/b', record('ghost/b', 'Ghost', 'not-found', 'not found (HTTP 404): renamed, deleted or private')],
    ['low/level', record('low/level', 'Lowlevel', 'collected')],
  ]);
  return { event, outcomes, records };
}
