// The SPDX reference texts prepared once, so that no reference text is normalised at run time.
// For each license of the list: its id, name, OSI/FSF/deprecated flags, word counts and the
// hashed word and word-pair keys the matcher compares with (normalize.ts shingle). `npm run build`
// writes it beside the bundles as three files, each read only as far as a run needs it:
//   spdx-index.json  one line per license: id, name, flags, counts, and where its keys and its
//                    text lie in the two other files (70 KB, read whole);
//   spdx-keys.txt    one line per license: its distinct keys as base64 of little-endian 32-bit
//                    words, in first-occurrence order (so the operative terms' keys are a prefix);
//                    read by byte range, only for licenses whose size makes them candidates;
//   spdx-texts.json  the texts as one JSON array; only a finalist's text is ever read (for the
//                    words a license file has and the reference lacks), by byte range.
// They are the same bytes on every machine: list order, no timestamps, explicit byte order.
// Running from the sources (tests, dev) without a build, the same index is made in memory from
// the installed spdx-license-list on first use, one tier at a time.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { shingle } from './normalize.ts';
import { FSF_LIBRE_IDS, isDeprecated, licenseInfo } from './metadata.ts';

export const INDEX_FILE = 'spdx-index.json';
export const KEYS_FILE = 'spdx-keys.txt';
export const TEXTS_FILE = 'spdx-texts.json';
const FORMAT = 'slam-spdx-index/1';
/** The first line of the keys file (so that no base64 line starts the file and reads as a magic number). */
const KEYS_HEADER = `${FORMAT} keys: one line per license of ${INDEX_FILE}, base64 of little-endian 32-bit words\n`;

export type SpdxList = Record<string, { name: string; osiApproved?: boolean; licenseText?: string }>;

export type Tier = 'common' | 'all';

export interface IndexedLicense {
  id: string;
  name: string;
  osi: boolean;
  fsf: boolean;
  deprecated: boolean;
  /** In the common tier (see isCommon). */
  common: boolean;
  /** Words of the normalised text, and distinct keys (words and word pairs) of the whole text. */
  words: number;
  size: number;
  /** The operative terms (before "END OF TERMS AND CONDITIONS"): words and distinct keys; 0 when the text has no such marker. */
  termsWords: number;
  termsSize: number;
  /** The distinct keys in first-occurrence order: the first termsSize of them are the terms' keys. */
  keys(): Uint32Array;
}

export interface SpdxIndex {
  /** The licenses of a tier, in list order; the common tier is a part of 'all'. */
  tier(which: Tier): readonly IndexedLicense[];
  /** A license's reference text, read only when asked for. */
  text(id: string): string | null;
}

/**
 * Licenses that real projects use: OSI-approved, FSF-free, and the well-known non-free ones.
 * Most license files match one of these, so the other ~500 are compared only when needed.
 */
const COMMON_NON_FREE = new Set(['BUSL-1.1', 'SSPL-1.0', 'Elastic-2.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-ND-4.0', 'CC-BY-ND-4.0', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'JSON', 'Commons-Clause', 'CC-BY-NC-3.0', 'CC-BY-NC-SA-3.0', 'Hippocratic-2.1', 'BSL-1.0', 'Unlicense', 'MIT-0']);

function isCommon(id: string, osi: boolean, fsf: boolean): boolean {
  return osi || fsf || COMMON_NON_FREE.has(id);
}

interface Prepared extends Omit<IndexedLicense, 'keys'> {
  keys: Uint32Array;
}

interface Meta {
  id: string;
  name: string;
  osi: boolean;
  fsf: boolean;
  common: boolean;
  text: string;
}

/** The licenses of the list that have a text, with their flags, in list order. */
function metaOf(list: SpdxList): Meta[] {
  const out: Meta[] = [];
  for (const [id, entry] of Object.entries(list)) {
    if (!entry.licenseText) continue;
    const osi = entry.osiApproved === true;
    const fsf = licenseInfo(id)?.fsfLibre ?? FSF_LIBRE_IDS.has(id);
    out.push({ id, name: entry.name, osi, fsf, common: isCommon(id, osi, fsf), text: entry.licenseText });
  }
  return out;
}

/** Normalises and hashes one reference text; null when it has no words. */
function prepare(m: Meta): Prepared | null {
  const sh = shingle(m.text);
  if (sh.words === 0) return null;
  const keys = sh.full.unique;
  const termsSize = sh.terms ? sh.terms.size : 0;
  // The terms' distinct keys are the first ones of the whole text's (first-occurrence order).
  for (let i = 0; i < termsSize; i++) if (sh.terms!.unique[i] !== keys[i]) throw new Error(`SPDX index: the terms of ${m.id} are not a prefix of its keys`);
  return { id: m.id, name: m.name, osi: m.osi, fsf: m.fsf, deprecated: isDeprecated(m.id), common: m.common, words: sh.words, size: sh.full.size, termsWords: sh.termsWords, termsSize, keys };
}

function toBase64(keys: Uint32Array): string {
  const b = Buffer.alloc(keys.length * 4);
  for (let i = 0; i < keys.length; i++) b.writeUInt32LE(keys[i], i * 4);
  return b.toString('base64');
}

