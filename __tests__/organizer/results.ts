// Real result documents for organizer tests: one offline evaluation of a small repository per
// level (the engine, not a hand-written document), then copies with the subject, objectives and
// requirement statuses a test needs. Copies stay valid against schemas/result.schema.json.
import type { Level } from '../../src/catalog/catalog.ts';
import { evaluate } from '../../src/engine.ts';
import type { ObjectiveId, ObjectiveStatus } from '../../src/objectives/types.ts';
import type { ResultDocument } from '../../src/result/types.ts';
import type { Status } from '../../src/rules/types.ts';
import type { EventOutcome } from '../../src/organizer/verify-event.ts';
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
