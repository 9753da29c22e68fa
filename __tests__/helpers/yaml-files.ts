// Every YAML file below a folder of this repository (not node_modules/ or dist/): the texts the
// fast YAML reader and the plain-data reader are compared with the library on.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'dist') yamlFiles(p, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}
