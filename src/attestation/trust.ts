// The trusted root, loaded once and shared by every verification: the public-good root shipped
// inside @sigstore/tuf (its seeds.json, so no network), or a Sigstore TrustedRoot JSON file.
import { readFileSync, statSync } from 'node:fs';
import { ByteStream } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { toTrustMaterial, Verifier, type TrustMaterial } from '@sigstore/verify';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const MAX_ROOT_BYTES = 5 * 1024 * 1024;

export class TrustRootError extends Error {}

export interface Trust {
  /** `public-good` or the file it came from. */
  source: string;
  material: TrustMaterial;
  /** True when the root lists a transparency log: then every bundle needs a verified log entry. */
  requiresTlog: boolean;
  /** Built once: the verifier keeps no state between bundles. */
  verifier: Verifier;
}

/** Loads the trust root; throws TrustRootError with one sentence when it cannot be used. */
export async function loadTrustMaterial(root: 'public-good' | string): Promise<Trust> {
  tuneDerEncoding();
  let json: unknown;
  if (root === 'public-good') {
    const target = (seeds as Record<string, { targets?: Record<string, string> }>)['https://tuf-repo-cdn.sigstore.dev']?.targets?.['trusted_root.json'];
    if (!target) throw new TrustRootError('the public-good trusted root is missing from @sigstore/tuf');
    json = JSON.parse(Buffer.from(target, 'base64').toString('utf8'));
  } else {
    try {
      if (statSync(root).size > MAX_ROOT_BYTES) throw new TrustRootError(`trusted root ${root} is larger than 5 MiB`);
      json = JSON.parse(readFileSync(root, 'utf8'));
    } catch (e) {
      if (e instanceof TrustRootError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new TrustRootError(`cannot read trusted root ${root}: ${code ?? (e instanceof Error ? e.message : String(e))}`);
    }
  }
  const mediaType = (json as { mediaType?: unknown } | null)?.mediaType;
  if (mediaType !== TRUSTED_ROOT_MEDIA_TYPE) throw new TrustRootError(`${root} is not a Sigstore trusted root (mediaType ${JSON.stringify(mediaType)}, expected ${TRUSTED_ROOT_MEDIA_TYPE})`);
  let material: TrustMaterial;
  try {
    material = toTrustMaterial(TrustedRoot.fromJSON(json));
  } catch (e) {
    throw new TrustRootError(`trusted root ${root} is invalid: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (material.certificateAuthorities.length === 0) throw new TrustRootError(`trusted root ${root} lists no certificate authority`);
  const requiresTlog = material.tlogs.length > 0;
  // Every bundle needs one trusted time (a log entry with its SET, or an RFC 3161 timestamp), an
  // SCT for its certificate and, when the root has a log, a verified entry in it.
  const verifier = new Verifier(material, { tlogThreshold: requiresTlog ? 1 : 0, ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0, timestampThreshold: 1 });
  return { source: root, material, requiresTlog, verifier };
}

/**
 * @sigstore/verify re-encodes certificates to DER many times per bundle (chain building compares
 * certificates by their encoding), and @sigstore/core's ByteStream starts every encoding with a
 * 1 KiB block, zero-filled and copied: about half the CPU time of a verification. A 64-byte first
 * block changes only how the buffer grows, never the bytes (a test checks encodings stay
 * byte-identical), and halves the time per bundle (`npm run bench`).
 */
export const DER_BLOCK_SIZE = 64;
function tuneDerEncoding(): void {
  // A private static in @sigstore/core's typings, a plain public one at run time; when a version
  // drops it, this does nothing and verification is merely slower.
  const stream = ByteStream as unknown as { BLOCK_SIZE?: unknown };
  if (typeof stream.BLOCK_SIZE === 'number' && stream.BLOCK_SIZE > DER_BLOCK_SIZE) stream.BLOCK_SIZE = DER_BLOCK_SIZE;
}
