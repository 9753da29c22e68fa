// Plain, JSON-serialisable facts about the repository's GitHub Actions workflows and composite
// actions. Every position is 1-based (line and column) in the file named by `path`.
import type { MakeScan } from './make-scans.ts';

/** A place in a file. */
export interface Position {
  line: number;
  column: number;
}

export type UsesKind =
  /** `./path` in this repository (an action directory or `./.github/workflows/x.yml`). */
  | 'local'
  /** `owner/repo(/path)@ref` where owner/repo is the repository under evaluation. */
  | 'same-repository'
  /** `docker://image[:tag][@sha256:digest]`. */
  | 'docker'
  /** `owner/repo(/path)@ref`: an action in another repository. */
  | 'action'
  /** `owner/repo/.github/workflows/x.yml@ref`: a reusable workflow in another repository. */
  | 'reusable-workflow'
  /** A `${{ }}` expression: GitHub does not evaluate expressions in `uses:`. */
  | 'expression'
  /** Anything else (empty, missing `@ref`, malformed). */
  | 'invalid';

/** sha: a full 40-hex commit SHA (or a Docker sha256 digest); tag: v1, v1.2.3, 1.0; branch: anything else; none: no ref. */
export type RefKind = 'sha' | 'tag' | 'branch' | 'none';

/** A `uses:` value, classified by `classifyUses`. */
export interface UsesRef {
  raw: string;
  kind: UsesKind;
  /** True when the target is a workflow file (`.github/workflows/*.yml`), local or remote. */
  isWorkflow: boolean;
  /** `owner` and `repo` for action, reusable-workflow and same-repository refs. */
  owner: string | null;
  repo: string | null;
  /** Sub-path inside the repository (or the local path for `local`), without leading `./`. */
  path: string | null;
  /** The part after `@` (or the Docker tag / digest). */
  ref: string | null;
  refKind: RefKind;
  /** Docker image name without tag and digest. */
  image: string | null;
  /** Pinned: a full commit SHA, a Docker digest, or a local / same-repository reference. */
  pinned: boolean;
  /** Why the value is `invalid` or `expression`. */
  problem: string | null;
}

/** A `uses:` seen in a file: the classification plus where it is and its trailing comment. */
export interface UsesFact extends UsesRef, Position {
  /** The comment on the same line (`# v4.1.1`), without `#`, or null. */
  comment: string | null;
  /** A version found in that comment (`v4.1.1`, from `# v4.1.1`, `# tag=v4.1.1`, `# pin @v4`), or null. */
  commentVersion: string | null;
}

/** A string value with its position. Non-scalar values are rendered as short text. */
export interface ValueFact extends Position {
  value: string;
}

export type PermissionsKind = 'absent' | 'read-all' | 'write-all' | 'none' | 'map' | 'invalid';

export interface PermissionsFact {
  /** absent: not declared; none: `{}`; map: scope -> read|write|none; invalid: any other value. */
  kind: PermissionsKind;
  /** Position of the value (null when absent). */
  position: Position | null;
  /** Scope grants for `map`, e.g. { contents: 'read', packages: 'write' }. */
  scopes: Record<string, string>;
  /** Position of each scope key for `map`. */
  scopePositions: Record<string, Position>;
}

export interface BranchFilter {
  branches: string[] | null;
  branchesIgnore: string[] | null;
  tags: string[] | null;
  tagsIgnore: string[] | null;
  paths: string[] | null;
  pathsIgnore: string[] | null;
  /** Activity types (`types:`), e.g. [opened, synchronize]. */
  types: string[] | null;
}

export interface InputDecl {
  /** Declared type (string, boolean, number, choice, environment), 'string' when not given. */
  type: string;
  required: boolean;
}

export interface TriggersFact {
  /** Event names in declaration order (push, pull_request, schedule, ...). */
  events: string[];
  /** Filters per event, for events given as a mapping (push, pull_request, pull_request_target, ...). */
  filters: Record<string, BranchFilter>;
  /** Cron strings of `schedule`. */
  schedules: string[];
  /** Inputs of workflow_dispatch and workflow_call. */
  dispatchInputs: Record<string, InputDecl>;
  callInputs: Record<string, InputDecl>;
  position: Position | null;
}

