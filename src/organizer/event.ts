// The event file: one YAML document that tells `slam collect`, `verify` and `score` the window,
// whose signatures to trust and who takes part (schemas/event.schema.json, docs/event-example.yml).
// Every mistake is reported with its line and what to write instead, all of them at once, so an
// organizer fixes the file in one pass; nothing half-read is ever used.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import semver from 'semver';
import type { Level } from '../catalog/catalog.ts';
import { nestingEstimate, parseYaml } from '../facts/security-insights/parse.ts';
import { OBJECTIVE_IDS, type ObjectiveId } from '../objectives/types.ts';
import { event as validateEvent } from '../validators/event.js';

export const DEFAULT_ARTIFACT_NAME = 'security-slam-result';
/** An event file of 100,000 participants is a few MiB; anything larger is refused unread. */
export const MAX_EVENT_BYTES = 2 * 1024 * 1024;
const MAX_NESTING = 12;
const MAX_PROBLEMS = 50;

export type DefenderRule = 'signed-result' | 'grc-store' | 'either';

export interface Participant {
  name: string;
  /** owner/name as written in the event file. */
  repositories: string[];
  level: Level;
  logo?: string;
  advisor?: string;
  /** grc.store target (namespace/id) for the hub's Defender verdict. */
  hubTarget?: string;
  /** The participant's line in the event file. */
  line: number;
}

export interface EventTrust {
  signerWorkflow: RegExp;
  /** The pattern as written, for reports. */
  signerWorkflowSource: string;
  /** `public-good` or an absolute path to a TrustedRoot JSON. */
  trustedRoot: string;
  toolVersions?: string;
  predicateType?: string;
  allowSelfHosted: boolean;
}

export interface SlamEvent {
  /** Absolute path of the event file. */
  path: string;
  name: string;
  window: { start: string; end: string; startMs: number; endMs: number };
  artifactName: string;
  /** The objectives this event awards, in its order. */
  objectives: ObjectiveId[];
  defender: DefenderRule;
  trust: EventTrust;
  participants: Participant[];
}

export interface EventProblem {
  line: number;
  column: number;
  message: string;
}

export class EventError extends Error {
  readonly file: string;
  readonly problems: EventProblem[];
  constructor(file: string, problems: EventProblem[]) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'EventError';
    this.file = file;
    this.problems = problems;
  }
}

const EXAMPLE_SIGNER = String.raw`^https://github\.com/security-slam/security-slam-action/\.github/workflows/slam\.yml@refs/tags/v1(\.[0-9]+){0,2}$`;

