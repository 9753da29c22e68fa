// `slam verify DIR --event FILE`: every result collect placed in DIR, checked offline with the
// one verifier (src/attestation/verify.ts) under the event's trust policy, then with the event's
// own checks, in this order:
//   wrong-repository        the certificate's repository is not the repository whose folder holds
//                           the result (A's genuine result in B's folder), or the result document
//                           is about another repository than the one that signed it
//   wrong-ref               the certificate's ref is not refs/heads/<the default branch collect saw>
//   claims-mismatch         the result's commit, or the run's head commit collect saw, differs from
//                           the certificate's commit
//   outside-window          signed (transparency log / timestamp time, never the predicate's) outside
//                           the event window
//   untrusted-tool-version  the result's tool version is outside trust.tool-versions
//   malformed               the result is JSON but not our result schema
// The reason codes and JSON shape are those of `slam verify PATH…`, plus the two new codes.
import { lstatSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import semver from 'semver';
import type { ResultDocument } from '../result/types.ts';
import { result as validate } from '../validators/result.js';
import { loadTrustMaterial, verifyPath, type RejectReason, type Trust, type VerifiedClaims } from '../attestation/verify.ts';
import { repositoryIndex, type Participant, type SlamEvent } from './event.ts';
import { mapPool } from './pool.ts';
import { ARTIFACTS_DIR, readRecord, type RepoRecord } from './records.ts';

export type EventRejectReason = RejectReason | 'outside-window' | 'untrusted-tool-version';

/** One row of the verification: the keys of `slam verify --format json`, plus the event's. */
export interface EventOutcome {
  /** Relative to DIR, `/`-separated. */
  path: string;
  verdict: 'verified' | 'rejected';
  reason?: EventRejectReason;
  detail: string;
  /** From the certificate, when the signature was verified. */
  repository?: string;
  commit?: string;
  ref?: string;
  signerWorkflow?: string;
  runUrl?: string;
  signedAt?: string;
  /** The event's: whose folder the result was found in. */
  folderRepository: string;
  participant: string | null;
  artifactId: number | null;
  toolVersion?: string;
  /** The result document, for verified results only. */
  result?: ResultDocument;
}

export interface EventVerification {
  outcomes: EventOutcome[];
  verified: number;
  rejected: number;
  /** Collect's record per participant repository (null when collect left none). */
  records: Map<string, RepoRecord | null>;
  seconds: number;
}

export interface VerifyEventOptions {
  concurrency?: number;
  /** Trust material already loaded (the bench reuses one). */
  trust?: Trust;
}

interface Candidate {
  abs: string;
  rel: string;
  folderRepository: string;
  artifactId: number | null;
}

export async function verifyCollected(event: SlamEvent, dir: string, options: VerifyEventOptions = {}): Promise<EventVerification> {
  const started = Date.now();
  const index = repositoryIndex(event);
  const records = new Map<string, RepoRecord | null>();
  for (const { repository } of index.values()) records.set(repository, readRecord(dir, repository));
  const trust = options.trust ?? (await loadTrustMaterial(event.trust.trustedRoot));
  const candidates = findCandidates(dir);
  const concurrency = options.concurrency ?? Math.max(2, availableParallelism() * 2);
  const outcomes = await mapPool(candidates, concurrency, (c) => verifyOne(event, c, index, records, trust));
  outcomes.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  const verified = outcomes.filter((o) => o.verdict === 'verified').length;
  return { outcomes, verified, rejected: outcomes.length - verified, records, seconds: (Date.now() - started) / 1000 };
}

/** Every DIR/<owner>/<name>/artifacts/<id>/ folder; links and dot-folders are skipped. */
function findCandidates(dir: string): Candidate[] {
  const found: Candidate[] = [];
  const folders = (p: string) => {
    try {
      return readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
    } catch {
      return [];
    }
  };
  for (const owner of folders(dir)) {
    for (const name of folders(join(dir, owner))) {
      const base = join(dir, owner, name, ARTIFACTS_DIR);
      for (const id of folders(base)) {
        const abs = join(base, id);
        if (lstatSync(abs).isSymbolicLink()) continue;
        found.push({ abs, rel: relative(dir, abs).split(sep).join('/'), folderRepository: `${owner}/${name}`, artifactId: /^[0-9]{1,15}$/.test(id) ? Number(id) : null });
      }
    }
  }
  return found;
}

async function verifyOne(event: SlamEvent, c: Candidate, index: Map<string, { participant: Participant; repository: string }>, records: Map<string, RepoRecord | null>, trust: Trust): Promise<EventOutcome> {
  const owner = index.get(c.folderRepository.toLowerCase());
  const base: EventOutcome = { path: c.rel, verdict: 'rejected', detail: '', folderRepository: owner?.repository ?? c.folderRepository, participant: owner?.participant.name ?? null, artifactId: c.artifactId };
  const reject = (reason: EventRejectReason, detail: string, claims?: VerifiedClaims): EventOutcome => ({ ...base, ...claimFields(claims), verdict: 'rejected', reason, detail });

  const outcome = await verifyPath(c.abs, { signerWorkflow: event.trust.signerWorkflow, ...(event.trust.predicateType ? { predicateType: event.trust.predicateType } : {}), allowSelfHosted: event.trust.allowSelfHosted }, trust);
  // The verifier names files by absolute path; the report shows them relative to DIR.
  outcome.detail = outcome.detail.split(`${c.abs}${sep}`).join('');
  if (outcome.verdict !== 'verified' || !outcome.claims) return reject(outcome.reason ?? 'malformed', outcome.detail, outcome.claims);
  const claims = outcome.claims;

  if (!owner) return reject('wrong-repository', `found in ${c.folderRepository}/, which is not a participant repository of ${event.name}`, claims);
  const record = records.get(owner.repository) ?? null;
  const signedFor = claims.repository.toLowerCase();
  const accepted = new Set([owner.repository.toLowerCase(), record?.fullName?.toLowerCase()].filter(Boolean));
  if (!accepted.has(signedFor)) return reject('wrong-repository', `signed for ${claims.repository} but found in the folder of ${owner.repository}`, claims);

  const result = outcome.result as ResultDocument | undefined;
  if (!result || !validate(result)) {
    const e = validate.errors?.[0];
    return reject('malformed', `the result is not a Security Slam result document${e ? ` (${e.instancePath || '/'} ${e.message ?? ''})` : ''}`, claims);
  }
  if (result.subject.repository?.toLowerCase() !== signedFor) return reject('wrong-repository', `the result is about ${result.subject.repository ?? 'no repository'} but was signed for ${claims.repository}`, claims);

  if (!record?.defaultBranch) return reject('wrong-ref', `collect recorded no default branch for ${owner.repository} (run slam collect for it first)`, claims);
  const ref = `refs/heads/${record.defaultBranch}`;
  if (claims.ref !== ref) return reject('wrong-ref', `signed on ${claims.ref}, not on the default branch ${ref} that collect saw`, claims);

  if (result.subject.commit && result.subject.commit !== claims.commit) return reject('claims-mismatch', `the result names commit ${result.subject.commit.slice(0, 12)} but the certificate ${claims.commit.slice(0, 12)}`, claims);
  const collected = c.artifactId !== null ? record.artifacts.find((a) => a.id === c.artifactId) : undefined;
  if (collected?.headSha && collected.headSha !== claims.commit) return reject('claims-mismatch', `the run collect downloaded it from was at ${collected.headSha.slice(0, 12)}, the certificate says ${claims.commit.slice(0, 12)}`, claims);

  const t = Date.parse(claims.signedAt);
  if (!(t >= event.window.startMs && t <= event.window.endMs)) return reject('outside-window', `signed at ${claims.signedAt}, outside the window ${event.window.start} to ${event.window.end}`, claims);

  const version = result.tool.version;
  if (event.trust.toolVersions && !(semver.valid(version) && semver.satisfies(version, event.trust.toolVersions, { includePrerelease: true }))) {
    return { ...reject('untrusted-tool-version', `made by ${result.tool.name} ${version}; the event accepts ${event.trust.toolVersions}`, claims), toolVersion: version };
  }
  return { ...base, ...claimFields(claims), verdict: 'verified', detail: outcome.detail || `signed by ${claims.signerWorkflow} at ${claims.signedAt}`, toolVersion: version, result };
}

function claimFields(claims: VerifiedClaims | undefined): Partial<EventOutcome> {
  if (!claims) return {};
  return {
    repository: claims.repository,
    commit: claims.commit,
    ref: claims.ref,
    signerWorkflow: claims.signerWorkflow,
    ...(claims.runUrl ? { runUrl: claims.runUrl } : {}),
    signedAt: claims.signedAt,
  };
}

/** One row as `slam verify --format json` prints it: its keys in its order (null when absent), then the event's. */
export interface VerificationRow {
  path: string;
  verdict: 'verified' | 'rejected';
  reason: EventRejectReason | null;
  detail: string;
  repository: string | null;
  commit: string | null;
  ref: string | null;
  signerWorkflow: string | null;
  runUrl: string | null;
  participant: string | null;
  folderRepository: string;
  artifactId: number | null;
  signedAt: string | null;
  toolVersion: string | null;
}

export function verificationJson(v: EventVerification): { results: VerificationRow[] } {
  return {
    results: v.outcomes.map((o) => ({
      path: o.path,
      verdict: o.verdict,
      reason: o.reason ?? null,
      detail: o.detail,
      repository: o.repository ?? null,
      commit: o.commit ?? null,
      ref: o.ref ?? null,
      signerWorkflow: o.signerWorkflow ?? null,
      runUrl: o.runUrl ?? null,
      participant: o.participant,
      folderRepository: o.folderRepository,
      artifactId: o.artifactId,
      signedAt: o.signedAt ?? null,
      toolVersion: o.toolVersion ?? null,
    })),
  };
}
