// A documentation page that describes an API object by object: a Sphinx autodoc directive in
// reStructuredText (werkzeug's docs/wrappers.rst ".. autoclass:: Request", under no "API" heading and
// in no api.rst), a domain directive that documents one object by hand (".. py:function::",
// libuv's ".. c:function::"), a command-line reference generated from the parser (sphinx-click,
// argparse), or a mkdocstrings block in Markdown ("::: package.module"). MyST Markdown, which Sphinx
// reads, writes the same directives in a fence: reStructuredText in an ```{eval-rst} block (stamina's
// docs/api.md: ".. autofunction:: retry") or the directive as the fence's name ("```{autoclass} pkg.Cls");
// a ```rst or plain fence that shows the directive is an example, not the page's own. The rule reads such
// a page as interface documentation whatever it is called. Only the first such line; read line by line,
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
/**
 * mkdocstrings: a line of its own naming the object to document. A container of VitePress, VuePress or pandoc
 * (rollup's docs "::: warning", "::: code-group") is written the same way but closed by a line of colons; such a
 * line is read as the opening of a fence, and counts only when nothing closes it.
 */
const MKDOCSTRINGS = /^:::[ \t]+[A-Za-z_][\w.:-]*[ \t]*$/;
/** The directives of RST_API by name, for MyST. */
const API_NAME =
  /auto(?:class|function|exception|data|method|attribute|decorator|property|module|program)|(?:py|c|cpp|js):(?:function|class|method|classmethod|staticmethod|attribute|data|exception|decorator|property|type|struct|member|macro|var|enum|enumerator|union)|click|argparse/;
/** MyST: a fence (backticks, tildes or colons) whose name is such a directive, naming its object: "```{autofunction} pkg.fn". */
const MYST_API = new RegExp(`^\\s{0,3}(?:\`{3,}|~{3,}|:{3,})\\{(?:${API_NAME.source})\\}[ \\t]*\\S`);
/** MyST: the opening of a fence of reStructuredText, "```{eval-rst}"; its fence as written. */
const EVAL_RST = /^\s{0,3}(`{3,}|~{3,}|:{3,})\{eval-rst\}[ \t]*$/;
/** Any opening or closing fence: its fence as written. */
const FENCE = /^\s{0,3}(`{3,}|~{3,}|:{3,})/;

/** The first line of a .rst or Markdown page that generates an API reference, or undefined. */
export function apiDirectiveIn(path: string, text: string): ApiDirective | undefined {
  const rst = /\.rst$/i.test(path);
  const md = /\.(?:md|markdown)$/i.test(path);
  if (!(rst && text.includes('::')) && !(md && (text.includes(':::') || text.includes('}')))) return undefined;
  // In Markdown: the fence open now (its characters as written), and whether it holds reStructuredText.
  let fence: string | null = null;
  let evalRst = false;
  // A mkdocstrings line, held while the colon fence it opens may still be closed (then it was a container).
  let held: ApiDirective | null = null;
  let start = 0;
  for (let n = 1; n <= MAX_LINES && start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + 1_000)).replace(/\r$/, '');
    start = end + 1;
    if (rst) {
      if (RST_API.test(line)) return { text: line.trim().slice(0, MAX_SHOWN), line: n };
      continue;
    }
    if (fence !== null) {
      // A closing fence: the same character, at least as long, and nothing after it.
      const close = FENCE.exec(line)?.[1];
      if (close !== undefined && close[0] === fence[0] && close.length >= fence.length && line.trim() === close) {
        fence = null;
        held = null;
      } else if (evalRst && RST_API.test(line)) return { text: line.trim().slice(0, MAX_SHOWN), line: n };
      continue;
    }
    if (MYST_API.test(line)) return { text: line.trim().slice(0, MAX_SHOWN), line: n };
    if (MKDOCSTRINGS.test(line)) held = { text: line.trim().slice(0, MAX_SHOWN), line: n };
    const open = FENCE.exec(line)?.[1];
    if (open !== undefined) {
      fence = open;
      evalRst = EVAL_RST.test(line);
    }
  }
  return held ?? undefined;
}