/** Reads and checks an event file; throws EventError listing every problem with its line. */
export function loadEvent(file: string): SlamEvent {
  const path = resolve(file);
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_EVENT_BYTES) throw new EventError(file, [{ line: 1, column: 1, message: `the file is ${Math.round(size / 1024)} KiB, more than the ${MAX_EVENT_BYTES / 1024 / 1024} MiB read; an event file lists participants, not their results` }]);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof EventError) throw e;
    throw new EventError(file, [{ line: 0, column: 0, message: `cannot read the event file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }]);
  }
  return parseEvent(text, file, dirname(path));
}

/** Checks event-file text; `baseDir` resolves a relative trusted-root path. */
export function parseEvent(text: string, file: string, baseDir = process.cwd()): SlamEvent {
  const problems: EventProblem[] = [];
  const add = (line: number, column: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, column, message });
  };
  if (nestingEstimate(text) > MAX_NESTING) throw new EventError(file, [{ line: 1, column: 1, message: `the YAML nests deeper than ${MAX_NESTING} levels; an event file is a mapping with one list of participants` }]);
  const parsed = parseYaml(text, file);
  for (const d of parsed.diagnostics) if (d.severity === 'error') add(d.line, d.column, d.message);
  if (!parsed.ok) throw new EventError(file, problems);
  const at = (path: string, which: 'key' | 'value' = 'key') => parsed.positions.get(path)?.[which] ?? { line: 1, column: 1 };
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new EventError(file, [{ line: 1, column: 1, message: 'an event file is a mapping (name, window, trust, participants); see docs/event-example.yml' }]);
  }

  const v = validateEvent;
  if (!v(data)) {
    for (const e of v.errors ?? []) {
      const path = pointerToPath(e.instancePath);
      const key = e.keyword === 'additionalProperties' ? joinKey(path, String((e.params as { additionalProperty?: string }).additionalProperty)) : path;
      const p = at(key);
      add(p.line, p.column, schemaMessage(e, path));
    }
    throw new EventError(file, dedupe(problems));
  }

  const raw = data as RawEvent;
  const startMs = Date.parse(raw.window.start);
  const endMs = Date.parse(raw.window.end);
  if (!(endMs > startMs)) {
    const p = at('window.end', 'value');
    add(p.line, p.column, `window.end (${raw.window.end}) is not after window.start (${raw.window.start}); write an end later than the start, e.g. end: ${new Date(startMs + 28 * 86_400_000).toISOString().replace('.000Z', 'Z')}`);
  }

  const source = raw.trust['signer-workflow'];
  let signerWorkflow = /$^/;
  {
    const p = at('trust.signer-workflow', 'value');
    try {
      signerWorkflow = new RegExp(source, 'u');
      if (!source.startsWith('^') || !source.endsWith('$')) add(p.line, p.column, `trust.signer-workflow must be anchored (start with ^ and end with $) so that no other workflow can match part of it; write for example '${EXAMPLE_SIGNER}'`);
    } catch (e) {
      add(p.line, p.column, `trust.signer-workflow is not a valid regular expression (${e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e)}); write an anchored pattern such as '${EXAMPLE_SIGNER}'`);
    }
  }
  const toolVersions = raw.trust['tool-versions'];
  if (toolVersions !== undefined && semver.validRange(toolVersions) === null) {
    const p = at('trust.tool-versions', 'value');
    add(p.line, p.column, `trust.tool-versions "${toolVersions}" is not a semver range; write for example '>=0.2.0' or '^1.0.0'`);
  }
  const rootSetting = raw.trust['trusted-root'] ?? 'public-good';
  const trustedRoot = rootSetting === 'public-good' ? rootSetting : resolve(baseDir, rootSetting);

  // Names and repositories are compared without case, as GitHub does.
  const names = new Map<string, number>();
  const owners = new Map<string, { participant: string; line: number }>();
  const participants: Participant[] = raw.participants.map((rp, i) => {
    const base = `participants[${i}]`;
    const line = at(base).line;
    const key = rp.name.trim().toLowerCase();
    const first = names.get(key);
    if (first !== undefined) {
      const p = at(`${base}.name`, 'value');
      add(p.line, p.column, `participant "${rp.name}" is listed twice (lines ${first} and ${p.line}); keep one entry and put every repository of the project under its repositories`);
    } else names.set(key, at(`${base}.name`, 'value').line);
    rp.repositories.forEach((repo, j) => {
      const p = at(`${base}.repositories[${j}]`);
      const name = repo.split('/')[1];
      if (name === '.' || name === '..') {
        add(p.line, p.column, `repository "${repo}" is not a repository name; write owner/name as in https://github.com/owner/name`);
        return;
      }
      const other = owners.get(repo.toLowerCase());
      if (other) {
        const where = other.participant === rp.name ? `twice under "${rp.name}" (lines ${other.line} and ${p.line}); list it once` : `under "${other.participant}" (line ${other.line}) and "${rp.name}" (line ${p.line}); a repository belongs to one participant: remove it from one of them`;
        add(p.line, p.column, `repository ${repo} is listed ${where}`);
      } else owners.set(repo.toLowerCase(), { participant: rp.name, line: p.line });
    });
    return {
      name: rp.name,
      repositories: rp.repositories,
      level: rp.level,
      ...(rp.logo !== undefined ? { logo: rp.logo } : {}),
      ...(rp.advisor !== undefined ? { advisor: rp.advisor } : {}),
      ...(rp['hub-target'] !== undefined ? { hubTarget: rp['hub-target'] } : {}),
      line,
    };
  });
  const defender = raw.defender ?? 'signed-result';
  if (defender === 'grc-store') {
    for (const [i, rp] of raw.participants.entries()) {
      if (rp['hub-target'] === undefined) {
        const p = at(`participants[${i}]`);
        add(p.line, p.column, `participant "${rp.name}" has no hub-target, but defender is ${defender}: add hub-target: <namespace>/<id> (the target the project publishes to on grc.store)`);
        if (problems.length >= MAX_PROBLEMS) break;
      }
    }
  }
  if (problems.length > 0) throw new EventError(file, problems);

  return {
    path: resolve(baseDir, file),
    name: raw.name,
    window: { start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString(), startMs, endMs },
    artifactName: raw['artifact-name'] ?? DEFAULT_ARTIFACT_NAME,
    objectives: raw.objectives ?? [...OBJECTIVE_IDS],
    defender,
    trust: {
      signerWorkflow,
      signerWorkflowSource: source,
      trustedRoot,
      ...(toolVersions !== undefined ? { toolVersions } : {}),
      ...(raw.trust['predicate-type'] !== undefined ? { predicateType: raw.trust['predicate-type'] } : {}),
      allowSelfHosted: raw.trust['allow-self-hosted'] ?? false,
    },
    participants,
  };
}

