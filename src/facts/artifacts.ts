// Committed build outputs and binaries (OSPS-QA-05.01, OSPS-QA-05.02), decided by content: the
// structure of each executable format (binary-formats.ts), then git's own test for binary (a NUL
// in the first 8 KiB); and generated scripts, a JavaScript file whose source map is beside it. A
// file's name alone never makes it an executable; binary data of a documented
// format that a common tool reads (a DER certificate or key, a .NET strong-name key: openssl; a gettext catalog: msgunfmt; a Java KeyStore: keytool), binary data kept for tests
// (testdata/, fixtures/, ...) and binary data in vendored dependency folders are counted apart
// from the project's own binaries.
import { identify, needsSize } from './binary-formats.ts';
import type { RepoSnapshot } from './snapshot.ts';
import { fuzzInput, inFolders, TEST_DIRS, testMaterialFolders, testNamedData, underFolder, underTestNamedFolder } from './test-folders.ts';

export interface ArtifactFinding {
  path: string;
  /** What the content is, e.g. "ELF executable", "Java class file", "ZIP archive". */
  what: string;
}

export interface ArtifactFacts {
  /** Generated executable artifacts: native executables, libraries, bytecode, packages of them. */
  executables: ArtifactFinding[];
  /**
   * Generated scripts: a JavaScript file with its source map beside it (`dist/axios.min.js` and
   * `dist/axios.min.js.map`), which only a compiler, bundler or minifier writes. Found by the tree's
   * paths, not by content (scripts are text by extension): a bundle committed without its map is
   * not seen.
   */
  bundles: ArtifactFinding[];
  /** Binary files that cannot be reviewed: archives and binary data of no recognised format. */
  binaries: ArtifactFinding[];
  /** Binary data (not executable) in test-data folders or named as test data (test_data.zip): inputs of the project's tests, counted apart. */
  testData: ArtifactFinding[];
  /** Binary data (not executable) in vendored dependency folders: upstream content, counted apart; `what` says why. */
  vendored: ArtifactFinding[];
  /** Binary files of a documented data format a person reads with a common tool (DER certificates and keys: openssl; gettext catalogs: msgunfmt). */
  reviewable: ArtifactFinding[];
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
    'gitattributes editorconfig dockerignore npmrc nvmrc tex bib org diff patch log in am ac m4 cmake mk make ' +
    // Checksum lists: text by what they are, and one per download of a release. (Not .asc: a
    // binary key named .asc is no rarity, argo-cd has one.)
    'sha1 sha224 sha256 sha384 sha512 md5').split(' '),
);

const MEDIA_EXT = new Set(
  ('png jpg jpeg gif webp bmp ico icns tif tiff avif heic psd xcf ai eps pdf woff woff2 ttf otf eot mp3 wav ogg flac m4a ' +
    'mp4 webm mov avi mkv').split(' '),
);

/**
 * A file of the project's tests (an input, or beside the tests' code): in a folder named for tests,
 * alone or in a compound (test-ca/), or in one whose README says it holds test material.
 */
const inTests = (path: string, material: ReadonlySet<string>): boolean => underFolder(path, TEST_DIRS) || underTestNamedFolder(path) || inFolders(path, material);

/** Folders of third-party code copied in whole (node_modules/ of npm, third_party/ by convention). */
const VENDOR_DIRS: ReadonlySet<string> = new Set(['node_modules', 'third_party']);

/**
 * Why a file is upstream content in a vendored dependency folder, or null: under a `vendor/` that
 * holds the modules.txt `go mod vendor` writes (a folder named vendor/ alone says nothing), or under
 * node_modules/ or third_party/.
 */
function vendoredWhy(path: string, goVendors: ReadonlySet<string>): string | null {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (VENDOR_DIRS.has(parts[i])) return `upstream content in ${parts.slice(0, i + 1).join('/')}/`;
    if (parts[i] === 'vendor') {
      const modules = `${parts.slice(0, i + 1).join('/')}/modules.txt`;
      if (goVendors.has(modules)) return `copied from a Go module by go mod vendor, see ${modules}`;
    }
  }
  return null;
}

