// Instructions to verify releases kept outside the repository, where the project says so next to the
// link: logging-log4j2's download page "You can manually download all published Log4j distributions,
// verify them, and see their licensing information by following the instructions in [the Download
// page](https://logging.apache.org/download.html)"; or where a link's own text titles them, leading to a page on
// installing, downloading or releases (libsodium's README, "[Integrity Checking](https://doc.libsodium.org/installation#…)").
// That page is not read here: the sentence is the project's word, for a person to confirm (attested), never a pass.
import { type DocumentInfo, type DocumentRole, documentsOf } from '../../facts/documents.ts';
import type { Link } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fileEvidence } from './evidence.ts';
import { intoThisRepository } from './repository.ts';
import { sentenceOf } from './statements.ts';

const ROLES: DocumentRole[] = ['readme', 'docs', 'security'];
const MAX_LINKS_PER_DOC = 200;

/** Verifying, then where the instructions are: "verify them … by following the instructions in". */
const VERIFY_POINTER = /\bverif(?:y|ying|ication)\b[^.]{0,120}\b(?:instructions?|follow(?:ing)?|described|explained|documented)\b/i;
/** What is verified: the project's releases. */
const RELEASE_WORDS = /\b(?:releases?|downloads?|distributions?|artifacts?|binar(?:y|ies)|packages?|archives?)\b/i;
/** Who signed: a sentence that speaks of signatures or keys, or a link to the signers' keys on the same page (the ASF's KEYS file). */
const SIGNER_WORDS = /\b(?:signatures?|signed|signing keys?|public keys?|gpg|pgp)\b/i;
const KEYS_LINK = (l: { text: string; target: string }) => /^(?:KEYS|signing keys?|public keys?)$/i.test(l.text.trim()) || /\/KEYS(?:\.txt)?$/.test(l.target);

/**
 * A link whose own text titles the instructions to verify what is downloaded (libsodium's README "Documentation" list:
 * "[Integrity Checking](https://doc.libsodium.org/installation#integrity-checking)"): the project's word that they are
 * on that page. Fixed words, no nested quantifier.
 */
const VERIFY_TITLE =
  /^(?:(?:release|download|package|artifact|binary) )?(?:integrity (?:check(?:ing|s)?|verification)|verif(?:y|ying|ication)(?: of)?(?: the| your)? (?:releases?|downloads?|signatures?|integrity|checksums?|artifacts?|binaries|packages?)|(?:signature|checksum|release|download|artifact|package) verification|check(?:ing)? (?:the )?(?:signatures?|checksums?|integrity))$/i;
/** Where a titled link leads: a page about installing, downloading or releases. */
const RELEASE_PAGE = /install|download|release/i;

/** A link out of the repository that its sentence presents as the instructions to verify the releases. */
interface Pointer {
  doc: DocumentInfo;
  link: Link;
  before: string;
  sentence: string;
  /** The link's own text titles the instructions (VERIFY_TITLE); `before` is then not its sentence. */
  titled?: true;
}

/**
 * The pointers of the documents, in document and link order. Both requirements that ask (OSPS-DO-03.01
 * and 03.02) read the same sentences before every link out of every page: they are cut once per run.
 */
const pointersOf = new WeakMap<Facts, Pointer[]>();

function pointers(facts: Facts): Pointer[] {
  const known = pointersOf.get(facts);
  if (known) return known;
  const out: Pointer[] = [];
  for (const role of ROLES)
    for (const doc of documentsOf(facts.documents, role)) {
      const o = doc.outline;
      if (!o) continue;
      for (const l of o.links.slice(0, MAX_LINKS_PER_DOC)) {
        if (l.image || !/^https:\/\//i.test(l.target) || intoThisRepository(facts, l.target)) continue;
        const before = sentenceOf(o.proseBefore(l.line, l.column, 200)).replace(/\s+/g, ' ').trim();
        const sentence = `${before} ${l.text}`;
        if (VERIFY_POINTER.test(sentence) && RELEASE_WORDS.test(sentence)) out.push({ doc, link: l, before, sentence });
        else if (VERIFY_TITLE.test(l.text.trim().replace(/[:.]$/, '')) && (RELEASE_WORDS.test(sentence) || RELEASE_PAGE.test(l.target)))
          out.push({ doc, link: l, before, sentence: l.text.trim(), titled: true });
      }
    }
  pointersOf.set(facts, out);
  return out;
}

/**
 * The first link out of the repository that a sentence presents as the instructions to verify the releases;
 * for `identity` (who produced them, OSPS-DO-03.02), only where the sentence speaks of signatures or
 * keys, or the page links the signers' keys.
 */
export function verificationElsewhere(facts: Facts, identity: boolean): Evidence[] {
  for (const { doc, link: l, before, sentence, titled } of pointers(facts)) {
    const keys = identity && !SIGNER_WORDS.test(sentence) ? doc.outline?.links.find(KEYS_LINK) : undefined;
    if (identity && !SIGNER_WORDS.test(sentence) && keys === undefined) continue;
    const said = titled ? `links its instructions to verify what it releases, kept outside this repository, as "${l.text.trim().slice(0, 80)}"` : `says the instructions to verify its releases are kept outside this repository ("${before} [${l.text}]")`;
    const out = [fileEvidence(doc.path, `${said}; links to ${l.target.slice(0, 200)}`, l.line, l.column)];
    if (keys) out.push(fileEvidence(doc.path, `links the signers' keys: ${keys.target.slice(0, 200)}`, keys.line, keys.column));
    return out;
  }
  return [];
}