/** The participant that owns a repository (compared without case), and the repository as written. */
export function repositoryIndex(event: SlamEvent): Map<string, { participant: Participant; repository: string }> {
  const index = new Map<string, { participant: Participant; repository: string }>();
  for (const p of event.participants) for (const r of p.repositories) index.set(r.toLowerCase(), { participant: p, repository: r });
  return index;
}

interface RawEvent {
  name: string;
  window: { start: string; end: string };
  'artifact-name'?: string;
  objectives?: ObjectiveId[];
  defender?: DefenderRule;
  trust: { 'signer-workflow': string; 'trusted-root'?: string; 'tool-versions'?: string; 'predicate-type'?: string; 'allow-self-hosted'?: boolean };
  participants: { name: string; repositories: string[]; level: Level; logo?: string; advisor?: string; 'hub-target'?: string }[];
}

/** `/participants/2/level` → `participants[2].level`, the key parseYaml records positions under. */
function pointerToPath(pointer: string): string {
  let out = '';
  for (const part of pointer.split('/').slice(1)) {
    const seg = part.replace(/~1/g, '/').replace(/~0/g, '~');
    out = /^[0-9]+$/.test(seg) ? `${out}[${seg}]` : out === '' ? seg : `${out}.${seg}`;
  }
  return out;
}

function joinKey(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

const KNOWN_KEYS: Record<string, string[]> = {
  '': ['name', 'window', 'artifact-name', 'objectives', 'defender', 'trust', 'participants'],
  window: ['start', 'end'],
  trust: ['signer-workflow', 'trusted-root', 'tool-versions', 'predicate-type', 'allow-self-hosted'],
  participant: ['name', 'repositories', 'level', 'logo', 'advisor', 'hub-target'],
};

function schemaMessage(e: ErrorObject, path: string): string {
  const where = path === '' ? 'the event file' : path;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = KNOWN_KEYS[/^participants\[[0-9]+\]$/.test(path) ? 'participant' : path] ?? [];
      const hint = known.find((k) => editDistance(k, key.toLowerCase().replace(/_/g, '-')) <= 2);
      return `unknown key "${key}" in ${where}; ${hint ? `did you mean "${hint}"?` : `write one of: ${known.join(', ')}`}`;
    }
    case 'required':
      return `${where} needs "${String(params.missingProperty)}"${REQUIRED_HINT[String(params.missingProperty)] ?? ''}`;
    case 'enum': {
      if (path.endsWith('.level')) return `${path} must be 1, 2 or 3 (the OSPS Baseline maturity level: Sandbox 1, Incubating 2, Graduated 3)`;
      const allowed = ((params.allowedValues as unknown[]) ?? []).map((x) => String(x)).join(', ');
      return `${where} must be one of: ${allowed}`;
    }
    case 'format':
      return `${where} must be a date and time with a time zone, e.g. 2027-02-20T00:00:00Z`;
    case 'pattern':
      if (path.includes('.repositories[')) return `${where} must be owner/name, as in https://github.com/owner/name (no URL, no .git)`;
      if (path.endsWith('.hub-target')) return `${where} must be <namespace>/<id>, as in the workflow's with.target (without @version)`;
      if (path === 'artifact-name') return 'artifact-name must be a workflow artifact name: letters, digits, dot, dash and underscore';
      return `${where} ${e.message ?? 'is not valid'}`;
    case 'type':
      return `${where} must be ${params.type === 'object' ? 'a mapping' : params.type === 'array' ? 'a list' : `a ${String(params.type)}`}`;
    case 'minItems':
      return `${where} must not be empty`;
    case 'uniqueItems':
      return `${where} lists an objective twice; list each once, in the event's order`;
    default:
      return `${where} ${e.message ?? 'is not valid'}`;
  }
}

const REQUIRED_HINT: Record<string, string> = {
  name: ' (e.g. name: Security Slam Spring 2027)',
  window: ' (e.g. window: { start: 2027-02-20T00:00:00Z, end: 2027-03-20T23:59:59Z })',
  trust: " (at least trust: { signer-workflow: '^https://github\\.com/…/slam\\.yml@refs/tags/v1(\\.[0-9]+){0,2}$' })",
  'signer-workflow': ' (an anchored regular expression for the reusable workflow that signs results)',
  participants: ' (a list of { name, repositories, level })',
  repositories: ' (e.g. repositories: [acme/widget])',
  level: ' (1, 2 or 3)',
  start: ' (e.g. start: 2027-02-20T00:00:00Z)',
  end: ' (e.g. end: 2027-03-20T23:59:59Z)',
};

function dedupe(problems: EventProblem[]): EventProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.line}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || b.length > 40) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
