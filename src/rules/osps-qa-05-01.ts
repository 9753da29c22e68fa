// OSPS-QA-05.01: No generated executables in version control.
// Files inspected by content (facts/artifacts.ts): any compiled executable, library or bytecode
// fails, each named; none passes, saying how many files were inspected (helpers/artifacts.ts).
// Executables are recognised by the structure of their format (ELF, PE, Mach-O, class files,
// WebAssembly, Dalvik, ar archives of objects, packages of them), never by a file name alone.
// Generated scripts count too: a JavaScript bundle committed with its source map beside it is a
// build's output that runs (axios's dist/axios.min.js and dist/axios.min.js.map), not its source.
import type { Facts } from '../facts/types.ts';
import { verdict } from './helpers/artifacts.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-QA-05.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const { executables, bundles } = facts.artifacts;
  return verdict([...executables, ...bundles], facts, 'no generated executables',
    `Remove compiled executables, libraries and bytecode${bundles.length > 0 ? ' and built JavaScript bundles' : ''} from the repository; build them in CI and publish them as release assets${bundles.length > 0 ? ' or packages' : ''}.`);
}
