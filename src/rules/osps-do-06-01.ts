// OSPS-DO-06.01: How dependencies are selected, obtained and tracked.
// A section about dependency management (choosing, adding, updating, pinning, reviewing
// dependencies) in CONTRIBUTING, SECURITY, docs/ (in a product document, only under a heading
// that speaks for the project), governance or the README, but not one about adding this project as
// a dependency of the reader's (install text); a bare "Dependencies" heading counts only in
// contributor and security documents, as it usually lists prerequisites; or a dependency-policy
// document under docs/ (not a product's reference or guide page about a "dependencies" feature). A
// sentence anywhere in the contribution guide setting a condition on new dependencies (grpc-go's
// "you will need a discussion with gRPC-Go maintainers") is attested. A Security Insights link that contradicts the tree
// fails; a document section passes; a declaration elsewhere is attested (decideDocs,
// helpers/documentation.ts). Nothing found: fail once released, not applicable before, unknown when
// the release state cannot be told (releaseGate, helpers/release.ts).
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, siDocs } from './helpers/documentation.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { releaseGate } from './helpers/release.ts';
import { findSectionWhere, headingIs, projectSection, sectionEvidence, sectionIn, substantive } from './helpers/sections.ts';
import { attested, type Outcome } from './types.ts';
import { sentencesOf } from './helpers/statements.ts';
import { insightsFile } from './helpers/insights.ts';

const DEPENDENCY_HEADING = /\bdependenc(y|ies)\b.*\b(manag\w*|polic\w*|select\w*|choos\w*|track\w*|updat\w*|upgrad\w*|adding|vendor\w*|pin\w*|review\w*|approv\w*|lifecycle|hygiene|introduc\w*|bump\w*|renovate|dependabot)|\b(manag\w*|select\w*|choos\w*|track\w*|updat\w*|upgrad\w*|add|adding|vendor\w*|pin\w*|review\w*|introduc\w*|bump\w*)\b.*\bdependenc(y|ies)\b|^(third[- ]party|external) (code|libraries|dependencies)$/i;

/**
 * A heading about depending on this project is install text for its users, not how the project picks its own dependencies
 * (swift-argument-parser's README "Adding `ArgumentParser` as a Dependency": "add it to the dependencies for your package").
 */
const CONSUMER_HEADING = /\bas an? (?:[\w-]+ )?dependency\b|\b(?:to|in|into) your (?:[\w-]+ )?dependenc(?:y|ies)\b/i;

/** A heading about the project's own dependencies. */
const dependencyHeading = headingIs(DEPENDENCY_HEADING, CONSUMER_HEADING);

/** A bare "Dependencies" heading usually lists prerequisites; it counts only in contributor and security documents. */
const BARE_DEPENDENCIES = /^dependencies$/i;

const DEPENDENCY_DOC = /(^|\/)dependenc(y|ies)([-_ ]?(management|policy|policies|guide))?\.[a-z]+$/i;

/**
 * Folders of a product's reference, configuration and guides: fastapi's docs/en/docs/reference/dependencies.md documents its
 * `Depends()` feature; hatch's docs/config/dependency.md, "Dependency configuration", how a user writes the dependencies
 * of their own project.
 */
const PRODUCT_PAGES = /(?:^|\/)(?:reference|references|api|apis|tutorials?|user[-_]?guides?|how[-_]?tos?|examples?|advanced|config|configuration|usage|concepts)\//i;

/**
 * Words of managing dependencies. nats-server's DEPENDENCIES.md is a table of each dependency and its
 * license ("This file lists the dependencies used in this repository"): an inventory, not how they
 * are selected, obtained or tracked.
 */
const MANAGING = /\b(?:select\w*|choos\w*|add(?:ing|ed)?|updat\w*|upgrad\w*|pin(?:s|ned|ning)?|review\w*|track\w*|approv\w*|vendor\w*|renovate|dependabot|lock ?files?|polic(?:y|ies)|introduc\w*|bump\w*|evaluat\w*|vet(?:s|ted|ting)?)\b/i;

