// go-task's Taskfile (Taskfile.yml, https://taskfile.dev): what `task test` runs, for the test-run
// resolver (goreleaser's CI runs `task test`, whose cmds run `go test`). A task's commands, the
// tasks it calls (`- task: test`) and its deps are kept at their lines; a Taskfile it includes
// (namespaced tasks, `task docs:build`) is not read.
import { YamlFile } from './parse.ts';
import type { YNode } from './yaml-tree.ts';

/** The names go-task looks for, in its order. */
export const TASKFILE_NAMES: readonly string[] = ['Taskfile.yml', 'taskfile.yml', 'Taskfile.yaml', 'taskfile.yaml', 'Taskfile.dist.yml', 'taskfile.dist.yml', 'Taskfile.dist.yaml', 'taskfile.dist.yaml'];

export type TaskStep = { kind: 'cmd'; text: string; line: number } | { kind: 'task'; name: string; line: number };

export interface Task {
  line: number;
  /** The task's own folder (`dir:`), as written; null when it names none. */
  dir: string | null;
  /** Its deps, then its commands, in order. */
  steps: TaskStep[];
}

/** Tasks read per file, and steps per task. */
const MAX_TASKS = 1_000;
const MAX_STEPS = 200;

/** The tasks of a Taskfile; an empty map when it cannot be read as one. */
export function readTaskfile(path: string, text: string): Map<string, Task> {
  const tasks = new Map<string, Task>();
  const file = new YamlFile(path, text);
  if (!file.parsed) return tasks;
  const line = (n: YNode | null) => file.nodePos(file.resolve(n)).line;
  for (const { key, keyNode, value } of file.entries(file.get(file.root, 'tasks'), MAX_TASKS) ?? []) {
    const steps: TaskStep[] = [];
    const step = (n: YNode | null, dep: boolean) => {
      if (steps.length >= MAX_STEPS) return;
      const plain = file.str(n);
      // A dep named plainly is a task; a command is a string, or `cmd:` in a mapping.
      if (plain !== null) steps.push(dep ? { kind: 'task', name: plain.trim(), line: line(n) } : { kind: 'cmd', text: plain, line: line(n) });
      else {
        const called = file.str(file.get(n, 'task'));
        const cmd = file.str(file.get(n, 'cmd'));
        if (called !== null) steps.push({ kind: 'task', name: called.trim(), line: line(n) });
        else if (cmd !== null) steps.push({ kind: 'cmd', text: cmd, line: line(file.get(n, 'cmd')) });
      }
    };
    const v = file.resolve(value);
    let dir: string | null = null;
    if (v?.kind === 'map') {
      for (const d of file.list(file.get(v, 'deps'), MAX_STEPS) ?? []) step(d, true);
      for (const c of file.list(file.get(v, 'cmds'), MAX_STEPS) ?? []) step(c, false);
      if (file.has(v, 'cmd')) step(file.get(v, 'cmd'), false);
      dir = file.str(file.get(v, 'dir'));
    } else if (v?.kind === 'seq') {
      // The short form: a list of commands.
      for (const c of file.list(v, MAX_STEPS) ?? []) step(c, false);
    } else if (v !== null) step(v, false);
    tasks.set(key, { line: file.nodePos(keyNode).line, dir, steps });
  }
  return tasks;
}
