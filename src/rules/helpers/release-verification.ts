// Instructions to verify releases (OSPS-DO-03.01 integrity, OSPS-DO-03.02 identity). A heading that
// is ambiguous ("Verification") counts only with a link or code inside its section that names a
// verification technology, and a section that is only a code block counts when the code runs a
// verification command (cosign verify, gpg --verify, sha256sum -c, slsa-verifier, gh attestation
// verify). One check, two word sets. Read in the project's documents, then in the release tool's
// release-notes template, then in the newest release's notes (when the releases were read).
import { type DocumentInfo, type DocumentRole, documentsOf } from '../../facts/documents.ts';
import type { ReleaseInfo } from '../../facts/github/types.ts';
import { codeLineOf, type Heading, parseMarkdown } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { attested, type Outcome } from '../types.ts';
import { decideDocs, siDocs } from './documentation.ts';
import { fileEvidence } from './evidence.ts';
import { forgeUnread, officialLatest, releaseGate } from './release.ts';
import { repositoryName } from './repository.ts';
import { sentencesOf } from './statements.ts';
import { ancestors, findSectionWhere, MAX_HEADINGS_PER_DOC, PROPOSAL_DIR, sectionEvidence, sectionIn, sectionLinks } from './sections.ts';
import { THREAT_MODEL_PATH } from './assessment.ts';
import { isDecisionRecord } from './decision-records.ts';
import { adviceText, type Advice } from './insights.ts';
import { inRoadmap } from './roadmap.ts';
import { statementEvidence, type StatementHit, statementInDoc } from './statements.ts';
import { verificationElsewhere } from './verification-elsewhere.ts';

/**
 * How a heading is judged to be about verifying releases. `tech` names a verification technology
 * outright; `generic` words (signatures, keys, ...) count only next to a signing, verifying or
 * release word ("Release signing keys", "Verifying signatures"), so "Function signatures" or
 * "Verify TLS certificates" do not.
 */
interface VerifyWords {
  tech: RegExp;
  generic: RegExp;
  /** Accept "Verify the release/download" headings without naming the technology. */
  releaseObjectSuffices: boolean;
  /** A command in a section's code that verifies releases in this sense. */
  command: RegExp;
}

/**
 * Commands that check a signature or provenance, and so who made the release. A verifier is often run as the binary
 * downloaded for one platform (go-containerregistry's crane README: `slsa-verifier-linux-amd64 verify-artifact`).
 */
const SIGNATURE_COMMAND =
  /\bcosign(?:-[\w.]+)*\s+verify(?:-blob|-attestation|-blob-attestation)?\b|\bgpg2?\s[^|;&]{0,200}?--verify\b|\bgpgv\b|\bslsa-verifier(?:-[\w.]+)*\s+verify|\bgh\s+attestation\s+verify\b|\bminisign\s+(?:-\w+\s+)*-V\b|\bsignify(?:-openbsd)?\s+(?:-\w+\s+)*-[VC]\b|\bnotation\s+verify\b|\bsigstore\s+verify\b|\bopenssl\s+dgst\b[^|;]*-verify\b/i;

/** Commands that check a checksum: integrity, not identity. */
const CHECKSUM_COMMAND = /\b(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|md5sum)\s+(?:-\S+\s+)*(?:-c|--check)\b|\bcertutil\s+-hashfile\b|\bGet-FileHash\b/i;

export const INTEGRITY: VerifyWords = {
  tech: /\b(cosign|sigstore|slsa|rekor|gpg|pgp|gnupg|minisign|signify|provenance|attestations?|in-toto|checksums?|sha-?(256|512)(sums?)?)\b/i,
  generic: /\b(signatures?|signing|signed|integrity|authenticity)\b/i,
  releaseObjectSuffices: true,
  command: new RegExp(`${SIGNATURE_COMMAND.source}|${CHECKSUM_COMMAND.source}`, 'i'),
};

export const IDENTITY: VerifyWords = {
  tech: /\b(cosign|sigstore|slsa|rekor|gpg|pgp|gnupg|minisign|signify|provenance|attestations?|in-toto|signers?|key ids?|fingerprints?)\b/i,
  generic: /\b(signatures?|signing|signed|identity|identities|keys?|certificates?|issuer|oidc)\b/i,
  releaseObjectSuffices: false,
  command: SIGNATURE_COMMAND,
};

const SIGNING_WORD = /\b(signatures?|signing|signed|signers?)\b/i;