/** A page named for dependencies that is about the project's own (a project document, or a product page outside the reference and guides) and says how they are managed. */
function dependencyDoc(d: DocumentInfo): boolean {
  if (!DEPENDENCY_DOC.test(d.path) || !(d.kind === 'project' || !PRODUCT_PAGES.test(d.path)) || !substantive(d, 120)) return false;
  return (d.outline?.headings ?? []).some((h) => MANAGING.test(h.text) || MANAGING.test(h.body));
}

function dependencySection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, dependencyHeading, 80);
}

/** A sentence about taking on a new dependency ("If your contribution introduces new dependencies"). */
const NEW_DEPENDENCY = /\b(?:new|additional|third[- ]party|external)\s+dependenc(?:y|ies)\b|\b(?:add(?:s|ing)?|introduc\w*)\s+(?:a\s+|any\s+)?(?:new\s+)?dependenc(?:y|ies)\b/i;
/**
 * ... that sets a condition on it: a discussion, an approval, a review, a justification, or none at all (okhttp's
 * .github/CONTRIBUTING.md: "OkHttp is a small and light dependency. Don't introduce new dependencies or major new functionality.").
 */
const CONDITION = /\b(?:must|need(?:s|ed)?|required?|requires|discuss\w*|approv\w*|review\w*|justif\w*|avoid\w*|minimi[sz]\w*|sparingly|only|don['\u2019]t|do not|never)\b/i;

/**
 * A sentence of the contribution guide, anywhere in it, that sets a condition on new dependencies
 * (grpc-go's "PR Contents": "If your contribution introduces new dependencies, you will need a
 * discussion with gRPC-Go maintainers"): a policy stated in passing, not a description of how
 * dependencies are selected, obtained and tracked. Attested: a person confirms it is the policy.
 */
function dependencyPolicySentence(facts: Facts): Evidence | undefined {
  for (const doc of documentsOf(facts.documents, 'contributing'))
    for (const p of doc.dependencyParagraphs ?? []) {
      const s = sentencesOf(p.text).find((x) => NEW_DEPENDENCY.test(x) && CONDITION.test(x));
      if (s) return fileEvidence(doc.path, `a condition on new dependencies: "${s.length > 200 ? `${s.slice(0, 200)}…` : s}"`, p.line);
    }
  return undefined;
}

export const id = 'OSPS-DO-06.01';

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  // A product document's section on dependencies describes the product (a package manager's guide
  // to adding dependencies, a scanner's advice on securing the reader's): it counts only under a
  // heading that speaks for the project.
  const section =
    findSectionWhere(facts, ['contributing', 'security', 'docs', 'governance', 'readme'], (h, doc) => dependencyHeading(h) && (doc.role !== 'docs' || projectSection(doc, h)), 80) ??
    findSectionWhere(facts, ['contributing', 'security', 'governance'], headingIs(BARE_DEPENDENCIES), 80);
  if (section) found.push(sectionEvidence(section, 'how dependencies are managed'));
  const docs = documentsOf(facts.documents, 'docs').filter(dependencyDoc);
  for (const d of docs.slice(0, 2)) found.push(fileEvidence(d.path, 'dependency management document', 1));
  const si = siDocs(facts, ['repository.documentation.dependency-management-policy'], 'dependency management policy', dependencySection);
  return decideDocs(found, si, 'repository.documentation.dependency-management-policy', () => {
    const policy = dependencyPolicySentence(facts);
    if (policy)
      return attested(
        [policy],
        `Check that the contribution guide's condition on new dependencies is how the project selects them, and describe how they are obtained and tracked in a "Dependency management" section; link it from repository.documentation.dependency-management-policy in ${insightsFile(facts)}.`,
      );
    return releaseGate(
      facts,
      'no description of how dependencies are selected, obtained and tracked: no "Dependency management" / "Adding dependencies" section in CONTRIBUTING, SECURITY or docs/',
      `Add a "Dependency management" section (CONTRIBUTING.md or docs/dependencies.md) saying how new dependencies are chosen and reviewed, where they are fetched from (lock files, registries), and how they are tracked and updated (e.g. Dependabot); link it from repository.documentation.dependency-management-policy in ${insightsFile(facts)}.`,
    );
  });
}
