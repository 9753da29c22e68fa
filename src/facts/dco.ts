// Developer Certificate of Origin and Contributor License Agreement evidence (OSPS-LE-01.01:
// contributors assert they are legally authorised to make each contribution).
// Three kinds of evidence: sign-off trailers in recent history (git), a DCO/CLA check wired into
// the repository (bot configuration, workflows), and contributor documentation that asks for it.
// A DCO or CLA enforced by a GitHub App leaves no file behind; only history shows its effect.
import type { Evidence } from '../model/evidence.ts';
import { runGit, runGitText, type GitLimits } from './git.ts';
import { blankComments } from './html-comments.ts';
import type { RepoSnapshot } from './snapshot.ts';

export interface DcoFacts {
  isRepo: boolean;
  shallow: boolean;
  /** Commits returned by git log (merge commits included), at most maxCommits. */
  commitsVisible: number;
  /** Non-merge commits examined. */
  commitsExamined: number;
  /** Non-merge commits with at least one Signed-off-by trailer. */
  signedOff: number;
  /** Of those, commits signed off by their own author's email address (what DCO bots check). */
  signedOffByAuthor: number;
  mergeCommitsSkipped: number;
  /**
   * Non-merge commits without a sign-off authored by a GitHub App (`…[bot]@users.noreply.github.com`:
   * Renovate, Dependabot; or a `…[bot]` author name with a no-reply address: the Copilot coding
   * agent's `copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>`): an app cannot
   * certify the DCO or sign a CLA, and the DCO app exempts bots.
   */
  unsignedByBots: number;
  /** The bots among them, by login (`renovate[bot]`), at most a few. */
  bots: string[];
  /** A few commits without a sign-off, for people to look at (bots' commits left out). */
  unsigned: Evidence[];
  dcoFile: Evidence | null;
  claOrDcoCheck: Evidence[];
  docMentions: Evidence[];
  /**
   * The mentions of a Contributor License Agreement among docMentions, and workflows that stand in
   * for a CLA app's status in the merge queue: a CLA the project asks for, enforced (if at all) by
   * an app not in the tree.
   */
  claMentions: Evidence[];
  /**
   * The lines of docMentions that name a DCO check on pull requests: a DCO bot, app or status check
   * ("a DCO-bot will automatically determine whether you need to provide signoff"), or a link to
   * the DCO app (github.com/apps/dco, probot/dco). Such an app is configured on the organization,
   * out of the tree's sight.
   */
  dcoCheckMentions: Evidence[];
  /** False when history cannot tell (no git, no commits, a shallow clone with too few commits). */
  decidable: boolean;
  reason?: string;
}

export interface DcoOptions {
  maxCommits?: number;
}

/** The history questions, asked of git synchronously or not. */
type Ask = (args: string[]) => string | null | Promise<string | null>;

const DEFAULT_MAX_COMMITS = 200;
/** Below this many visible commits in a shallow clone, the sample says nothing about the practice. */
const MIN_SHALLOW_SAMPLE = 10;
const MAX_UNSIGNED_LISTED = 5;
const MAX_BOTS_NAMED = 3;
/** GitHub's no-reply address of an app's commits: `<id>+<login>[bot]@users.noreply.github.com`. */
const BOT_EMAIL_SUFFIX = '[bot]@users.noreply.github.com';
const NOREPLY_SUFFIX = '@users.noreply.github.com';
const BOT_NAME_SUFFIX = '[bot]';
const SIGN_OFF = /^[ \t]*Signed-off-by:[^<\n]*<([^>\n]+)>[ \t]*$/gim;

export function gatherDco(snapshot: RepoSnapshot, options: DcoOptions = {}): DcoFacts {
  const facts = startFacts(snapshot);
  const root = snapshot.root;
  const ask = (args: string[]) => runGit(root, args);
  const repo = ask(['rev-parse', '--git-dir']);
  if (repo === null) return notARepo(facts);
  const shallow = ask(['rev-parse', '--is-shallow-repository']);
  return fromLog(facts, shallow, ask(logArgs(options)), options);
}

