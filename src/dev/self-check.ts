// `node src/dev/self-check.ts [--in-place] [--cli FILE] [--level N]`: this repository must pass
// its own evaluation at Level 3 wherever a machine can decide offline. Runs the bundled command
// line (dist/cli.js) as users run it, offline, reads the JSON result and fails, listing each, on:
//
// - a requirement that fails;
// - a requirement that is unknown for a reason other than the run being offline (its evidence or
//   remediation says it needs the GitHub API: "offline run", a token, GitHub releases);
// - an objective with a failing check, or unmet or partial without one;
// - a Security Insights file that is missing or not valid.
//
// KNOWN_GAPS names requirements the project knowingly fails, with the reason; they are printed on
// every run, and a known gap that starts to pass fails the check until it is taken off the list.
//
// What only the API can decide (rulesets, private vulnerability reporting, visibility, releases
// on GitHub) is listed as undecided; SECURITY.md and GOVERNANCE.md name the settings that decide it.
//
// By default it evaluates a clone of HEAD (committed files only) with a tag when the repository
// has none, so the requirements that apply "once the project has released" are decided as they
// will be after the first release, instead of being unknown because no tag is in the checkout.
// --in-place evaluates the working tree as it is (uncommitted changes too, no tag added).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The parts of the result document (schemas/result.schema.json) this check reads. */
export interface SelfCheckResult {
  level: number;
  controls: { id: string; title?: string; status: string; evidence: { detail?: string }[]; remediation?: string | null }[];
  objectives: { id: string; status: string; checks: { id: string; status: string; missing?: string }[] }[];
  securityInsights: { path: string; valid: boolean } | null;
}

export interface SelfCheckReport {
  problems: string[];
  /** Problems that name a known gap: reported, not failing. */
  known: string[];
  /** Requirements only the GitHub API can decide, with the engine's reason. */
  undecided: string[];
  counts: Record<string, number>;
}

/**
 * Requirements this repository is known to fail, each with the reason: still reported (as known
 * gaps) on every run, and the check fails if one of them passes, so that the entry is removed.
 * A problem that names one of these ids (its own, or an objective's check that cites it) is known.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  // Defender's sub-check, not a requirement: our own signed result is the project's published,
  // checkable result; the grc.store hub needs a namespace registered by the maintainers first.
  'published-on-hub':
    'no workflow publishes to the grc.store hub yet: the signed result of .github/workflows/slam.yml is the published result; publishing to grc.store waits for a hub namespace (GOVERNANCE.md, "Settings the maintainers keep")',
  'OSPS-VM-04.02':
    'no VEX document: no dependency vulnerability has been triaged as not affecting the project yet, and an OpenVEX document needs at least one statement (SECURITY.md, "Vulnerabilities that do not affect the project")',
};

/** How the engine says a requirement needs the GitHub API: the offline run, a token, the API, releases on GitHub. */
const NEEDS_API = /\boffline\b|\btoken\b|\bGitHub API\b|\bGitHub releases\b/i;

