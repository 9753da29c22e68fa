// GitHub Actions workflow analysis: parses `.github/workflows/*.yml|yaml` and every
// `action.yml|yaml`, then derives findings, detectors and Baseline-scanner facts.
// Synchronous, bounded, and never throws on repository content.
import type { FileEntry, ReadResult } from '../snapshot.ts';
import { TEST_DIRS, underFolder } from '../test-folders.ts';
import { actionCalls, fixedCallInputs, fixedInputs, workflowCalls } from './action-callers.ts';
import { actionFindings, FindingSink, workflowFindings } from './findings.ts';
import type { ParsedAction, ParsedWorkflow } from './findings.ts';
import { computeEffectiveEvents, runDetectors } from './detectors.ts';
import type { GoreleaserConfig } from './detectors.ts';
import { GOLANGCI_FILES, type GosecInGolangci, gosecInGolangci } from './golangci.ts';
import { type MakeScan, makeScansIn } from './make-scans.ts';
import { MakefileCache } from './makefile.ts';
import { normalise, TestRunResolver } from './test-runs.ts';
import { parseAction, parseWorkflow } from './parse.ts';
import { normDir } from './uses.ts';
import { externalReleases as externalReleasesOf } from './release-pipelines.ts';
import type { AnalyzeOptions, Finding, WorkflowFact, WorkflowFacts, WorkflowParseError } from './types.ts';

export type * from './types.ts';
export { classifyUses, refKind, repoSlug, usesTarget, versionFromComment } from './uses.ts';
export { findExpressions, contextPaths, isUntrustedPath, UNTRUSTED_PATHS } from './expressions.ts';
export { PRIVILEGED_TRIGGERS, SCRIPT_INPUTS, MAX_FINDINGS } from './findings.ts';
export { SLAM_ACTION_NAMES, SLAM_NAME_FRAGMENT, OTHER_BASELINE_SCANNERS, isBaselineScannerRepo } from './detectors.ts';
export { filterIncludes, globMatch } from './filter-pattern.ts';
export { MAX_ALIASES, MAX_JOBS, MAX_STEPS, MAX_STORED_TEXT } from './parse.ts';
export { DEFAULT_HUB, GRC_HUBS, PUBLISH_WORKFLOW, hubHost, parseTarget, tagRequiredReason } from './hub-publishing.ts';

/** What the analysis needs from a snapshot; `RepoSnapshot` provides it. */
export interface WorkflowSource {
  readonly files: readonly FileEntry[];
  read(path: string): ReadResult;
}

/** Workflow files and action metadata files read at most. */
export const MAX_WORKFLOW_FILES = 2_000;
export const MAX_ACTION_FILES = 2_000;
/**
 * Largest workflow or action file parsed, in characters. Real workflows are a few KiB; the YAML
 * parser takes about a second per MiB, so a larger file is reported instead of parsed.
 */
export const MAX_YAML_CHARS = 2 * 1024 * 1024;

/** Largest repository script followed from a `run:` line (`bash .ci/run`). */
const MAX_SCRIPT_CHARS = 512 * 1024;

const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/;
const GORELEASER_FILE = /^\.?goreleaser\.ya?ml$/;

export function isWorkflowPath(path: string): boolean {
  return WORKFLOW_FILE.test(path);
}

export function isActionMetadataPath(path: string): boolean {
  return ACTION_FILE.test(path);
}

/** Directories whose action files get no findings unless a workflow runs them. */
const THIRD_PARTY_DIRS = new Set(['node_modules', 'vendor', 'third_party', 'testdata', 'fixtures', '__fixtures__']);

/**
 * An action file in a test folder that no workflow uses is an input of the project's tests (a linter's deliberately
 * vulnerable or broken cases, zizmor's test-data/), not its CI: it gets no findings, no parse errors and no count.
 * Under .github/ an action is the project's own, whatever its folder is called (.github/actions/test/).
 */
