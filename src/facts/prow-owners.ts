// The people a Prow OWNERS file gives review or approval rights (the Kubernetes owners plugin):
// its `approvers` and `reviewers` lists, at the top or under `filters`, with the aliases that
// OWNERS_ALIASES defines expanded to their members. `emeritus_approvers` and `emeritus_reviewers`
// list former members, who have no access: etcd's OWNERS names one approver and twelve emeritus
// approvers, its current approvers through two aliases of OWNERS_ALIASES.

export interface ProwOwners {
  /** Distinct people with review or approval rights, aliases expanded (at most MAX_PEOPLE). */
  people: string[];
  /** Aliases of OWNERS_ALIASES the lists name. */
  aliases: string[];
  /** Entries of the emeritus lists: former members, not counted. */
  emeritus: number;
  /** The line of the first entry of an approvers or reviewers list (1 when there is none). */
  line: number;
}

const MAX_LINES = 5000;
const MAX_PEOPLE = 200;
const ACTIVE_KEYS = new Set(['approvers', 'reviewers', 'required_reviewers']);
const EMERITUS_KEYS = new Set(['emeritus_approvers', 'emeritus_reviewers']);

interface Entry {
  key: string;
  value: string;
  line: number;
}

function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}

/** The text of a YAML line without its comment (a `#` at the start or after a space). */
function withoutComment(raw: string): string {
  if (raw.trimStart().startsWith('#')) return '';
  const hash = raw.indexOf(' #');
  return hash >= 0 ? raw.slice(0, hash) : raw;
}

/**
 * Block-list items with the key they are listed under: the last `key:` line with no value before
 * them. The line reader takes OWNERS as Prow writes it; a flow list (`approvers: [a, b]`) counts its items too.
 */
function listEntries(text: string): Entry[] {
  const out: Entry[] = [];
  let key = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && i < MAX_LINES; i++) {
    const line = withoutComment(lines[i]).trim();
    if (line === '') continue;
    if (line.startsWith('- ') || line === '-') {
      const value = unquote(line.slice(1).trim());
      if (key && value) out.push({ key, value, line: i + 1 });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    key = unquote(line.slice(0, colon).trim());
    const rest = line.slice(colon + 1).trim();
    if (rest.startsWith('[') && rest.endsWith(']')) {
      for (const v of rest.slice(1, -1).split(',')) {
        const value = unquote(v.trim());
        if (value) out.push({ key, value, line: i + 1 });
      }
      key = '';
    } else if (rest !== '') key = '';
  }
  return out;
}

/** The aliases an OWNERS_ALIASES text defines, with their members. */
export function prowAliasesIn(text: string): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const e of listEntries(text)) {
    if (e.key === 'aliases') continue;
    const members = aliases.get(e.key) ?? [];
    if (members.length < MAX_PEOPLE) members.push(e.value);
    aliases.set(e.key, members);
  }
  return aliases;
}

/** The people a Prow OWNERS text gives rights to, or null when it has no approvers, reviewers or emeritus list (not Prow's). */
export function prowOwnersIn(text: string, aliases: Map<string, string[]> = new Map()): ProwOwners | null {
  const people = new Set<string>();
  const used = new Set<string>();
  let emeritus = 0;
  let line = 0;
  let prow = false;
  for (const e of listEntries(text)) {
    if (EMERITUS_KEYS.has(e.key)) {
      prow = true;
      emeritus++;
      continue;
    }
    if (!ACTIVE_KEYS.has(e.key)) continue;
    prow = true;
    if (line === 0) line = e.line;
    const members = aliases.get(e.value);
    if (members) used.add(e.value);
    for (const p of members ?? [e.value]) if (people.size < MAX_PEOPLE) people.add(p.toLowerCase());
  }
  return prow ? { people: [...people], aliases: [...used], emeritus, line: line || 1 } : null;
}
