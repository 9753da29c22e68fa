// Several tests of a file often ask different questions of the same fixture (OSPS-DO-03.01 and
// OSPS-DO-03.02 of one README): the fixture is then built and evaluated once. An evaluation
// of a git checkout starts about ten processes, so this is most of such a file's time. Each
// caller gets its own copy of the result, so no test sees another's changes to it.
import { createHash } from 'node:crypto';
import type { ResultDocument } from '../../src/result/types.ts';
import type { Tree } from './repo.ts';

export type Evaluator = (files: Tree) => Promise<ResultDocument>;

/** A memo for one test file: `evaluateOnce(files, kind, evaluator)` runs `evaluator` once per (files, kind). */
export function sharedEvaluations(): (files: Tree, kind: string, evaluator: Evaluator) => Promise<ResultDocument> {
  const memo = new Map<string, Promise<ResultDocument>>();
  return async (files, kind, evaluator) => {
    const h = createHash('sha256').update(kind).update('\0');
    for (const path of Object.keys(files).sort()) {
      const content = files[path];
      h.update(`${Buffer.byteLength(path)}:${path}${Buffer.byteLength(content)}:`).update(content);
    }
    const key = h.digest('hex');
    let pending = memo.get(key);
    if (!pending) {
      pending = evaluator(files);
      memo.set(key, pending);
      // A failed evaluation is not kept: the next test asks again and sees the error itself.
      pending.catch(() => memo.delete(key));
    }
    return structuredClone(await pending);
  };
}