/** What git says of the history: whether `root` is a work tree, whether it is shallow, and the log. */
export interface DcoHistory {
  repo: boolean;
  shallow: string | null;
  log: string | null;
}

/**
 * Asks git for the history without blocking, stoppable through `limits.signal`. It needs no file
 * of the snapshot: start it with the run, pass it to gatherDcoAsync.
 */
export async function readDcoHistoryAsync(root: string, options: DcoOptions = {}, limits: GitLimits = {}): Promise<DcoHistory> {
  const ask: Ask = (args) => runGitText(root, args, limits);
  const repo = await ask(['rev-parse', '--git-dir']);
  if (repo === null) return { repo: false, shallow: null, log: null };
  const shallow = await ask(['rev-parse', '--is-shallow-repository']);
  return { repo: true, shallow, log: await ask(logArgs(options)) };
}

/** gatherDco without blocking: git log runs while JavaScript works, stoppable through `limits.signal`. */
export async function gatherDcoAsync(snapshot: RepoSnapshot, options: DcoOptions = {}, limits: GitLimits = {}, history?: Promise<DcoHistory>): Promise<DcoFacts> {
  const asked = history ?? readDcoHistoryAsync(snapshot.root, options, limits);
  const facts = startFacts(snapshot);
  const h = await asked;
  if (!h.repo) return notARepo(facts);
  return fromLog(facts, h.shallow, h.log, options);
}

function maxCommits(options: DcoOptions): number {
  return Math.max(1, Math.min(5000, Math.floor(options.maxCommits ?? DEFAULT_MAX_COMMITS)));
}

// --no-show-signature (and git.ts's log.showSignature=false): a hostile repository config
// (log.showSignature + gpg.program) must not run programs.
function logArgs(options: DcoOptions): string[] {
  return ['log', '--no-show-signature', '--no-color', '-z', '-n', String(maxCommits(options)), '--format=%H%x1f%P%x1f%ae%x1f%an%x1f%B', 'HEAD', '--'];
}

/** Dco facts that say why history was not read, with nothing else known. */
export function unreadDcoFacts(reason: string): DcoFacts {
  return { isRepo: false, shallow: false, commitsVisible: 0, commitsExamined: 0, signedOff: 0, signedOffByAuthor: 0, mergeCommitsSkipped: 0, unsignedByBots: 0, bots: [], unsigned: [], dcoFile: null, claOrDcoCheck: [], docMentions: [], claMentions: [], dcoCheckMentions: [], decidable: false, reason };
}

function notARepo(facts: DcoFacts): DcoFacts {
  facts.reason = 'not a git work tree: commit sign-offs cannot be examined';
  return facts;
}

/** The facts before history is read: the repository's DCO file, checks and documentation. */
function startFacts(snapshot: RepoSnapshot): DcoFacts {
  const mentions = findDocMentions(snapshot);
  const checks = findChecks(snapshot);
  return {
    isRepo: false,
    shallow: false,
    commitsVisible: 0,
    commitsExamined: 0,
    signedOff: 0,
    signedOffByAuthor: 0,
    mergeCommitsSkipped: 0,
    unsignedByBots: 0,
    bots: [],
    unsigned: [],
    dcoFile: findDcoFile(snapshot),
    claOrDcoCheck: checks.found,
    docMentions: mentions,
    claMentions: [...mentions.filter((e) => DOC_MARKERS.some((d) => d.cla && d.detail === e.detail)), ...checks.claStatus],
    dcoCheckMentions: mentions.filter((e) => e.detail === DCO_CHECK_MENTION),
    decidable: false,
  };
}

