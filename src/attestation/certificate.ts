// What a Fulcio certificate for a GitHub Actions OIDC token says, decoded from its extensions
// (sigstore/fulcio docs/oid-info.md). Extensions .8 and later hold a DER UTF8String, .1-.6 raw
// bytes: compare decoded strings, never raw bytes. Only meaningful after the certificate chain
// has been verified: before that, anyone could have written these values.
import { ASN1Obj, type X509Certificate } from '@sigstore/core';

const PREFIX = '1.3.6.1.4.1.57264.1.';

export const FULCIO_OIDS = {
  issuerV1: `${PREFIX}1`,
  issuer: `${PREFIX}8`,
  buildSignerUri: `${PREFIX}9`,
  buildSignerDigest: `${PREFIX}10`,
  runnerEnvironment: `${PREFIX}11`,
  sourceRepositoryUri: `${PREFIX}12`,
  sourceRepositoryDigest: `${PREFIX}13`,
  sourceRepositoryRef: `${PREFIX}14`,
  sourceRepositoryIdentifier: `${PREFIX}15`,
  sourceRepositoryOwnerUri: `${PREFIX}16`,
  buildConfigUri: `${PREFIX}18`,
  buildTrigger: `${PREFIX}20`,
  runInvocationUri: `${PREFIX}21`,
} as const;

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

export interface CertificateClaims {
  /** The SAN URI: for GitHub Actions, the workflow file that asked for the certificate (the reusable workflow when one is called). */
  subjectAlternativeName?: string;
  issuer?: string;
  buildSignerUri?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryUri?: string;
  /** owner/name, from the source repository URI. */
  sourceRepository?: string;
  sourceRepositoryDigest?: string;
  sourceRepositoryRef?: string;
  sourceRepositoryIdentifier?: string;
  buildConfigUri?: string;
  buildTrigger?: string;
  runInvocationUri?: string;
}

export class CertificateClaimError extends Error {}

/** Decodes the claims; throws CertificateClaimError when an extension is not what Fulcio writes. */
export function certificateClaims(cert: X509Certificate): CertificateClaims {
  const claims: CertificateClaims = {};
  const san = cert.subjectAltName;
  if (san !== undefined) claims.subjectAlternativeName = san;
  const seen = new Set<string>();
  for (const ext of cert.extensions) {
    const oid = ext.subs[0]?.toOID();
    if (oid === undefined || !oid.startsWith(PREFIX)) continue;
    if (seen.has(oid)) throw new CertificateClaimError(`certificate repeats extension ${oid}`);
    seen.add(oid);
  }
  const v1Issuer = cert.extension(FULCIO_OIDS.issuerV1)?.value;
  const issuer = utf8Extension(cert, FULCIO_OIDS.issuer) ?? (v1Issuer ? v1Issuer.toString('utf8') : undefined);
  if (issuer !== undefined) claims.issuer = issuer;
  const fields: [keyof CertificateClaims, string][] = [
    ['buildSignerUri', FULCIO_OIDS.buildSignerUri],
    ['buildSignerDigest', FULCIO_OIDS.buildSignerDigest],
    ['runnerEnvironment', FULCIO_OIDS.runnerEnvironment],
    ['sourceRepositoryUri', FULCIO_OIDS.sourceRepositoryUri],
    ['sourceRepositoryDigest', FULCIO_OIDS.sourceRepositoryDigest],
    ['sourceRepositoryRef', FULCIO_OIDS.sourceRepositoryRef],
    ['sourceRepositoryIdentifier', FULCIO_OIDS.sourceRepositoryIdentifier],
    ['buildConfigUri', FULCIO_OIDS.buildConfigUri],
    ['buildTrigger', FULCIO_OIDS.buildTrigger],
    ['runInvocationUri', FULCIO_OIDS.runInvocationUri],
  ];
  for (const [key, oid] of fields) {
    const v = utf8Extension(cert, oid);
    if (v !== undefined) claims[key] = v;
  }
  const repo = claims.sourceRepositoryUri ? repositoryFromUri(claims.sourceRepositoryUri) : undefined;
  if (repo) claims.sourceRepository = repo;
  return claims;
}

/** owner/name from https://host/owner/name, or undefined. */
export function repositoryFromUri(uri: string): string | undefined {
  const m = /^https:\/\/[^/\s]+\/([A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100})$/.exec(uri);
  return m?.[1];
}

/** The run id and attempt from https://host/owner/name/actions/runs/<id>/attempts/<n>. */
export function runFromUri(uri: string): { repository: string; id: number; attempt: number } | undefined {
  const m = /^https:\/\/[^/\s]+\/([A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100})\/actions\/runs\/([0-9]{1,16})\/attempts\/([0-9]{1,6})$/.exec(uri);
  return m ? { repository: m[1], id: Number(m[2]), attempt: Number(m[3]) } : undefined;
}

function utf8Extension(cert: X509Certificate, oid: string): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  let obj: ASN1Obj;
  try {
    obj = ASN1Obj.parseBuffer(ext.value as Buffer<ArrayBuffer>);
  } catch {
    throw new CertificateClaimError(`certificate extension ${oid} is not DER`);
  }
  // UTF8String, tag 0x0C, universal and primitive.
  if (obj.tag.number !== 0x0c || obj.tag.constructed || !obj.tag.isUniversal()) throw new CertificateClaimError(`certificate extension ${oid} is not a UTF8String`);
  const text = obj.value.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(obj.value)) throw new CertificateClaimError(`certificate extension ${oid} is not valid UTF-8`);
  return text;
}