function fromBase64(s: string, size: number): Uint32Array {
  const b = Buffer.from(s, 'base64');
  const n = b.length >>> 2;
  if (n !== size) throw new Error(`${KEYS_FILE} does not match ${INDEX_FILE}: rebuild with npm run build`);
  if (isLittleEndian && b.byteOffset % 4 === 0) return new Uint32Array(b.buffer, b.byteOffset, n);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = b.readUInt32LE(i * 4);
  return out;
}

const isLittleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** What `npm run build` writes: the three files, as deterministic text. `source` names the list (package@version). */
export function buildIndexFiles(list: SpdxList, source: string): { index: string; keys: string; texts: string } {
  const rows: string[] = [];
  const keyLines: string[] = [KEYS_HEADER];
  const texts: string[] = [];
  let keysAt = Buffer.byteLength(KEYS_HEADER);
  let textAt = Buffer.byteLength('[\n');
  for (const m of metaOf(list)) {
    const p = prepare(m);
    if (!p) continue;
    const line = toBase64(p.keys);
    const literal = JSON.stringify(m.text);
    const textLength = Buffer.byteLength(literal);
    rows.push(JSON.stringify([p.id, p.name, Number(p.osi), Number(p.fsf), Number(p.deprecated), Number(p.common), p.words, p.size, p.termsWords, p.termsSize, keysAt, line.length, textAt, textLength]));
    keyLines.push(`${line}\n`);
    texts.push(literal);
    keysAt += line.length + 1;
    textAt += textLength + Buffer.byteLength(',\n');
  }
  return {
    index: `{"format":${JSON.stringify(FORMAT)},"source":${JSON.stringify(source)},"licenses":[\n${rows.join(',\n')}\n]}\n`,
    keys: keyLines.join(''),
    texts: `[\n${texts.join(',\n')}\n]\n`,
  };
}

type Row = [string, string, number, number, number, number, number, number, number, number, number, number, number, number];

/** Reads `length` bytes at `offset` of one of the files beside the index. */
export type RangeReader = (file: typeof KEYS_FILE | typeof TEXTS_FILE, offset: number, length: number) => Buffer;

/** The index of spdx-index.json; keys and texts are read through `read` when first needed. */
export function parseIndex(json: string, read: RangeReader): SpdxIndex {
  const doc = JSON.parse(json) as { format?: unknown; licenses?: Row[] };
  if (doc.format !== FORMAT || !Array.isArray(doc.licenses)) throw new Error(`${INDEX_FILE} is not a ${FORMAT} file: rebuild with npm run build`);
  const all: IndexedLicense[] = [];
  const where = new Map<string, [number, number]>();
  for (const r of doc.licenses) {
    let decoded: Uint32Array | null = null;
    const [keysAt, keysLength] = [r[10], r[11]];
    const size = r[7];
    all.push({
      id: r[0],
      name: r[1],
      osi: r[2] === 1,
      fsf: r[3] === 1,
      deprecated: r[4] === 1,
      common: r[5] === 1,
      words: r[6],
      size,
      termsWords: r[8],
      termsSize: r[9],
      keys: () => (decoded ??= fromBase64(read(KEYS_FILE, keysAt, keysLength).toString('latin1'), size)),
    });
    where.set(r[0], [r[12], r[13]]);
  }
  const common = all.filter((l) => l.common);
  return {
    tier: (which) => (which === 'common' ? common : all),
    text: (id) => {
      const at = where.get(id);
      return at ? (JSON.parse(read(TEXTS_FILE, at[0], at[1]).toString('utf8')) as string) : null;
    },
  };
}

/** The index the build wrote into `dir`: the index file is read whole, the two others by byte range. */
export function readIndexFiles(dir: string): SpdxIndex {
  return parseIndex(readFileSync(join(dir, INDEX_FILE), 'utf8'), (file, offset, length) => {
    const fd = openSync(join(dir, file), 'r');
    try {
      const buf = Buffer.allocUnsafe(length);
      const n = readSync(fd, buf, 0, length, offset);
      if (n !== length) throw new Error(`${file} is shorter than ${INDEX_FILE} says: rebuild with npm run build`);
      return buf;
    } finally {
      closeSync(fd);
    }
  });
}

/** The same index made in memory from the list (running from the sources): each tier normalised when first asked for. */
export function indexFromList(list: SpdxList): SpdxIndex {
  const metas = metaOf(list);
  const texts = new Map(metas.map((m) => [m.id, m.text]));
  const prepared = new Map<string, IndexedLicense | null>();
  const tiers = new Map<Tier, IndexedLicense[]>();
  const one = (m: Meta): IndexedLicense | null => {
    if (!prepared.has(m.id)) {
      const p = prepare(m);
      prepared.set(m.id, p && { ...p, keys: () => p.keys });
    }
    return prepared.get(m.id) ?? null;
  };
  return {
    tier: (which) => {
      let t = tiers.get(which);
      if (!t) {
        t = [];
        for (const m of metas) {
          if (which === 'common' && !m.common) continue;
          const l = one(m);
          if (l) t.push(l);
        }
        tiers.set(which, t);
      }
      return t;
    },
    text: (id) => texts.get(id) ?? null,
  };
}