function fromLog(facts: DcoFacts, shallowAnswer: string | null, log: string | null, options: DcoOptions): DcoFacts {
  const max = maxCommits(options);
  facts.isRepo = true;
  facts.shallow = shallowAnswer?.trim() === 'true';
  if (log === null) {
    facts.reason = 'the repository has no commits (or HEAD cannot be read)';
    return facts;
  }
  for (const rec of log.split('\0')) {
    if (!rec.trim()) continue;
    const [sha, parents, authorEmail, authorName] = rec.split('\x1f', 4);
    if (sha === undefined || parents === undefined || authorEmail === undefined || authorName === undefined) continue;
    const body = rec.slice(sha.length + parents.length + authorEmail.length + authorName.length + 4);
    if (!/^[0-9a-f]{40,64}$/.test(sha.trim())) continue;
    facts.commitsVisible++;
    if (parents.trim().split(/\s+/).filter(Boolean).length > 1) {
      facts.mergeCommitsSkipped++;
      continue;
    }
    facts.commitsExamined++;
    const emails: string[] = [];
    SIGN_OFF.lastIndex = 0;
    for (let m = SIGN_OFF.exec(body); m; m = SIGN_OFF.exec(body)) emails.push(m[1].trim().toLowerCase());
    if (emails.length > 0) {
      facts.signedOff++;
      if (emails.includes(authorEmail.trim().toLowerCase())) facts.signedOffByAuthor++;
    } else if (isBot(authorEmail, authorName)) {
      facts.unsignedByBots++;
      const login = botLogin(authorEmail, authorName);
      if (!facts.bots.includes(login) && facts.bots.length < MAX_BOTS_NAMED) facts.bots.push(login);
    } else if (facts.unsigned.length < MAX_UNSIGNED_LISTED) {
      facts.unsigned.push({ kind: 'git', detail: `commit ${sha.trim().slice(0, 12)} has no Signed-off-by trailer` });
    }
  }

  if (facts.commitsVisible === 0) {
    facts.reason = 'the repository has no commits';
  } else if (facts.commitsExamined === 0) {
    facts.reason = `all ${facts.commitsVisible} visible commits are merge commits`;
  } else if (facts.shallow && facts.commitsVisible < max && facts.commitsVisible < MIN_SHALLOW_SAMPLE) {
    facts.reason = `shallow clone: only ${facts.commitsVisible} commit(s) visible, too few to judge sign-offs; check out with full history (actions/checkout fetch-depth: 0)`;
  } else {
    facts.decidable = true;
    if (facts.shallow) facts.reason = `shallow clone: ${facts.commitsVisible} commit(s) visible`;
    else if (facts.commitsVisible < max) facts.reason = `the whole history (${facts.commitsVisible} commit(s)) was examined`;
  }
  return facts;
}

/**
 * An app's commit: its no-reply address names the `[bot]` login, or (the Copilot coding agent's, whose
 * address is its account's `198982749+Copilot@…`) its author name does, with a GitHub no-reply address.
 */
function isBot(authorEmail: string, authorName: string): boolean {
  const email = authorEmail.trim().toLowerCase();
  return email.endsWith(BOT_EMAIL_SUFFIX) || email === COPILOT_EMAIL || (email.endsWith(NOREPLY_SUFFIX) && authorName.trim().toLowerCase().endsWith(BOT_NAME_SUFFIX));
}

/**
 * The no-reply address of GitHub's Copilot account, which the coding agent's commits carry under the author name
 * "Copilot" as often as "copilot-swe-agent[bot]": no person, so no sign-off can be asked of it.
 */
const COPILOT_EMAIL = '198982749+copilot@users.noreply.github.com';

/** `29139614+renovate[bot]@users.noreply.github.com` -> `renovate[bot]`; else the `[bot]` author name (`copilot-swe-agent[bot]`). */
function botLogin(authorEmail: string, authorName: string): string {
  if (!authorEmail.trim().toLowerCase().endsWith(BOT_EMAIL_SUFFIX)) return authorName.trim().slice(0, 100);
  const local = authorEmail.trim().slice(0, -NOREPLY_SUFFIX.length);
  const plus = local.indexOf('+');
  return plus >= 0 ? local.slice(plus + 1) : local;
}

