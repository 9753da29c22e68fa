// VEX (Vulnerability Exploitability eXchange) documents committed to the tree (OSPS-VM-04.02):
// OpenVEX, CycloneDX with vulnerability analysis, and CSAF VEX.
// Candidates come from names and directories (not test folders); other JSON files (and CycloneDX-named XML) are only sniffed (first 8 KiB)
// when they are small in number, and only parsed when that head mentions a VEX marker.
import { parse as parseYaml } from 'yaml';
import { nestingEstimate } from './security-insights/parse.ts';
import type { RepoSnapshot } from './snapshot.ts';
import { TEST_DIRS, underFolder } from './test-folders.ts';

export type VexFormat = 'openvex' | 'cyclonedx' | 'cyclonedx-xml' | 'csaf';

export interface VexDocument {
  path: string;
  format: VexFormat;
  /** OpenVEX statements, CycloneDX vulnerabilities with an analysis state, CSAF vulnerabilities. */
  statements: number;
}

export interface VexFacts {
  documents: VexDocument[];
  /** Files that looked like VEX by name or content but are not valid VEX documents, and why. */
  rejected: { path: string; reason: string }[];
  /** True when there were more JSON files than the content sniffing cap; some may be unexamined. */
  sniffCapped: boolean;
}

const MAX_SNIFF = 2000;
const MAX_CANDIDATES = 500;
/** Total bytes of candidates parsed; the rest are listed as rejected (not read). */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', 'vendor', 'third_party', 'third-party', '.git']);
const VEX_DIRS = new Set(['vex', '.vex', '.openvex', 'openvex', 'csaf']);
const NOT_VEX_NAMES = new Set(['package.json', 'package-lock.json', 'tsconfig.json', 'composer.json', 'composer.lock', 'packages.lock.json', 'renovate.json', '.eslintrc.json', 'jsconfig.json', 'deno.json', 'tslint.json', 'lerna.json', 'nx.json', 'project.json', 'app.json', 'manifest.json']);

function isNamedCandidate(path: string): boolean {
  const parts = path.split('/');
  const base = parts[parts.length - 1].toLowerCase();
  const dirs = parts.slice(0, -1).map((d) => d.toLowerCase());
  const dataExt = /\.(json|ya?ml|xml)$/.test(base);
  if (dirs.some((d) => VEX_DIRS.has(d)) && dataExt) return true;
  if (/(^|[._-])(open)?vex([._-]|$)/.test(base) && (dataExt || base.endsWith('.openvex') || base.endsWith('.vex'))) return true;
  if (base === '.openvex' || base.endsWith('.openvex')) return true;
  return /(^|[._-])csaf([._-]|$)/.test(base) && base.endsWith('.json');
}

const MARKER = /openvex|csaf_vex|"analysis"\s*:\s*\{[^}]*"state"|"bomFormat"\s*:\s*"CycloneDX"[\s\S]*"vulnerabilities"|"vulnerabilities"[\s\S]*"bomFormat"\s*:\s*"CycloneDX"|<analysis>\s*<state>/;

/** MARKER, after the literals one of which each of its alternatives holds. */
function hasMarker(head: string): boolean {
  if (!head.includes('openvex') && !head.includes('csaf_vex') && !head.includes('analysis') && !head.includes('bomFormat')) return false;
  return MARKER.test(head);
}