export interface RunFact extends Position {
  /** The script text (truncated to MAX_STORED_TEXT characters; `truncated` says so). */
  text: string;
  truncated: boolean;
}

export interface StepFact extends Position {
  index: number;
  id: string | null;
  name: string | null;
  if: string | null;
  /** Where the `if:` value is, or null. */
  ifAt?: Position | null;
  uses: UsesFact | null;
  run: RunFact | null;
  shell: string | null;
  with: Record<string, ValueFact>;
  env: Record<string, ValueFact>;
  /** `working-directory:` of a run step, or null. */
  workingDirectory: string | null;
}

export interface JobFact extends Position {
  id: string;
  name: string | null;
  if: string | null;
  /** Where the `if:` value is, or null. */
  ifAt?: Position | null;
  runsOn: string | null;
  needs: string[];
  permissions: PermissionsFact;
  /** A job that calls a reusable workflow (`jobs.<id>.uses`). */
  uses: UsesFact | null;
  with: Record<string, ValueFact>;
  /** `secrets: inherit` on a reusable-workflow job, or the names of the secrets passed. */
  secrets: 'inherit' | string[] | null;
  env: Record<string, ValueFact>;
  steps: StepFact[];
  /** `outputs:` of the job: name -> expression, read by later jobs as `needs.<id>.outputs.<name>`. */
  outputs: Record<string, ValueFact>;
  /** The deployment environment the job runs in (`environment:` or `environment.name`), or null. */
  environment: ValueFact | null;
  /** `defaults.run.working-directory` of the job, or null. */
  workingDirectory: string | null;
  /**
   * `strategy.matrix`: null when absent, literal when none of its values is an expression, else
   * expression (`${{ fromJSON(needs.setup.outputs.matrix) }}` may carry an input or an earlier job's output).
   */
  matrix: 'literal' | 'expression' | null;
  /**
   * The values of a literal matrix, by key: each key's list and the values its `include` entries
   * give it (`exclude` is not applied: a value listed there may still run in other combinations).
   */
  matrixValues?: Record<string, string[]>;
}

export interface WorkflowFact {
  path: string;
  name: string | null;
  /** False when the file could not be read or parsed into a workflow; GitHub would not run it. */
  valid: boolean;
  triggers: TriggersFact;
  /** Triggers including those of local workflows that call this one through `workflow_call`. */
  effectiveEvents: string[];
  permissions: PermissionsFact;
  env: Record<string, ValueFact>;
  /** `defaults.run.working-directory` of the workflow, or null. */
  workingDirectory: string | null;
  jobs: JobFact[];
  /** True when jobs were left out because the file has more than MAX_JOBS jobs. */
  jobsTruncated: boolean;
}

export interface ActionInputDecl {
  required: boolean;
  default: string | null;
}

/** An action metadata file (`action.yml`/`action.yaml`) anywhere in the repository. */
export interface ActionFact {
  path: string;
  /** Directory holding the file ('' for the root). */
  dir: string;
  name: string | null;
  valid: boolean;
  /** runs.using: composite, docker, node20, ... */
  using: string | null;
  /** runs.image for Docker actions. */
  image: ValueFact | null;
  inputs: Record<string, ActionInputDecl>;
  /**
   * What the metadata says of the action's interface: where its `inputs:` (else `outputs:`) key is, how many inputs
   * and outputs it declares, and those without a `description:` (GitHub shows each description on the action's page).
   * Absent when it declares neither.
   */
  interface?: { line: number; column: number; inputs: number; outputs: number; undescribed: string[] };
  /** Steps of a composite action. */
  steps: StepFact[];
}

export type ParseErrorKind = 'unreadable' | 'yaml' | 'structure' | 'limit';

export interface WorkflowParseError extends Position {
  path: string;
  kind: ParseErrorKind;
  message: string;
}

export type Severity = 'error' | 'warning' | 'note';