function findDcoFile(snapshot: RepoSnapshot): Evidence | null {
  for (const dir of ['', '.github', 'docs']) {
    const hits = snapshot.filesIn(dir, (b) => /^dco(\.(md|txt|rst|adoc|markdown))?$/i.test(b));
    for (const f of hits) {
      if (f.kind === 'symlink' || f.kind === 'submodule') continue;
      const r = snapshot.read(f.path);
      const real = r.ok && /Developer Certificate of Origin/i.test(r.text);
      return { kind: 'file', path: f.path, detail: real ? 'DCO file with the Developer Certificate of Origin text' : 'file named DCO, without the Developer Certificate of Origin text' };
    }
  }
  return null;
}

const CHECK_CONFIGS: { test: RegExp; detail: string }[] = [
  { test: /^\.github\/dco\.ya?ml$/i, detail: 'DCO app (probot/dco) configuration' },
  { test: /^(\.github\/)?\.?clabot$/i, detail: 'CLA bot (clabot) configuration' },
  { test: /^(\.github\/)?\.?cla\.(json|ya?ml)$/i, detail: 'CLA check configuration' },
  { test: /^\.github\/cla-signatures?\.json$|^signatures\/version\d+\/cla\.json$/i, detail: 'CLA signature record (CLA Assistant)' },
  { test: /^\.github\/easycla\.ya?ml$/i, detail: 'EasyCLA configuration' },
];

/** A command that makes a commit (and may sign it off), not one that reads commits. */
const COMMITTING = /\bgit\s+(?:-c\s+\S+\s+)*(?:commit|am|rebase|cherry-pick|revert|merge|format-patch)\b/i;

/** A workflow named for checking sign-offs or commits (dco.yml, signoff-check.yml, commit-lint.yml). */
const SIGN_OFF_WORKFLOW = /(?:^|\/)[^/]*(?:dco|sign[-_]?off|signed[-_]?off|commit[-_]?(?:check|lint|message))[^/]*$/i;

const WORKFLOW_MARKERS: { re: RegExp; detail: string; not?: RegExp; file?: RegExp }[] = [
  { re: /cla-assistant|contributor-assistant/i, detail: 'workflow runs CLA Assistant' },
  { re: /easycla/i, detail: 'workflow refers to EasyCLA' },
  { re: /probot\/dco|dcoapp/i, detail: 'workflow refers to the DCO app' },
  { re: /(^|[^a-z0-9])dco([^a-z0-9]|$)/i, detail: 'workflow runs a DCO check' },
  // Only in a workflow about sign-offs: elsewhere a bot commits with --signoff (etcd's
  // bump-devcontainer-version.yml) or copies a trailer onto a cherry-pick (argo-cd's), checking nobody's.
  { re: /signed-off-by|--signoff/i, detail: 'workflow checks Signed-off-by trailers', not: COMMITTING, file: SIGN_OFF_WORKFLOW },
];

/**
 * A job named after a CLA app's status (CLA Assistant's `license/cla`, Google's `cla/google`): a
 * workflow that reports it in the merge queue, where the app does not run, because the check is
 * required (trivy's bypass-cla.yaml). It runs no check itself.
 */
const CLA_STATUS_JOB = /^\s*name:\s*["']?(license\/cla|cla\/google)["']?\s*$/i;

const MAX_WORKFLOWS = 500;

function findChecks(snapshot: RepoSnapshot): { found: Evidence[]; claStatus: Evidence[] } {
  const out: Evidence[] = [];
  const claStatus: Evidence[] = [];
  let workflowsRead = 0;
  for (const f of snapshot.files) {
    if (f.kind === 'symlink' || f.kind === 'submodule') continue;
    const cfg = CHECK_CONFIGS.find((c) => c.test.test(f.path));
    if (cfg) {
      out.push({ kind: 'file', path: f.path, detail: cfg.detail });
      continue;
    }
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f.path) || out.length >= 50 || ++workflowsRead > MAX_WORKFLOWS) continue;
    const r = snapshot.read(f.path);
    if (!r.ok) continue;
    const lines = r.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (/^\s*#/.test(line) || line.length > 2000) continue;
      const hit = WORKFLOW_MARKERS.find((w) => w.re.test(line) && !(w.not && w.not.test(line)) && !(w.file && !w.file.test(f.path)));
      if (hit) {
        out.push({ kind: 'workflow', path: f.path, line: i + 1, column: line.search(/\S/) + 1, detail: hit.detail });
        break;
      }
      const status = claStatus.length < 3 ? CLA_STATUS_JOB.exec(line) : null;
      if (status) claStatus.push({ kind: 'workflow', path: f.path, line: i + 1, column: line.search(/\S/) + 1, detail: `CLA: a job reports the ${status[1]} status, so a CLA app's check is required` });
    }
  }
  return { found: out, claStatus };
}

