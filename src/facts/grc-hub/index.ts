// The grc.store hub's verdict on the project: the latest result published for the target that
// the repository's publishing workflow names, and the Gemara EvaluationLog behind it. Online runs
// only; the read API is public, so no token is sent. Everything the hub returns is untrusted:
// parse.ts checks its shape and cuts its strings. The host is one of the two grc.store hubs the
// publishing workflow accepts, never a host taken from repository text; SLAM_GRC_HUB_URL (a base
// URL) replaces it for tests and mirrors.
import type { Level } from '../../catalog/catalog.ts';
import type { GemaraResult } from '../../catalog/gemara.ts';
import { GRC_HUBS, parseTarget } from '../workflows/hub-publishing.ts';
import type { HubPublishingFact, HubTarget } from '../workflows/types.ts';
import { getHubJson, type HubGet, type HubHttpOptions } from './http.ts';
import { withoutForeignLinks } from './links.ts';
import { HubShapeError, parseEvaluationLog, parseTargetResponse, type HubLog, type HubRequirementResult } from './parse.ts';

export { DEFAULT_HUB_MAX_BYTES, DEFAULT_HUB_TIMEOUT_MS } from './http.ts';
export { hubPageUrl, isOnHub, LINK_REMOVED, withoutForeignLinks } from './links.ts';
export type { HubLog, HubRequirementResult } from './parse.ts';

/** The hub marks a result older than this stale. */
export const STALE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface HubVerdict {
  target: HubTarget;
  /** The hub's host, e.g. hub.grc.store. */
  hub: string;
  /** The target's API address that gave this verdict. */
  url: string;
  /** The target version the latest result belongs to, when the hub names it. */
  targetVersion: string | null;
  /** The hub's overall result for the latest run (Passed or Failed, as the hub rolls it up). */
  result: GemaraResult;
  counts: Record<string, number>;
  runAt: string | null;
  /** Whole days between the run and now; null when the run time is unknown. */
  ageDays: number | null;
  /** Older than STALE_AFTER_DAYS (the hub marks such results stale); true when the run time is unknown. */
  stale: boolean;
  /** The EvaluationLog read: per requirement, or why it could not be read. */
  log: { state: 'ok'; url: string; data: HubLog } | { state: 'unknown'; reason: string; url?: string };
  /** Shortcut to log.data.perRequirement; null when the log could not be read. */
  perRequirement: Record<string, HubRequirementResult> | null;
  /** Shortcut to log.data.evaluatedLevel. */
  evaluatedLevel: Level | null;
}

export type HubVerdictAnswer =
  | { state: 'ok'; verdict: HubVerdict }
  | {
      state: 'unknown';
      /** Specific and short: "the hub has no target acme/widget (HTTP 404)", "timed out after 10000 ms". */
      reason: string;
      url: string | null;
      httpStatus?: number;
      /** The hub knows no such target, or has no result for it yet. */
      notPublished?: boolean;
    };

export interface HubOptions extends HubHttpOptions {
  /** Base URL replacing https://<hub> (tests, mirrors); default: SLAM_GRC_HUB_URL. */
  baseUrl?: string;
  now?: Date;
}

/** The base URL requests go to, or a reason why there is none. */
export function hubBaseUrl(hub: string, baseUrl: string | undefined = process.env.SLAM_GRC_HUB_URL): { ok: true; url: string } | { ok: false; reason: string } {
  if (baseUrl !== undefined && baseUrl.trim() !== '') {
    let u: URL;
    try {
      u = new URL(baseUrl.trim());
    } catch {
      return { ok: false, reason: 'SLAM_GRC_HUB_URL is not a URL' };
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, reason: 'SLAM_GRC_HUB_URL is not an http(s) URL' };
    if (u.username || u.password) return { ok: false, reason: 'SLAM_GRC_HUB_URL must not carry credentials' };
    return { ok: true, url: `${u.origin}${u.pathname.replace(/(?<!\/)\/+$/, '')}` };
  }
  if (!Object.hasOwn(GRC_HUBS, hub)) return { ok: false, reason: `${hub} is not a grc.store hub` };
  return { ok: true, url: `https://${hub}` };
}

const enc = encodeURIComponent;

/**
 * `<namespace>/<id>` or `<namespace>/<id>@<version>` (an event file's hub-target, a workflow's
 * with.target) as a target to ask about; null when it is not plain names. The version is not
 * needed to read the latest result.
 */
export function parseHubTarget(text: string): HubTarget | null {
  const t = text.trim();
  const versioned = t.includes('@');
  const parsed = parseTarget(versioned ? t : `${t}@-`);
  if (!parsed) return null;
  return { namespace: parsed.namespace, id: parsed.id, version: versioned ? parsed.version : null };
}

/**
 * The hub's verdict on `target`: its latest result, how old it is, and the EvaluationLog behind
 * it per requirement. Never throws; every failure is an `unknown` answer with its reason.
 */