/** A command that makes a signature with the reader's own key: gpg's signing options, minisign's and signify's -S. */
const SIGNS_WITH_OWN_KEY = /\bgpg2?\s[^|;&]{0,200}?--(?:detach-sign?|clearsign|sign)\b|\bminisign\s+(?:-\w+\s+)*-S\b|\bsignify(?:-openbsd)?\s+(?:-\w+\s+)*-S\b/i;

/**
 * A release manager's step that signs the assets with their own key and then checks that signature (opentelemetry-go's
 * RELEASING.md "Sign artifacts": `gpg --local-user $KEY_ID --armor --detach-sign`, then `gpg --verify`): it names no key a
 * downloader could expect, so it does not say who made a release, unless the section names the signing key.
 */
function ownKeySigning(doc: DocumentInfo, h: Heading): boolean {
  return SIGNS_WITH_OWN_KEY.test(h.code) && !namesSigningKey(doc, h);
}

const VERIFY_WORD = /\b(verif(y|ying|ication|ied)|validat(e|ing|ion)|authenticat(e|ing))\b/i;

/** Prose saying the release can be verified: "verify the integrity of the release binaries". */
const VERIFY_RELEASE_PROSE = /\bverif(y|ying|ication of)\b[^.]{0,60}\b(integrity|authenticity|signatures?|provenance|origin)\b[^.]{0,60}\b(releases?|binar(y|ies)|downloads?|assets?|artifacts?)\b/i;

const RELEASE_OBJECT = /\b(releases?|artifacts?|downloads?|binar(y|ies)|images?|containers?|packages?|assets?|archives?|tarballs?|bundles?)\b/i;

/** Commit signing and sign-offs are about contributions; "verify the installation" is about the install working. */
const CONTRIBUTION_SIGNING = /\b(commits?|sign[- ]?offs?|dco|pull requests?|tags? signing|certificate of origin|signing your work)\b/i;

const TLS_CONTEXT = /\b(?:ca|tls|ssl|https|x\.?509|server|client|intermediate|root certificates?|trust ?store|handshake)\b/i;
const INSTALL_CHECK = /\b(installation|install(ed)?|setup|set[- ]up|it works|works|configuration)\b/i;

const VERIFY_LINK = /sigstore|cosign|slsa|rekor|gnupg|gpg|pgp|minisign|signify|attestation|provenance|checksum|sha256|in-toto|notation|notary/i;

