// Security audit reports committed to the repository (OSPS-SA-03.01). CNCF projects commit the
// reports of their third-party audits and link them from the security policy or the README: etcd's
// security/README.md "Security Audit" links SECURITY_AUDIT.pdf (Trail of Bits), falco's README
// links its audits/ folder. The reports are PDFs, which are not read: the project's words around
// the link say what they are. A report found only by its name says less, and is left to a person.
import { type DocumentInfo, documentsOf, type DocumentRole } from '../../facts/documents.ts';
import type { Link } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fileEvidence } from './evidence.ts';
import { inRepoPath } from './insights.ts';
import { relativeTarget } from './repository.ts';
import { headingAt, projectLine } from './sections.ts';

/** Words that name a security audit: not a product's "audit" feature (gatekeeper's, composer's). */
// A source code audit is one too (python-tuf's post on X41's "Source Code Audit on The Update Framework").
const AUDIT_WORDS = /\b(?:security|third[- ]party|external|independent|fuzzing|source[- ]code)\s+audits?\b|\bpenetration test/i;
/** A file named as a security audit report: SECURITY_AUDIT.pdf, audits/SECURITY_AUDIT_2019_07.pdf. */
const AUDIT_FILE = /(?:^|\/)[^/]*security[-_ ]?audit[^/]*\.pdf$|^audits?\/[^/]+\.pdf$/i;
/** A link target that may be an audit report: a PDF, a folder (no extension), or a path naming an audit. */
const REPORT_TARGET = /\.pdf$|(?:^|\/)[^/.]+\/?$|audit/i;
const ROLES: DocumentRole[] = ['security', 'readme', 'governance', 'contributing', 'docs'];
/** The project's blog posts kept with its documentation (Jekyll's _posts/): its own announcements, an audit's among them (python-tuf's). */
const BLOG_POST = /(?:^|\/)(?:_posts|blog)\//;

/**
 * Links of the project documents that their section, the words before them or their own text call a
 * security audit's, at most three: `report` says whether a link may be a report and under which key
 * it is taken once (null: not a report), `evidence` what it shows (null: nothing to show).
 */
function auditLinks(facts: Facts, report: (doc: DocumentInfo, l: Link) => string | null, evidence: (doc: DocumentInfo, l: Link, key: string, heading: string) => Evidence | null): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const role of ROLES)
    for (const doc of documentsOf(facts.documents, role))
      for (const l of doc.outline?.links ?? []) {
        // Only links that may be a report are worth reading the words around: a docs site has thousands of links between its pages.
        const key = report(doc, l);
        if (key === null || seen.has(key)) continue;
        const heading = headingAt(doc, l.line)?.text ?? '';
        if (!AUDIT_WORDS.test(`${heading} ${doc.outline?.proseBefore(l.line, l.column, 200) ?? ''} ${l.text}`) || !(projectLine(doc, l.line) || BLOG_POST.test(doc.path))) continue;
        seen.add(key);
        const e = evidence(doc, l, key, heading);
        if (e) out.push(e);
        if (out.length >= 3) return out;
      }
  return out;
}

/** ` from section "…"`, when the link is under a heading. */
const fromSection = (heading: string, lead: string) => (heading ? `${lead} section "${heading.slice(0, 80)}"` : '');

/** Reports linked from a project document's section or sentence on a security audit: a committed file, or a folder of them. */
export function linkedAuditReports(facts: Facts): Evidence[] {
  return auditLinks(
    facts,
    // A link into the tree that may be a report: a PDF, a folder, a page named for an audit; relative, or a github.com URL
    // of this repository (runc's README: https://github.com/opencontainers/runc/blob/master/docs/Security-Audit.pdf).
    (doc, l) => {
      const to = relativeTarget(doc.path, l.target) ?? ownFile(facts, l.target);
      return to !== null && REPORT_TARGET.test(to) ? to : null;
    },
    (doc, l, to, heading) => {
      const file = facts.files.find((f) => f.kind === 'file' && (f.path === to || f.path.startsWith(`${to}/`)));
      if (!file) return null;
      const what = file.path === to ? `security audit report committed at ${to}` : `security audit reports committed in ${to}/ (e.g. ${file.path})`;
      return fileEvidence(doc.path, `${what} (linked${fromSection(heading, ' from')})`, l.line, l.column);
    },
  );
}

/** A report's file named by a URL: a PDF, or a path naming an audit. */
const REPORT_URL = /\.pdf(?:[?#]|$)|audit/i;

/**
 * The path of the report file of this tree that a github.com URL of this repository names; null for any other link. Only a
 * URL of this repository that names a report is looked up in the tree: a documentation site links its sources by the thousand.
 */
function ownFile(facts: Facts, target: string): string | null {
  const repo = facts.context.repository;
  if (!repo || !target.startsWith('https://') || target.length > 500 || !REPORT_URL.test(target) || !target.toLowerCase().includes(`github.com/${repo.toLowerCase()}/`)) return null;
  const p = inRepoPath(facts, target);
  return p === null || p === 'missing' ? null : p;
}

/** A report on another site: a PDF, or a page whose last path segment names an audit, a security review or an assessment. */
function externalReport(facts: Facts, target: string): boolean {
  if (!target.startsWith('https://') || target.length > 500 || /\s/.test(target) || ownFile(facts, target) !== null) return false;
  const path = target.split(/[?#]/, 1)[0].toLowerCase();
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.endsWith('.pdf') || /audit|security[-_]?review|assessment/.test(last);
}

/**
 * Reports on another site linked from a project document's section or sentence on a security audit:
 * nats-server's README "Security Audit" links Trail of Bits' report of 2025 in their publications
 * repository. Kept elsewhere, so what it says is the project's word (attested), not seen here.
 */
export function externalAuditReports(facts: Facts): Evidence[] {
  return auditLinks(
    facts,
    (_doc, l) => (externalReport(facts, l.target) ? l.target : null),
    (doc, l, url, heading) => ({ ...fileEvidence(doc.path, `security audit report kept outside this repository${fromSection(heading, ', linked from')}`, l.line, l.column), url }),
  );
}

/** Files named as security audit reports, not linked from the documentation and not read (PDF). */
export function namedAuditReports(facts: Facts): string[] {
  return facts.files.filter((f) => f.kind === 'file' && AUDIT_FILE.test(f.path)).map((f) => f.path).slice(0, 3);
}
