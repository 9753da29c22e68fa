// A documentation page that describes an API object by object: a Sphinx autodoc directive in
// reStructuredText (werkzeug's docs/wrappers.rst ".. autoclass:: Request", under no "API" heading and
// in no api.rst), a domain directive that documents one object by hand (".. py:function::",
// libuv's ".. c:function::"), a command-line reference generated from the parser (sphinx-click,
// argparse), or a mkdocstrings block in Markdown ("::: package.module"). The rule reads such a page
// as interface documentation whatever it is called. Only the first such line; read line by line,
// bounded; the patterns are anchored and linear.

/** The directive as written (shortened), and its line. */
export interface ApiDirective {
  text: string;
  line: number;
}

const MAX_LINES = 20_000;
const MAX_SHOWN = 120;

/** Sphinx directives that generate or write an object's reference (not `.. module::` or `.. currentmodule::`, which only name one). */
const RST_API =
  /^\s*\.\.[ \t]+(?:auto(?:class|function|exception|data|method|attribute|decorator|property|module|program)|(?:py|c|cpp|js):(?:function|class|method|classmethod|staticmethod|attribute|data|exception|decorator|property|type|struct|member|macro|var|enum|enumerator|union)|click|argparse)::[ \t]*\S/;
/** mkdocstrings: a line of its own naming the object to document. */
const MKDOCSTRINGS = /^:::[ \t]+[A-Za-z_][\w.:-]*[ \t]*$/;

/** The first line of a .rst or Markdown page that generates an API reference, or undefined. */
export function apiDirectiveIn(path: string, text: string): ApiDirective | undefined {
  const rst = /\.rst$/i.test(path);
  const md = /\.(?:md|markdown)$/i.test(path);
  if (!(rst && text.includes('::')) && !(md && text.includes(':::'))) return undefined;
  const re = rst ? RST_API : MKDOCSTRINGS;
  let start = 0;
  for (let n = 1; n <= MAX_LINES && start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + 1_000)).replace(/\r$/, '');
    if (re.test(line)) return { text: line.trim().slice(0, MAX_SHOWN), line: n };
    start = end + 1;
  }
  return undefined;
}
