// THE verifier of signed results, offline. Order of checks (the first failure is the reason):
//   malformed            the bundle, statement or result cannot be read as what they must be
//   bad-signature        certificate chain at signing time, SCT, log inclusion + SET or trusted
//                        timestamp, DSSE signature (all by @sigstore/verify against the root)
//   untrusted-signer     issuer is not GitHub Actions, or the SAN is not the signer workflow
//   self-hosted-runner   the certificate's runner environment is not github-hosted
//   wrong-repository     the certificate's source repository is not the one asked for
//   wrong-ref            the certificate's source ref is not the one asked for
//   wrong-predicate-type the statement's predicate type is not the one asked for
//   digest-mismatch      the statement's subject digest is not the result file's SHA-256
//   claims-mismatch      the predicate (or the result) says other than the certificate
// Only the certificate and the verified times are facts; the predicate is trusted only because
// the signer is our workflow, and only where it agrees with the certificate.
import { bundleFromJSON, assertBundleLatest, type Bundle } from '@sigstore/bundle';
import { RFC3161Timestamp, X509Certificate } from '@sigstore/core';
import { toSignedEntity, VerificationError } from '@sigstore/verify';
import { CertificateClaimError, certificateClaims, GITHUB_ACTIONS_ISSUER, type CertificateClaims } from './certificate.ts';
import { claimsDisagreement } from './claims.ts';
import { locate, LocateError, type NamedBytes } from './locate.ts';
import { PAYLOAD_TYPE, PREDICATE_TYPE, predicateProblems, sha256Hex, STATEMENT_TYPE, type ResultPredicate } from './statement.ts';
import type { Trust } from './trust.ts';

export { loadTrustMaterial, TrustRootError, type Trust } from './trust.ts';

export type RejectReason =
  | 'malformed'
  | 'bad-signature'
  | 'untrusted-signer'
  | 'self-hosted-runner'
  | 'wrong-repository'
  | 'wrong-ref'
  | 'digest-mismatch'
  | 'claims-mismatch'
  | 'wrong-predicate-type';

export const REJECT_REASONS: readonly RejectReason[] = ['malformed', 'bad-signature', 'untrusted-signer', 'self-hosted-runner', 'wrong-repository', 'wrong-ref', 'digest-mismatch', 'claims-mismatch', 'wrong-predicate-type'];

export interface VerifyPolicy {
  /** Matched against the whole SAN URI (anchored here whatever the expression says). */
  signerWorkflow: RegExp;
  /** owner/name; compared without case, as GitHub does. */
  repository?: string;
  /** A full ref (refs/heads/main); a bare name means a branch. */
  ref?: string;
  /** Default: ours. Another type is checked for everything but the predicate, which is not interpreted. */
  predicateType?: string;
  allowSelfHosted?: boolean;
}

export interface VerifiedClaims {
  repository: string;
  repositoryId?: string;
  commit: string;
  ref: string;
  signerWorkflow: string;
  runUrl?: string;
  runnerEnvironment?: string;
  event?: string;
  /** ISO time from the verified log entry or RFC 3161 timestamp (the earliest), never from the predicate. */
  signedAt: string;
}

export interface VerifyOutcome {
  path: string;
  verdict: 'verified' | 'rejected';
  reason?: RejectReason;
  detail: string;
  claims?: VerifiedClaims;
  resultFile?: string;
  /** The parsed result document when verified with our predicate type. */
  result?: unknown;
}

/** Our reusable workflow at a release tag. */
export const DEFAULT_SIGNER_WORKFLOW = /^https:\/\/github\.com\/security-slam\/security-slam-action\/\.github\/workflows\/slam\.yml@refs\/tags\/v[0-9]+(\.[0-9]+){0,2}$/;

class Rejection extends Error {
  readonly reason: RejectReason;
  constructor(reason: RejectReason, detail: string) {
    super(detail);
    this.reason = reason;
  }
}

const anchored = new WeakMap<RegExp, RegExp>();
/** The expression as a whole-string match; flags g and y (stateful) are dropped. */
function anchor(re: RegExp): RegExp {
  let a = anchored.get(re);
  if (!a) {
    a = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/g, ''));
    anchored.set(re, a);
  }
  return a;
}

export function normalizeRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
}

