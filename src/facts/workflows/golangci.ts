// Whether the repository's golangci-lint configuration runs gosec, a SAST linter for Go: many Go
// projects run gosec only that way (kubewarden-controller: `.golangci.yml:79 - gosec`, run by
// golangci/golangci-lint-action on every pull request). golangci-lint reads `.golangci.yml`,
// `.yaml` or `.json` from the folder it runs in; only the repository root's is read here (a run in
// another folder or with another configuration is not counted). Version 2 enables linters by
// `linters.default` (standard, all, none, fast) plus `enable`, less `disable`; version 1 by
// `enable-all` / `disable-all` plus the same lists. gosec was once called gas.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { lineAt } from '../text.ts';

export interface GosecInGolangci {
  /** The configuration file and the line that enables gosec (its `- gosec`, or `default: all`). */
  path: string;
  line: number;
}

export const GOLANGCI_FILES = ['.golangci.yml', '.golangci.yaml', '.golangci.json'];
const MAX_CONFIG_CHARS = 512 * 1024;
const GOSEC = new Set(['gosec', 'gas']);

/** The entry naming gosec in a list of linter names, or null. */
function gosecEntry(list: unknown): Node | null {
  if (!isSeq(list)) return null;
  for (const item of list.items) if (isScalar(item) && typeof item.value === 'string' && GOSEC.has(item.value.trim().toLowerCase())) return item;
  return null;
}

/** Where the configuration `text` (of the file `path`) enables gosec, or null when it does not or cannot be read. */
export function gosecInGolangci(path: string, text: string): GosecInGolangci | null {
  if (text.length > MAX_CONFIG_CHARS) return null;
  let doc;
  try {
    doc = parseDocument(text, { uniqueKeys: false });
  } catch {
    return null;
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const linters = doc.contents.get('linters', true);
  if (!isMap(linters)) return null;
  if (gosecEntry(linters.get('disable', true))) return null;
  const at = (n: Node | null | undefined): GosecInGolangci | null => (n?.range ? { path, line: lineAt(text, n.range[0]) } : null);
  const enabled = gosecEntry(linters.get('enable', true));
  if (enabled) return at(enabled);
  const v2 = String(doc.contents.get('version') ?? '').trim() === '2';
  const all = v2 ? linters.get('default', true) : linters.get('enable-all', true);
  if (isScalar(all) && String(all.value) === (v2 ? 'all' : 'true')) return at(all);
  return null;
}