export function findVex(snapshot: RepoSnapshot): VexFacts {
  const documents: VexDocument[] = [];
  const rejected: { path: string; reason: string }[] = [];
  const candidates: string[] = [];
  let sniffed = 0;
  let sniffCapped = false;

  for (const f of snapshot.files) {
    if (f.kind !== 'file' && f.kind !== 'executable') continue;
    // Names first (a large repository lists 100,000 files): every VEX directory and name holds
    // 'vex' or 'csaf', and only .json and .xml files are sniffed.
    const lowerPath = f.path.toLowerCase();
    const vexWord = lowerPath.includes('vex') || lowerPath.includes('csaf');
    if (!vexWord && !lowerPath.endsWith('.json') && !lowerPath.endsWith('.xml')) continue;
    const parts = f.path.split('/');
    // A VEX file among test inputs (trivy's pkg/vex/testdata/) describes made-up products for the tests, not this project.
    if (parts.some((p, i) => i < parts.length - 1 && SKIP_DIRS.has(p)) || underFolder(f.path, TEST_DIRS)) continue;
    if (vexWord && isNamedCandidate(f.path)) {
      if (candidates.length < MAX_CANDIDATES) candidates.push(f.path);
      continue;
    }
    const base = parts[parts.length - 1];
    const lowerBase = base.toLowerCase();
    const cdxXml = lowerBase.endsWith('.xml') && /(^|[._-])(cdx|bom|sbom|cyclonedx)([._-]|$)/.test(lowerBase);
    if ((!lowerBase.endsWith('.json') && !cdxXml) || NOT_VEX_NAMES.has(base)) continue;
    if (sniffed >= MAX_SNIFF) {
      sniffCapped = true;
      continue;
    }
    sniffed++;
    const marked = snapshot.peek(f.path, (head) => !head.includes(0) && hasMarker(head.toString('utf8')));
    if (marked === true && candidates.length < MAX_CANDIDATES) candidates.push(f.path);
  }

  let bytes = 0;
  for (const path of candidates) {
    if (bytes >= MAX_TOTAL_BYTES) {
      rejected.push({ path, reason: 'not read: the VEX scan byte budget was spent' });
      continue;
    }
    const r = snapshot.read(path);
    if (r.ok) bytes += r.size;
    if (!r.ok) {
      rejected.push({ path, reason: r.reason });
      continue;
    }
    const verdict = classify(path, r.text);
    if ('format' in verdict) documents.push({ path, ...verdict });
    else if (verdict.reason !== JSON_SCHEMA) rejected.push({ path, reason: verdict.reason });
  }
  return { documents, rejected, sniffCapped };
}

/**
 * A JSON Schema named for VEX (witness's docs/attestors/vex.json, the schema of its VEX attestor; a format's
 * openvex_json_schema.json) describes documents, it is none: no attempt at a VEX document, so not listed as a near-miss.
 */
const JSON_SCHEMA = 'a JSON Schema, which describes documents and is not one';
const JSON_SCHEMA_URL = /^https?:\/\/json-schema\.org\//i;

/** Recognises one VEX document from its text. */
export function classify(path: string, text: string): { format: VexFormat; statements: number } | { reason: string } {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xml')) {
    if (!/<bom\b[^>]*cyclonedx/i.test(text)) return { reason: 'XML that is not a CycloneDX BOM' };
    const states = text.match(/<analysis>\s*<state>\s*[a-z_]+\s*<\/state>/g) ?? [];
    return states.length > 0 ? { format: 'cyclonedx-xml', statements: states.length } : { reason: 'CycloneDX BOM without vulnerability analysis' };
  }
  let doc: unknown;
  const yaml = /\.ya?ml$/.test(lower);
  // The YAML parser is quadratic on deep flow nesting; a VEX document nests a few levels.
  if (yaml && nestingEstimate(text) > 100) return { reason: 'YAML nested too deep to be a VEX document' };
  try {
    doc = yaml ? parseYaml(text, { maxAliasCount: 100 }) : JSON.parse(text);
  } catch {
    return { reason: 'not valid JSON or YAML' };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { reason: 'not a JSON object' };
  const o = doc as Record<string, unknown>;

  const context = o['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  if (contexts.some((c) => typeof c === 'string' && /openvex/i.test(c))) {
    const statements = Array.isArray(o.statements) ? o.statements.filter(isOpenVexStatement).length : 0;
    return { format: 'openvex', statements };
  }

  const document = o.document;
  if (document && typeof document === 'object' && (document as Record<string, unknown>).category === 'csaf_vex') {
    return { format: 'csaf', statements: Array.isArray(o.vulnerabilities) ? o.vulnerabilities.length : 0 };
  }

  if (o.bomFormat === 'CycloneDX') {
    const vulns = Array.isArray(o.vulnerabilities) ? o.vulnerabilities : [];
    const analysed = vulns.filter((v) => {
      const a = v && typeof v === 'object' ? (v as Record<string, unknown>).analysis : null;
      return !!a && typeof a === 'object' && typeof (a as Record<string, unknown>).state === 'string';
    }).length;
    return analysed > 0 ? { format: 'cyclonedx', statements: analysed } : { reason: 'CycloneDX BOM without vulnerability analysis' };
  }
  if (document && typeof document === 'object') return { reason: 'CSAF document that is not of category csaf_vex' };
  if (typeof o.$schema === 'string' && JSON_SCHEMA_URL.test(o.$schema)) return { reason: JSON_SCHEMA };
  return { reason: 'no OpenVEX context, CSAF VEX category or CycloneDX analysis' };
}

const OPENVEX_STATUS = new Set(['not_affected', 'affected', 'fixed', 'under_investigation']);

function isOpenVexStatement(s: unknown): boolean {
  return !!s && typeof s === 'object' && OPENVEX_STATUS.has(String((s as Record<string, unknown>).status));
}
