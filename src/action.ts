// The GitHub Action: evaluate the checkout, write the job summary, SARIF and result files,
// set outputs, sign and upload them (src/attestation/), and fail the step only as `fail-on` and
// `sign` ask. Mode `sign-only` signs and uploads an existing result without evaluating (the
// reusable workflow's `sign` job).
import * as core from '@actions/core';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { deliverResult, type DeliverSettings, type Delivery } from './attestation/deliver.ts';
import { payloadDefaultBranch, readEventPayload } from './attestation/event.ts';
import { checkResultFile, ResultFileError } from './attestation/result-file.ts';
import { attestationMarkdown } from './attestation/summary.ts';
import { artifactNameProblem } from './attestation/upload.ts';
import { parseSignMode } from './attestation/when.ts';
import type { Level } from './catalog/catalog.ts';
import { evaluate } from './engine.ts';
import { parseSeconds } from './facts/budget.ts';
import { SnapshotError } from './facts/snapshot.ts';
import { workTreePrefix } from './facts/work-tree.ts';
import { hubVerdict } from './reporters/hub-comparison.ts';
import { fileLinks, toMarkdown } from './reporters/markdown.ts';
import { toSarif } from './reporters/sarif.ts';

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const inWorkspace = (p: string) => (isAbsolute(p) ? p : resolve(workspace, p));
    const pathInput = core.getInput('path') || '.';
    const path = inWorkspace(pathInput);
    const levelInput = core.getInput('level');
    const level = levelInput === '' ? undefined : parseLevel(levelInput);
    const failOn = core.getInput('fail-on') || 'none';
    if (failOn !== 'none' && failOn !== 'fail') throw new InputError(`fail-on must be "none" or "fail", not "${failOn}"`);
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const offline = booleanInput('offline', false);
    const unknownAsNotes = booleanInput('unknown-as-notes', true);
    const sarifFile = inWorkspace(core.getInput('sarif-file') || 'security-slam.sarif');
    const resultFile = inWorkspace(core.getInput('result-file') || 'security-slam-result.json');
    const event = readEventPayload(process.env);
    const deliver = deliverSettings(inWorkspace, resultFile, sarifFile, event);
    const mode = core.getInput('mode') || 'evaluate';
    if (mode === 'sign-only') return await signOnly(deliver);
    if (mode !== 'evaluate') throw new InputError(`mode must be "evaluate" or "sign-only", not "${mode}"`);
    const outside = outsideOf(workspace, path);
    if (outside) core.warning(`path "${pathInput}" resolves to ${outside}, outside the workspace ${workspace}: what is evaluated is not the workspace's checkout`);
    const timeLimitInput = core.getInput('time-limit');
    const timeLimitSeconds = timeLimitInput === '' ? undefined : parseSeconds(timeLimitInput);
    if (timeLimitSeconds === null) throw new InputError(`time-limit must be a number of seconds above 0 and at most 86400, not "${timeLimitInput}"`);

    const { result, warnings, nameBytes } = await evaluate(path, {
      level,
      offline,
      token: token || undefined,
      repository: process.env.GITHUB_REPOSITORY || undefined,
      defaultBranch: payloadDefaultBranch(event),
      timeLimitSeconds,
    });
    for (const w of warnings) core.warning(w);
    // Inside Actions the event tells the ref and commit even on a detached checkout.
    if (!result.subject.ref && process.env.GITHUB_REF) result.subject.ref = process.env.GITHUB_REF;
    if (!result.subject.commit && process.env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(process.env.GITHUB_SHA)) result.subject.commit = process.env.GITHUB_SHA;

    // Code scanning and the forge name files from the repository root, also when `path` is a subfolder.
    const uriPrefix = workTreePrefix(path, workspace) ?? folderIn(workspace, path);
    writeOut(resultFile, JSON.stringify(result, null, 2) + '\n');
    writeOut(sarifFile, JSON.stringify(toSarif(result, { unknownAsNotes, uriPrefix, nameBytes }), null, 2) + '\n');

    core.setOutput('result-file', resultFile);
    core.setOutput('sarif-file', sarifFile);
    for (const s of result.summary) {
      core.setOutput(`level-${s.level}-passed`, String(s.pass));
      core.setOutput(`level-${s.level}-total`, String(s.total));
    }
    for (const o of result.objectives) core.setOutput(`objective-${o.id}`, o.status);
    core.setOutput('objectives-met', result.objectives.filter((o) => o.status === 'met').map((o) => o.id).join(','));
    core.setOutput('defender-grc-hub', hubVerdict(result) ?? '');
    core.setOutput('next-step', result.nextStep?.objective ?? '');
    core.setOutput('level', String(result.level));
    const fails = result.controls.filter((c) => c.status === 'fail');
    core.setOutput('failed', String(fails.length));
    const top = result.summary[result.summary.length - 1];
    core.info(`OSPS Baseline Level ${result.level}: ${top.pass} of ${top.total} pass, ${top.fail} fail, ${top.unknown} unknown`);
    // The evaluation's summary is written before signing and upload, so nothing they do can lose it.
    const files = fileLinks(result, process.env.GITHUB_SERVER_URL || 'https://github.com', uriPrefix);
    const resultName = folderIn(workspace, resultFile).slice(0, -1) || resultFile;
    await writeSummary(toMarkdown(result, { ...(files ? { files } : {}), resultFile: resultName }));
    const delivery = await deliverAndReport(deliver);
    await writeSummary('\n' + attestationMarkdown(delivery, runFacts()));
    for (const f of delivery.failures) core.setFailed(f);
    if (failOn === 'fail' && fails.length > 0) core.setFailed(`${fails.length} requirement(s) fail at Level ${result.level}: ${fails.map((c) => c.id).join(', ')}`);
  } catch (e) {
    if (e instanceof InputError || e instanceof SnapshotError || e instanceof ResultFileError) core.setFailed(e.message);
    else core.setFailed(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

class InputError extends Error {}

/** The real path of `path` when it is not inside `workspace` (symlinks resolved), or null when it is inside. */
function outsideOf(workspace: string, path: string): string | null {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const target = real(path);
  const rel = relative(real(workspace), target);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? target : null;
}

/** `path` relative to `workspace` with forward slashes and a trailing slash ('' for the workspace itself); '' when it is outside. */
function folderIn(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return '';
  return rel.split(sep).join('/') + '/';
}

/** Signs and uploads a result written by an earlier job; evaluates nothing. */
async function signOnly(deliver: DeliverSettings): Promise<void> {
  checkResultFile(deliver.resultFile);
  core.setOutput('result-file', deliver.resultFile);
  core.setOutput('sarif-file', deliver.sarifFile ?? '');
  const delivery = await deliverAndReport(deliver);
  await writeSummary(attestationMarkdown(delivery, runFacts(), '## Security Slam: signature and artifact'));
  for (const f of delivery.failures) core.setFailed(f);
}

/** The inputs of signing and upload, checked before any work so that a typo fails fast. */
function deliverSettings(inWorkspace: (p: string) => string, resultFile: string, sarifFile: string, event: unknown): DeliverSettings {
  let sign;
  try {
    sign = parseSignMode(core.getInput('sign'));
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  const configInput = core.getInput('signing-config') || 'public-good';
  const artifactName = core.getInput('artifact-name') || 'security-slam-result';
  const nameProblem = artifactNameProblem(artifactName);
  if (nameProblem) throw new InputError(nameProblem);
  return {
    sign,
    signingConfig: configInput === 'public-good' ? configInput : inWorkspace(configInput),
    upload: booleanInput('upload', true),
    artifactName,
    retentionDays: retentionDays(core.getInput('retention-days')),
    resultFile,
    sarifFile,
    stagingDir: process.env.RUNNER_TEMP || tmpdir(),
    env: process.env,
    event,
  };
}

async function deliverAndReport(settings: DeliverSettings): Promise<Delivery> {
  const delivery = await deliverResult(settings, { info: (l) => core.info(l), warning: (l) => core.warning(l) });
  core.setOutput('signed', String(delivery.signed));
  core.setOutput('bundle-file', delivery.bundleFile ?? '');
  core.setOutput('artifact-id', delivery.artifact ? String(delivery.artifact.id) : '');
  core.setOutput('artifact-digest', delivery.artifact?.digest ?? '');
  return delivery;
}

function runFacts() {
  return { repository: process.env.GITHUB_REPOSITORY || undefined, runId: process.env.GITHUB_RUN_ID || undefined };
}

function retentionDays(v: string): number | undefined {
  if (v === '') return undefined;
  if (/^[0-9]{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 90) return Number(v);
  throw new InputError(`retention-days must be a whole number of days from 1 to 90, or empty for the repository's setting, not "${v}"`);
}

/** A YAML 1.2 boolean input (true, True, TRUE, false, False, FALSE), or `fallback` when empty. */
function booleanInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`${name} must be "true" or "false", not "${v}"`);
}

let summaryWarned = false;

/** Appends to the job summary, a convenience: without one (GITHUB_STEP_SUMMARY unset, a runner that refuses it) the step still succeeds, with one warning. */
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    core.summary.emptyBuffer();
    if (!summaryWarned) core.warning(`job summary not written: ${e instanceof Error ? e.message : String(e)}`);
    summaryWarned = true;
  }
}

function parseLevel(v: string): Level {
  if (v === '1' || v === '2' || v === '3') return Number(v) as Level;
  throw new InputError(`level must be 1, 2 or 3, not "${v}"`);
}

function writeOut(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

await run();