function isTestInputAction(path: string, dir: string, referenced: ReadonlySet<string>): boolean {
  return !path.startsWith('.github/') && underFolder(path, TEST_DIRS) && !referenced.has(dir);
}

/** Directories of local actions that workflow steps use (`uses: ./dir`). */
function referencedActionDirs(workflows: ParsedWorkflow[]): Set<string> {
  const out = new Set<string>();
  for (const w of workflows) {
    for (const j of w.workflow.jobs) {
      for (const st of j.steps) {
        if (st.uses?.kind === 'local' && !st.uses.isWorkflow) out.add(normDir(st.uses.path ?? ''));
      }
    }
  }
  return out;
}

function unreadable(path: string, message: string): WorkflowParseError {
  return { path, kind: 'unreadable', line: 1, column: 1, message };
}

function emptyWorkflow(path: string): WorkflowFact {
  return {
    path,
    name: null,
    valid: false,
    triggers: { events: [], filters: {}, schedules: [], dispatchInputs: {}, callInputs: {}, position: null },
    effectiveEvents: [],
    permissions: { kind: 'absent', position: null, scopes: {}, scopePositions: {} },
    env: {},
    workingDirectory: null,
    jobs: [],
    jobsTruncated: false,
  };
}

/** One pass over the listing (100,000 entries in a large repository): cheap string tests before each pattern. */
function selectFiles(source: WorkflowSource): { workflowFiles: FileEntry[]; actionFiles: FileEntry[]; goreleaserFiles: FileEntry[]; golangciFiles: FileEntry[] } {
  const workflowFiles: FileEntry[] = [];
  const actionFiles: FileEntry[] = [];
  const goreleaserFiles: FileEntry[] = [];
  const golangciFiles: FileEntry[] = [];
  for (const f of source.files) {
    if (f.kind === 'submodule') continue;
    const p = f.path;
    if (p.startsWith('.golangci.') && GOLANGCI_FILES.includes(p)) golangciFiles.push(f);
    if (p.endsWith('.yml') || p.endsWith('.yaml')) {
      if (p.startsWith('.github/workflows/') && WORKFLOW_FILE.test(p)) workflowFiles.push(f);
      if (p.includes('action.y') && ACTION_FILE.test(p)) actionFiles.push(f);
      if (p.includes('goreleaser.y') && !p.includes('/') && GORELEASER_FILE.test(p)) goreleaserFiles.push(f);
    }
  }
  return { workflowFiles, actionFiles, goreleaserFiles, golangciFiles };
}

function readGoreleaser(source: WorkflowSource, files: FileEntry[]): GoreleaserConfig {
  const out: GoreleaserConfig = { signs: false, sboms: false };
  for (const f of files) {
    const r = safeRead(source, f.path);
    if (!r.ok) continue;
    const lines = r.text.split('\n');
    const signs = lines.findIndex((l) => /^(?:signs|docker_signs|binary_signs)\s*:/.test(l));
    const sboms = lines.findIndex((l) => /^sboms\s*:/.test(l));
    if (signs >= 0 && !out.signs) Object.assign(out, { signs: true, signsAt: { path: f.path, line: signs + 1 } });
    if (sboms >= 0 && !out.sboms) Object.assign(out, { sboms: true, sbomsAt: { path: f.path, line: sboms + 1 } });
  }
  return out;
}

/** Where the root golangci-lint configuration enables gosec (the first file golangci-lint would take), or null. */
function readGolangci(source: WorkflowSource, files: FileEntry[]): GosecInGolangci | null {
  const first = GOLANGCI_FILES.map((name) => files.find((f) => f.path === name)).find((f) => f !== undefined);
  if (first === undefined) return null;
  const r = safeRead(source, first.path);
  return r.ok ? gosecInGolangci(first.path, r.text) : null;
}

/** The root Makefile's dependency-scan targets (make-scans.ts), or none. */
function readMakeScans(makefiles: MakefileCache): MakeScan[] {
  const parsed = makefiles.get('', 'Makefile');
  return parsed === null ? [] : makeScansIn(parsed.path, parsed.mk);
}

