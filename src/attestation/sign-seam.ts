// The one place the action reaches the signer. The real signer (src/attestation/sign.ts:
// in-toto statement, DSSE, Fulcio, Rekor or timestamps from a SigningConfig, a v0.3 bundle written
// as `<result>.sigstore.json`) is built on another branch; until it lands, signing fails with a
// clear message and the action treats that like any signing failure (a warning under
// `sign: auto`, an error under `sign: true`), losing nothing. To connect it, replace the function
// below with:
//
//   export { signResultFile } from './sign.ts';
//
// adapting `SignResultOptions` here if the real one takes another shape (this file is the only
// caller's view of it; src/attestation/deliver.ts calls it).

export interface SigningContext {
  /** The runner's environment: GITHUB_* (run, repository, ref, sha), ACTIONS_ID_TOKEN_REQUEST_*. */
  env: NodeJS.ProcessEnv;
  /** The parsed event payload (GITHUB_EVENT_PATH), or undefined when there is none. */
  event: unknown;
}

export interface SignResultOptions {
  /** `public-good`, or the absolute path of a SigningConfig (application/vnd.dev.sigstore.signingconfig.v0.2+json). */
  signingConfig: string;
  context: SigningContext;
}

export async function signResultFile(_resultPath: string, _options: SignResultOptions): Promise<{ bundlePath: string }> {
  throw new Error('signing not available in this build');
}
