// Committed build outputs and binaries (OSPS-QA-05.01, OSPS-QA-05.02), decided by content:
// executable magic numbers first, then git's own test for binary (a NUL in the first 8 KiB).
import type { RepoSnapshot } from './snapshot.ts';

export interface ArtifactFinding {
  path: string;
  /** What the content is, e.g. "ELF executable", "Java class file", "ZIP archive". */
  what: string;
}

export interface ArtifactFacts {
  /** Generated executable artifacts: native executables, libraries, bytecode. */
  executables: ArtifactFinding[];
  /** Binary files that cannot be reviewed: archives and unrecognised binary blobs. */
  binaries: ArtifactFinding[];
  /** Binary files accepted as reviewable media (images, fonts, audio, video, documents). */
  media: number;
  /** Files whose content was sniffed. */
  inspected: number;
}

/** Text files by extension are not sniffed: a repository of 100,000 sources must stay fast. */
const TEXT_EXT = new Set(
  ('md markdown mdx txt rst adoc json jsonc json5 yaml yml toml ini cfg conf xml html htm css scss sass less svg csv tsv ' +
    'js mjs cjs jsx ts mts cts tsx vue svelte py pyi rb go rs c h cc cpp cxx hpp hh java kt kts scala groovy gradle cs fs vb ' +
    'swift m mm php pl pm r jl lua sh bash zsh fish ps1 psm1 bat cmd sql graphql gql proto thrift tf hcl nix dart ex exs erl hrl ' +
    'hs elm clj cljs edn lisp el vim cue rego tmpl tpl j2 mustache hbs ejs erb liquid properties env lock mod sum gitignore ' +
    'gitattributes editorconfig dockerignore npmrc nvmrc tex bib org diff patch log in am ac m4 cmake mk make').split(' '),
);

const MEDIA_EXT = new Set(
  ('png jpg jpeg gif webp bmp ico icns tif tiff avif heic psd xcf ai eps pdf woff woff2 ttf otf eot mp3 wav ogg flac m4a ' +
    'mp4 webm mov avi mkv').split(' '),
);

const EXECUTABLE_EXT: Record<string, string> = {
  exe: 'Windows executable', dll: 'Windows library', so: 'shared library', dylib: 'macOS library', o: 'object file',
  obj: 'object file', a: 'static library', lib: 'static library', class: 'Java class file', pyc: 'Python bytecode',
  pyo: 'Python bytecode', wasm: 'WebAssembly module', jar: 'Java archive', war: 'Java web archive', ear: 'Java archive',
  apk: 'Android package', aar: 'Android archive', dex: 'Dalvik bytecode', elf: 'ELF executable', bin: 'binary image',
  msi: 'Windows installer', deb: 'Debian package', rpm: 'RPM package', nupkg: 'NuGet package', whl: 'Python wheel',
  gem: 'Ruby gem', node: 'Node.js native addon',
};

const ARCHIVE_EXT: Record<string, string> = {
  zip: 'ZIP archive', tar: 'tar archive', gz: 'gzip archive', tgz: 'gzip archive', bz2: 'bzip2 archive', xz: 'xz archive',
  '7z': '7-Zip archive', rar: 'RAR archive', zst: 'zstd archive', iso: 'disk image', dmg: 'disk image', img: 'disk image',
};

export function gatherArtifacts(snap: RepoSnapshot): ArtifactFacts {
  const executables: ArtifactFinding[] = [];
  const binaries: ArtifactFinding[] = [];
  let media = 0;
  let inspected = 0;
  for (const f of snap.files) {
    if (f.kind === 'symlink' || f.kind === 'submodule') continue;
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
    if (TEXT_EXT.has(ext) && f.kind !== 'executable') continue;
    inspected++;
    const found = snap.peek(f.path, (head) => classify(head, ext));
    if (found === null || found === 'text') continue;
    if (found === 'media') media++;
    else if (found.executable) executables.push({ path: f.path, what: found.what });
    else binaries.push({ path: f.path, what: found.what });
  }
  return { executables, binaries, media, inspected };
}

type Sniffed = 'text' | 'media' | { executable: boolean; what: string };

function classify(head: Buffer, ext: string): Sniffed {
  if (head.length === 0) return 'text';
  const magic = sniffExecutable(head);
  if (magic) return { executable: true, what: magic };
  if (!head.includes(0) && !(ext in EXECUTABLE_EXT) && !(ext in ARCHIVE_EXT)) return 'text';
  if (MEDIA_EXT.has(ext) || sniffMedia(head)) return 'media';
  if (ext in EXECUTABLE_EXT) return { executable: true, what: EXECUTABLE_EXT[ext] };
  const archive = ARCHIVE_EXT[ext] ?? sniffArchive(head);
  return { executable: false, what: archive ?? 'binary file of unrecognised type' };
}

function sniffExecutable(h: Buffer): string | null {
  if (h.length >= 4 && h[0] === 0x7f && h[1] === 0x45 && h[2] === 0x4c && h[3] === 0x46) return 'ELF executable or library';
  if (h.length >= 64 && h[0] === 0x4d && h[1] === 0x5a) {
    const pe = h.readUInt32LE(0x3c);
    if (pe + 4 <= h.length && h.toString('latin1', pe, pe + 4) === 'PE\0\0') return 'Windows PE executable or library';
  }
  if (h.length >= 4) {
    const be = h.readUInt32BE(0);
    if (be === 0xfeedface || be === 0xfeedfacf || be === 0xcefaedfe || be === 0xcffaedfe) return 'Mach-O executable or library';
    if (be === 0xcafebabe) return h.length >= 8 && h.readUInt16BE(6) >= 45 ? 'Java class file' : 'Mach-O universal binary';
    if (be === 0x0061736d) return 'WebAssembly module';
    if (be === 0x6465780a) return 'Dalvik bytecode';
  }
  if (h.length >= 8 && h.toString('latin1', 0, 8) === '!<arch>\n') return 'static library (ar archive)';
  return null;
}

function sniffMedia(h: Buffer): boolean {
  const s = h.toString('latin1', 0, Math.min(12, h.length));
  return (
    s.startsWith('\x89PNG') || s.startsWith('\xff\xd8\xff') || s.startsWith('GIF8') || s.startsWith('%PDF') ||
    (s.startsWith('RIFF') && (s.slice(8, 12) === 'WEBP' || s.slice(8, 12) === 'WAVE')) || s.startsWith('wOFF') ||
    s.startsWith('wOF2') || s.startsWith('OggS') || s.startsWith('ID3') || s.startsWith('\x00\x00\x01\x00') ||
    s.startsWith('\x00\x01\x00\x00') || s.startsWith('OTTO')
  );
}

function sniffArchive(h: Buffer): string | null {
  const s = h.toString('latin1', 0, Math.min(8, h.length));
  if (s.startsWith('PK\x03\x04')) return 'ZIP archive';
  if (s.startsWith('\x1f\x8b')) return 'gzip archive';
  if (s.startsWith('BZh')) return 'bzip2 archive';
  if (s.startsWith('\xfd7zXZ')) return 'xz archive';
  if (s.startsWith("7z\xbc\xaf'\x1c")) return '7-Zip archive';
  if (s.startsWith('Rar!')) return 'RAR archive';
  return null;
}
