// Cake builds (https://cakebuild.net): a C# build script (build.cake, or a file-based app such as cake.cs) of tasks
// chained with `.IsDependentOn("…")`, run by a bootstrapper (build.ps1, build.sh) or by `dotnet cake`. App-vNext/Polly's CI
// runs `./build.ps1`, which runs cake.cs's "Default" task; Default depends on Build, which depends on __RunTests, whose
// body calls `DotNetTest(…)`. Read as text: the tasks, their dependencies, and the calls that run tests.
import { lineAt } from '../text.ts';

/** The Cake scripts a bootstrapper at the repository's root runs, by their usual names. */
export const CAKE_SCRIPTS = ['build.cake', 'cake.cs', 'build.cs'];

/** A Cake bootstrapper: the script the project's CI runs to start the build. */
export const CAKE_BOOTSTRAPPER = /^(?:build|cake)\.(?:ps1|sh|cmd|bat)$/i;

/** A task's declaration: `Task("Name")`. */
const TASK = /\bTask\s*\(\s*"([^"\n]{1,100})"\s*\)/g;
/** A dependency of a task: `.IsDependentOn("Other")`. */
const DEPENDS = /\.IsDependentOn\s*\(\s*"([^"\n]{1,100})"\s*\)/g;
/** Cake's aliases that run a test suite (its .NET, xUnit, NUnit, VSTest and MSTest runners). */
const TEST_CALL = /\b(?:DotNetTest|DotNetCoreTest|XUnit2|NUnit3|VSTest|MSTest)\s*\(/;
/** The target asked for when none is given: `Argument<string>("target", "Default")`, `Argument("target", "Default")`. */
const TARGET_ARGUMENT = /\bArgument\s*(?:<\s*string\s*>\s*)?\(\s*"target"\s*,\s*"([^"\n]{1,100})"\s*\)/i;
/** A script that declares tasks and runs one (`RunTarget(target)`, `await RunTargetAsync(target)`): a Cake script, not another C# file of the same name. */
const RUNS_TARGET = /\bRunTarget(?:Async)?\s*\(/;

const MAX_TASKS = 200;

interface CakeTask {
  /** The task's text, from its declaration to the next one. */
  body: string;
  /** The 1-based line of its declaration. */
  line: number;
  /** Offset of its declaration in the script. */
  at: number;
}

/** Tasks of a Cake script by name, or null when the text is not one (no task, or no RunTarget). */
function tasksOf(text: string): Map<string, CakeTask> | null {
  if (!RUNS_TARGET.test(text)) return null;
  const found = [...text.matchAll(TASK)].slice(0, MAX_TASKS);
  if (found.length === 0) return null;
  const tasks = new Map<string, CakeTask>();
  let line = 1;
  let from = 0;
  found.forEach((m, i) => {
    for (let n = text.indexOf('\n', from); n !== -1 && n < m.index; n = text.indexOf('\n', n + 1)) line++;
    from = m.index;
    const end = i + 1 < found.length ? found[i + 1].index : text.length;
    if (!tasks.has(m[1])) tasks.set(m[1], { body: text.slice(m.index, end), line, at: m.index });
  });
  return tasks;
}

/** The target a command line names (`--target=Build`, `--target Build`, `-Target Build`, `-t Build`), if any. */
export function cakeTargetArgument(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const eq = /^-{1,2}(?:target|t)=(.+)$/i.exec(args[i]);
    if (eq) return eq[1].replace(/^["']|["']$/g, '');
    if (/^-{1,2}(?:target|t)$/i.test(args[i]) && args[i + 1] !== undefined) return args[i + 1].replace(/^["']|["']$/g, '');
  }
  return undefined;
}

/**
 * Whether running `target` (the script's default when undefined) runs tests: the first task of its dependency closure whose
 * body calls a test runner, with the line of that call; a verdict of no tests when none does; null when the text is no Cake
 * script or the target is not one of its tasks.
 */
export function cakeTests(text: string, target: string | undefined): { kind: 'tests'; target: string; task: string; call: string; line: number } | { kind: 'no-tests'; target: string } | null {
  const tasks = tasksOf(text);
  const name = target ?? TARGET_ARGUMENT.exec(text)?.[1];
  if (tasks === null || name === undefined || !tasks.has(name)) return null;
  // Depth first, dependencies before the task itself, as Cake runs them; each task once.
  const seen = new Set<string>();
  const visit = (n: string): { task: string; call: string; line: number } | null => {
    const t = tasks.get(n);
    if (t === undefined || seen.has(n)) return null;
    seen.add(n);
    for (const d of t.body.matchAll(DEPENDS)) {
      const hit = visit(d[1]);
      if (hit) return hit;
    }
    const call = TEST_CALL.exec(t.body);
    return call ? { task: n, call: /^\w+/.exec(call[0])?.[0] ?? call[0], line: lineAt(text, t.at + call.index) } : null;
  };
  const hit = visit(name);
  return hit ? { kind: 'tests', target: name, ...hit } : { kind: 'no-tests', target: name };
}
