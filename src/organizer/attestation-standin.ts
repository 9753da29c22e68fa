// TEMPORARY STAND-IN, deleted when attest-core's src/attestation/verify.ts reaches main: the only
// file that stands in for it. The agreed contract, with a stub that rejects everything.
// Organizer code imports these names from here and will import them from ../attestation/ instead.
export type RejectReason = 'malformed' | 'bad-signature' | 'untrusted-signer' | 'self-hosted-runner' | 'wrong-repository' | 'wrong-ref' | 'digest-mismatch' | 'claims-mismatch' | 'wrong-predicate-type';
export interface VerifyPolicy {
  signerWorkflow: RegExp;
  repository?: string;
  ref?: string;
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
  /** ISO, from the transparency log or timestamp authority, never from the predicate. */
  signedAt: string;
}
export interface VerifyOutcome {
  path: string;
  verdict: 'verified' | 'rejected';
  reason?: RejectReason;
  detail: string;
  claims?: VerifiedClaims;
  resultFile?: string;
  result?: unknown;
}
export async function loadTrustMaterial(root: 'public-good' | string): Promise<unknown> {
  return { root };
}
export async function verifyPath(path: string, _policy: VerifyPolicy, _trust: unknown): Promise<VerifyOutcome> {
  return { path, verdict: 'rejected', reason: 'malformed', detail: 'the verifier (attest-core) is not merged yet' };
}
