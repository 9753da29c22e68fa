// One reading of a web link, for every room that meets one in hostile text (a document's link, a
// report's href): an http: or https: URL that parses, or null. The prefix test runs first so that
// most text never reaches the (slower) URL parser.

export function parseWebUrl(text: string): URL | null {
  if (!/^https?:\/\//i.test(text)) return null;
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return null;
  }
  return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
}
