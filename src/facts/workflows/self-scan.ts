// A Baseline scanner project that scans itself: a workflow builds the scanner from the repository
// (go build, make, cargo build, docker build, or go run / cargo run in place) and runs the program
// it built against the OSPS Baseline (an argument, or a configuration file it is given, names the
// OSPS Baseline catalog), or runs Privateer (`privateer run` / `pvtr run`) with such a
// configuration. Then the project's recurring Baseline scan is its own scanner (Mechanizer).
import type { JobFact, StepFact } from './types.ts';

/** The OSPS Baseline named in an argument or a configuration file. */
const OSPS = /\bosps\b|\bosps[-_]?b\b|osps[-_]baseline|open source project security baseline/i;

/** A step that builds the program from the repository. */
const BUILDS = /\bgo\s+(?:build|install)\b|\bmake\b|\bcargo\s+build\b|\bdocker\s+build\b|\b(?:npm|pnpm|yarn)\s+(?:run\s+)?build\b|\bgoreleaser\s+build\b/;

/** Running a program built here: `./bin/scanner`, `bin/scanner`, `go run .`, `cargo run`, or Privateer. */
function runsLocalProgram(line: string): boolean {
  const first = line.trimStart().split(/\s+/, 1)[0] ?? '';
  if (first.startsWith('./') || first.startsWith('bin/') || first.startsWith('dist/') || first.startsWith('build/') || first.startsWith('$GITHUB_WORKSPACE/') || first.startsWith('${GITHUB_WORKSPACE}/')) return true;
  return /^(?:go\s+run|cargo\s+run|(?:privateer|pvtr)\s+run)\b/.test(line.trimStart());
}

/** Repository files a line names (configuration passed to the scanner), YAML or JSON. */
function namedConfigFiles(line: string): string[] {
  const out: string[] = [];
  for (const w of line.split(/[\s=]+/)) {
    const p = w.replace(/^["']|["']$/g, '').replace(/^\.\//, '');
    if (/\.(?:ya?ml|json)$/i.test(p) && !p.includes('$') && !p.split('/').includes('..') && out.length < 3) out.push(p);
  }
  return out;
}

export interface SelfScan {
  step: StepFact;
  /** The script line that runs the scanner. */
  line: string;
  /** Why it is a Baseline scan, in words. */
  why: string;
}

/**
 * The step of `job` that runs a Baseline scanner built from this repository, or null. `lines` gives
 * a step's script lines; `read` a repository file's text (a configuration the scanner is given).
 */
export function selfScanIn(job: JobFact, lines: (s: StepFact) => readonly string[], read: (path: string) => string | null): SelfScan | null {
  let built = false;
  for (const step of job.steps) {
    const ls = lines(step);
    for (const l of ls) {
      if (!runsLocalProgram(l)) continue;
      const inPlace = /^\s*(?:go|cargo)\s+run\b/.test(l);
      const privateer = /^\s*(?:privateer|pvtr)\s+run\b/.test(l);
      if (!built && !inPlace && !privateer) continue;
      if (OSPS.test(l)) return { step, line: l, why: 'its arguments name the OSPS Baseline' };
      for (const p of namedConfigFiles(l)) {
        const text = read(p);
        if (text !== null && OSPS.test(text)) return { step, line: l, why: `its configuration ${p} names the OSPS Baseline` };
      }
    }
    if (ls.some((l) => BUILDS.test(l)) || (step.uses !== null && /^(?:goreleaser\/goreleaser-action|docker\/build-push-action)$/i.test(`${step.uses.owner}/${step.uses.repo}`))) built = true;
  }
  return null;
}
