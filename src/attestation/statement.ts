// The in-toto Statement we sign: one subject (the result file, by name and SHA-256 of its exact
// bytes) and our predicate, which repeats what an organizer needs to score without opening the
// result, plus the run that made it. Everything the certificate also states (repository, id,
// commit, ref, run, event) must agree with it; the verifier checks that.
import { createHash } from 'node:crypto';
import { predicate as validatePredicate } from '../validators/result-predicate.js';
import type { Level } from '../catalog/catalog.ts';
import type { ObjectiveId, ObjectiveStatus } from '../objectives/types.ts';
import type { LevelSummary, ResultDocument } from '../result/types.ts';
import { runUrl, type RunContext } from './context.ts';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Our predicate type; documented in docs/attestation.md. A breaking change gets a new version. */
export const PREDICATE_TYPE = 'https://github.com/security-slam/security-slam-action/result/v1';

export interface ResultPredicate {
  repository: { name: string; id: number; url: string };
  commit: string;
  ref: string;
  level: Level;
  levelSource: ResultDocument['levelSource'];
  tool: { name: string; version: string };
  catalog: { id: string; version: string };
  result: { schemaVersion: string; generatedAt: string };
  objectives: { id: ObjectiveId; status: ObjectiveStatus }[];
  summary: LevelSummary[];
  run: { id: number; attempt: number; event: string; url: string; runnerEnvironment?: string };
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: ResultPredicate;
}

export class StatementError extends Error {}

/** Problems of a predicate against schemas/result-predicate.schema.json; empty when it is valid. */
export function predicateProblems(predicate: unknown): string[] {
  if (validatePredicate(predicate)) return [];
  return (validatePredicate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Builds the statement for a result file's exact bytes. The result must be a result document
 * about the run's repository, commit and ref (where it names them): signing a result about
 * anything else would make the signature vouch for a claim the certificate contradicts.
 */
export function buildStatement(fileName: string, bytes: Buffer, ctx: RunContext): Statement {
  let doc: Partial<ResultDocument>;
  try {
    doc = JSON.parse(bytes.toString('utf8')) as Partial<ResultDocument>;
  } catch (e) {
    throw new StatementError(`${fileName} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new StatementError(`${fileName} is not a result document (not a JSON object)`);
  if (ctx.repositoryId === undefined) throw new StatementError('the repository id is unknown (GITHUB_REPOSITORY_ID is not set and the event names none)');
  const subject = doc.subject ?? { repository: null, commit: null, ref: null };
  if (subject.repository && subject.repository.toLowerCase() !== ctx.repository.toLowerCase()) throw new StatementError(`${fileName} is about ${subject.repository}, but this run is in ${ctx.repository}`);
  if (subject.commit && subject.commit !== ctx.sha) throw new StatementError(`${fileName} is about commit ${subject.commit}, but this run is at ${ctx.sha}`);
  if (subject.ref && subject.ref !== ctx.ref) throw new StatementError(`${fileName} is about ${subject.ref}, but this run is on ${ctx.ref}`);
  const predicate: ResultPredicate = {
    repository: { name: ctx.repository, id: ctx.repositoryId, url: `${ctx.serverUrl}/${ctx.repository}` },
    commit: ctx.sha,
    ref: ctx.ref,
    level: doc.level as Level,
    levelSource: doc.levelSource as ResultDocument['levelSource'],
    tool: { name: doc.tool?.name as string, version: doc.tool?.version as string },
    catalog: { id: doc.catalog?.id as string, version: doc.catalog?.version as string },
    result: { schemaVersion: doc.schemaVersion as string, generatedAt: doc.generatedAt as string },
    objectives: Array.isArray(doc.objectives) ? doc.objectives.map((o) => ({ id: o?.id, status: o?.status })) : (doc.objectives as never),
    summary: doc.summary as LevelSummary[],
    run: {
      id: ctx.runId,
      attempt: ctx.runAttempt,
      event: ctx.eventName,
      url: runUrl(ctx),
      ...(ctx.runnerEnvironment ? { runnerEnvironment: ctx.runnerEnvironment } : {}),
    },
  };
  const problems = predicateProblems(predicate);
  if (problems.length > 0) throw new StatementError(`${fileName} is not a result document this version can sign: ${problems.join('; ')}`);
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: fileName, digest: { sha256: sha256Hex(bytes) } }],
    predicateType: PREDICATE_TYPE,
    predicate,
  };
}
