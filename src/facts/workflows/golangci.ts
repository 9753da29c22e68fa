// Whether the repository's golangci-lint configuration runs gosec, a SAST linter for Go: many Go
// projects run gosec only that way (kubewarden-controller: `.golangci.yml:79 - gosec`, run by
// golangci/golangci-lint-action on every pull request). golangci-lint reads `.golangci.yml`,
// `.yaml` or `.json` from the folder it runs in; only the repository root's is read here (a run in
// another folder or with another configuration is not counted). Version 2 enables linters by
// `linters.default` (standard, all, none, fast) plus `enable`, less `disable`; version 1 by
// `enable-all` / `disable-all` plus the same lists. gosec was once called gas.
// Read by the workflows' YAML reader (the fast one for plain YAML, the library otherwise), so that
// a run does not warm up the library for one small file. JSON is YAML too.
import { YamlFile } from './parse.ts';
import type { GosecInGolangci } from './types.ts';
import type { YNode } from './yaml-tree.ts';

export type { GosecInGolangci } from './types.ts';

export const GOLANGCI_FILES = ['.golangci.yml', '.golangci.yaml', '.golangci.json'];
const MAX_CONFIG_CHARS = 512 * 1024;
const GOSEC = new Set(['gosec', 'gas']);

/** The entry naming gosec in a list of linter names, or null. */
function gosecEntry(file: YamlFile, node: YNode | null): YNode | null {
  const list = file.resolve(node);
  if (list?.kind !== 'seq') return null;
  for (const item of list.items) {
    const name = file.str(item);
    if (name !== null && GOSEC.has(name.trim().toLowerCase())) return item;
  }
  return null;
}

/** Where the configuration `text` (of the file `path`) enables gosec, or null when it does not or cannot be read. */
export function gosecInGolangci(path: string, text: string): GosecInGolangci | null {
  if (text.length > MAX_CONFIG_CHARS) return null;
  const file = new YamlFile(path, text);
  // golangci-lint refuses a configuration it cannot read (a duplicate key among them).
  if (!file.parsed || file.errors.length > 0) return null;
  const linters = file.resolve(file.get(file.root, 'linters'));
  if (linters?.kind !== 'map') return null;
  if (gosecEntry(file, file.get(linters, 'disable'))) return null;
  const at = (n: YNode | null): GosecInGolangci | null => (n ? { path, line: file.nodePos(file.resolve(n)).line } : null);
  const enabled = gosecEntry(file, file.get(linters, 'enable'));
  if (enabled) return at(enabled);
  const v2 = (file.str(file.get(file.root, 'version')) ?? '').trim() === '2';
  const all = file.get(linters, v2 ? 'default' : 'enable-all');
  if (v2 ? file.str(all) === 'all' : file.str(all)?.toLowerCase() === 'true') return at(all);
  return null;
}