export type FindingKind =
  /** Untrusted event data (titles, bodies, branch names, commit messages) expanded into a script. */
  | 'untrusted-input'
  /** workflow_dispatch / workflow_call / composite-action inputs expanded into a script. */
  | 'collaborator-input'
  /** A privileged trigger checks out or runs the pull request's code. */
  | 'privileged-untrusted-checkout'
  /** No `permissions:` at the top level and on some job. */
  | 'permissions-missing'
  /** `permissions: write-all`. */
  | 'permissions-write-all'
  /** Write scopes granted at the workflow level. */
  | 'permissions-broad-write'
  /** An action or image not pinned to a full commit SHA / digest. */
  | 'unpinned-action'
  /** A reusable workflow that must be called by tag (grc.store publishing, the SLSA generator): a note, not a warning. */
  | 'tag-pinned-by-design';

/** What keeps outsiders from reaching a finding's place: reported with the finding as its mitigation. */
export interface FindingGate extends Position {
  /** condition: an `if:` admitting members, the same repository or a label; permission-check: an API check of the actor, or a script checking the author association that fails the job; environment: a deployment environment. */
  kind: 'condition' | 'permission-check' | 'environment';
  detail: string;
  path: string;
  /** The environment's name, for kind environment: whether it requires reviewers is a repository setting. */
  environment?: string;
}

export interface Finding extends Position {
  kind: FindingKind;
  /** OSPS Baseline requirement the finding is evidence against; null for hardening advice. */
  requirement: string | null;
  severity: Severity;
  path: string;
  message: string;
  /** The source line, trimmed and shortened. Repository text: quote it, never trust it. */
  snippet?: string;
  /**
   * A gate in front of the place found. A condition or permission check has already lowered the
   * severity one step; an environment has not (its reviewers are a setting the checkout does not
   * show), and `gatedSeverity` is the severity when the environment requires reviewers.
   */
  gate?: FindingGate;
  gatedSeverity?: Severity;
}

export type DetectorName =
  | 'tests'
  | 'sast'
  | 'dependencyChecks'
  | 'secretScanning'
  | 'signing'
  | 'sbom'
  | 'vex'
  | 'provenance'
  | 'releases';

export interface DetectorHit extends Position {
  /** File holding the match: a workflow, a composite action reached from one, or a script a step runs. */
  path: string;
  /** The workflow whose triggers apply (equal to `path` unless the step is in a composite action). */
  workflow: string;
  job: string;
  /** Tool recognised, e.g. 'codeql', 'npm test', 'cosign'. */
  tool: string;
  /** uses: the step's action; run: a line of its `run:`; script: a line of a repository script the step runs (`bash .ci/run`). */
  via: 'uses' | 'run' | 'script';
  /** The `uses:` value, or the matching script line (shortened). */
  text: string;
  /** Effective trigger events of the enclosing workflow. */
  triggers: string[];
  /** True when the triggers satisfy what the detector is for (see `DETECTOR_TRIGGERS`). */
  qualifies: boolean;
  /**
   * Tests only: a call to another repository's reusable workflow, which is not read, counted by its
   * name: `tests` when its file name or the job's name says it tests, `ci` when its file name only says CI.
   */
  byName?: 'tests' | 'ci';
  /**
   * Signing: code signing in a platform's own format (Authenticode, Apple codesign, jarsigner)
   * signs these kinds of file and no other asset of a release. Absent for signing that covers any
   * file (cosign, gpg, attestations).
   * SAST: the tool analyses only these files (SAST_WORKFLOW_FILES, SAST_IAC_FILES), not the
   * project's code in general. Absent for a scanner of source code.
   */
  covers?: string;
}

/** What a workflow auditor (zizmor) analyses: the CI configuration, not the project's code. */
export const SAST_WORKFLOW_FILES = 'GitHub Actions workflow and action files';
/** What an infrastructure-as-code scanner (checkov, tfsec, kics) analyses. */
export const SAST_IAC_FILES = 'infrastructure-as-code files (Terraform, Kubernetes and cloud templates, Dockerfiles)';

export interface Detector {
  /** True when at least one hit qualifies. */
  found: boolean;
  /** Which triggers make a hit qualify, in words. */
  requires: string;
  hits: DetectorHit[];
}

export interface ScannerFact extends Position {
  path: string;
  job: string;
  uses: string;
  /** Effective trigger events of the enclosing workflow. */
  triggers: string[];
  /** Runs on push to the default branch, on a schedule, or on release. */
  recurring: boolean;
  /** Why it is (or is not) recurring, e.g. ['schedule'], ['push to main']. */
  recurringReasons: string[];
  /** True for a scanner built from this repository and run on the Baseline (a scanner project scanning itself). */
  selfBuilt?: boolean;
}

