// `slam evaluate [path]`: the evaluation on a laptop or in a script, printed or written in any
// report format. Exit 0 when it ran, 3 with --fail-on fail when a requirement fails at the level.
import type { Level } from '../catalog/catalog.ts';
import { parseSeconds } from '../facts/budget.ts';
import { stringFlag, UsageError, type ParsedArgs } from './args.ts';
import type { Command } from './command.ts';
import { outputProblem, writeOutput } from './output.ts';

/** The exit status of `slam evaluate --fail-on fail` when a requirement fails. */
export const EXIT_FAILING = 3;

// Kept here rather than imported so that `slam --help` does not load the reporters.
const FORMATS = ['text', 'json', 'sarif', 'markdown', 'gemara', 'gemara-json'] as const;
type Format = (typeof FORMATS)[number];

export const evaluateCommand: Command = {
  name: 'evaluate',
  usage: 'evaluate [path]',
  summary: 'evaluate the repository at path (default: .)',
  help: `Options for evaluate:
  -l, --level 1|2|3           OSPS Baseline maturity level (default: the level in
                              .github/security-slam.yml, else 1)
  -f, --format FORMAT         text (default), json, sarif, markdown, or gemara (a Gemara
                              EvaluationLog in YAML, as grc.store reads it; gemara-json
                              for the same in JSON)
  -o, --output FILE           write the report to FILE instead of standard output (checked
                              before the evaluation starts)
      --fail-on fail|none     fail: exit 3 when a requirement fails at the level (default: none,
                              exit 0 whatever the evaluation found)
      --offline               do not call the GitHub API; API-only requirements become unknown
      --token TOKEN           GitHub token (default: $GITHUB_TOKEN); never printed
      --repo OWNER/NAME       repository on GitHub (default: from the git remote)
      --no-unknown-notes      SARIF: leave unknown requirements out instead of reporting notes
      --time-limit SECONDS    stop reading after SECONDS (default 300); what was not read
                              by then is reported unknown, and the report is still written
  -v, --verbose               text: also list passing requirements`,
  flags: { values: ['level', 'format', 'output', 'token', 'repo', 'time-limit', 'fail-on'], switches: ['offline', 'no-unknown-notes', 'verbose'] },
  run,
};

async function run(args: ParsedArgs): Promise<number> {
  if (args.positionals.length > 1) throw new UsageError('evaluate takes at most one path');
  const path = args.positionals[0] ?? '.';
  const level = parseLevel(args.flags.level);
  const format = (args.flags.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const repo = stringFlag(args, 'repo');
  if (repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) throw new UsageError('--repo must look like owner/name');
  const token = stringFlag(args, 'token') ?? process.env.GITHUB_TOKEN ?? undefined;
  const failOn = args.flags['fail-on'] ?? 'none';
  if (failOn !== 'none' && failOn !== 'fail') throw new UsageError('--fail-on must be fail or none');
  const output = stringFlag(args, 'output');
  const timeLimitSeconds = parseTimeLimit(stringFlag(args, 'time-limit'), '--time-limit');
  // A report that cannot be written is found now, not after the evaluation.
  const problem = output === undefined ? null : outputProblem(output);
  if (problem) throw new UsageError(`cannot write ${output}: ${problem}`);

  const { evaluate } = await import('../engine.ts');
  const { workTreePrefix } = await import('../facts/work-tree.ts');
  const { result, warnings, nameBytes } = await evaluate(path, { level, offline: Boolean(args.flags.offline), token: token || undefined, repository: repo, timeLimitSeconds });
  const { render } = await import('../reporters/render.ts');
  const color = format === 'text' && output === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const text = render(result, format, {
    color,
    verbose: Boolean(args.flags.verbose),
    unknownAsNotes: !args.flags['no-unknown-notes'],
    uriPrefix: workTreePrefix(path) ?? '',
    nameBytes,
  });
  if (output !== undefined) {
    try {
      writeOutput(output, text);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  } else {
    process.stdout.write(text);
  }
  // After the report, so that a failure to write it stays the one line on standard error.
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const failing = result.controls.filter((c) => c.status === 'fail');
  if (failOn === 'fail' && failing.length > 0) {
    process.stderr.write(`slam: ${failing.length} requirement(s) fail at Level ${result.level}: ${failing.map((c) => c.id).join(', ')}\n`);
    return EXIT_FAILING;
  }
  return 0;
}

function parseTimeLimit(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = parseSeconds(v);
  if (n === null) throw new UsageError(`${name} must be a number of seconds above 0 and at most 86400, not "${v}"`);
  return n;
}

function parseLevel(v: string | true | undefined): Level | undefined {
  if (v === undefined) return undefined;
  if (v === '1' || v === '2' || v === '3') return Number(v) as Level;
  throw new UsageError('--level must be 1, 2 or 3');
}