export async function fetchHubVerdict(target: HubTarget, hub: string, options: HubOptions = {}): Promise<HubVerdictAnswer> {
  const base = hubBaseUrl(hub, options.baseUrl);
  if (!base.ok) return { state: 'unknown', reason: base.reason, url: null };
  const name = `${target.namespace}/${target.id}`;
  const url = `${base.url}/v1/targets/${enc(target.namespace)}/${enc(target.id)}`;
  try {
    const answer = await getHubJson(url, options);
    if (!answer.ok) {
      if (answer.kind === 'not-found') return { state: 'unknown', reason: `the hub has no target ${name} (HTTP 404)`, url, httpStatus: 404, notPublished: true };
      return { state: 'unknown', reason: `the hub's answer for ${name}: ${answer.reason}`, url, ...(answer.status ? { httpStatus: answer.status } : {}) };
    }
    let latest;
    try {
      latest = parseTargetResponse(answer.data);
    } catch (e) {
      if (e instanceof HubShapeError) return { state: 'unknown', reason: `the hub's answer for ${name} did not have the documented shape: ${e.message}`, url };
      throw e;
    }
    if (!latest) return { state: 'unknown', reason: `the hub has no published result for ${name} yet`, url, notPublished: true };
    const now = options.now ?? new Date();
    const ageDays = latest.runAt ? Math.max(0, Math.floor((now.getTime() - Date.parse(latest.runAt)) / DAY_MS)) : null;
    const stale = latest.runAt === null || now.getTime() - Date.parse(latest.runAt) > STALE_AFTER_DAYS * DAY_MS;
    const log = latest.log ? await readLog(base.url, latest.log, hub, options) : ({ state: 'unknown', reason: 'the hub named no EvaluationLog for the latest result' } as const);
    return {
      state: 'ok',
      verdict: {
        target,
        hub,
        url,
        targetVersion: latest.targetVersion === null ? null : withoutForeignLinks(latest.targetVersion, hub),
        result: latest.result,
        counts: latest.counts,
        runAt: latest.runAt,
        ageDays,
        stale,
        log,
        perRequirement: log.state === 'ok' ? log.data.perRequirement : null,
        evaluatedLevel: log.state === 'ok' ? log.data.evaluatedLevel : null,
      },
    };
  } catch (e) {
    // Defensive: nothing the hub sends may sink the run.
    return { state: 'unknown', reason: `reading the hub failed: ${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'}`, url };
  }
}

async function readLog(base: string, log: { namespace: string; id: string; version: string }, hub: string, options: HubHttpOptions): Promise<HubVerdict['log']> {
  const url = `${base}/v1/catalogs/${enc(log.namespace)}/${enc(log.id)}/versions/${enc(log.version)}`;
  const answer: HubGet = await getHubJson(url, options);
  if (!answer.ok) return { state: 'unknown', reason: `the EvaluationLog ${log.namespace}/${log.id}@${log.version}: ${answer.reason}`, url };
  try {
    return { state: 'ok', url, data: withoutLinksElsewhere(parseEvaluationLog(answer.data), hub) };
  } catch (e) {
    const why = e instanceof HubShapeError ? e.message : 'it could not be read';
    return { state: 'unknown', reason: `the EvaluationLog ${log.namespace}/${log.id}@${log.version} did not have the documented shape: ${why}`, url };
  }
}

/** The log's text with every link that is not https:// on the hub's own host removed (see links.ts). */
function withoutLinksElsewhere(data: HubLog, hub: string): HubLog {
  const perRequirement: Record<string, HubRequirementResult> = {};
  for (const [id, r] of Object.entries(data.perRequirement)) perRequirement[id] = { ...r, message: withoutForeignLinks(r.message, hub) };
  const author = data.author && {
    id: withoutForeignLinks(data.author.id, hub),
    name: withoutForeignLinks(data.author.name, hub),
    version: data.author.version === null ? null : withoutForeignLinks(data.author.version, hub),
  };
  return { ...data, perRequirement, author };
}

/** Where the hub facts came from: the publishing job in the repository. */
export interface HubSource {
  path: string;
  line: number;
  job: string;
}

export type GrcHubFacts =
  /** No publishing job with a target and hub that can be read: nothing to ask. */
  | { state: 'not-configured'; reason: string }
  | { state: 'unknown'; reason: string; target: HubTarget; hub: string; url: string | null; httpStatus?: number; notPublished?: boolean; source: HubSource }
  | { state: 'ok'; verdict: HubVerdict; source: HubSource };

export interface GatherHubOptions extends HubOptions {
  publishing: readonly HubPublishingFact[];
  offline: boolean;
}

/** The job whose target is asked about: the first that qualifies, else the first with a readable target and hub. */
export function chosenPublishing(publishing: readonly HubPublishingFact[]): HubPublishingFact | null {
  return publishing.find((p) => p.qualifies) ?? publishing.find((p) => p.target !== null && p.hub !== null) ?? null;
}

export async function gatherGrcHubFacts(options: GatherHubOptions): Promise<GrcHubFacts> {
  const p = chosenPublishing(options.publishing);
  if (!p || !p.target || !p.hub) {
    return {
      state: 'not-configured',
      reason: options.publishing.length === 0 ? 'no workflow publishes to grc.store (revanite-io/pvtr-publish-results)' : 'the publishing workflow names no target or hub that can be read',
    };
  }
  const source: HubSource = { path: p.path, line: p.line, job: p.job };
  if (options.offline) return { state: 'unknown', reason: 'offline run', target: p.target, hub: p.hub, url: null, source };
  const answer = await fetchHubVerdict(p.target, p.hub, options);
  if (answer.state === 'ok') return { state: 'ok', verdict: answer.verdict, source };
  const out: GrcHubFacts = { state: 'unknown', reason: answer.reason, target: p.target, hub: p.hub, url: answer.url, source };
  if (answer.httpStatus !== undefined) out.httpStatus = answer.httpStatus;
  if (answer.notPublished) out.notPublished = true;
  return out;
}