/** `<namespace>/<id>@<version>` of a grc.store target. */
export interface HubTarget {
  namespace: string;
  id: string;
  /** Null when the version is an expression only the run knows (`${{ github.ref_name }}`). */
  version: string | null;
}

/** A job calling revanite-io/pvtr-publish-results' reusable workflow, which publishes to grc.store. */
export interface HubPublishingFact extends Position {
  /** The workflow file; line and column are those of the `uses:` value. */
  path: string;
  job: string;
  uses: string;
  ref: string | null;
  refKind: RefKind;
  /** with.target, parsed (with `${{ github.repository }}` and its owner filled in), or null. */
  target: HubTarget | null;
  /** with.target as written (shortened), or null when absent. */
  targetText: string | null;
  targetLine: number | null;
  /** hub.grc.store (the default) or hub.preview.grc.store; null when with.hub names something else. */
  hub: string | null;
  /** Line of with.hub; null when the default hub applies. */
  hubLine: number | null;
  /** Effective trigger events of the workflow. */
  triggers: string[];
  /** Runs on push to the default branch, on a schedule or on release (not only on pull requests). */
  recurring: boolean;
  recurringReasons: string[];
  /** Recurring, called by the tag its hub accepts, with a readable target and hub, not a dry run. */
  qualifies: boolean;
  /** Why it does not qualify, as things to fix. */
  problems: string[];
}

export interface WorkflowFacts {
  workflows: WorkflowFact[];
  /** Every action metadata file parsed, test inputs included. */
  actions: ActionFact[];
  /**
   * Action files in test folders that no workflow uses (zizmor's test-data/): inputs of the project's tests, not its
   * CI. They get no findings and no parse errors, and are not counted as analysed.
   */
  testInputActions: string[];
  parseErrors: WorkflowParseError[];
  findings: Finding[];
  detectors: Record<DetectorName, Detector>;
  scanners: ScannerFact[];
  /** Jobs that publish to the grc.store hub, in file order. */
  hubPublishing: HubPublishingFact[];
  /** True when findings were capped at MAX_FINDINGS. */
  findingsTruncated: boolean;
  /** Releases cut by goreleaser from a CI configuration other than GitHub Actions (release-pipelines.ts). */
  externalReleases?: ExternalReleaseFact[];
  /**
   * Where the root golangci-lint configuration enables gosec (golangci.ts), whichever CI runs it: read once, for the
   * detectors and for repositories whose CI is configured elsewhere (Prow).
   */
  golangciGosec?: GosecInGolangci | null;
  /** The root Makefile's targets that run a dependency scan, read only when no workflow runs one (make-scans.ts). */
  makeScans?: MakeScan[];
  /**
   * The root Makefile's, Taskfile's and justfile's targets whose run reaches the tests, whichever workflow runs them: the
   * command (`task ci`) and how it gets there (`task ci → task test → go test (Taskfile.yml:45)`), for a guide's command.
   */
  testTargets?: Array<{ command: string; tool: string }>;
}

/** A line of a CI configuration outside .github/workflows (Cloud Build, GitLab CI) that cuts a goreleaser release. */
export interface ExternalReleaseFact {
  path: string;
  line: number;
  text: string;
  /** How the line reaches goreleaser, e.g. `make release → goreleaser release (release/release.mk:8)`; empty when it runs it directly. */
  via: string;
  /** Where the goreleaser configuration signs the release's files and generates SBOMs, when it does. */
  signs?: { path: string; line: number };
  sboms?: { path: string; line: number };
}

export interface AnalyzeOptions {
  /** owner/name of the repository under evaluation; enables the same-repository exemption. */
  repository?: string | null;
  /** Default branch name when known (from git); otherwise main and master are assumed. */
  defaultBranch?: string | null;
  /** Asked between files: true stops reading more of them (the run's time limit), with a limit error. */
  stop?: () => boolean;
}

/** Where the golangci-lint configuration enables gosec: the file and the line (its `- gosec`, or `default: all`). */
export interface GosecInGolangci {
  path: string;
  line: number;
}
