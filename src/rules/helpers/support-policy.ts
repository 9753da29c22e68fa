// Support scope and end of security updates (OSPS-DO-04.01 / 05.01): one check, with each rule's
// heading words. GitHub's SECURITY.md template committed unfilled states nothing about the project
// and fails, naming the file.
import type { DocumentInfo, DocumentRole } from '../../facts/documents.ts';
import type { Heading } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fail, type Outcome } from '../types.ts';
import { decideDocs, siDocs } from './documentation.ts';
import { capEvidence } from './evidence.ts';
import { releaseGate } from './release.ts';
import { findSectionWhere, headingIs, sectionEvidence, sectionIn, templateSectionWhere } from './sections.ts';
import { isTemplateSection } from './statements.ts';
import { adviceText, type Advice } from './insights.ts';

/** Changelog headings that describe a release's content. */
const RELEASE_ENTRY = /\bsecurity (?:updates?|fix(?:es)?|patch(?:es)?|releases?)\b|\blts\b|\blong[- ]term support\b/i;
const SUPPORT_ROLES: DocumentRole[] = ['support', 'security', 'readme', 'docs', 'governance', 'changelog'];

/**
 * Prose about which toolchain or platform a release needs: "The minimum Swift version supported by ... releases"
 * (swift-argument-parser's "Supported Versions" table), "officially supports Python 3.10+", "MSRV".
 */
const COMPATIBILITY =
  /\b(?:minimum|minimal|oldest)\b[^.|]{0,40}\bversions?\b|\bmsrv\b|\b(?:supports|requires|compatible with)\s+(?!(?:versions?|releases?|branch(?:es)?|the|only|all|latest|current|each|every)\b)[a-z][\w.+#-]{0,30}\s+v?\d/i;
/** Words of a support statement about the project's own releases: fixes, maintenance, end of life, a supported/unsupported mark. */
const SUPPORT_TERMS =
  /\b(?:security|fix(?:es|ed)?|patch(?:es|ed)?|maintained|maintenance|unsupported|no longer|end[- ]of[- ](?:life|support)|eol|lts|long[- ]term|backport\w*|ended|until)\b|\u2705|\u274c|:white_check_mark:|:x:/i;

/** A section whose prose only says which toolchain or platform versions releases need: compatibility, not support. */
function compatibilityOnly(h: Heading): boolean {
  return COMPATIBILITY.test(h.body) && !SUPPORT_TERMS.test(h.body);
}

export function supportCheck(heading: RegExp, what: string, missing: string, advice: Advice): (facts: Facts) => Outcome {
  const about = headingIs(heading, /\b(getting support|get support|how to get|contact|commercial support)\b/i);
  // GitHub's SECURITY.md template has a "Supported Versions" section with made-up versions (5.1.x,
  // 5.0.x, 4.0.x): committed unfilled, it states nothing about this project.
  // A changelog's "Security Fixes" or "v2.4 LTS" names what one release holds, not how long releases are supported (falcosecurity/falco's).
  // A "Supported Versions" table of minimum toolchain versions says what a release runs on, not how long it is supported.
  const test = (h: Heading, doc: DocumentInfo) =>
    about(h) && !isTemplateSection(h) && !(doc.role === 'changelog' && RELEASE_ENTRY.test(h.text)) && !compatibilityOnly(h);
  return (facts: Facts): Outcome => {
    const remediation = adviceText(advice, facts);
    const found: Evidence[] = [];
    const section = findSectionWhere(facts, SUPPORT_ROLES, test, 40);
    if (section) found.push(sectionEvidence(section, what));
    const si = siDocs(facts, ['project.documentation.support-policy'], what, (doc) => sectionIn(doc, test, 40));
    if (found.length === 0 && si.confirmed.length === 0 && si.broken.length === 0) {
      const template = templateSectionWhere(facts, SUPPORT_ROLES, about);
      if (template)
        return fail(
          capEvidence([sectionEvidence(template, template.heading.template ?? 'template text not filled in'), ...si.declared]),
          `Replace the template text in ${template.doc.path}: list the versions of this project that receive security updates and say until when (or remove the section). ${remediation}`,
        );
    }
    return decideDocs(found, si, 'project.documentation.support-policy', () => releaseGate(facts, missing, remediation));
  };
}