/** Verifies one PATH: a folder with a result and its bundle, an artifact zip, or a bundle file. Never throws. */
export async function verifyPath(path: string, policy: VerifyPolicy, trust: Trust): Promise<VerifyOutcome> {
  try {
    const located = await locate(path);
    return { path, ...verifyBundle(located.bundle, (name) => located.result(name), policy, trust) };
  } catch (e) {
    if (e instanceof LocateError) return { path, verdict: 'rejected', reason: 'malformed', detail: e.message };
    return { path, verdict: 'rejected', reason: 'malformed', detail: `cannot verify: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * Verifies a bundle already in memory; `resultFor(subjectName)` supplies the result bytes.
 * For callers that hold the files themselves (the organizer's collector).
 */
export function verifyBundle(
  bundle: NamedBytes,
  resultFor: (subjectName: string | undefined) => NamedBytes | undefined,
  policy: VerifyPolicy,
  trust: Trust,
): Omit<VerifyOutcome, 'path'> {
  let resultFile: string | undefined;
  try {
    const parsed = parseBundle(bundle);
    const cert = cryptographicCheck(parsed, trust);
    const claims = identityCheck(cert, policy);
    const statement = parseStatement(parsed);
    const predicateType = policy.predicateType ?? PREDICATE_TYPE;
    if (statement.predicateType !== predicateType) throw new Rejection('wrong-predicate-type', `the statement's predicate type is ${JSON.stringify(statement.predicateType)}, not ${predicateType}`);
    const result = resultFor(statement.subjectName);
    if (!result) throw new Rejection('malformed', `the result file the bundle signs (${statement.subjectName ?? 'unnamed'}) is missing beside ${bundle.label}`);
    resultFile = result.label;
    const digest = sha256Hex(result.bytes);
    if (digest !== statement.digest) throw new Rejection('digest-mismatch', `${result.label} has SHA-256 ${digest}, but the statement signs ${statement.digest}: the file was changed after signing, or is another file`);
    const verified: VerifiedClaims = {
      repository: claims.sourceRepository as string,
      ...(claims.sourceRepositoryIdentifier ? { repositoryId: claims.sourceRepositoryIdentifier } : {}),
      commit: claims.sourceRepositoryDigest as string,
      ref: claims.sourceRepositoryRef as string,
      signerWorkflow: claims.subjectAlternativeName as string,
      ...(claims.runInvocationUri ? { runUrl: claims.runInvocationUri } : {}),
      ...(claims.runnerEnvironment ? { runnerEnvironment: claims.runnerEnvironment } : {}),
      ...(claims.buildTrigger ? { event: claims.buildTrigger } : {}),
      signedAt: signedAt(parsed).toISOString(),
    };
    if (predicateType !== PREDICATE_TYPE) {
      return { verdict: 'verified', detail: `signed by ${verified.signerWorkflow} for ${verified.repository} at ${verified.ref}; predicate ${predicateType} verified but not interpreted (not a Security Slam result)`, claims: verified, resultFile };
    }
    const document = ourPredicateCheck(statement.predicate, claims, result);
    return { verdict: 'verified', detail: `signed by ${verified.signerWorkflow} for ${verified.repository} at ${verified.ref} (${verified.commit.slice(0, 12)}) on ${verified.signedAt}`, claims: verified, resultFile, result: document };
  } catch (e) {
    if (e instanceof Rejection) return { verdict: 'rejected', reason: e.reason, detail: e.message, ...(resultFile ? { resultFile } : {}) };
    return { verdict: 'rejected', reason: 'malformed', detail: `cannot verify: ${e instanceof Error ? e.message : String(e)}`, ...(resultFile ? { resultFile } : {}) };
  }
}

function parseBundle(file: NamedBytes): Bundle {
  let json: unknown;
  try {
    json = JSON.parse(file.bytes.toString('utf8'));
  } catch (e) {
    throw new Rejection('malformed', `${file.label} is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const b = json as Record<string, Record<string, unknown> | undefined> | null;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw new Rejection('malformed', `${file.label} is not a Sigstore bundle (not a JSON object)`);
  if (b.mediaType !== ('application/vnd.dev.sigstore.bundle.v0.3+json' as unknown)) throw new Rejection('malformed', `${file.label} is not a Sigstore bundle v0.3 (mediaType ${JSON.stringify(b.mediaType)?.slice(0, 80)})`);
  if (!b.dsseEnvelope || b.messageSignature) throw new Rejection('malformed', `${file.label} holds no DSSE envelope (only attestations are accepted)`);
  const sigs = b.dsseEnvelope.signatures;
  if (!Array.isArray(sigs) || sigs.length !== 1) throw new Rejection('malformed', `${file.label} has ${Array.isArray(sigs) ? sigs.length : 'no'} signatures; exactly one is accepted`);
  const vm = b.verificationMaterial;
  if (!vm || typeof vm !== 'object') throw new Rejection('malformed', `${file.label} has no verification material`);
  // Protobuf JSON leaves an empty list out: absent means none.
  if (vm.tlogEntries !== undefined && !Array.isArray(vm.tlogEntries)) throw new Rejection('malformed', `${file.label}: verificationMaterial.tlogEntries is not a list`);
  const tvd = vm.timestampVerificationData as { rfc3161Timestamps?: unknown } | undefined;
  if (tvd !== undefined && (typeof tvd !== 'object' || tvd === null || (tvd.rfc3161Timestamps !== undefined && !Array.isArray(tvd.rfc3161Timestamps)))) throw new Rejection('malformed', `${file.label}: verificationMaterial.timestampVerificationData is not a list of timestamps`);
  const kinds = ['certificate', 'x509CertificateChain', 'publicKey'].filter((k) => vm[k] !== undefined);
  if (kinds.length !== 1) throw new Rejection('malformed', `${file.label} carries ${kinds.length === 0 ? 'no certificate' : `both ${kinds.join(' and ')}`}; exactly one certificate is accepted`);
  if (kinds[0] === 'x509CertificateChain') throw new Rejection('malformed', `${file.label} carries a certificate chain; a v0.3 bundle carries exactly one certificate`);
  if (kinds[0] === 'publicKey') throw new Rejection('untrusted-signer', `${file.label} is signed with a key, not a keyless certificate naming a workflow`);
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
    assertBundleLatest(bundle);
  } catch (e) {
    const fields = (e as { fields?: string[] }).fields;
    throw new Rejection('malformed', `${file.label} is not a valid bundle${fields?.length ? ` (${fields.slice(0, 3).join(', ')})` : ''}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return bundle;
}

function cryptographicCheck(bundle: Bundle, trust: Trust): X509Certificate {
  let entity;
  try {
    entity = toSignedEntity(bundle);
  } catch (e) {
    throw new Rejection('malformed', `the bundle's certificate, log entry or timestamp cannot be parsed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (entity.key.$case !== 'certificate') throw new Rejection('untrusted-signer', 'the bundle is signed with a key, not a keyless certificate naming a workflow');
  try {
    trust.verifier.verify(entity);
  } catch (e) {
    if (e instanceof VerificationError) throw new Rejection('bad-signature', `${describeVerificationError(e)} (${e.code}: ${e.message})`);
    throw new Rejection('malformed', `the bundle cannot be verified: ${e instanceof Error ? e.message : String(e)}`);
  }
  return entity.key.certificate;
}

function describeVerificationError(e: VerificationError): string {
  switch (e.code) {
    case 'SIGNATURE_ERROR':
      return 'the DSSE signature does not verify';
    case 'CERTIFICATE_ERROR':
      return 'the certificate does not chain to the trusted root, or was not valid when signed';
    case 'TIMESTAMP_ERROR':
      return 'a timestamp does not verify for this signature, or there is no trusted time (no log entry with a SET, no trusted timestamp)';
    case 'TLOG_BODY_ERROR':
      return 'the transparency log entry is not for this signature';
    default:
      return 'the transparency log entry does not verify';
  }
}

function identityCheck(cert: X509Certificate, policy: VerifyPolicy): CertificateClaims {
  let claims: CertificateClaims;
  try {
    claims = certificateClaims(cert);
  } catch (e) {
    if (e instanceof CertificateClaimError) throw new Rejection('malformed', e.message);
    throw e;
  }
  const san = claims.subjectAlternativeName ?? '(none)';
  if (claims.issuer !== GITHUB_ACTIONS_ISSUER) throw new Rejection('untrusted-signer', `the certificate's issuer is ${claims.issuer ?? '(none)'}, not ${GITHUB_ACTIONS_ISSUER}`);
  if (claims.subjectAlternativeName === undefined || san.length > 1024 || !anchor(policy.signerWorkflow).test(san)) throw new Rejection('untrusted-signer', `signed by ${san}, which does not match the signer workflow ${policy.signerWorkflow.source}`);
  if (!claims.sourceRepository || !claims.sourceRepositoryDigest || !claims.sourceRepositoryRef) throw new Rejection('untrusted-signer', 'the certificate does not state the source repository, commit and ref');
  if (claims.runnerEnvironment !== 'github-hosted' && !policy.allowSelfHosted) throw new Rejection('self-hosted-runner', `signed on a ${claims.runnerEnvironment ?? 'runner of unstated kind'}, not a GitHub-hosted runner (--allow-self-hosted accepts it)`);
  if (policy.repository !== undefined && policy.repository.toLowerCase() !== claims.sourceRepository.toLowerCase()) throw new Rejection('wrong-repository', `signed for ${claims.sourceRepository}, not ${policy.repository}`);
  if (policy.ref !== undefined && normalizeRef(policy.ref) !== claims.sourceRepositoryRef) throw new Rejection('wrong-ref', `signed for ${claims.sourceRepositoryRef}, not ${normalizeRef(policy.ref)}`);
  return claims;
}

interface ParsedStatement {
  predicateType: unknown;
  subjectName?: string;
  digest: string;
  predicate: unknown;
}

function parseStatement(bundle: Bundle): ParsedStatement {
  if (bundle.content.$case !== 'dsseEnvelope') throw new Rejection('malformed', 'no DSSE envelope');
  const payloadType = bundle.content.dsseEnvelope.payloadType;
  if (payloadType !== PAYLOAD_TYPE) throw new Rejection('malformed', `the signed payload is of type ${JSON.stringify(payloadType).slice(0, 80)}, not an in-toto statement (${PAYLOAD_TYPE})`);
  let s: Record<string, unknown>;
  try {
    s = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new Rejection('malformed', 'the signed payload is not JSON');
  }
  if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new Rejection('malformed', 'the signed payload is not an in-toto statement');
  if (s._type !== STATEMENT_TYPE) throw new Rejection('malformed', `the signed payload is not an in-toto Statement v1 (_type ${JSON.stringify(s._type)?.slice(0, 80)})`);
  const subjects = s.subject;
  if (!Array.isArray(subjects) || subjects.length !== 1) throw new Rejection('malformed', `the statement has ${Array.isArray(subjects) ? subjects.length : 'no'} subjects; exactly one (the result file) is accepted`);
  const subject = subjects[0] as { name?: unknown; digest?: { sha256?: unknown } } | null;
  const digest = subject?.digest?.sha256;
  if (typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest)) throw new Rejection('malformed', "the statement's subject has no SHA-256 digest");
  return { predicateType: s.predicateType, subjectName: typeof subject?.name === 'string' ? subject.name : undefined, digest, predicate: s.predicate };
}

/** Our predicate: valid against its schema and agreeing with the certificate; the result document agrees with both. */
function ourPredicateCheck(predicate: unknown, cert: CertificateClaims, result: NamedBytes): unknown {
  const problems = predicateProblems(predicate);
  if (problems.length > 0) throw new Rejection('malformed', `the predicate does not match the ${PREDICATE_TYPE} schema: ${problems.join('; ')}`);
  const p = predicate as ResultPredicate;
  const disagreement = claimsDisagreement(p, cert);
  if (disagreement) throw new Rejection('claims-mismatch', disagreement);
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(result.bytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new Rejection('malformed', `${result.label} is not JSON`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Rejection('malformed', `${result.label} is not a result document`);
  const subject = (doc.subject ?? {}) as { repository?: unknown; commit?: unknown; ref?: unknown };
  const differs = (a: unknown, b: string, caseless = false) => a !== null && a !== undefined && (typeof a !== 'string' || (caseless ? a.toLowerCase() !== b.toLowerCase() : a !== b));
  if (differs(subject.repository, p.repository.name, true)) throw new Rejection('claims-mismatch', `the result is about ${String(subject.repository)}, the certificate says ${cert.sourceRepository}`);
  if (differs(subject.commit, p.commit)) throw new Rejection('claims-mismatch', `the result is about commit ${String(subject.commit)}, the certificate says ${p.commit}`);
  if (differs(subject.ref, p.ref)) throw new Rejection('claims-mismatch', `the result is about ${String(subject.ref)}, the certificate says ${p.ref}`);
  if (doc.level !== p.level || JSON.stringify(doc.summary) !== JSON.stringify(p.summary)) throw new Rejection('claims-mismatch', "the predicate's level or summary differs from the result's");
  return doc;
}

/** The earliest verified time: an RFC 3161 timestamp, or a log entry's integrated time backed by its SET. */
function signedAt(bundle: Bundle): Date {
  const times: Date[] = [];
  for (const t of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) times.push(RFC3161Timestamp.parse(t.signedTimestamp as Buffer<ArrayBuffer>).signingTime);
  for (const e of bundle.verificationMaterial.tlogEntries) if (e.inclusionPromise) times.push(new Date(Number(e.integratedTime) * 1000));
  if (times.length === 0) throw new Rejection('bad-signature', 'no trusted time');
  return new Date(Math.min(...times.map((d) => d.getTime())));
}
