// What a project's few Python scripts import, when it has no Python manifest: libexpat's two helper
// scripts (expat/tests/udiffer.py: argparse, difflib, sys) use only the standard library, so there is
// no third-party dependency to list (OSPS-QA-02.01) or to ingest (OSPS-BR-05.01). Read only when the
// project has at most MAX_SCRIPTS Python files; an import that is neither the standard library nor a
// module beside the script (or in the same tree) is a third-party one, and a file that cannot be read
// settles nothing. Linear: one pass over each file's lines, no regular expression on a whole line's tail.
import type { RepoSnapshot } from './snapshot.ts';

export interface PythonImports {
  /** The Python files read (all of the project's own, outside vendored and test-input folders). */
  files: string[];
  /** The first import that is neither the standard library nor a module of the repository, when there is one. */
  thirdParty: { path: string; line: number; module: string } | null;
  /** The first standard-library import of the first file, to show a reader what was read. */
  sample: { path: string; line: number; modules: string[] } | null;
}

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_BYTES = 256 * 1024;
/** Folders whose code is not the project's own (as the rules' language count leaves them out). */
const NOT_OWN = /(^|\/)(node_modules|vendor|third[_-]?party|testdata|fixtures?|examples?|dist|build)\//i;

/** Python 3.11's sys.stdlib_module_names (public names), and __future__. */
const STDLIB: ReadonlySet<string> = new Set('__future__ abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo'.split(' '));

const IDENT = /^[A-Za-z_]\w{0,99}$/;

/** The top-level modules a line imports: "import a.b, c as d" -> [a, c]; "from a.b import x" -> [a]; relative imports -> ['.']. */
function importsOf(line: string): string[] | null {
  const t = line.trim();
  if (t.startsWith('import ')) {
    return t
      .slice(7)
      .split('#', 1)[0]
      .split(',')
      .map((p) => p.trim().split(' ', 1)[0].split('.', 1)[0]);
  }
  if (t.startsWith('from ')) {
    const words = t.slice(5).trimStart().split(/\s+/, 3);
    // "from a import b": a line of a docstring that starts with "from" (libevent's event_rpcgen.py, "from a command-line
    // with CommandLine(sys.argv)") imports nothing.
    if (words[1] !== 'import') return null;
    const mod = words[0];
    return [mod.startsWith('.') ? '.' : mod.split('.', 1)[0]];
  }
  return null;
}

export function readPythonImports(snapshot: RepoSnapshot): PythonImports | null {
  const files = snapshot.files.filter((f) => f.kind !== 'submodule' && f.path.endsWith('.py') && !NOT_OWN.test(f.path)).map((f) => f.path);
  if (files.length === 0 || files.length > MAX_SCRIPTS) return null;
  const local = new Set(files.map((p) => p.slice(p.lastIndexOf('/') + 1, -3)));
  for (const p of files) {
    const slash = p.lastIndexOf('/');
    if (p.endsWith('/__init__.py')) local.add(p.slice(p.lastIndexOf('/', slash - 1) + 1, slash));
  }
  let thirdParty: PythonImports['thirdParty'] = null;
  let sample: PythonImports['sample'] = null;
  for (const path of files) {
    const size = snapshot.size(path);
    if (size === null || size > MAX_SCRIPT_BYTES) return null;
    const r = snapshot.read(path);
    if (!r.ok) return null;
    const lines = r.text.split('\n');
    for (let i = 0; i < lines.length && thirdParty === null; i++) {
      const mods = importsOf(lines[i]);
      if (mods === null) continue;
      for (const m of mods) {
        if (m === '.' || STDLIB.has(m) || local.has(m)) continue;
        // Not a module name (a line of prose or a template that starts with "import"): it names no module to depend on.
        if (!IDENT.test(m)) continue;
        thirdParty = { path, line: i + 1, module: m };
        break;
      }
      if (sample === null && mods.some((m) => STDLIB.has(m))) sample = { path, line: i + 1, modules: mods.filter((m) => STDLIB.has(m)).slice(0, 5) };
    }
    if (thirdParty) break;
  }
  return { files, thirdParty, sample };
}