/** Status badges and images: a project's own name in a badge URL is not a link about verification. */
const BADGE_LINK = /\bbadges?\b|shields\.io|\.(svg|png|gif|jpe?g)(\?|#|$)/i;

/** Prose saying the project signs what it releases: "We sign our artifacts using this key". */
const SIGNS = /\b(?:sign|signs|signed|signing|signatures?)\b/i;
/** An OpenPGP fingerprint: 40 hex digits, run together or in groups of four. */
const FINGERPRINT = /\b[0-9a-f]{40}\b|\b[0-9a-f]{4}(?: {1,2}[0-9a-f]{4}){9}\b/i;
/** A link to the signing key: a key server's entry, a KEYS file, an exported public key or keyring. */
const KEY_LINK = /keyserver|keys\.openpgp\.org|pgp\.mit\.edu|\/pks\/lookup|(?:^|\/)KEYS(?:\.txt)?(?:[?#]|$)|\.(?:asc|gpg|pub|keyring)(?:[?#]|$)/i;
/** Prose saying the project's releases are signed: "All releases are signed by one of the keys listed in …" (runc's README). */
const RELEASES_SIGNED = /\b(?:releases?|artifacts?|binar(?:y|ies)|tarballs?|archives?|assets?|downloads?)\b[^.]{0,80}?\bsigned\b/i;

/** A section on the project's security ("Security", "Security notes"), where a README may say how its releases are signed. */
const SECURITY_HEADING = /^security(?: (?:notes?|information|considerations))?$/i;

/**
 * A section that says the releases are signed and names the key, so a reader knows whom a good signature comes from:
 * okhttp's "Verifying Artifacts", "We sign our artifacts using [this key][signing_key_2026]" (a key server's entry) and
 * the key's fingerprint in a code block.
 */
function namesSigningKey(doc: DocumentInfo, h: Heading): boolean {
  if (!SIGNS.test(h.body) || NOT_SIGNED.test(h.body)) return false;
  return FINGERPRINT.test(h.code) || FINGERPRINT.test(h.body) || sectionLinks(doc, h).some((l) => KEY_LINK.test(l.target));
}

function linkNames(doc: DocumentInfo, h: Heading, re: RegExp): boolean {
  return re.test(h.code) || sectionLinks(doc, h).some((l) => !BADGE_LINK.test(l.target) && (re.test(l.target) || re.test(l.text)));
}

/**
 * A section whose code runs a verification command, whatever its prose (often none: the section is
 * one code block). "Verify Installation" with `tool --version` runs none, so it does not count.
 */
function verificationCode(doc: DocumentInfo, w: VerifyWords, projectName: RegExp | null = null): { heading: Heading; command: string } | undefined {
  if (notInstructions(doc)) return undefined;
  const hs = doc.outline?.headings ?? [];
  const n = Math.min(hs.length, MAX_HEADINGS_PER_DOC);
  for (let i = 0; i < n; i++) {
    const h = hs[i];
    if (!h.code || CONTRIBUTION_SIGNING.test(h.text)) continue;
    if (w === IDENTITY && ownKeySigning(doc, h)) continue;
    const found = w.command.exec(h.code);
    if (!found) continue;
    // The command on the line where the match ends: a section's code is its lines run together, so a match may begin at
    // an earlier line's command (opentelemetry-go's RELEASING.md signs with `gpg --local-user $KEY_ID --armor
    // --detach-sign` two lines before its `gpg --verify`, which is the command to cite).
    const m = w.command.exec(codePieceAt(h, found.index + found[0].length - 1)) ?? found;
    // A signing tool's own command in a usage section ("Verify a container": `cosign verify`)
    // teaches readers to verify their artifacts, not the project's releases.
    // Its heading must then say it is about the project's releases ("Verifying cosign releases").
    const ownTool = projectName !== null && new RegExp(projectName.source, 'i').test(m[0]);
    if (ownTool && !OWN_RELEASE.test(h.text)) continue;
    if (underUsage(doc, h) && !OWN_RELEASE.test(h.text) && !OWN_RELEASE.test(h.body)) continue;
    // A product page's command verifies what the product's users have (a file pulled, an image they built), unless its
    // section speaks of the project's releases, as aboutVerifying asks of a product page's heading.
    if (productPage(doc) && !OWN_RELEASE.test(h.text) && !OWN_RELEASE.test(h.code) && !(INSTALL_PAGE.test(doc.path) ? OWN_RELEASE : RELEASE_WORD).test(h.body)) continue;
    return { heading: h, command: m[0].replace(/\s+/g, ' ').slice(0, 60) };
  }
  return undefined;
}

/** The piece of a section's code (one line of a code block, or one inline code span) that holds the character at `at`. */
function codePieceAt(h: Heading, at: number): string {
  let start = 0;
  let end = h.code.length;
  for (let i = 0; i < h.codeLines.length; i += 2) {
    if (h.codeLines[i] > at) {
      end = h.codeLines[i] - 1;
      break;
    }
    start = h.codeLines[i];
  }
  return h.code.slice(start, end);
}

/**
 * A page of the product's documentation, or a component's README (cmd/tool/README.md, pkg/x/README.md): it speaks of
 * the project's releases only in words of its releases, as a component's "Install from Releases" does.
 */
function productPage(doc: DocumentInfo): boolean {
  return (doc.role === 'docs' && doc.kind === 'product') || doc.role === 'component-readme';
}

/** Sections that teach the tool's use: a signing tool's "Quick start › Verify a container" (or sigstore-js's "Demo Script › Signing") is about the reader's artifacts, not the project's releases. */
const USAGE_PARENT = /^(quick ?start|usage|detailed usage|basic usage|examples?|tutorials?|how to use|getting started|user guide|working with .*|features|future ideas|roadmap|faq|frequently asked questions|caveats|demo(?: script)?|walkthrough)$/i;

/** Words that tie a section to the project's own releases. */
const OWN_RELEASE = /\b(releases?|released|downloads?|binar(y|ies)|release assets?)\b/i;
/**
 * The words that tie a product page's prose to the project's releases: "download" and "binaries"
 * are also what the product does (spire's "Server Attestation": an agent downloads trust bundles),
 * so they count only on a page about installing or downloading.
 */
const RELEASE_WORD = /\b(releases?|released)\b/i;
const INSTALL_PAGE = /(?:^|\/)(?:install|download|releases?|getting[-_ ]started|quick[-_ ]?start|setup)[^/]*$/i;

/**
 * A command reference, a decision record or a design proposal (oras's docs/proposals/formatted-output.md "Verify local
 * files": a user story that runs `shasum -c` on pulled files, to argue a change): not instructions to verify releases.
 */
function notInstructions(doc: DocumentInfo): boolean {
  return isCommandReference(doc) || isDecisionRecord(doc) || PROPOSAL_DIR.test(doc.path);
}

/** Prose that says the releases are not signed: "Binaries will not be signed", "unsigned". */
const NOT_SIGNED = /\b(?:not|never|no longer)\s+(?:be\s+|been\s+|yet\s+)?(?:\w+\s+)?signed\b|n[’']t\s+(?:be\s+|been\s+)?signed\b|\bunsigned\b/i;

/** Words of a heading that name no thing signed ("Signing and the keys", "About signatures"). */
const NOT_A_THING = /\b(?:signatures?|signing|signed|signers?|and|or|the|of|for|with|on|our|your|its|a|an|about|how|to)\b|[^\w\s]+/gi;

/** A heading that names what is signed besides the signing ("Model Signing", "Document signatures"): a thing of the product, unless a release object was named. */
function namesSignedThing(t: string): boolean {
  return SIGNING_WORD.test(t) && t.replace(NOT_A_THING, ' ').trim() !== '';
}

/** A heading that asks what a technology is or why it matters ("What is SLSA?"): a definition, not instructions. */
const DEFINITION = /^(?:what (?:is|are)|why|about)\b/i;

const VERSION_ENTRY = /\bv?\d+\.\d+\b/;

/**
 * A heading that names the technology after another action ("Generate provenance", "Referencing
 * SLSA builders", slsa-github-generator's): making it for one's own artifacts, or using the tool.
 * Verifying and signing headings are decided before this is asked.
 */
const OTHER_ACTION = /^(?:[a-z]+ing|generat\w*|creat\w*|produc\w*|emit\w*|make)\b/i;

/**
 * A threat model's mitigations, or a section under a "Mitigations" heading: what should be done against a threat
 * (goreleaser's THREAT_MODEL.md "Mitigations › Artifact Integrity": "Sign release artifacts with GPG or similar tools",
 * "Verify signatures before distribution"), not how a user verifies a release. Such a section still counts when its
 * code runs a verification command.
 */
const MITIGATIONS_HEADING = /^(?:(?:recommended|suggested|possible|proposed|security) )?(?:mitigations?|countermeasures|mitigation strategies)$/i;
function mitigation(doc: DocumentInfo, h: Heading): boolean {
  if (THREAT_MODEL_PATH.test(doc.path)) return true;
  const named = (x: Heading) => MITIGATIONS_HEADING.test(x.text.replace(/[^\w\s'-]/g, '').trim());
  return named(h) || ancestors(doc, h).some(named);
}

function underUsage(doc: DocumentInfo, h: Heading): boolean {
  return ancestors(doc, h).some((p) => USAGE_PARENT.test(p.text.replace(/[^\w\s'-]/g, '').trim()));
}

/** The document's title: its first heading, at the highest level used, unless front matter titles the page. It names the project or the page, not a topic. */
function isTitle(doc: DocumentInfo, h: Heading): boolean {
  if (doc.outline?.titledInFrontMatter) return false;
  const hs = doc.outline?.headings ?? [];
  return hs[0] === h && hs.every((x) => x.level >= h.level);
}

/**
 * A generated command reference page (cobra, click, clap docs: "Synopsis", "Options", "SEE ALSO")
 * documents what a command does, e.g. a signing tool's own `verify` command; it is not a guide to
 * verifying the project's releases. Found on sigstore/cosign's doc/cosign_*.md pages.
 */
function isCommandReference(doc: DocumentInfo): boolean {
  const hs = doc.outline?.headings ?? [];
  let seeAlso = false;
  let options = false;
  for (let i = 0; i < hs.length && i < 200; i++) {
    const t = hs[i].text.trim();
    if (/^see also$/i.test(t)) seeAlso = true;
    else if (/^(options|flags|synopsis|usage|options inherited from parent commands)$/i.test(t)) options = true;
  }
  return seeAlso && options;
}

/**
 * A heading about verifying releases; an ambiguous one ("Verification") needs a link in its section
 * naming the technology. A roadmap item ("Integrate in-toto Attestations", gittuf's docs/roadmap.md)
 * is a feature planned or built, not instructions: asked last, of the sections that would count.
 */
function verifiesReleases(w: VerifyWords, projectName: RegExp | null, ownVerify: RegExp | null = null) {
  const about = aboutVerifying(w, projectName);
  // A section whose code runs the project's own verify command teaches the product: in-toto/witness's getting-started
  // tutorial, "8. Verify the Binary Meets Policy Requirements", runs `witness verify -f testapp …` on the reader's binary.
  // It is about the project's releases only when its heading says so ("Verifying witness releases").
  const product = (h: Heading) => ownVerify !== null && ownVerify.test(h.code) && !RELEASE_WORD.test(h.text);
  return (h: Heading, doc: DocumentInfo): boolean => about(h, doc) && !product(h) && !inRoadmap(doc, h) && !(w === IDENTITY && ownKeySigning(doc, h));
}

/** The repository's own command run with `verify` ("witness verify"), whatever its name: the product's use. */
function ownVerifyCommand(facts: Facts): RegExp | null {
  const name = repositoryName(facts);
  if (!name || !/^[a-z0-9][a-z0-9_.-]{0,99}$/.test(name)) return null;
  return new RegExp(`(?:^|[\\s/;&|(])${name.replace(/[.]/g, '\\.')}\\s+verify\\b`, 'im');
}

function aboutVerifying(w: VerifyWords, projectName: RegExp | null) {
  // Asked of every heading, answered once per document: both read the document's headings.
  const referenceOrRecord = new WeakMap<DocumentInfo, boolean>();
  const setAsideDoc = (doc: DocumentInfo): boolean => {
    let known = referenceOrRecord.get(doc);
    if (known === undefined) referenceOrRecord.set(doc, (known = notInstructions(doc)));
    return known;
  };
  return (h: Heading, doc: DocumentInfo): boolean => {
    // In a signing tool's own documents ("cosign", "Expected cosign version behaviour") the project's
    // name is not the technology being used to verify its releases.
    const t = projectName ? h.text.replace(projectName, ' ').trim() : h.text;
    if (!t) return false;
    if (CONTRIBUTION_SIGNING.test(t)) return false;
    if (setAsideDoc(doc)) return false;
    if (NOT_SIGNED.test(h.body)) return false;
    if (mitigation(doc, h) && !w.command.test(h.code)) return false;
    if (underUsage(doc, h) && !OWN_RELEASE.test(t)) return false;
    // So is a heading that names the technology and a usage word ("in-toto demo" in in-toto's README: "You can try in-toto by
    // running the demo application", how a user's supply chain is verified), whether or not the repository's name is known.
    if (USAGE_PARENT.test(t.replace(w.tech, ' ').replace(/[^\w\s'-]/g, '').trim()) && !OWN_RELEASE.test(t)) return false;
    // A product page (under docs/) speaks of verifying the project's releases only in words of its
    // releases: a verification tool's pages ("KMS Signer", "Verifying an Artifact with a Witness
    // Policy", in-toto/witness's) document what the product does for its users.
    if (productPage(doc) && !OWN_RELEASE.test(t) && !(INSTALL_PAGE.test(doc.path) ? OWN_RELEASE : RELEASE_WORD).test(h.body)) return false;
    if (DEFINITION.test(t)) return false;
    // A changelog's entry for a version ("in-toto v0.4.0") lists what changed, not how to verify.
    if (doc.role === 'changelog' && VERSION_ENTRY.test(t)) return false;
    // Nor does a section under such an entry, unless its heading says verifying or signing: a controller's
    // "0.36.0 › Deprecation of Artifact Checksum" announces an API field's change.
    if (doc.role === 'changelog' && !VERIFY_WORD.test(t) && !SIGNING_WORD.test(t) && ancestors(doc, h).some((p) => VERSION_ENTRY.test(p.text))) return false;
    // A page title that only names things ("cosign download attestation", a command reference) is
    // not a section on verifying; a title that says verify or signing ("Verifying releases") is.
    if (isTitle(doc, h) && !VERIFY_WORD.test(t) && !SIGNING_WORD.test(t)) return false;
    if (w.tech.test(t)) {
      if (VERIFY_WORD.test(t) || SIGNING_WORD.test(t) || RELEASE_OBJECT.test(t) || w.generic.test(t.replace(w.tech, ''))) return true;
      // A heading that only names the technology ("cosign", "Attestation", "Checksums") is the
      // project's title in a signing tool's README or a field in a schema reference unless its
      // section speaks of verifying or of releases, or runs a verification command.
      if (isTitle(doc, h) || OTHER_ACTION.test(t)) return false;
      return VERIFY_WORD.test(h.body) || RELEASE_OBJECT.test(h.body) || w.command.test(h.code);
    }
    if (INSTALL_CHECK.test(t)) return false;
    // Certificates, keys and signatures of a TLS connection are not a release's (curl's "CA bundle missing intermediate certificates").
    if (w.generic.test(t) && TLS_CONTEXT.test(t)) return false;
    if (w.generic.test(t)) {
      const signing = SIGNING_WORD.test(t);
      if (signing && VERIFY_WORD.test(t)) return true; // "Verifying signatures"
      // "Release signing", "Image signing": about the project's own artifacts when the prose says
      // so ("releases are signed…", "verify with…"); "Why not use containers/image signing" in a
      // signing tool's FAQ is not.
      // The prose must say something of signatures or verifying: a heading alone ("ENG-004: Binary
      // Signing", whose section is its subsections) says nothing of how.
      const saysHow = VERIFY_WORD.test(h.body) || SIGNING_WORD.test(h.body) || w.tech.test(h.body) || linkNames(doc, h, VERIFY_LINK);
      if (signing && RELEASE_OBJECT.test(t)) return saysHow && (OWN_RELEASE.test(t) || VERIFY_WORD.test(h.body) || OWN_RELEASE.test(h.body));
      if (signing && w === IDENTITY && w.generic.test(t.replace(SIGNING_WORD, ''))) return true; // "Signing keys"
      // "Release integrity", "Release keys"; a package or an image only when the prose speaks of verifying
      // (curl's TODO item "Package curl for Windows in a signed installer" is a plan).
      if (OWN_RELEASE.test(t) || (RELEASE_OBJECT.test(t) && VERIFY_WORD.test(h.body))) return true;
      // "Signature specification" linking minisign describes a format; it teaches verifying only
      // when its heading or prose speaks of verifying, or of the project's releases.
      if (!((signing || VERIFY_WORD.test(t)) && linkNames(doc, h, VERIFY_LINK) && (VERIFY_WORD.test(t) || VERIFY_WORD.test(h.body) || OWN_RELEASE.test(h.body)))) return false;
      // "Model Signing" names what the product signs for its users (sigstore/model-transparency's README:
      // "verifies that the signature is valid" of a model): it is about the project's releases only
      // when its prose says so.
      return VERIFY_WORD.test(t) || !namesSignedThing(t) || RELEASE_WORD.test(h.body);
    }
    // "Verifying the download" counts when its section speaks of integrity (a checksum, a signature, a
    // verification command); "Verifying the latest version of a package" (pip's UX research) does not.
    if (VERIFY_WORD.test(t) && RELEASE_OBJECT.test(t))
      return (w.releaseObjectSuffices && (w.tech.test(h.body) || w.generic.test(h.body) || w.command.test(h.code) || w.tech.test(h.code))) || linkNames(doc, h, VERIFY_LINK) || namesSigningKey(doc, h);
    if (VERIFY_WORD.test(t)) return linkNames(doc, h, VERIFY_LINK) || namesSigningKey(doc, h);
    // "Bundle files in GitHub Release Assets": a section about the release assets whose prose says
    // they are there to verify the release and links the instructions (sigstore/cosign's README).
    if (OWN_RELEASE.test(t) && VERIFY_RELEASE_PROSE.test(h.body) && (w !== IDENTITY || SIGNING_WORD.test(h.body) || w.tech.test(h.body))) return linkNames(doc, h, VERIFY_LINK) || linkNames(doc, h, /^https?:/);
    // "Releases": a section on the project's releases saying they are signed and naming the keys (runc's README: "All releases
    // are signed by one of the keys listed in the [`runc.keyring` file](runc.keyring)"): whom a good signature comes from.
    if (OWN_RELEASE.test(t) && RELEASES_SIGNED.test(h.body)) return namesSigningKey(doc, h);
    // "Security": the same said in a section on the project's security, its links read as their text (nlohmann/json's README:
    // "[Commits by Niels Lohmann](…) and [releases](…) are signed with this [PGP Key](…/pgp_keys.asc?fingerprint=…)").
    if (SECURITY_HEADING.test(t) && sentencesOf(h.body).some((x) => RELEASES_SIGNED.test(x))) return namesSigningKey(doc, h);
    return false;
  };
}

/**
 * Last, the release tool's release-notes template: the instructions every GitHub release carries (sops's .goreleaser.yaml),
 * and the READMEs of the components the project releases (a command's cmd/tool/README.md "Install from Releases").
 */
const VERIFY_ROLES: DocumentRole[] = ['readme', 'docs', 'security', 'support', 'changelog', 'contributing', 'release-notes', 'site-page', 'component-readme'];

/** A download page (a Maven site's download_lang.xml, docs/download.md). */
const DOWNLOAD_PAGE = /(?:^|\/)downloads?[^/]*$/i;
/**
 * A download page's sentence that tells the reader to verify what was downloaded, naming how (apache/commons-lang's
 * download_lang.xml: "It is essential that you verify the integrity of downloaded files, preferably using the PGP signature
 * (*.asc files); failing that using the SHA512 hash"): under any heading ("Using a Mirror"). The words may be a link's text
 * ("[verify the integrity](https://www.apache.org/info/verification.html)"), whose target is passed over.
 */
const VERIFY_DOWNLOAD = /\bverify\w* (?:the )?(?:integrity|authenticity)\b(?:\]\([^()\s]{0,300}\))?[^.]{0,160}?\b(?:pgp|gpg|signatures?|sha-?(?:256|512)|checksums?|hash(?:es)?)\b/i;

/** The repository's name as a word ("cosign" for sigstore/cosign), when it is one of the verification technologies' names. */
function projectNamePattern(facts: Facts): RegExp | null {
  const name = repositoryName(facts);
  if (!name || !/^[a-z0-9][a-z0-9_.-]*$/.test(name) || !VERIFY_LINK.test(name)) return null;
  return new RegExp(`\\b${name.replace(/[.]/g, '\\.')}\\b`, 'gi');
}

const releaseNotes = new WeakMap<ReleaseInfo, DocumentInfo>();

/** The newest release's notes as a document (its page is the evidence), when the releases were read and it has any. */
function latestNotes(facts: Facts): { release: ReleaseInfo; doc: DocumentInfo } | null {
  const release = officialLatest(facts);
  if (!release?.body) return null;
  let doc = releaseNotes.get(release);
  if (!doc) releaseNotes.set(release, (doc = { path: release.htmlUrl, role: 'release-notes', kind: 'project', outline: parseMarkdown(release.body) }));
  return { release, doc };
}

/**
 * Sections about signing that were set aside, for a fail to show why: a decision record
 * ("ENG-004: Binary Signing"), or a section on signing releases ("Binary signing") saying they are not signed.
 */
function setAside(facts: Facts, w: VerifyWords): Evidence[] {
  const out: Evidence[] = [];
  for (const role of VERIFY_ROLES)
    for (const doc of documentsOf(facts.documents, role)) {
      const record = isDecisionRecord(doc);
      for (const h of (doc.outline?.headings ?? []).slice(0, MAX_HEADINGS_PER_DOC)) {
        if (out.length >= 3) return out;
        if (!SIGNING_WORD.test(h.text) && !w.tech.test(h.text)) continue;
        if (record) out.push(fileEvidence(doc.path, `section "${h.text}" is a decision record, not instructions to verify releases`, h.line));
        else if (SIGNING_WORD.test(h.text) && RELEASE_OBJECT.test(h.text) && NOT_SIGNED.test(h.body)) out.push(fileEvidence(doc.path, `section "${h.text}" says that releases are not signed`, h.line));
      }
    }
  return out;
}

/** The first download page's sentence telling the reader to verify the download, naming how (VERIFY_DOWNLOAD). */
function downloadStatement(facts: Facts): StatementHit | undefined {
  for (const role of VERIFY_ROLES)
    for (const doc of documentsOf(facts.documents, role)) {
      if (!DOWNLOAD_PAGE.test(doc.path)) continue;
      const hit = statementInDoc(doc, VERIFY_DOWNLOAD);
      if (hit) return hit;
    }
  return undefined;
}

/**
 * A download page's section that tells the reader to verify the download with its signature (VERIFY_DOWNLOAD) and says the
 * releases are signed with keys it links (namesSigningKey): apache/commons-text's download_text.xml "Using a Mirror",
 * "verify the integrity of downloaded files, preferably using the PGP signature (*.asc files)" and "The [KEYS] file contains
 * the public PGP keys used by Apache Commons developers to sign releases". The keys say whom a good signature comes from.
 * The evidence is at the link to the keys.
 */
function downloadSigners(facts: Facts, what: string): Evidence | undefined {
  for (const role of VERIFY_ROLES)
    for (const doc of documentsOf(facts.documents, role)) {
      if (!DOWNLOAD_PAGE.test(doc.path)) continue;
      for (const h of (doc.outline?.headings ?? []).slice(0, MAX_HEADINGS_PER_DOC)) {
        if (!VERIFY_DOWNLOAD.test(h.body) || !namesSigningKey(doc, h)) continue;
        const key = sectionLinks(doc, h).find((l) => KEY_LINK.test(l.target));
        if (key) return fileEvidence(doc.path, `${what}: section "${h.text}" says to verify the download with its signature and links the keys that sign the releases: ${key.target.slice(0, 200)}`, key.line, key.column);
      }
    }
  return undefined;
}

export function verificationCheck(words: VerifyWords, what: string, missing: string, advice: Advice): (facts: Facts) => Outcome {
  return (facts: Facts): Outcome => {
    const remediation = adviceText(advice, facts);
    const test = verifiesReleases(words, projectNamePattern(facts), ownVerifyCommand(facts));
    const found: Evidence[] = [];
    const section = findSectionWhere(facts, VERIFY_ROLES, test, 30);
    if (section) {
      found.push(sectionEvidence(section, what));
      const links = sectionLinks(section.doc, section.heading)
        .filter((l) => (VERIFY_LINK.test(l.target) || VERIFY_LINK.test(l.text) || KEY_LINK.test(l.target)) && !BADGE_LINK.test(l.target))
        .slice(0, 3);
      for (const l of links) found.push(fileEvidence(section.doc.path, `links to ${l.target}`, l.line, l.column));
    }
    const download = found.length === 0 && words === INTEGRITY ? downloadStatement(facts) : undefined;
    const signers = found.length === 0 && words === IDENTITY ? downloadSigners(facts, what) : undefined;
    if (download) found.push(statementEvidence(download, what));
    else if (signers) found.push(signers);
    else if (found.length === 0) {
      // A changelog's examples show new features, not how to verify a release.
      outer: for (const role of VERIFY_ROLES.filter((r) => r !== 'changelog'))
        for (const doc of documentsOf(facts.documents, role)) {
          const code = verificationCode(doc, words, projectNamePattern(facts));
          if (code) {
            found.push(fileEvidence(doc.path, `${what}: section "${code.heading.text}" gives the command \`${code.command}\``, codeLineOf(code.heading, code.command)));
            break outer;
          }
        }
    }
    // The instructions GitHub shows with the newest release, when its notes were read.
    const notes = found.length === 0 ? latestNotes(facts) : null;
    const inNotes = notes && (sectionIn(notes.doc, test, 30) ?? verificationCode(notes.doc, words, projectNamePattern(facts))?.heading);
    if (notes && inNotes) found.push({ kind: 'api', url: notes.release.htmlUrl, detail: `${what}: section "${inNotes.text}" in the notes of release ${notes.release.tagName}` });
    const si = siDocs(facts, ['project.documentation.signature-verification'], what, (doc) => sectionIn(doc, test, 30) ?? verificationCode(doc, words, projectNamePattern(facts))?.heading);
    return decideDocs(found, si, 'project.documentation.signature-verification', () => {
      const gated = releaseGate(facts, missing, remediation, setAside(facts, words));
      // The project's word that the instructions are on a page elsewhere (logging-log4j2's download page).
      const elsewhere = gated.status === 'not-applicable' ? [] : verificationElsewhere(facts, words === IDENTITY);
      if (elsewhere.length > 0) return attested(elsewhere, `Check that the page it links explains how to verify ${words === IDENTITY ? 'who signed the releases (the signers\' keys or identities)' : 'the release assets (signatures or checksums)'}, or: ${remediation}`);
      // Instructions are often written into each GitHub release: unread, their absence here decides nothing.
      if (gated.status !== 'fail') return gated;
      return forgeUnread(facts, missing, 'instructions in the release notes', remediation, gated.evidence.filter((e) => e.kind !== 'note')) ?? gated;
    });
  };
}