const DCO_CHECK_MENTION = 'DCO: names a DCO check on pull requests (a DCO bot, app or status check)';

const DOC_MARKERS: { re: RegExp; detail: string; cla?: true }[] = [
  { re: /\bDCO[- ]?(?:bot|app|check|status check)s?\b|\bprobot\/dco\b|github\.com\/apps\/dco\b/i, detail: DCO_CHECK_MENTION },
  { re: /Developer\s+Certificate\s+of\s+Origin/i, detail: 'DCO: mentions the Developer Certificate of Origin' },
  { re: /Signed-off-by/i, detail: 'DCO: mentions Signed-off-by' },
  { re: /(^|[^A-Za-z0-9])DCO([^A-Za-z0-9]|$)/, detail: 'DCO: mentions the DCO' },
  { re: /git commit\s+(-\S*s\b|--signoff)|--signoff/, detail: 'DCO: tells contributors to sign off commits' },
  { re: /Contributor\s+License\s+Agreement/i, detail: 'CLA: mentions a Contributor License Agreement', cla: true },
  { re: /(^|[^A-Za-z0-9])CLA([^A-Za-z0-9]|$)/, detail: 'CLA: mentions the CLA', cla: true },
];

function findDocMentions(snapshot: RepoSnapshot): Evidence[] {
  const out: Evidence[] = [];
  const docs: string[] = [];
  for (const dir of ['', '.github', 'docs']) {
    for (const f of snapshot.filesIn(dir, (b) => /^(contributing|pull_request_template)(\.(md|rst|txt|adoc|markdown))?$/i.test(b))) {
      if (f.kind !== 'symlink' && f.kind !== 'submodule') docs.push(f.path);
    }
  }
  for (const path of docs) {
    const r = snapshot.read(path);
    if (!r.ok) continue;
    const lines = blankComments(r.text, (c) => LICENSE_HEADER.test(c)).split('\n');
    const seen = new Set<string>();
    for (let i = 0; i < lines.length && seen.size < DOC_MARKERS.length; i++) {
      // A phrase wrapped at the line's end (hard-wrapped Markdown) is read with the next line; it
      // counts where it starts.
      const text = i + 1 < lines.length ? `${lines[i]} ${lines[i + 1].trimStart()}` : lines[i];
      for (const d of DOC_MARKERS) {
        if (seen.has(d.detail)) continue;
        const m = d.re.exec(text);
        if (!m || m.index >= lines[i].length) continue;
        seen.add(d.detail);
        const column = m.index + (m[1] !== undefined && m[0].startsWith(m[1]) ? m[1].length : 0) + 1;
        out.push({ kind: 'file', path, line: i + 1, column, detail: d.detail });
      }
    }
  }
  return out;
}

/**
 * The opening words of a source license header: a comment that holds one is blanked before the
 * guide is read. An ASF header ("Licensed to the ASF under one or more contributor license
 * agreements") is not the guide asking contributors for anything; other comments stay, as in a pull
 * request template they are the instructions the contributor reads ("Sign off your commits, the
 * DCO check requires it").
 */
const LICENSE_HEADER = /Licensed to the Apache Software Foundation|Licensed under the Apache License|SPDX-License-Identifier|Permission is hereby granted|Copyright \(c\)/i;
