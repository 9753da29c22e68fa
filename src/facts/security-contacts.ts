// The SECURITY_CONTACTS file of the Kubernetes projects (kubernetes-sigs/kind's, from
// kubernetes/kubernetes-template-project): comment lines starting with '#', then the GitHub handles
// of the repository's security contacts, one a line. Its comment names where vulnerabilities are
// reported instead ("DO NOT REPORT SECURITY VULNERABILITIES DIRECTLY TO THESE NAMES, FOLLOW THE
// INSTRUCTIONS AT https://kubernetes.io/security/"). Only the root file; read line by line, bounded.
import type { RepoSnapshot } from './snapshot.ts';

export const SECURITY_CONTACTS_PATH = 'SECURITY_CONTACTS';

export interface SecurityContacts {
  path: string;
  /** The handles it lists (without '@'), with their lines. */
  handles: { name: string; line: number }[];
  /** The web addresses of its comments, each with the comment text before it (from the comment's first line, whitespace collapsed). */
  links: { target: string; line: number; column: number; before: string }[];
}

const MAX_LINES = 500;
const MAX_ENTRIES = 50;
/** A GitHub login, optionally written with its '@'. */
const HANDLE = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;
/** Characters that end an address written in prose or in a Markdown link. */
const URL_END = /[\s)>\]"']/;
/** Comment text kept before an address. */
const BEFORE_CHARS = 300;

/** The handles and the addresses of a SECURITY_CONTACTS text. */
export function securityContactsIn(text: string, path = SECURITY_CONTACTS_PATH): SecurityContacts {
  const handles: SecurityContacts['handles'] = [];
  const links: SecurityContacts['links'] = [];
  let comment = '';
  const lines = text.split('\n', MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed.startsWith('#')) {
      comment = '';
      const m = HANDLE.exec(trimmed);
      if (m && handles.length < MAX_ENTRIES) handles.push({ name: m[1], line: i + 1 });
      continue;
    }
    const body = trimmed.replace(/^#+/, '').trim();
    // A blank comment line ends a paragraph of the comment.
    if (body === '') {
      comment = '';
      continue;
    }
    let from = 0;
    for (let at = raw.indexOf('http', from); at >= 0 && links.length < MAX_ENTRIES; at = raw.indexOf('http', from)) {
      from = at + 4;
      if (!raw.startsWith('https://', at) && !raw.startsWith('http://', at)) continue;
      const rest = raw.slice(at);
      const end = rest.search(URL_END);
      let target = end < 0 ? rest : rest.slice(0, end);
      // A sentence's full stop or comma after the address is not part of it.
      while (target.length > 0 && '.,;:'.includes(target[target.length - 1])) target = target.slice(0, -1);
      const lead = raw.slice(raw.indexOf('#'), at).replace(/^#+/, '');
      links.push({ target, line: i + 1, column: at + 1, before: `${comment} ${lead}`.replace(/\s+/g, ' ').trim().slice(-BEFORE_CHARS) });
      from = at + target.length;
    }
    comment = `${comment} ${body}`.slice(-BEFORE_CHARS);
  }
  return { path, handles, links };
}

/** The root SECURITY_CONTACTS file, when there is one that lists a contact or an address. */
export function readSecurityContacts(snap: RepoSnapshot): SecurityContacts | null {
  if (snap.get(SECURITY_CONTACTS_PATH)?.kind !== 'file') return null;
  const r = snap.read(SECURITY_CONTACTS_PATH);
  if (!r.ok) return null;
  const found = securityContactsIn(r.text);
  return found.handles.length > 0 || found.links.length > 0 ? found : null;
}