function safeRead(source: WorkflowSource, path: string): ReadResult {
  try {
    return source.read(path);
  } catch (e) {
    return { ok: false, reason: `cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/** Analyses every workflow and action metadata file of the snapshot. */
export function analyzeWorkflows(source: WorkflowSource, options: AnalyzeOptions = {}): WorkflowFacts {
  const repository = options.repository ?? null;
  const parseErrors: WorkflowParseError[] = [];
  const parsedWorkflows: ParsedWorkflow[] = [];
  const parsedActions: ParsedAction[] = [];
  const unreadableWorkflows: WorkflowFact[] = [];

  // Built on the first script a run: step names (most analyses follow none).
  let knownFiles: Set<string> | null = null;
  const { workflowFiles, actionFiles, goreleaserFiles, golangciFiles } = selectFiles(source);
  if (workflowFiles.length > MAX_WORKFLOW_FILES) parseErrors.push({ path: '.github/workflows', kind: 'limit', line: 1, column: 1, message: `only the first ${MAX_WORKFLOW_FILES} of ${workflowFiles.length} workflow files were read` });
  if (actionFiles.length > MAX_ACTION_FILES) parseErrors.push({ path: '.', kind: 'limit', line: 1, column: 1, message: `only the first ${MAX_ACTION_FILES} of ${actionFiles.length} action metadata files were read` });

  const stopped = (what: string, left: number) => {
    parseErrors.push({ path: '.', kind: 'limit', line: 1, column: 1, message: `stopped at the run's time limit: ${left} ${what} not read` });
  };
  const workflowList = workflowFiles.slice(0, MAX_WORKFLOW_FILES);
  for (const [i, f] of workflowList.entries()) {
    if (options.stop?.()) {
      stopped('workflow files', workflowList.length - i);
      break;
    }
    const r = safeRead(source, f.path);
    if (!r.ok) {
      parseErrors.push(unreadable(f.path, r.reason));
      unreadableWorkflows.push(emptyWorkflow(f.path));
      continue;
    }
    if (r.text.length > MAX_YAML_CHARS) {
      parseErrors.push({ path: f.path, kind: 'limit', line: 1, column: 1, message: `not parsed: ${r.text.length} characters is over the ${MAX_YAML_CHARS} limit` });
      unreadableWorkflows.push(emptyWorkflow(f.path));
      continue;
    }
    try {
      const p = parseWorkflow(f.path, r.text, repository);
      parseErrors.push(...p.file.errors);
      parsedWorkflows.push(p);
    } catch (e) {
      // Defensive: the parser is written not to throw; if it does, the file counts as broken.
      parseErrors.push({ path: f.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
      unreadableWorkflows.push(emptyWorkflow(f.path));
    }
  }
  const referenced = referencedActionDirs(parsedWorkflows);
  const testInputs = new Set<string>();
  const actionList = actionFiles.slice(0, MAX_ACTION_FILES);
  for (const [i, f] of actionList.entries()) {
    if (options.stop?.()) {
      stopped('action metadata files', actionList.length - i);
      break;
    }
    // A test input is parsed (it is listed with the actions) but its errors are not the project's.
    const aside = isTestInputAction(f.path, f.path.slice(0, Math.max(0, f.path.lastIndexOf('/'))), referenced);
    if (aside) testInputs.add(f.path);
    const errors: WorkflowParseError[] = aside ? [] : parseErrors;
    const r = safeRead(source, f.path);
    if (!r.ok) {
      errors.push(unreadable(f.path, r.reason));
      continue;
    }
    if (r.text.length > MAX_YAML_CHARS) {
      errors.push({ path: f.path, kind: 'limit', line: 1, column: 1, message: `not parsed: ${r.text.length} characters is over the ${MAX_YAML_CHARS} limit` });
      continue;
    }
    try {
      const p = parseAction(f.path, r.text, repository);
      errors.push(...p.file.errors);
      parsedActions.push(p);
    } catch (e) {
      errors.push({ path: f.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  computeEffectiveEvents(parsedWorkflows);

  const sink = new FindingSink();
  const local = new Map(parsedWorkflows.map((p) => [p.workflow.path, p.workflow] as const));
  // The callers of a local reusable workflow are all known when every workflow file was read.
  const wfCalls = workflowCalls(parsedWorkflows);
  const wfCallersKnown = unreadableWorkflows.length === 0 && !parseErrors.some((e) => e.kind === 'limit' || e.kind === 'unreadable');
  for (const p of parsedWorkflows) {
    try {
      workflowFindings(sink, p, local, fixedCallInputs(p.workflow, wfCalls.get(p.workflow.path) ?? [], wfCallersKnown));
    } catch (e) {
      parseErrors.push({ path: p.workflow.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  const ownActions = parsedActions.filter((p) => !testInputs.has(p.action.path));
  // The callers of a local composite action are all known when every workflow and action file was read.
  const calls = actionCalls(parsedWorkflows, parsedActions);
  const allCallersKnown = unreadableWorkflows.length === 0 && !parseErrors.some((e) => e.kind === 'limit' || e.kind === 'unreadable');
  for (const p of ownActions) {
    // Vendored and test-fixture action files are not the project's CI unless a workflow uses them.
    if (p.action.path.split('/').some((seg) => THIRD_PARTY_DIRS.has(seg)) && !referenced.has(p.action.dir)) continue;
    try {
      actionFindings(sink, p, repository, fixedInputs(p.action, calls.get(normDir(p.action.dir)) ?? [], allCallersKnown));
    } catch (e) {
      parseErrors.push({ path: p.action.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  sink.findings.sort(compareFindings);

  const goreleaser = readGoreleaser(source, goreleaserFiles);
  const readScript = (path: string): string | null => {
    knownFiles ??= new Set(source.files.filter((f) => f.kind !== 'submodule').map((f) => f.path));
    if (!knownFiles.has(path)) return null;
    const r = safeRead(source, path);
    return r.ok && r.text.length <= MAX_SCRIPT_CHARS ? r.text : null;
  };
  const golangciGosec = readGolangci(source, golangciFiles);
  // Each Makefile parsed once: for the test runs, the recipes steps make, and the scans it offers.
  const makefiles = new MakefileCache(readScript, normalise);
  const { detectors, scanners, hubPublishing } = runDetectors(parsedWorkflows, ownActions, {
    repository,
    defaultBranch: options.defaultBranch ?? null,
    goreleaser,
    golangciGosec,
    readScript,
    makefiles,
  });
  // A dependency scan no workflow runs may be a make target that CI configured elsewhere runs (Prow's presubmits).
  const makeScans = detectors.dependencyChecks.hits.length === 0 ? readMakeScans(makefiles) : [];
  // What the goreleaser configuration signs and generates, for releases cut outside GitHub Actions.
  const externalReleases = goreleaser.signs || goreleaser.sboms
    ? externalReleasesOf(source.files, readScript, makefiles).map((r) => ({ ...r, ...(goreleaser.signsAt ? { signs: goreleaser.signsAt } : {}), ...(goreleaser.sbomsAt ? { sboms: goreleaser.sbomsAt } : {}) }))
    : [];

  // What the root task files' targets run, for a guide's `task ci` that no workflow runs as written (QA-06.02).
  const testTargets = new TestRunResolver({ read: (path) => readScript(path), makefiles }).rootTestTargets();

  const workflows = [...parsedWorkflows.map((p) => p.workflow), ...unreadableWorkflows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    workflows,
    actions: parsedActions.map((p) => p.action),
    testInputActions: [...testInputs],
    parseErrors,
    findings: sink.findings,
    detectors,
    scanners,
    hubPublishing,
    findingsTruncated: sink.truncated,
    externalReleases,
    golangciGosec,
    ...(makeScans.length > 0 ? { makeScans } : {}),
    ...(testTargets.length > 0 ? { testTargets } : {}),
  };
}
