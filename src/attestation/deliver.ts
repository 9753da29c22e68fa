// After the result is written: decide whether to sign, sign, upload the result,
// its bundle and the SARIF as one artifact. Nothing here can lose the files already written: a
// failure of signing or of the upload is a warning under `sign: auto` (and `false`), and a reason
// for the step to fail under `sign: true`, returned to the caller, which still writes its summary.
import { existsSync, statSync } from 'node:fs';
import { readRunContext } from './context.ts';
import { uploadResultArtifact, uploadUnavailable, type UploadResult } from './upload.ts';
import { decideSigning, signFactsFrom, type SignDecision, type SignMode } from './when.ts';

export interface DeliverSettings {
  sign: SignMode;
  /** `public-good` or an absolute path. */
  signingConfig: string;
  upload: boolean;
  artifactName: string;
  retentionDays?: number;
  resultFile: string;
  /** Put in the artifact when it exists. */
  sarifFile?: string;
  /** RUNNER_TEMP: where the artifact's files are staged. */
  stagingDir: string;
  env: NodeJS.ProcessEnv;
  event: unknown;
}

export interface Logger {
  info(line: string): void;
  warning(line: string): void;
}

export interface Delivery {
  decision: SignDecision;
  signed: boolean;
  bundleFile: string | null;
  /** Why signing was decided but failed. */
  signError: string | null;
  artifact: { name: string; id: number; digest: string; files: string[] } | null;
  /** Why there is no artifact (skipped or failed). */
  artifactProblem: string | null;
  /** Each fails the step (`sign: true` only). */
  failures: string[];
}

/** What the signer is told: where to sign, and the run (the runner's environment and its event payload). */
export interface SignResultOptions {
  /** `public-good`, or the absolute path of a SigningConfig (application/vnd.dev.sigstore.signingconfig.v0.2+json). */
  signingConfig: string;
  context: { env: NodeJS.ProcessEnv; event: unknown };
}

export type Signer = (resultPath: string, options: SignResultOptions) => Promise<{ bundlePath: string }>;

/**
 * The real signer (src/attestation/sign.ts) with the run context read from the environment. The
 * Sigstore client is loaded only when a result is signed: most runs sign nothing (pull requests,
 * forks, jobs without id-token, the command line), and loading it costs as much as the rest of
 * the action's start-up.
 */
const sigstoreSigner: Signer = async (resultPath, o) => {
  const { signResultFile } = await import('./sign.ts');
  return signResultFile(resultPath, { signingConfig: o.signingConfig, context: readRunContext(o.context.env), env: o.context.env });
};
export type Uploader = typeof uploadResultArtifact;

export async function deliverResult(s: DeliverSettings, log: Logger, sign: Signer = sigstoreSigner, upload: Uploader = uploadResultArtifact): Promise<Delivery> {
  const decision = decideSigning(s.sign, signFactsFrom(s.env, s.event));
  const d: Delivery = { decision, signed: false, bundleFile: null, signError: null, artifact: null, artifactProblem: null, failures: [] };
  const strict = s.sign === 'true';
  const problem = (text: string) => {
    if (strict) d.failures.push(text);
    else log.warning(text);
  };
  if (decision.fail) d.failures.push(decision.reason);
  else log.info(decision.reason);

  if (decision.sign) {
    try {
      if (s.signingConfig !== 'public-good' && !isFile(s.signingConfig)) throw new Error(`signing-config ${s.signingConfig} is not a file`);
      const { bundlePath } = await sign(s.resultFile, { signingConfig: s.signingConfig, context: { env: s.env, event: s.event } });
      if (!isFile(bundlePath)) throw new Error(`the signer reported ${bundlePath}, which is not a file`);
      d.signed = true;
      d.bundleFile = bundlePath;
      log.info(`Signed: ${bundlePath}`);
    } catch (e) {
      d.signError = message(e);
      problem(`Not signed: signing failed: ${d.signError}`);
    }
  }

  const files = [s.resultFile, ...(d.bundleFile ? [d.bundleFile] : []), ...(s.sarifFile && existsSync(s.sarifFile) ? [s.sarifFile] : [])];
  const unavailable = s.upload ? uploadUnavailable(s.env) : '`upload` is false';
  if (unavailable) {
    d.artifactProblem = `Artifact not uploaded: ${unavailable}.`;
    log.info(d.artifactProblem);
    return d;
  }
  try {
    const r: UploadResult = await upload({ name: s.artifactName, files, retentionDays: s.retentionDays, stagingDir: s.stagingDir, log: (line) => log.info(line) });
    d.artifact = { name: s.artifactName, id: r.id, digest: r.digest, files };
    log.info(`Uploaded artifact ${s.artifactName} (id ${r.id}, ${r.digest})`);
  } catch (e) {
    d.artifactProblem = `Artifact not uploaded: ${message(e)}`;
    problem(d.artifactProblem);
  }
  return d;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function message(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  const line = m.split('\n', 1)[0];
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}