export function offlineProblems(result: SelfCheckResult, knownGaps: Readonly<Record<string, string>> = {}): SelfCheckReport {
  const problems: string[] = [];
  const undecided: string[] = [];
  const counts: Record<string, number> = {};
  for (const c of result.controls) {
    counts[c.status] = (counts[c.status] ?? 0) + 1;
    const why = c.evidence.map((e) => e.detail ?? '').filter(Boolean).join('; ');
    if (c.status === 'fail') problems.push(`${c.id} fails: ${why}${c.remediation ? ` (to do: ${c.remediation})` : ''}`);
    else if (c.status === 'unknown') {
      if (NEEDS_API.test(why) || NEEDS_API.test(c.remediation ?? '')) undecided.push(`${c.id}: ${why}`);
      else problems.push(`${c.id} is unknown, and not because the run is offline: ${why}`);
    }
  }
  const requirementIds = new Set(result.controls.map((c) => c.id));
  for (const o of result.objectives) {
    const failing = o.checks.filter((k) => k.status === 'fail');
    // A check named after a requirement repeats the requirement's status, reported above.
    for (const k of failing.filter((x) => !requirementIds.has(x.id))) problems.push(`objective ${o.id}: check ${k.id} fails${k.missing ? `: ${k.missing}` : ''}`);
    if (failing.length === 0 && (o.status === 'unmet' || o.status === 'partial')) problems.push(`objective ${o.id} is ${o.status} without a failing check`);
  }
  if (!result.securityInsights) problems.push('no Security Insights file');
  else if (!result.securityInsights.valid) problems.push(`${result.securityInsights.path} is not valid`);
  const gapIds = Object.keys(knownGaps);
  const names = (p: string) => gapIds.some((id) => p.includes(id));
  const known = problems.filter(names);
  const failing = problems.filter((p) => !names(p));
  for (const id of gapIds) {
    const c = result.controls.find((x) => x.id === id) ?? result.objectives.flatMap((o) => o.checks).find((k) => k.id === id);
    if (c && c.status !== 'fail') failing.push(`${id} is listed as a known gap but is ${c.status} now: remove it from KNOWN_GAPS in src/dev/self-check.ts`);
  }
  return { problems: failing, known, undecided, counts };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** A clone of HEAD with the same origin URL and, when there is no tag, a lightweight tag naming a version. */
export function releasedClone(root: string): { dir: string; tagged: boolean } {
  const dir = join(mkdtempSync(join(tmpdir(), 'slam-self-check-')), 'repository');
  execFileSync('git', ['clone', '--quiet', root, dir], { stdio: ['ignore', 'ignore', 'ignore'] });
  let origin = '';
  try {
    origin = git(root, 'remote', 'get-url', 'origin');
  } catch {
    // no remote: the clone's origin (the local path) names no repository either
  }
  if (origin) git(dir, 'remote', 'set-url', 'origin', origin);
  const tagged = git(dir, 'tag', '--list') === '';
  if (tagged) git(dir, 'tag', 'v0.0.0-self-check');
  return { dir, tagged };
}

/** Runs the command line on `target`, prints the report, and returns the exit code. */
function check(cli: string, target: string, level: string, how: string): number {
  const r = spawnSync(process.execPath, [cli, 'evaluate', target, '--offline', '--level', level, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GITHUB_TOKEN: '', NO_COLOR: '1' },
  });
  if (r.status !== 0) {
    console.error(`self-check: ${cli} evaluate exited ${r.status}: ${r.stderr.trim()}`);
    return 1;
  }
  const report = offlineProblems(JSON.parse(r.stdout) as SelfCheckResult, KNOWN_GAPS);
  const c = report.counts;
  console.log(`self-check: ${how}, offline at Level ${level}: ${c.pass ?? 0} pass, ${c.attested ?? 0} attested, ${c['not-applicable'] ?? 0} not applicable, ${c.fail ?? 0} fail, ${c.unknown ?? 0} unknown`);
  if (report.undecided.length > 0) {
    console.log(`${report.undecided.length} requirement(s) only the GitHub API decides (the settings that decide them are in SECURITY.md and GOVERNANCE.md):`);
    for (const u of report.undecided) console.log(`  ${u}`);
  }
  if (report.known.length > 0) {
    console.log(`${report.known.length} known gap(s), failing and reported, not failing this check:`);
    for (const [id, why] of Object.entries(KNOWN_GAPS)) console.log(`  ${id}: ${why}`);
    for (const k of report.known) console.log(`    ${k}`);
  }
  if (report.problems.length > 0) {
    console.error(`self-check: ${report.problems.length} problem(s) an offline run decides:`);
    for (const p of report.problems) console.error(`  ${p}`);
    return 1;
  }
  console.log('self-check: every requirement and objective an offline run can decide is met');
  return 0;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const root = join(import.meta.dirname, '..', '..');
  const cli = option(args, '--cli') ?? join(root, 'dist', 'cli.js');
  const level = option(args, '--level') ?? '3';
  const inPlace = args.includes('--in-place');
  const clone = inPlace ? null : releasedClone(root);
  const target = clone?.dir ?? root;
  try {
    process.exitCode = check(cli, target, level, clone ? `a clone of HEAD${clone.tagged ? ' tagged v0.0.0-self-check, as if released' : ''}` : 'the working tree');
  } finally {
    if (clone) rmSync(join(clone.dir, '..'), { recursive: true, force: true });
  }
}
