// Whether the repository's golangci-lint configuration runs gosec, a SAST linter for Go: many Go
// projects run gosec only that way (kubewarden-controller: `.golangci.yml:79 - gosec`, run by
// golangci/golangci-lint-action on every pull request). golangci-lint reads `.golangci.yml`,
// `.yaml` or `.json` from the folder it runs in; only the repository root's is read here (a run in
// another folder or with another configuration is not counted). Version 2 enables linters by
// `linters.default` (standard, all, none, fast) plus `enable`, less `disable`; version 1 by
// `enable-all` / `disable-all` plus the same lists. gosec was once called gas.
// Read by the workflows' YAML reader (the fast one for plain YAML, the library otherwise), aliases
// resolved as the workflows' are; a configuration that cannot enable gosec is not parsed. JSON is YAML too.
import { YamlFile } from './parse.ts';
import type { GosecInGolangci } from './types.ts';
import type { YNode } from './yaml-tree.ts';

export type { GosecInGolangci } from './types.ts';

export const GOLANGCI_FILES = ['.golangci.yml', '.golangci.yaml', '.golangci.json'];
const MAX_CONFIG_CHARS = 512 * 1024;
const GOSEC = new Set(['gosec', 'gas']);
/**
 * Without these no YAML configuration enables gosec: its names, or a `linters:` child (indented at
 * most four blanks) `enable-all: true` (version 1) or `default: all` (version 2); an `enable-all`
 * deeper down is a linter's own setting (argo-cd's govet). JSON is always parsed.
 */
const MAY_ENABLE = /\b(?:gosec|gas)\b|^[ \t]{1,4}(?:enable-all[ \t]*:[ \t]*true|default[ \t]*:[ \t]*all)\b/im;

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
  // Only a configuration that names gosec, or enables every linter, can enable it: most do neither,
  // and are not parsed (argo-cd's 5.5 KB one has a nested list the fast reader leaves to the library: 20 ms).
  if (text.length > MAX_CONFIG_CHARS || (!text.trimStart().startsWith('{') && !MAY_ENABLE.test(text))) return null;
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