export function gatherArtifacts(snap: RepoSnapshot): ArtifactFacts {
  const executables: ArtifactFinding[] = [];
  const binaries: ArtifactFinding[] = [];
  const testData: ArtifactFinding[] = [];
  const vendored: ArtifactFinding[] = [];
  const reviewable: ArtifactFinding[] = [];
  const goVendors = new Set(snap.files.filter((f) => f.path === 'vendor/modules.txt' || f.path.endsWith('/vendor/modules.txt')).map((f) => f.path));
  const material = testMaterialFolders(snap);
  const inTestData = (path: string) => inTests(path, material);
  let files: Set<string> | undefined;
  const isFile = (path: string) => (files ??= new Set(snap.files.filter((f) => f.kind === 'file').map((f) => f.path))).has(path);
  let media = 0;
  let inspected = 0;
  for (const f of snap.files) {
    if (f.kind === 'symlink' || f.kind === 'submodule') continue;
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
    if (TEXT_EXT.has(ext) && f.kind !== 'executable') continue;
    inspected++;
    const found = snap.peek(f.path, (head) => classify(head, ext, base, () => snap.size(f.path)));
    if (found === null || found === 'text') continue;
    if (found === 'media') media++;
    else if (found.reviewable) reviewable.push({ path: f.path, what: found.what + compiledFrom(f.path, found.what, isFile) });
    else if (found.executable) executables.push({ path: f.path, what: inTestData(f.path) ? `${found.what}, in a test-data folder` : found.what });
    else if (inTestData(f.path)) testData.push({ path: f.path, what: found.what });
    // Named as the tests' data wherever it is (brotli's java/org/brotli/integration/test_data.zip): shown apart, as above.
    else if (testNamedData(f.path)) testData.push({ path: f.path, what: `${found.what}, named as test data` });
    else if (fuzzInput(f.path)) testData.push({ path: f.path, what: `${found.what}, a fuzzer's input` });
    else {
      const why = vendoredWhy(f.path, goVendors);
      if (why !== null) vendored.push({ path: f.path, what: `${found.what}, ${why}` });
      else binaries.push({ path: f.path, what: found.what });
    }
  }
  return { executables, bundles: generatedScripts(snap, inTestData, goVendors), binaries, testData, vendored, reviewable, media, inspected };
}

/** The message source a gettext catalog was compiled from, when it is beside it (locale/de/LC_MESSAGES/django.po for django.mo). */
function compiledFrom(path: string, what: string, isFile: (path: string) => boolean): string {
  if (!what.startsWith('GNU gettext') || !path.toLowerCase().endsWith('.mo')) return '';
  const po = `${path.slice(0, -3)}.po`;
  return isFile(po) ? `, compiled from ${po.slice(po.lastIndexOf('/') + 1)} beside it` : '';
}

const SCRIPT = /\.(?:js|mjs|cjs)$/i;

/**
 * Scripts with their source map beside them (see ArtifactFacts.bundles), outside test-data and
 * vendored dependency folders.
 */
function generatedScripts(snap: RepoSnapshot, inTestData: (path: string) => boolean, goVendors: ReadonlySet<string>): ArtifactFinding[] {
  const maps = new Set(snap.files.filter((f) => f.kind === 'file' && f.path.endsWith('.map')).map((f) => f.path));
  if (maps.size === 0) return [];
  const out: ArtifactFinding[] = [];
  for (const f of snap.files) {
    if (f.kind === 'symlink' || f.kind === 'submodule' || !SCRIPT.test(f.path) || !maps.has(`${f.path}.map`)) continue;
    if (inTestData(f.path) || vendoredWhy(f.path, goVendors) !== null) continue;
    const minified = /\.min\.[a-z]+$/i.test(f.path);
    out.push({ path: f.path, what: `${minified ? 'minified ' : ''}JavaScript built by a bundler or compiler, its source map ${f.path}.map beside it` });
  }
  return out;
}

type Sniffed = 'text' | 'media' | { executable: boolean; reviewable?: boolean; what: string };

/** `size` is asked only for a head that may be DER or a strong-name key, whose length must be the whole file's. */
function classify(head: Buffer, ext: string, base: string, size: () => number | null): Sniffed {
  if (head.length === 0) return 'text';
  const id = identify(head, ext, needsSize(head) ? (size() ?? -1) : head.length, base);
  if (id?.kind === 'executable') return { executable: true, what: id.what };
  if (id?.kind === 'media') return 'media';
  if (id?.kind === 'archive') return { executable: false, what: id.what };
  if (id?.kind === 'data') return { executable: false, reviewable: true, what: id.what };
  // Shebang scripts and other text: git's test, a NUL in the head.
  if (!head.includes(0)) return 'text';
  if (MEDIA_EXT.has(ext)) return 'media';
  return { executable: false, what: 'binary data of no recognised format' };
}
