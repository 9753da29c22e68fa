// Links and the hub: the one page we point people to (the target on the hub's own host), and what
// happens to links inside the hub's text. The hub's messages are untrusted; a link in them is kept
// only when it is https:// on the hub's own host, so a hostile log cannot place a link to anywhere
// else in a job summary (GitHub turns bare URLs and www. names into links).
import { GRC_HUBS } from '../workflows/hub-publishing.ts';
import type { HubTarget } from '../workflows/types.ts';

/** What replaces a link that is not on the hub's own host. */
export const LINK_REMOVED = '[link removed]';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

/**
 * The hub's page of the target, `https://<hub>/v1/targets/<namespace>/<id>`: on one of the two
 * grc.store hosts only (never a mirror named by SLAM_GRC_HUB_URL, nor repository text), and only
 * for plain names. Null otherwise.
 */
export function hubPageUrl(hub: string, target: Pick<HubTarget, 'namespace' | 'id'>): string | null {
  if (!Object.hasOwn(GRC_HUBS, hub) || !NAME.test(target.namespace) || !NAME.test(target.id)) return null;
  return `https://${hub}/v1/targets/${target.namespace}/${target.id}`;
}

/** True for an https:// URL without credentials or port whose host is `hub`, one of the grc.store hubs. */
export function isOnHub(url: string, hub: string): boolean {
  if (!Object.hasOwn(GRC_HUBS, hub) || url.length > 2048) return false;
  // Most links in hostile text are elsewhere: say no before the (slower) URL parser is asked.
  if (!url.slice(0, 8 + hub.length).toLowerCase().startsWith(`https://${hub}`)) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.hostname === hub && u.port === '' && u.username === '' && u.password === '';
}

const SCHEME_CHAR = /^[A-Za-z0-9+.-]$/;
const isSpace = (c: string) => c.trim() === '';
const MAX_SCHEME = 32;

/**
 * `text` with every link that is not https:// on `hub` replaced by LINK_REMOVED: anything of the
 * form `scheme://…` and `www.…` up to the next space (trailing punctuation aside when judging the
 * host). One pass over the `://` and `www.` occurrences, each scheme looked back for at most 32
 * characters; no regular expression runs over the untrusted text.
 */
export function withoutForeignLinks(text: string, hub: string): string {
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  let from = 0;
  // The next occurrence of each, searched again only once passed (-1: none left), so the text is
  // scanned a bounded number of times whatever it holds.
  let sep = lower.indexOf('://');
  let www = lower.indexOf('www.');
  for (;;) {
    if (sep >= 0 && sep < from) sep = lower.indexOf('://', from);
    if (www >= 0 && www < from) www = lower.indexOf('www.', from);
    if (sep < 0 && www < 0) break;
    let start: number;
    if (sep >= 0 && (www < 0 || sep < www)) {
      start = sep;
      while (start > 0 && sep - start < MAX_SCHEME && SCHEME_CHAR.test(text[start - 1])) start--;
    } else {
      start = www;
    }
    let end = start;
    while (end < text.length && !isSpace(text[end])) end++;
    spans.push([start, end]);
    from = end;
  }
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    const link = text.slice(s, e);
    out += text.slice(at, s) + (isOnHub(trimTrailing(link), hub) ? link : LINK_REMOVED);
    at = e;
  }
  return out + text.slice(at);
}

const TRAILING = new Set([')', ',', '.', ';', ':', '!', '?', "'", '"', ']']);

function trimTrailing(link: string): string {
  let end = link.length;
  while (end > 0 && TRAILING.has(link[end - 1])) end--;
  return link.slice(0, end);
}
