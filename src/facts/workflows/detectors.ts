// Detectors: does some workflow run tests, SAST, dependency checks, secret scanning, signing,
// SBOM or provenance generation, publishing, or an OSPS Baseline scanner, and on which triggers.
import type { YamlFile } from './parse.ts';
import type { ParsedAction, ParsedWorkflow } from './findings.ts';
import { withFunctionCalls } from './shell-functions.ts';
import type { GosecInGolangci } from './golangci.ts';
import { cutAt, unquoted } from '../text.ts';
import { envEntry } from './env.ts';
import { findExpressions, replaceExpressions, withMatrixValues } from './expressions.ts';
import { filterIncludes } from './filter-pattern.ts';
import { selfScanIn } from './self-scan.ts';
import { MakefileCache } from './makefile.ts';
import { commandWords, INSTALL_COMMAND, normalise, scriptFolders, splitCommands, TestRunResolver } from './test-runs.ts';
import { SCRIPT_PATH, StepScripts, WORD_SEPARATORS, type StepScript } from './step-scripts.ts';
import { normDir, repoSlug, usesTarget } from './uses.ts';
import { hubPublishingOf } from './hub-publishing.ts';
import { callerInputs, type InputValues, MAX_INPUT_SETS, withInputs } from './input-values.ts';
import { type Detector, type DetectorHit, type DetectorName, type HubPublishingFact, type JobFact, SAST_IAC_FILES, SAST_WORKFLOW_FILES, type ScannerFact, type StepFact, type WorkflowFact } from './types.ts';

interface RuleContext {
  goreleaser: GoreleaserConfig;
  /** Where the root golangci-lint configuration enables gosec, or null. */
  golangciGosec: GosecInGolangci | null;
  /** The job and workflow of the step being matched (its permissions and environment). */
  job?: JobFact;
  workflow?: WorkflowFact;
}

export interface GoreleaserConfig {
  /** `.goreleaser.yml` has signs / docker_signs / binary_signs. */
  signs: boolean;
  /** `.goreleaser.yml` has sboms. */
  sboms: boolean;
  /** Where the first signs / sboms key is. */
  signsAt?: { path: string; line: number };
  sbomsAt?: { path: string; line: number };
}

interface ToolRule {
  tool: string;
  /** Tested against `owner/repo[/path]` (lower case, no ref) or `docker://image`. */
  uses?: RegExp;
  /** Tested against each non-comment script line. */
  run?: LineTest;
  /** Extra condition on the step (e.g. a `with:` input) or on repository configuration. */
  when?: (step: StepFact, ctx: RuleContext) => boolean;
  /** Signing and SAST: the kinds of file it signs or analyses, when that is not any file (DetectorHit.covers). */
  covers?: string;
  /** The tool as the hit names it, when the repository's configuration adds to `tool` (where gosec is enabled). */
  label?: (ctx: RuleContext) => string;
}

const withIs = (key: string, re: RegExp) => (s: StepFact) => re.test(s.with[key]?.value ?? '');
/**
 * A goreleaser-action step that cuts a release: not `install-only: true` (cli/cli's release job puts the binary on the
 * PATH and runs nothing), and `args` that run `goreleaser release` (none, options only, or `release …`), not another
 * command (goreleaser's own CI runs `args: check` on its configuration) nor a `--snapshot`, which publishes nothing.
 */
const runsGoreleaser = (s: StepFact) => {
  if (/^\s*true\s*$/i.test(s.with['install-only']?.value ?? '')) return false;
  const args = (s.with['args']?.value ?? '').trim();
  if (args.includes('${{')) return true;
  const words = args.split(/\s+/).filter((w) => w !== '' && !w.startsWith('-'));
  return !words.some((w) => GORELEASER_OTHER_COMMANDS.has(w)) && !/(?:^|\s)--snapshot\b/.test(args);
};
/** goreleaser's commands that release nothing (`publish`, `continue` and `announce` finish a release: they count). */
const GORELEASER_OTHER_COMMANDS: ReadonlySet<string> = new Set(['build', 'check', 'healthcheck', 'init', 'jsonschema', 'schema', 'completion', 'man', 'help', 'changelog']);
/** `goreleaser release` on a line, not a `--snapshot` (built, signed perhaps, but published nowhere). */
const GORELEASER_RELEASE = /\bgoreleaser\s+release\b(?![^\n]*\s--snapshot\b)/;

/** `golangci-lint run`, and options by which a run takes another configuration or other linters than it names. */
const GOLANGCI_RUN = /\bgolangci-lint\s+run\b/;
/**
 * A line that runs golangci-lint: `golangci-lint run`, or `go run …/cmd/golangci-lint@<version> run` where the
 * version may be a make function with spaces in it (spire's Makefile: `@$(shell awk '…' .spire-tool-versions) run`).
 */
function runsGolangci(l: string): boolean {
  if (GOLANGCI_RUN.test(l)) return true;
  const at = l.indexOf('golangci-lint@');
  return at >= 0 && /\srun(?:\s|$)/.test(l.slice(at, at + 400));
}
const GOLANGCI_OTHER_CONFIG = /(?:^|\s)(?:-c|--config|--no-config|--enable-only|--disable-all|--default|-D|--disable)(?:[\s=]|$)/;

/** A golangci-lint step that reads the root configuration, which enables gosec: no other folder, configuration or linter selection. */
function golangciRunsGosec(step: StepFact, ctx: RuleContext): boolean {
  if (ctx.golangciGosec === null) return false;
  const folder = (step.uses ? step.with['working-directory']?.value : step.workingDirectory) ?? '';
  if (folder.trim() !== '' && folder.trim() !== '.' && folder.trim() !== './') return false;
  return !GOLANGCI_OTHER_CONFIG.test(step.with['args']?.value ?? '');
}

/** A test of one script line: a regular expression, or a composition of them below. */
interface LineTest {
  test(line: string): boolean;
}

/**
 * `command`, then `after` somewhere in the rest of that line before a comment: `make ... test`,
 * `gpg ... --sign`. As one expression (/\bmake\b[^\n#]*\stest/) it rescans the rest of the line
 * from every occurrence of the command word, quadratic on a long line of them; the first
 * occurrence already sees all the rest, so the line is read once.
 */
function thenOnLine(command: RegExp, after: RegExp): LineTest {
  return {
    test(line) {
      const m = command.exec(line);
      return m !== null && after.test(cutAt(line.slice(m.index + m[0].length), '#\n'));
    },
  };
}

/**
 * Characters that may stand before a tool's name on a line: the start of a word, a `:` (a maven coordinate), a `/` (a
 * path), a `-` (a make target or task named after it: cert-manager's `make verify-govulncheck`).
 */
const TOOL_BEFORE = /[\s"'`(;|&=:/-]/;
/** Characters that may follow it: the end of a word, a version (`@1.5`, `==1`, `:tag`), a platform suffix (`-linux-amd64`). */
const TOOL_AFTER = /[\s"'`);|&@=:,-]/;
/** Matches of one rule looked at per line. */
const MAX_TOOL_MATCHES = 20;

/**
 * A scanner's name as the command run (`zizmor .`, `./bin/zizmor`, `uvx zizmor@1.5`, `go run .../cmd/gosec@latest`),
 * not as a folder or file of an argument: zizmor's ci.yml:113 `grep -c "register_audit!" crates/zizmor/src/registry.rs`
 * runs grep. The name's first word must stand as a word of its own, or end a path (the last part of `.../zizmor`).
 */
function asTool(re: RegExp): LineTest {
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const runs = (cmd: string): boolean => {
    all.lastIndex = 0;
    for (let n = 0; n < MAX_TOOL_MATCHES; n++) {
      const m = all.exec(cmd);
      if (m === null) return false;
      if (m[0] === '') all.lastIndex++;
      const before = m.index === 0 ? ' ' : cmd[m.index - 1];
      const space = m[0].search(/\s/);
      const end = m.index + (space < 0 ? m[0].length : space);
      const after = end >= cmd.length ? ' ' : cmd[end];
      if (TOOL_BEFORE.test(before) && TOOL_AFTER.test(after) && !asksOnlyHelp(cmd.slice(end)) && !inTextCommand(cmd, m.index) && (before !== '/' || pathRun(cmd, m.index))) return true;
    }
    return false;
  };
  return {
    // An installer names the tool without running it (`brew install zizmor`, `pip install semgrep`); a line may
    // install it and then run it (`pip install semgrep && semgrep scan`), so each command of the line is judged.
    test: (line) => {
      const commands = commandsNotInstalling(line);
      return commands === null ? runs(line) : commands.some(runs);
    },
  };
}

/** Arguments that make a tool print its usage or version and stop. */
const HELP_ARGS = new Set(['--help', '-h', '-help', '--version']);

/**
 * Whether the rest of a tool's command asks only for its usage or version (pip-audit's Makefile
 * compares `pip-audit --help` with its README; `grype version`): such a run scans nothing.
 */
function asksOnlyHelp(rest: string): boolean {
  const words = cutAt(rest, ';|&#\n').split(' ').filter((w) => w !== '');
  if (words.some((w) => HELP_ARGS.has(unquoted(w)))) return true;
  return words[0] === 'help' || words[0] === 'version';
}

/** Commands that print or search text: a tool's name in their arguments is not run (`grep pip-audit requirements.txt`). */
const TEXT_COMMANDS = new Set(['echo', 'printf', 'grep', 'egrep', 'fgrep', 'rg', 'awk', 'gawk', 'sed', 'cat']);

/**
 * Whether the command holding offset `at` of a line is one of TEXT_COMMANDS: its first word after
 * the last `;`, `|`, `&` or `(` outside quotes before `at` (pip-audit's Makefile names
 * `@begin-pip-audit-help@` in an awk program, after a `;` of that program).
 */
function inTextCommand(line: string, at: number): boolean {
  const first = wordsBefore(line, at)[0]?.replace(/^[@-]+/, '') ?? '';
  return TEXT_COMMANDS.has(first.slice(first.lastIndexOf('/') + 1));
}

/** The words of the command holding offset `at` before it: from the last `;`, `|`, `&` or `(` outside quotes. */
function wordsBefore(line: string, at: number): string[] {
  let start = 0;
  let quote = '';
  for (let i = 0; i < at; i++) {
    const c = line[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (';|&('.includes(c)) start = i + 1;
  }
  return line.slice(start, at).split(' ').filter((w) => w !== '');
}

/** Words after which a path is a program run: runners of packages and images, interpreters, wrappers. */
const RUNS_NEXT = new Set(['run', 'exec', 'uvx', 'npx', 'pipx', 'bunx', 'dlx', 'bash', 'sh', 'xargs', 'sudo', 'env', 'time', 'nice']);

/**
 * Whether a tool's name that ends a path (offset `at`, after a `/`) is run: the path is the
 * command's first word (`./target/release/zizmor .`), or follows a runner (`go run
 * .../cmd/gosec@latest`, `docker run --rm anchore/grype dir:.`). `chmod +x snapshot/grype` or
 * `gh release upload --repo zizmorcore/zizmor` only name it.
 */
function pathRun(line: string, at: number): boolean {
  // The last word is the path up to the name's '/'; the words before it, but for assignments (`CI=1`), say what runs it.
  const own = wordsBefore(line, at).slice(0, -1).filter((w) => !/^\w+=/.test(w));
  return own.length === 0 || own.some((w) => RUNS_NEXT.has(w));
}

/** Words of a line that may hold an installer's command (INSTALL_COMMAND): only such lines are split into commands. */
const INSTALL_HINT = /\b(?:install|add|get|curl|wget)\b/;

/**
 * The commands of a line that install nothing, or null when the line names no installer at all
 * (INSTALL_HINT): every scanner rule asks this of every line it reads, so each line is split once.
 * The cache is emptied when it grows past a bound, so it never holds more than that many lines.
 */
const notInstalling = new Map<string, string[] | null>();
const MAX_CACHED_LINES = 20_000;
function commandsNotInstalling(line: string): string[] | null {
  const cached = notInstalling.get(line);
  if (cached !== undefined) return cached;
  const commands = INSTALL_HINT.test(line) ? splitCommands(line).filter((c) => !INSTALL_COMMAND.test(commandWords(c).join(' '))) : null;
  if (notInstalling.size >= MAX_CACHED_LINES) notInstalling.clear();
  notInstalling.set(line, commands);
  return commands;
}

/** Rules whose `run:` expressions name scanners: each counts as the command run (asTool). */
function scannerRules(rules: ToolRule[]): ToolRule[] {
  return rules.map((r) => (r.run instanceof RegExp ? { ...r, run: asTool(r.run) } : r));
}

/** Any of the tests. */
function anyOf(...tests: LineTest[]): LineTest {
  return { test: (line) => tests.some((t) => t.test(line)) };
}

/**
 * Test runs are recognised by following each command (test-runs.ts): make targets through the
 * Makefile, package scripts through package.json, then the runner. These are the steps that are
 * test runs by the action they use.
 */
const TEST_RULES: ToolRule[] = [
  { tool: 'julia tests', uses: /^julia-actions\/julia-runtest$/ },
  { tool: 'cypress', uses: /^cypress-io\/github-action$/ },
  { tool: 'chart-testing', uses: /^helm\/chart-testing-action$/ },
];

const SAST_RULES: ToolRule[] = scannerRules([
  { tool: 'codeql', uses: /^github\/codeql-action\/analyze$/ },
  { tool: 'codeql', run: /\bcodeql\s+database\s+analyze\b/ },
  { tool: 'semgrep', uses: /^(?:semgrep|returntocorp)\/semgrep-action$|^docker:\/\/(?:semgrep|returntocorp)\/semgrep$/ },
  { tool: 'semgrep', run: /\bsemgrep\b(?:\s+(?:ci|scan|--config))?/ },
  { tool: 'gosec', uses: /^securego\/gosec$/, run: /\bgosec\b/ },
  // golangci-lint runs gosec when the root configuration enables it (golangci.ts) and the run takes that configuration.
  { tool: 'gosec (golangci-lint)', uses: /^golangci\/golangci-lint-action$/, run: { test: (l) => runsGolangci(l) && !GOLANGCI_OTHER_CONFIG.test(l) }, when: golangciRunsGosec, label: (ctx) => `gosec (enabled in ${ctx.golangciGosec?.path}:${ctx.golangciGosec?.line}, run by golangci-lint)` },
  { tool: 'bandit', uses: /bandit/, run: /\bbandit\s/ },
  // Auditors of the CI configuration and of infrastructure code: security scans, but not of the project's code.
  { tool: 'zizmor', uses: /^zizmorcore\/zizmor-action$|^woodruffw\/zizmor/, run: /\bzizmor\b/, covers: SAST_WORKFLOW_FILES },
  { tool: 'poutine', uses: /^boostsecurityio\/poutine-action$/, run: /\bpoutine\s+analyze_/, covers: SAST_WORKFLOW_FILES },
  { tool: 'sonarqube', uses: /^sonarsource\/(?:sonarcloud-github-action|sonarqube-scan-action)$/ },
  { tool: 'snyk code', uses: /^snyk\/actions(?:\/.*)?$/, when: withIs('command', /\bcode\s+test\b/) },
  { tool: 'snyk code', run: /\bsnyk\s+code\s+test\b/ },
  { tool: 'brakeman', run: /\bbrakeman\b/ },
  { tool: 'njsscan', uses: /njsscan/, run: /\bnjsscan\b/ },
  { tool: 'flawfinder', uses: /flawfinder/, run: /\bflawfinder\b/ },
  // C and C++: the Clang static analyzer (scan-build), cppcheck, Coverity Scan (libexpat runs all three).
  { tool: 'clang static analyzer', run: /\bscan-build(?:-\d+)?\s/ },
  { tool: 'cppcheck', uses: /cppcheck/i, run: /\bcppcheck\s/ },
  { tool: 'coverity', uses: /coverity/i, run: /\bcov-build\s/ },
  { tool: 'bearer', uses: /^bearer\/bearer-action$/, run: /\bbearer\s+scan\b/ },
  { tool: 'checkov', uses: /^bridgecrewio\/checkov-action$/, run: /\bcheckov\b/, covers: SAST_IAC_FILES },
  { tool: 'tfsec', uses: /^aquasecurity\/tfsec-(?:action|sarif-action)$/, run: /\btfsec\b/, covers: SAST_IAC_FILES },
  { tool: 'horusec', run: /\bhorusec\s+start\b/ },
  { tool: 'kics', uses: /^checkmarx\/kics-github-action$/, covers: SAST_IAC_FILES },
]);

const DEPENDENCY_RULES: ToolRule[] = scannerRules([
  { tool: 'dependency-review', uses: /^actions\/dependency-review-action$/ },
  { tool: 'osv-scanner', uses: /^google\/osv-scanner-action(?:\/.*)?$/, run: /\bosv-scanner\b/ },
  { tool: 'trivy', uses: /^aquasecurity\/trivy-action$/, run: /\btrivy\s+(?:fs|filesystem|image|repo|repository|sbom|rootfs|config)\b/ },
  { tool: 'grype', uses: /^anchore\/scan-action$/, run: /\bgrype\b/ },
  // FOSSA analyses dependencies for vulnerabilities as well as licences (flagger's scan.yml).
  { tool: 'fossa', uses: /^(?:fossas|fossa-contrib)\/fossa-action$/, run: /\bfossa\s+(?:analyze|test)\b/ },
  { tool: 'snyk', uses: /^snyk\/actions(?:\/.*)?$/, when: (s) => !/\bcode\s+test\b/.test(s.with['command']?.value ?? '') },
  { tool: 'snyk', run: /\bsnyk\s+test\b/ },
  { tool: 'npm audit', run: /\b(?:npm|pnpm)\s+audit\b|\byarn\s+(?:npm\s+)?audit\b|\bbun\s+audit\b/ },
  { tool: 'govulncheck', uses: /^golang\/govulncheck-action$/, run: /\bgovulncheck\b/ },
  { tool: 'cargo audit/deny', uses: /^(?:rustsec|actions-rs)\/audit-check$|^actions-rust-lang\/audit$|^embarkstudios\/cargo-deny-action$/, run: /\bcargo[\s-](?:audit|deny)\b/ },
  { tool: 'pip-audit', uses: /^pypa\/gh-action-pip-audit$/, run: /\bpip-audit\b|\bsafety\s+(?:check|scan)\b/ },
  { tool: 'bundler-audit', run: /\bbundle(?:r)?[\s-]audit\b/ },
  { tool: 'composer audit', run: /\bcomposer\s+audit\b/ },
  { tool: 'dotnet vulnerable', run: thenOnLine(/\bdotnet\s+list\b/, /--vulnerable\b/) },
  { tool: 'owasp dependency-check', uses: /^dependency-check\/dependency-check_action$/, run: /\bdependency-check(?:\.sh)?\b|dependency-check-maven|dependencyCheckAnalyze/ },
  { tool: 'nancy', uses: /^sonatype-nexus-community\/nancy-github-action$/, run: /\bnancy\s+sleuth\b/ },
  { tool: 'socket', uses: /^socketdev\//, run: /\bsocket\s+(?:ci|scan)\b/ },
]);

const SECRET_RULES: ToolRule[] = scannerRules([
  { tool: 'gitleaks', uses: /^gitleaks\/gitleaks-action$|^docker:\/\/(?:zricethezav|ghcr\.io\/gitleaks)\/gitleaks$/, run: /\bgitleaks\b/ },
  { tool: 'trufflehog', uses: /^trufflesecurity\/trufflehog(?:\/.*)?$/, run: /\btrufflehog\b/ },
  { tool: 'detect-secrets', uses: /detect-secrets/, run: /\bdetect-secrets(?:-hook)?\b/ },
  { tool: 'ggshield', uses: /^gitguardian\/ggshield(?:-action|\/.*)$/, run: /\bggshield\b/ },
  { tool: 'git-secrets', run: /\bgit[\s-]secrets\s+--scan\b/ },
  { tool: 'noseyparker', run: /\bnoseyparker\b/ },
]);

/** A command word where a shell starts a word or a path ends (`xcrun codesign`, `/usr/bin/codesign`), not inside another word. */
const commandAt = (name: string): RegExp => new RegExp(`(?:^|[\\s;&|(/])${name}\\s`);

const JARSIGNER = commandAt('jarsigner');
const WINDOWS_FILES = 'Windows executables and installers (Authenticode)';
const MACOS_FILES = 'macOS binaries and installer packages';

/**
 * Code signing in a platform's own format: the signature sits inside the file it signs (an
 * Authenticode .exe or .msi, a macOS binary or .pkg, a .jar), so it covers that platform's files
 * and no other asset of a release (pandoc signs its Windows MSI and ZIP through SignPath, its
 * Linux builds not at all). Installing or importing a certificate is not signing, and neither is
 * `gh attestation`, which only verifies and downloads.
 */
const CODE_SIGNING_RULES: ToolRule[] = [
  { tool: 'SignPath', uses: /^signpath\/github-action-submit-signing-request$/, covers: 'the files of the artifact it submits to SignPath' },
  { tool: 'Azure Trusted Signing', uses: /^azure\/(?:trusted-signing-action|artifact-signing-action)$/, covers: WINDOWS_FILES },
  { tool: 'signtool', run: thenOnLine(/\bsigntool(?:\.exe)?\b/i, /^["']?\s+sign\b/i), covers: WINDOWS_FILES },
  { tool: 'AzureSignTool', run: /\bazuresigntool(?:\.exe)?\s+sign\b/i, covers: WINDOWS_FILES },
  { tool: 'osslsigncode', run: /\bosslsigncode\s+sign\b/, covers: WINDOWS_FILES },
  { tool: 'Set-AuthenticodeSignature', run: /\bSet-AuthenticodeSignature\b/i, covers: WINDOWS_FILES },
  // `codesign -s <identity>` / `--sign` signs; `codesign --verify` or `-dv` only reads.
  { tool: 'codesign', run: thenOnLine(commandAt('codesign'), /(?:^|\s)(?:--sign|-[A-Za-z]*s)(?=[\s=]|$)/), covers: MACOS_FILES },
  { tool: 'rcodesign', uses: /^indygreg\/apple-code-sign-action$/, run: /\brcodesign\s+sign\b/, covers: MACOS_FILES },
  { tool: 'productsign', run: anyOf(commandAt('productsign'), thenOnLine(/\b(?:productbuild|pkgbuild)\b/, /\s--sign\s/)), covers: MACOS_FILES },
  // Apple notarizes a package already signed: its ticket covers that package.
  { tool: 'notarytool', run: /\bnotarytool\s+submit\b/, covers: MACOS_FILES },
  { tool: 'jarsigner', run: { test: (l) => JARSIGNER.test(l) && !/\s-verify\b/.test(l) }, covers: 'Java archives (JAR)' },
  { tool: 'apksigner', run: /\bapksigner\s+sign\b/, covers: 'Android packages (APK)' },
  { tool: 'nuget sign', run: /\bnuget\s+sign\b/, covers: 'NuGet packages' },
];

/**
 * slsa-github-generator makes and signs provenance in its builder, generator and delegator
 * workflows (inside them, with its generate- and sign-attestations actions); its other actions
 * check out code, pick random numbers or detect the calling workflow.
 */
const slsaGenerator = (action: string) =>
  new RegExp(`^slsa-framework/slsa-github-generator/(?:\\.github/workflows/(?:builder|generator|delegator)_[\\w.-]+\\.ya?ml|\\.github/actions/${action})$`);

const SIGNING_RULES: ToolRule[] = [
  // Installing cosign (sigstore/cosign-installer) is not signing: it is as often used to verify.
  { tool: 'cosign', run: /\bcosign\s+(?:sign|sign-blob|attest|attest-blob)\b/ },
  { tool: 'sigstore', uses: /^sigstore\/gh-action-sigstore-python$/, run: /\bsigstore\s+sign\b|\bpython[\d.]*\s+-m\s+sigstore\s+sign\b/ },
  { tool: 'attest-build-provenance', uses: /^actions\/attest-build-provenance$|^actions\/attest$/ },
  { tool: 'slsa-github-generator', uses: slsaGenerator('sign-attestations') },
  { tool: 'gpg', uses: /^crazy-max\/ghaction-import-gpg$/ },
  { tool: 'gpg', run: anyOf(thenOnLine(/\bgpg2?\b/, /\s(?:--detach-sign|--clearsign|--sign|-(?=[a-z]*[bs])[a-z]+)\b/), /gpg:sign\b|\bsignArchives\b/) },
  { tool: 'minisign/signify', run: /\bminisign\s+-S\b|\bsignify\s+-S\b/ },
  { tool: 'goreleaser signs', uses: /^goreleaser\/goreleaser-action$/, when: (s, ctx) => ctx.goreleaser.signs && runsGoreleaser(s) },
  { tool: 'goreleaser signs', run: GORELEASER_RELEASE, when: (_s, ctx) => ctx.goreleaser.signs },
  ...CODE_SIGNING_RULES,
];

/** VEX documents a release carries (kube-state-metrics's openvex.yml: generate-vex, then `gh release upload`). */
const VEX_RULES: ToolRule[] = [
  { tool: 'openvex/generate-vex', uses: /^openvex\/generate-vex$/ },
  { tool: 'vexctl', run: /\bvexctl\s+(?:create|add|generate|merge)\b/ },
];

const SBOM_RULES: ToolRule[] = [
  { tool: 'syft', uses: /^anchore\/sbom-action(?:\/.*)?$/, run: /\bsyft\b/ },
  { tool: 'attest-sbom', uses: /^actions\/attest-sbom$/ },
  { tool: 'cyclonedx', uses: /^cyclonedx\//, run: /\bcyclonedx[\w-]*\b|\bcdxgen\b/ },
  { tool: 'spdx', run: /\bspdx-sbom-generator\b|\bspdx-tools?\b/ },
  { tool: 'trivy sbom', uses: /^aquasecurity\/trivy-action$/, when: withIs('format', /cyclonedx|spdx/i) },
  { tool: 'trivy sbom', run: thenOnLine(/\btrivy\b/, /--format\s+(?:cyclonedx|spdx)/) },
  { tool: 'sbom-tool', uses: /sbom-tool|^advanced-security\/sbom-generator-action$/, run: /\bsbom-tool\s+generate\b/ },
  { tool: 'bom', run: /\bbom\s+generate\b|\bnpm\s+sbom\b/ },
  { tool: 'docker buildx sbom', uses: /^docker\/build-push-action$/, when: withIs('sbom', /^\s*true\s*$/) },
  { tool: 'goreleaser sboms', uses: /^goreleaser\/goreleaser-action$/, when: (s, ctx) => ctx.goreleaser.sboms && runsGoreleaser(s) },
  { tool: 'goreleaser sboms', run: GORELEASER_RELEASE, when: (_s, ctx) => ctx.goreleaser.sboms },
];

/** Whether the step's job may ask for an OIDC token: `id-token: write` on the job, or on the workflow when the job declares none. */
function idTokenWrite(ctx: RuleContext): boolean {
  const perms = ctx.job?.permissions.kind === 'absent' ? ctx.workflow?.permissions : ctx.job?.permissions;
  return perms?.kind === 'map' && perms.scopes['id-token'] === 'write';
}

const NPM_TOKEN = /\b(?:NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN)\b|_authToken/;

/** Whether an npm token reaches the step: in its environment, its job's or its workflow's, or its script. */
function npmToken(step: StepFact, ctx: RuleContext): boolean {
  const envs = [step.env, ctx.job?.env ?? {}, ctx.workflow?.env ?? {}];
  return envs.some((e) => Object.keys(e).some((k) => NPM_TOKEN.test(k))) || NPM_TOKEN.test(step.run?.text ?? '');
}

const PROVENANCE_RULES: ToolRule[] = [
  // Trusted publishing: a job that may ask for an OIDC token and passes npm no token can publish only
  // through npm's trusted publishing, which attaches provenance unless told not to (nodejs/undici's
  // release job: \`id-token: write\`, \`npm publish --access public\`).
  { tool: 'npm trusted publishing', run: { test: (l) => /\bnpm\s+publish\b/.test(l) && !/--no-provenance\b|--provenance[= ]false\b/.test(l) }, when: (s, ctx) => idTokenWrite(ctx) && !npmToken(s, ctx) },
  { tool: 'attest-build-provenance', uses: /^actions\/attest-build-provenance$|^actions\/attest$/ },
  { tool: 'slsa-github-generator', uses: slsaGenerator('generate-attestations') },
  { tool: 'npm provenance', run: thenOnLine(/\b(?:npm|pnpm|yarn\s+npm)\s+publish\b/, /--provenance\b/) },
  { tool: 'npm provenance', run: /NPM_CONFIG_PROVENANCE\s*[:=]\s*['"]?true/i },
  // JS-DevTools/npm-publish told to (zod's release.yml: `provenance: true`).
  { tool: 'npm provenance', uses: /^js-devtools\/npm-publish$/, when: withIs('provenance', /^\s*true\s*$/) },
  // Trusted publishing to PyPI attaches attestations unless turned off (gh-action-pypi-publish >= 1.11).
  { tool: 'pypi attestations', uses: /^pypa\/gh-action-pypi-publish$/, when: (s) => !/^\s*false\s*$/i.test(s.with['attestations']?.value ?? '') },
  { tool: 'cosign attest', run: /\bcosign\s+attest(?:-blob)?\b/ },
  { tool: 'docker buildx provenance', uses: /^docker\/build-push-action$/, when: withIs('provenance', /mode=max|^\s*true\s*$/) },
  { tool: 'witness/in-toto', uses: /^testifysec\/witness-run-action$/, run: /\bwitness\s+run\b|\bin-toto-run\b/ },
];

const PUBLISH_RULES: ToolRule[] = [
  // Actions that create a GitHub release or upload its assets (zstd's skx/github-action-publish-binaries, Rust projects' taiki-e actions).
  {
    tool: 'github release',
    uses: /^(?:softprops\/action-gh-release|ncipollo\/release-action|actions\/create-release|actions\/upload-release-asset|svenstaro\/upload-release-action|skx\/github-action-publish-binaries|shogo82148\/actions-upload-release-asset|AButler\/upload-release-assets|xresloader\/upload-to-github-release|marvinpinto\/action-automatic-releases|taiki-e\/(?:create-gh-release-action|upload-rust-binary-action))$/,
  },
  { tool: 'github release', run: /\bgh\s+release\s+(?:create|upload)\b/ },
  { tool: 'goreleaser', uses: /^goreleaser\/goreleaser-action$/, when: runsGoreleaser },
  { tool: 'goreleaser', run: GORELEASER_RELEASE },
  { tool: 'pypi', uses: /^pypa\/gh-action-pypi-publish$/, run: /\btwine\s+upload\b|\b(?:poetry|uv|flit|hatch|pdm)\s+publish\b/ },
  { tool: 'npm publish', uses: /^js-devtools\/npm-publish$|^changesets\/action$/, run: /\b(?:npm|pnpm|yarn(?:\s+npm)?|bun)\s+publish\b/ },
  { tool: 'container push', uses: /^docker\/build-push-action$/, when: withIs('push', /^\s*true\s*$/) },
  { tool: 'container push', run: /\b(?:docker|podman)\s+(?:image\s+)?push\b|\bko\s+(?:build|publish|resolve)\b/ },
  { tool: 'cargo publish', run: /\bcargo\s+publish\b/ },
  { tool: 'maven/gradle publish', run: anyOf(thenOnLine(/\bmvnw?\b/, /\sdeploy\b/), thenOnLine(/\bgradlew?\b/, /\spublish\w*\b/)) },
  { tool: 'nuget/gem/helm push', run: /\bdotnet\s+nuget\s+push\b|\bnuget\s+push\b|\bgem\s+push\b|\bhelm\s+push\b/ },
  { tool: 'release-please', uses: /^(?:google-github-actions|googleapis)\/release-please-action$/ },
  // GitHub's generated release notes, asked for by the step that creates the release (cli/cli's
  // `gh release create --generate-notes`, softprops/action-gh-release's generate_release_notes).
  { tool: 'github generated notes', run: /\bgh\s+release\s+create\b/, when: (s) => /\s--generate-notes\b/.test(s.run?.text ?? '') },
  { tool: 'github generated notes', uses: /^softprops\/action-gh-release$/, when: withIs('generate_release_notes', /^\s*true\s*$/) },
  { tool: 'github generated notes', uses: /^ncipollo\/release-action$/, when: withIs('generateReleaseNotes', /^\s*true\s*$/) },
];

/** Names of this project's own action: a `uses:` whose repository ends with or contains these is a Baseline scanner. */
export const SLAM_ACTION_NAMES: readonly string[] = ['security-slam-action'];
export const SLAM_NAME_FRAGMENT = 'security-slam';
/** Other OSPS Baseline scanners, as `owner/repo` (lower case). */
export const OTHER_BASELINE_SCANNERS: readonly string[] = ['revanite-io/osps-baseline-action', 'revanite-io/pvtr-publish-results'];

export function isBaselineScannerRepo(slug: string | null): boolean {
  if (!slug) return false;
  const s = slug.toLowerCase();
  const repo = s.slice(s.indexOf('/') + 1);
  return SLAM_ACTION_NAMES.some((n) => repo.endsWith(n)) || s.includes(SLAM_NAME_FRAGMENT) || OTHER_BASELINE_SCANNERS.includes(s);
}

const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
const CHANGE_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push'];
const RELEASE_EVENTS = ['release', 'push', 'workflow_dispatch', 'workflow_call', 'repository_dispatch'];

interface DetectorSpec {
  name: DetectorName;
  rules: ToolRule[];
  requires: string;
  qualifies: (events: string[]) => boolean;
}

const notOnlyPr = (ev: string[]) => ev.some((e) => !PR_EVENTS.includes(e));

const SPECS: DetectorSpec[] = [
  { name: 'tests', rules: TEST_RULES, requires: 'a trigger on pull_request, pull_request_target or merge_group', qualifies: (ev) => ev.some((e) => PR_EVENTS.includes(e)) },
  { name: 'sast', rules: SAST_RULES, requires: 'a trigger on pull_request, pull_request_target, merge_group or push', qualifies: (ev) => ev.some((e) => CHANGE_EVENTS.includes(e)) },
  { name: 'dependencyChecks', rules: DEPENDENCY_RULES, requires: 'a trigger on pull_request, pull_request_target, merge_group or push', qualifies: (ev) => ev.some((e) => CHANGE_EVENTS.includes(e)) },
  { name: 'secretScanning', rules: SECRET_RULES, requires: 'any trigger', qualifies: (ev) => ev.length > 0 },
  { name: 'signing', rules: SIGNING_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
  { name: 'sbom', rules: SBOM_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
  { name: 'vex', rules: VEX_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
  { name: 'provenance', rules: PROVENANCE_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
  { name: 'releases', rules: PUBLISH_RULES, requires: 'a trigger on release, push (tags or branches), workflow_dispatch, workflow_call or repository_dispatch', qualifies: (ev) => ev.some((e) => RELEASE_EVENTS.includes(e)) },
];


/** A step reached from a workflow job, possibly through local composite actions. */
interface StepVisit {
  file: YamlFile;
  workflow: WorkflowFact;
  job: JobFact;
  step: StepFact;
  /** The values its callers give `${{ inputs.* }}`, one set per caller (none when no caller here fills them). */
  inputs: readonly InputValues[];
}

const MAX_COMPOSITE_DEPTH = 4;

/**
 * The steps of a workflow's jobs and of the local composite actions they use. `callers` are the
 * input values of the local jobs that call this workflow (workflow_call); a composite action's
 * steps see the values its using step gives.
 */
function* visitSteps(wf: ParsedWorkflow, actionsByDir: Map<string, ParsedAction>, callers: readonly InputValues[]): Generator<StepVisit> {
  for (const job of wf.workflow.jobs) {
    const folders = checkoutFolders(job);
    const stack: Array<{ file: YamlFile; steps: StepFact[]; depth: number; seen: Set<string>; inputs: readonly InputValues[] }> = [
      { file: wf.file, steps: job.steps, depth: 0, seen: new Set(), inputs: callers },
    ];
    while (stack.length > 0) {
      const cur = stack.pop() as (typeof stack)[number];
      for (const step of cur.steps) {
        yield { file: cur.file, workflow: wf.workflow, job, step, inputs: cur.inputs };
        if (step.uses?.kind === 'local' && !step.uses.isWorkflow && cur.depth < MAX_COMPOSITE_DEPTH) {
          const written = normDir(step.uses.path ?? '');
          const dir = actionsByDir.has(written) ? written : (inCheckout(written, folders) ?? written);
          const act = actionsByDir.get(dir);
          if (act && act.action.valid && act.action.using === 'composite' && !cur.seen.has(dir)) {
            const seen = new Set(cur.seen);
            seen.add(dir);
            const defaults = Object.fromEntries(Object.entries(act.action.inputs).map(([k, d]) => [k, d.default]));
            const outer: Array<InputValues | null> = cur.inputs.length > 0 ? [...cur.inputs] : [null];
            const inputs = outer.slice(0, MAX_INPUT_SETS).map((o) => callerInputs(cur.file, step.with, defaults, o));
            stack.push({ file: act.file, steps: act.action.steps, depth: cur.depth + 1, seen, inputs });
          }
        }
      }
    }
  }
}

/** Each spec's rules that can match a step that only runs a script, and those that can match one that only uses an action. */
const RUN_RULES = new Map(SPECS.map((spec) => [spec, spec.rules.filter((r) => r.run !== undefined)]));
const USES_RULES = new Map(SPECS.map((spec) => [spec, spec.rules.filter((r) => r.uses !== undefined)]));

/**
 * The rules worth asking of a step, in their order: a `run:` rule reads the step's script and the
 * scripts it runs, a `uses:` rule the action it uses, so a step with one of the two is asked only
 * the rules of its kind (runDetectors asks every rule of every spec of every step: on a tree of 40
 * workflows that was most of its time).
 */
function rulesFor(spec: (typeof SPECS)[number], step: StepFact, runsScripts: boolean): readonly ToolRule[] {
  // An action that runs repository files (pre-commit/action: the hooks) is asked the script rules too.
  if ((step.run && step.uses) || (step.uses && runsScripts)) return spec.rules;
  if (step.run) return RUN_RULES.get(spec) ?? spec.rules;
  if (step.uses) return USES_RULES.get(spec) ?? spec.rules;
  return [];
}

/** For each local reusable workflow, the input values of the jobs that call it (`jobs.<id>.uses: ./.github/workflows/x.yml` with `with:`). */
function reusableCallers(workflows: readonly ParsedWorkflow[]): Map<string, InputValues[]> {
  const out = new Map<string, InputValues[]>();
  for (const wf of workflows) {
    if (!wf.workflow.valid) continue;
    for (const job of wf.workflow.jobs) {
      const u = job.uses;
      if (u?.kind !== 'local' || !u.isWorkflow || !u.path) continue;
      const list = out.get(normDir(u.path)) ?? [];
      if (list.length < MAX_INPUT_SETS) list.push(callerInputs(wf.file, job.with, {}, null));
      out.set(normDir(u.path), list);
    }
  }
  return out;
}

/** A script file's lines that can run something: trimmed, without blank, comment and `echo` lines, each with its 1-based position. */
interface ScriptLine {
  text: string;
  line: number;
  column: number;
}

/** The runnable lines of each script, cut once: every rule of every step that runs the script reads them. */
const runnableLinesOf = new WeakMap<readonly string[], ScriptLine[]>();

function runnableLines(lines: readonly string[]): ScriptLine[] {
  const cached = runnableLinesOf.get(lines);
  if (cached) return cached;
  const out: ScriptLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    const t = raw.trim();
    if (t === '' || t.startsWith('#') || t.startsWith('//') || t.startsWith('echo ')) continue;
    out.push({ text: t, line: i + 1, column: raw.length - raw.trimStart().length + 1 });
  }
  runnableLinesOf.set(lines, out);
  return out;
}

/** First non-comment line of a script file matching `re`, with its 1-based position. */
function matchScript(re: LineTest, lines: readonly string[]): { text: string; line: number; column: number } | null {
  // Indexed: baseline-compiled `for…of` allocates an iterator result per line (--max-opt=1, launch.ts).
  const runnable = runnableLines(lines);
  for (let i = 0; i < runnable.length; i++) {
    const l = runnable[i];
    if (re.test(l.text)) return { text: l.text.length > 160 ? l.text.slice(0, 157) + '...' : l.text, line: l.line, column: l.column };
  }
  return null;
}

function stepTarget(step: StepFact): string | null {
  const u = step.uses;
  return u && u.kind !== 'expression' && u.kind !== 'invalid' ? usesTarget(u) : null;
}

/** The lines of each step's script, cut once: the self-scan, every rule and the test runs read them. */
const scriptLinesOfStep = new WeakMap<StepFact, string[]>();

/** A step's script lines, trimmed, without blank and comment lines; shared, never to be changed. */
function scriptLines(file: YamlFile, step: StepFact): readonly string[] {
  if (!step.run) return [];
  const cached = scriptLinesOfStep.get(step);
  if (cached) return cached;
  const text = file.fullText.get(step.run) ?? step.run.text;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  scriptLinesOfStep.set(step, lines);
  return lines;
}

function matchRule(rule: ToolRule, ctx: RuleContext, file: YamlFile, step: StepFact, target: string | null, lines: readonly string[]): { via: 'uses' | 'run'; text: string; line: number; column: number } | null {
  if (rule.when && !rule.when(step, ctx)) return null;
  if (rule.uses && step.uses && target !== null && rule.uses.test(target)) {
    return { via: 'uses', text: step.uses.raw.trim(), line: step.uses.line, column: step.uses.column };
  }
  if (rule.run && step.run) {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!rule.run.test(l)) continue;
      const found = file.findInSource(step.run, l);
      const at = found?.pos ?? step.run;
      return { via: 'run', text: l.length > 160 ? l.slice(0, 157) + '...' : l, line: at.line, column: at.column };
    }
  }
  return null;
}

/** Reasons a workflow's own triggers make it recurring (push to the default branch, schedule, release). */
export function ownRecurringReasons(wf: WorkflowFact, defaultBranches: string[]): string[] {
  const out: string[] = [];
  const t = wf.triggers;
  if (t.events.includes('push')) {
    const f = t.filters['push'];
    if (!f) out.push(`push to ${defaultBranches[0]}`);
    else if (f.branches !== null) {
      const b = defaultBranches.find((d) => filterIncludes(f.branches ?? [], d));
      if (b) out.push(`push to ${b}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
    } else if (f.branchesIgnore !== null) {
      const b = defaultBranches.find((d) => !filterIncludes(f.branchesIgnore ?? [], d));
      if (b) out.push(`push to ${b}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
    } else if (f.tags !== null || f.tagsIgnore !== null) {
      // Only tag filters: branch pushes do not trigger it, tag pushes (releases) do.
      out.push('push of tags (release)');
    } else out.push(`push to ${defaultBranches[0]}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
  }
  if (t.events.includes('schedule')) out.push('schedule');
  if (t.events.includes('release')) out.push('release');
  return out;
}

/** The folder a run step starts in: its working-directory, else the job's or the workflow's default; null when an expression decides it. */
function startFolder(v: StepVisit): string | null {
  const wd = v.step.workingDirectory ?? (v.file.path === v.workflow.path ? (v.job.workingDirectory ?? v.workflow.workingDirectory) : null);
  if (wd === null || wd.trim() === '' || wd.trim() === '.') return '';
  return wd.includes('${{') ? null : normalise('', wd.trim().replace(/^\.\//, ''));
}

/**
 * A script line with each `${{ env.NAME }}` replaced by the value the step sees when it is written
 * plainly (envEntry: the step's env, else the job's, else the workflow's): `${{ env.CARGO }} test`
 * runs `cargo test`. An expression that computes (`${{ a && b || format('x{0}', c) }}`) becomes one
 * word, `${{…}}`: its operators are not the shell's (cattrs' `just python=${{ … && … }} cov`). A
 * plain reference stays as written.
 */
function withEnvValues(line: string, v: StepVisit): string {
  return replaceExpressions(line, (body) => {
    if (COMPUTED_EXPRESSION.test(body)) return '${{…}}';
    const name = /^env\.([A-Za-z_][\w-]{0,100})$/.exec(body)?.[1];
    const value = name === undefined ? undefined : envEntry([v.step.env, v.job.env, v.workflow.env], name)?.value.value;
    return value !== undefined && !value.includes('${{') && !value.includes('\n') ? value : undefined;
  });
}

/**
 * Whether every `${{ matrix.… }}` of a line stands where a value is a command: the whole command (kustomize's
 * `run: ${{ matrix.test-cmd }}`) or the script, target or recipe a runner runs (`npm run ${{ matrix.command }}`). An argument
 * elsewhere is data (pluggy's `run_downstream.py "${{ matrix.recipe }}"` names a downstream project, `pytest` among them),
 * which would read as a command once put in.
 */
function matrixAsCommand(line: string): boolean {
  const found = findExpressions(line).filter((e) => /^matrix\./.test(e.body));
  return found.length > 0 && found.every((e) => MATRIX_COMMAND_BEFORE.test(line.slice(Math.max(0, e.offset - 200), e.offset).split(/&&|\|\||[;|]/).pop()?.trim() ?? ''));
}

/** What may stand before a matrix value that is run: nothing, or a package manager's or task runner's command. */
const MATRIX_COMMAND_BEFORE = /^(?:(?:npm|pnpm|yarn|bun)(?:\s+run)?|make|gmake|task|just|mage)?$/;

/** An expression body with an operator or a call: more than a context reference. */
const COMPUTED_EXPRESSION = /[&|!=<>(;]/;

/**
 * The first test run of a step: a line of its script, followed to what it runs (make targets,
 * package scripts, runners), else a line of a repository script the step runs.
 */
function testRun(resolver: TestRunResolver, v: StepVisit, lines: readonly string[], scripts: StepScript[], readLines: (path: string) => string[] | null, scriptTests: (sc: StepScript) => ScriptTestRun | null): { tool: string; via: DetectorHit['via']; text: string; line: number; column: number; path?: string } | null {
  // Scripts reached through a caller's command (checkoutScripts), read after the step's own.
  const reached: Array<{ path: string; lines: string[]; from?: string }> = [];
  for (const inputs of [null, ...v.inputs]) {
    let cwd = startFolder(v);
    for (const l of lines) {
      // A line that runs a caller's input is read as the command the caller gave, line by line.
      const given = inputs === null ? null : withInputs(l, inputs);
      for (const part of given === null ? [l] : given.text.split('\n')) {
        if (part.trim() === '' || part.trim().startsWith('#')) continue;
        // Once per value of a `${{ matrix.KEY }}` it holds (rollup's `npm run ${{ matrix.command || 'test:only' }}`):
        // a test run in one combination is one the job runs. The folder it ends in is the first's.
        const variants = matrixAsCommand(part.trim()) ? withMatrixValues(part.trim(), v.job.matrixValues ?? {}) : [];
        let r = resolver.line(withEnvValues(variants[0] ?? part.trim(), v), cwd);
        for (const other of variants.slice(1)) {
          if (r.verdict?.kind === 'tests') break;
          const next = resolver.line(withEnvValues(other, v), cwd);
          if (next.verdict?.kind === 'tests') r = { ...next, cwd: r.cwd };
        }
        cwd = r.cwd;
        if (given !== null) for (const p of checkoutScripts(part, checkoutFolders(v.job))) if (!reached.some((g) => g.path === p)) reached.push({ path: p, lines: readLines(p) ?? [], from: given.from });
        if (r.verdict?.kind !== 'tests' || !v.step.run) continue;
        const at = v.file.findInSource(v.step.run, l)?.pos ?? v.step.run;
        const tool = given === null ? r.verdict.tool : `${r.verdict.tool}, the command given by ${given.from}`;
        const text = given === null ? l : part.trim();
        return { tool, via: 'run', text: text.length > 160 ? text.slice(0, 157) + '...' : text, line: at.line, column: at.column };
      }
    }
  }
  // A Makefile target's recipes are the resolver's to read (it follows `make test` itself).
  const all: StepScript[] = [...scripts.filter((sc) => !sc.make), ...reached.filter((g) => g.lines.length > 0 && !scripts.some((x) => x.path === g.path && x.key === undefined))];
  for (const sc of all) {
    const found = scriptTests(sc);
    if (found) return sc.from ? { ...found, tool: `${found.tool}, in ${sc.path} run by the command given by ${sc.from}` } : found;
  }
  return null;
}

type ScriptTestRun = { tool: string; via: 'script'; path: string; text: string; line: number; column: number };

/**
 * The first test run of a repository script, read line by line from its top: it depends only on
 * the script, so a script that many steps run is read once (runDetectors keeps the answers).
 */
function scriptTestRun(resolver: TestRunResolver, sc: StepScript): ScriptTestRun | null {
  const vars = new Map<string, string>();
  let scwd: string | null = '';
  const here = sc.path.includes('/') ? sc.path.slice(0, sc.path.lastIndexOf('/')) : '.';
  const program = programScript(sc.path, sc.lines[0] ?? '');
  if (program && TEST_FOLDER_SCRIPT.test(sc.path)) {
    const i = sc.lines.findIndex((l, n) => n < MAX_RUNNER_SCRIPT_LINES && TEST_FRAMEWORK_LOAD.test(l));
    if (i >= 0) {
      const call = sc.lines[i].trim();
      return { tool: `${TEST_FRAMEWORK_LOAD.exec(sc.lines[i])?.slice(1).find(Boolean) ?? 'tests'} (the test suite's runner script)`, via: 'script', path: sc.path, text: call.slice(0, 160), line: i + 1, column: sc.lines[i].length - sc.lines[i].trimStart().length + 1 };
    }
  }
  // A line that calls one of the script's functions is followed into it (rustup's `build_test test`).
  for (const { text, index: i, through } of withFunctionCalls(sc.lines)) {
    const t = text.replace(/\r$/, '').trim();
    if (t === '' || t.startsWith('#') || t.startsWith('//') || t.startsWith('echo ') || (program && !RUNS_PROGRAM.test(t))) continue;
    if (toolVariable(t, vars)) continue;
    const r = resolver.line(withVariables(scriptFolders(t, here, '.'), vars), scwd);
    // A function's `cd` moves only while it runs as far as this reading goes: the caller's folder stays.
    if (through.length === 0) scwd = r.cwd;
    if (r.verdict?.kind !== 'tests') continue;
    const raw = sc.lines[i].replace(/\r$/, '');
    const call = raw.trim();
    const tool = through.length === 0 ? r.verdict.tool : `${r.verdict.tool}, through the script's function ${through.join(' → ')}`;
    return { tool, via: 'script', path: sc.path, text: call.length > 160 ? call.slice(0, 157) + '...' : call, line: i + 1, column: raw.length - raw.trimStart().length + 1 };
  }
  return null;
}

/**
 * A Python, JavaScript, Ruby or Perl script (by its extension or #! line) is not shell: its lines are code and data
 * (poetry's fixture generator has `import pytest` in a template and `Release("pytest", "3.5.0")`). A runner counts there
 * only on a line that starts a program (`subprocess.run(["pytest", "-q"])`, `execSync('npx jest')`, nox's `session.run`).
 */
const PROGRAM_SCRIPT = /\.(?:py|[cm]?js|ts|rb|pl)$/;
const PROGRAM_SHEBANG = /^#!.*\b(?:python[\d.]*|node|ruby|perl)\b/;
const RUNS_PROGRAM = /\b(?:subprocess\.\w+|os\.(?:system|popen|exec\w*)|(?:exec|execFile|spawn)(?:Sync)?|system|session\.run|run_command)\s*\(/;

/**
 * A program in the test suite's own folder that loads a test framework is the suite's runner (puma's CI runs
 * `test/runner --verbose`, a Ruby script that requires minitest and then the test files): it runs the tests.
 */
const TEST_FOLDER_SCRIPT = /^(?:test|tests|spec)\/[^/]+$/;
const TEST_FRAMEWORK_LOAD = /^\s*(?:require(?:\s*\(\s*|\s+)['"](minitest|test\/unit|rspec)(?:\/autorun)?['"]|import\s+(pytest|unittest)\b|from\s+(pytest|unittest)\s+import\b)/;
/** Lines of such a script searched for the framework it loads. */
const MAX_RUNNER_SCRIPT_LINES = 500;

function programScript(path: string, first: string): boolean {
  return PROGRAM_SCRIPT.test(path) || PROGRAM_SHEBANG.test(first);
}

export interface DetectorResult {
  detectors: Record<DetectorName, Detector>;
  scanners: ScannerFact[];
  hubPublishing: HubPublishingFact[];
}

export interface DetectorOptions {
  repository: string | null;
  defaultBranch: string | null;
  goreleaser: GoreleaserConfig;
  /** Where the root golangci-lint configuration enables gosec, or null (absent when not read). */
  golangciGosec?: GosecInGolangci | null;
  /** Text of a repository file a `run:` script invokes (`bash .ci/run`), or null when absent or unreadable. */
  readScript?: (path: string) => string | null;
  /** The analysis's Makefiles, parsed once (read through readScript when absent). */
  makefiles?: MakefileCache;
}

/** Publishing jobs kept: a real repository has one or two. */
const MAX_HUB_PUBLISHING = 50;

/** Events whose runs never have a tag as their ref (schedule and workflow_run run on the default branch). */
const NEVER_TAG_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'schedule', 'merge_group', 'issues', 'issue_comment', 'pull_request_review', 'pull_request_review_comment', 'discussion', 'discussion_comment', 'label', 'milestone', 'watch', 'fork', 'workflow_run']);

/**
 * Whether no event of the workflow can run it for a tag: each is one of NEVER_TAG_EVENTS, or a push
 * filtered by branches alone (GitHub then runs it for no tag push). Without triggers: unknown, false.
 */
function runsOnNoTag(wf: WorkflowFact): boolean {
  const t = wf.triggers;
  return (
    t.events.length > 0 &&
    t.events.every((e) => {
      if (e !== 'push') return NEVER_TAG_EVENTS.has(e);
      const f = t.filters['push'];
      return f !== undefined && f.tags === null && f.tagsIgnore === null && (f.branches !== null || f.branchesIgnore !== null);
    })
  );
}

/** A tag test of the ref, as a job's condition writes it. */
const TAG_TEST = /\b(?:startsWith|contains)\(\s*github\.ref\s*,\s*'refs\/tags\/?'\s*\)|\bgithub\.ref_type\s*==\s*'tag'/;

/** A job condition that holds only for a tag: a tag test joined to the rest by `&&` alone, nothing negated. */
function tagOnly(condition: string | null): boolean {
  return condition !== null && !condition.includes('||') && !condition.includes('!') && TAG_TEST.test(condition);
}

export function runDetectors(workflows: ParsedWorkflow[], actions: ParsedAction[], options: DetectorOptions): DetectorResult {
  const ctx: RuleContext = { goreleaser: options.goreleaser, golangciGosec: options.golangciGosec ?? null };
  const actionsByDir = new Map<string, ParsedAction>();
  for (const a of actions) if (!actionsByDir.has(normDir(a.action.dir))) actionsByDir.set(normDir(a.action.dir), a);
  const detectors = {} as Record<DetectorName, Detector>;
  for (const spec of SPECS) detectors[spec.name] = { found: false, requires: spec.requires, hits: [] };
  const scanners: ScannerFact[] = [];
  const hubPublishing: HubPublishingFact[] = [];
  const defaultBranches = options.defaultBranch ? [options.defaultBranch] : ['main', 'master'];
  const reasons = propagateRecurring(workflows, defaultBranches);
  // `uses: ./` runs the repository's own root action: a scanner when the repository is this
  // project (by name), or, when the name is unknown, when the root action.yml is named Security Slam.
  const rootAction = actionsByDir.get('');
  const selfIsScanner = options.repository
    ? isBaselineScannerRepo(options.repository)
    : !!rootAction && rootAction.action.valid && /security[\s_-]*slam/i.test(rootAction.action.name ?? '');
  const read = (path: string): string | null => {
    try {
      return options.readScript?.(path) ?? null;
    } catch {
      return null;
    }
  };
  // One parse of each Makefile for the test runs `make test` reaches and the recipes `make lint` runs.
  const makefiles = options.makefiles ?? new MakefileCache(read, normalise);
  const resolver = new TestRunResolver({ read, makefiles });
  const callersOf = reusableCallers(workflows);
  const stepScripts = new StepScripts(options.readScript, makefiles);
  const scriptLinesOf = (path: string) => stepScripts.linesOf(path);
  // A script run by many steps (a Makefile, hack/test.sh) is matched against each rule once: the
  // answer depends only on the rule and the script's lines, read once per path.
  const scriptMatches = new Map<LineTest, Map<string, ReturnType<typeof matchScript>>>();
  const scriptMatch = (re: LineTest, sc: StepScript): ReturnType<typeof matchScript> => {
    let byScript = scriptMatches.get(re);
    if (!byScript) scriptMatches.set(re, (byScript = new Map()));
    const key = sc.key ?? sc.path;
    if (byScript.has(key)) return byScript.get(key) ?? null;
    const found = matchScript(re, sc.lines);
    byScript.set(key, found);
    return found;
  };

  const scriptTestRuns = new Map<string, ScriptTestRun | null>();
  const scriptTests = (sc: StepScript): ScriptTestRun | null => {
    const key = sc.key ?? sc.path;
    if (!scriptTestRuns.has(key)) scriptTestRuns.set(key, scriptTestRun(resolver, sc));
    return scriptTestRuns.get(key) ?? null;
  };

  for (const wf of workflows) {
    if (!wf.workflow.valid) continue;
    const triggers = wf.workflow.effectiveEvents;
    const recurringReasons = reasons.get(wf.workflow.path) ?? [];
    // Folders where a job checked out the reusable workflow's own repository
    // (`repository: ${{ job.workflow_repository }}`): `uses: ./<folder>` then runs that
    // repository's root action, which for a workflow of this repository is its own action.
    const ownActionDirs = new Map<string, Set<string>>();
    const addScanner = (file: YamlFile, job: JobFact, u: NonNullable<StepFact['uses']>) => {
      const local = u.kind === 'local' ? normDir(u.path ?? '') : null;
      const isScanner = isBaselineScannerRepo(repoSlug(u)) || (selfIsScanner && local !== null && (local === '' || (ownActionDirs.get(job.id)?.has(local) ?? false)));
      if (!isScanner) return;
      scanners.push({ path: file.path, line: u.line, column: u.column, job: job.id, uses: u.raw.trim(), triggers, recurring: recurringReasons.length > 0, recurringReasons });
    };
    for (const job of wf.workflow.jobs) if (job.uses) addScanner(wf.file, job, job.uses);
    for (const job of wf.workflow.jobs) {
      const hub = hubPublishingOf(job, { path: wf.workflow.path, repository: options.repository, triggers, recurringReasons });
      if (hub && hubPublishing.length < MAX_HUB_PUBLISHING) hubPublishing.push(hub);
    }
    // A Baseline scanner project scanning itself: the job builds the scanner and runs it on the Baseline.
    for (const job of wf.workflow.jobs) {
      const self = selfScanIn(job, (st) => scriptLines(wf.file, st), (p) => scriptLinesOf(p)?.join('\n') ?? null);
      if (!self || !self.step.run) continue;
      const at = wf.file.findInSource(self.step.run, self.line)?.pos ?? self.step.run;
      const cmd = self.line.length > 100 ? `${self.line.slice(0, 97)}...` : self.line;
      scanners.push({ path: wf.file.path, line: at.line, column: at.column, job: job.id, uses: `the scanner built from this repository (\`${cmd}\`; ${self.why})`, triggers, recurring: recurringReasons.length > 0, recurringReasons, selfBuilt: true });
    }
    const neverOnTag = runsOnNoTag(wf.workflow);
    for (const v of visitSteps(wf, actionsByDir, callersOf.get(wf.workflow.path) ?? [])) {
      // A job only for tags in a workflow no tag starts never runs (twine's release job under push to main, pull_request, schedule).
      if (neverOnTag && v.file === wf.file && tagOnly(v.job.if)) continue;
      const own = ownRepositoryCheckout(v.step);
      if (own !== null && v.file === wf.file) ownActionDirs.set(v.job.id, (ownActionDirs.get(v.job.id) ?? new Set()).add(own));
      if (v.step.uses) addScanner(v.file, v.job, v.step.uses);
      const lines = scriptLines(v.file, v.step);
      const target = stepTarget(v.step);
      const stepCtx: RuleContext = { ...ctx, job: v.job, workflow: v.workflow };
      // Repository files the step runs (scripts, tox environments, pre-commit hooks), scanned line by line with the same rules.
      const scripts = stepScripts.forStep(lines, startFolder(v), v.job.matrixValues, target, v.step.with['extra_args']?.value);
      for (const spec of SPECS) {
        const seenTools = new Set<string>();
        if (spec.name === 'tests' && !inOtherProject(v, options.repository)) {
          const m = testRun(resolver, v, lines, scripts, scriptLinesOf, scriptTests);
          if (m) {
            const d = detectors.tests;
            const hit: DetectorHit = { path: m.path ?? v.file.path, workflow: wf.workflow.path, job: v.job.id, tool: m.tool, via: m.via, text: m.text, line: m.line, column: m.column, triggers, qualifies: spec.qualifies(triggers) };
            if (d.hits.length < 1000) d.hits.push(hit);
            if (hit.qualifies) d.found = true;
          }
        }
        for (const rule of rulesFor(spec, v.step, scripts.length > 0)) {
          if (seenTools.has(rule.tool)) continue;
          let m: { via: DetectorHit['via']; text: string; line: number; column: number; path?: string } | null = matchRule(rule, stepCtx, v.file, v.step, target, lines);
          if (!m && rule.run && (!rule.when || rule.when(v.step, stepCtx))) {
            for (const sc of scripts) {
              const found = scriptMatch(rule.run, sc);
              if (found) {
                m = { via: 'script', path: sc.path, ...found };
                break;
              }
            }
          }
          if (!m) continue;
          seenTools.add(rule.tool);
          const hit: DetectorHit = {
            path: m.path ?? v.file.path,
            workflow: wf.workflow.path,
            job: v.job.id,
            tool: rule.label?.(stepCtx) ?? rule.tool,
            via: m.via,
            text: m.text,
            line: m.line,
            column: m.column,
            triggers,
            qualifies: spec.qualifies(triggers),
            ...(rule.covers ? { covers: rule.covers } : {}),
          };
          const d = detectors[spec.name];
          if (d.hits.length < 1000) d.hits.push(hit);
          if (hit.qualifies) d.found = true;
        }
      }
    }
    // Reusable workflows called from a job (`jobs.<id>.uses`) can be tools too (slsa-github-generator, osv-scanner).
    for (const job of wf.workflow.jobs) {
      if (!job.uses || job.uses.kind !== 'reusable-workflow') continue;
      const named = testCallByName(job);
      if (named !== null && detectors.tests.hits.length < 1000) {
        const spec = SPECS[0];
        const hit: DetectorHit = { path: wf.file.path, workflow: wf.workflow.path, job: job.id, tool: named.tool, via: 'uses', text: job.uses.raw.trim(), line: job.uses.line, column: job.uses.column, triggers, qualifies: spec.qualifies(triggers), byName: named.byName };
        detectors.tests.hits.push(hit);
        if (hit.qualifies && named.byName === 'tests') detectors.tests.found = true;
      }
      const fakeStep: StepFact = { index: -1, line: job.uses.line, column: job.uses.column, id: null, name: null, if: null, uses: job.uses, run: null, shell: null, with: job.with, env: {}, workingDirectory: null };
      for (const spec of SPECS) {
        let matched = false;
        for (const rule of spec.rules) {
          if (!rule.uses) continue;
          const m = matchRule({ ...rule, run: undefined }, ctx, wf.file, fakeStep, stepTarget(fakeStep), []);
          if (!m) continue;
          const hit: DetectorHit = { path: wf.file.path, workflow: wf.workflow.path, job: job.id, tool: rule.label?.(ctx) ?? rule.tool, via: 'uses', text: m.text, line: m.line, column: m.column, triggers, qualifies: spec.qualifies(triggers), ...(rule.covers ? { covers: rule.covers } : {}) };
          const d = detectors[spec.name];
          if (d.hits.length < 1000) d.hits.push(hit);
          if (hit.qualifies) d.found = true;
          matched = true;
          break;
        }
        const named = matched ? null : scanCallByName(spec.name, job.uses);
        if (named !== null && detectors[spec.name].hits.length < 1000) {
          const hit: DetectorHit = { path: wf.file.path, workflow: wf.workflow.path, job: job.id, tool: named, via: 'uses', text: job.uses.raw.trim(), line: job.uses.line, column: job.uses.column, triggers, qualifies: spec.qualifies(triggers) };
          detectors[spec.name].hits.push(hit);
          if (hit.qualifies) detectors[spec.name].found = true;
        }
      }
    }
  }
  // A job that calls a local reusable workflow running a scanner runs that scanner too, on its
  // own workflow's triggers (as a call to a remote reusable workflow of a scanner counts).
  const calls = localCalls(workflows);
  for (let round = 0; round < workflows.length; round++) {
    let added = false;
    for (const wf of workflows) {
      if (!wf.workflow.valid || !calls.has(wf.workflow.path)) continue;
      const recurringReasons = reasons.get(wf.workflow.path) ?? [];
      for (const job of wf.workflow.jobs) {
        const u = job.uses;
        if (u?.kind !== 'local' || !u.isWorkflow || !u.path) continue;
        const callee = normDir(u.path);
        if (callee === wf.workflow.path || !scanners.some((x) => x.path === callee)) continue;
        if (scanners.some((x) => x.path === wf.file.path && x.job === job.id && x.line === u.line)) continue;
        scanners.push({ path: wf.file.path, line: u.line, column: u.column, job: job.id, uses: u.raw.trim(), triggers: wf.workflow.effectiveEvents, recurring: recurringReasons.length > 0, recurringReasons });
        added = true;
      }
    }
    if (!added) break;
  }
  return { detectors, scanners, hubPublishing };
}

/** Words of a called workflow's file name or a job's name that say it runs tests, and that say it does something else. */
const CALL_TEST_WORD = /^(?:tests?|testing|unittests?|e2e)$/;
const CALL_OTHER_WORD = /^(?:publish|release|results?|reports?|lint|docs?|deploy|labels?|labeler|stale|triage|notify)$/;

/**
 * A job calling another repository's reusable workflow, which cannot be read offline, counted by
 * its name as an unread make target is (swift-argument-parser: job `tests:` / `name: Test` calls
 * swiftlang/github-workflows `swift_package_test.yml`): a test word in the file name or the
 * job's id or name says it tests; a file name that says only `ci` may or may not run them.
 */
function testCallByName(job: JobFact): { tool: string; byName: 'tests' | 'ci' } | null {
  const u = job.uses;
  if (!u?.path) return null;
  const file = u.path.slice(u.path.lastIndexOf('/') + 1);
  const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  const says = (ws: string[]) => ws.some((w) => CALL_TEST_WORD.test(w)) && !ws.some((w) => CALL_OTHER_WORD.test(w));
  const fileWords = words(file.replace(/\.ya?ml$/, ''));
  const from = `${u.owner ?? ''}/${u.repo ?? ''}`;
  if (says(fileWords)) return { tool: `${file} of ${from}, not read here: its file name says it runs tests`, byName: 'tests' };
  const jobWords = [...words(job.id), ...words(job.name ?? '')];
  if (says(jobWords) && !fileWords.some((w) => CALL_OTHER_WORD.test(w))) return { tool: `${file} of ${from}, not read here: the job's name (${job.name ?? job.id}) says it runs tests`, byName: 'tests' };
  if (fileWords.includes('ci') && !fileWords.some((w) => CALL_OTHER_WORD.test(w))) return { tool: `${file} of ${from}, not read here: its file name says CI`, byName: 'ci' };
  return null;
}

/** Scanners named by a word (or two joined words) of a called workflow's file name, by detector. */
const CALL_SCANNER_WORDS: Partial<Record<DetectorName, readonly string[]>> = {
  sast: ['codeql', 'semgrep', 'sast', 'gosec', 'bandit', 'sonarcloud', 'sonarqube', 'coverity', 'cppcheck'],
  dependencyChecks: ['dependency-review', 'dependency-check', 'osv-scanner', 'govulncheck', 'pip-audit', 'cargo-deny', 'cargo-audit'],
};

/**
 * A job calling another repository's reusable workflow named after a scanner, counted by that name
 * as testCallByName counts a test workflow (logging-log4j2's `analyze` job calls apache/logging-parent
 * `codeql-analysis-reusable.yaml`): the file is not read here, and the evidence says so.
 */
function scanCallByName(detector: DetectorName, u: NonNullable<JobFact['uses']>): string | null {
  const names = CALL_SCANNER_WORDS[detector];
  if (!names || !u.path) return null;
  const file = u.path.slice(u.path.lastIndexOf('/') + 1);
  const words = file.replace(/\.ya?ml$/, '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  if (words.some((w) => CALL_OTHER_WORD.test(w))) return null;
  const pairs = words.slice(1).map((w, i) => `${words[i]}-${w}`);
  const name = names.find((n) => words.includes(n) || pairs.includes(n));
  return name === undefined ? null : `${name} (${file} of ${u.owner ?? ''}/${u.repo ?? ''}, not read here: its file name says ${name})`;
}

/** Folders a job checks this repository out into (`actions/checkout` with `path: source` and no other repository). */
function checkoutFolders(job: JobFact): string[] {
  const out: string[] = [];
  for (const st of job.steps) {
    if (!st.uses || repoSlug(st.uses) !== 'actions/checkout') continue;
    const repository = st.with.repository?.value.replace(/\s+/g, '') ?? '';
    const path = normDir(st.with.path?.value ?? '');
    if ((repository === '' || repository === '${{github.repository}}') && path !== '' && !path.includes('$')) out.push(path);
  }
  return out;
}

/**
 * Folders a job checks someone else's repository out into: another owner's, or one an expression
 * picks (fastify's citgm-package.yml: the npm package under test, named by an input, into `package`,
 * whose `npm test` runs that package's tests, not this repository's). A repository of the same owner
 * (kubewarden's `${{ github.repository_owner }}/kubewarden-end-to-end-tests`, poetry's
 * python-poetry/poetry-plugin-export) is the project's own.
 */
function otherProjectFolders(job: JobFact, repository: string | null): string[] {
  const owner = repository?.split('/')[0]?.toLowerCase() ?? null;
  const out: string[] = [];
  for (const st of job.steps) {
    if (!st.uses || repoSlug(st.uses) !== 'actions/checkout') continue;
    const repo = (st.with.repository?.value.replace(/\s+/g, '') ?? '').toLowerCase();
    const path = normDir(st.with.path?.value ?? '');
    if (repo === '' || repo === '${{github.repository}}' || repo.startsWith('${{github.repository_owner}}/') || (owner !== null && repo.startsWith(`${owner}/`))) continue;
    if (path !== '' && !path.includes('$')) out.push(path);
  }
  return out;
}

/** A step that starts in a folder holding someone else's repository: what it runs is that project's. */
function inOtherProject(v: StepVisit, repository: string | null): boolean {
  const start = startFolder(v);
  if (start === null || start === '') return false;
  return otherProjectFolders(v.job, repository).some((f) => start === f || start.startsWith(`${f}/`));
}

/** A path written from the workspace into a checkout folder (`source/.github/actions/run-build`) as a repository path, else null. */
function inCheckout(path: string, folders: readonly string[]): string | null {
  const f = folders.find((x) => path.startsWith(`${x}/`));
  return f === undefined ? null : path.slice(f.length + 1);
}

/**
 * Repository scripts a command runs through a checkout folder, from a working folder of its own
 * (libgit2: `cd ${BUILD_WORKSPACE:-.}/build && ../source/ci/test.sh`, with the repository checked
 * out into `source`): the path after the checkout folder, whatever `./` and `../` lead to it.
 */
function checkoutScripts(line: string, folders: readonly string[]): string[] {
  if (folders.length === 0) return [];
  const out: string[] = [];
  for (const w of line.split(WORD_SEPARATORS)) {
    if (!w.includes('/') || out.length >= 3) continue;
    const parts = w.split('/');
    let i = 0;
    while (i < parts.length && (parts[i] === '.' || parts[i] === '..')) i++;
    const p = inCheckout(parts.slice(i).join('/'), folders);
    if (p !== null && SCRIPT_PATH.test(p) && !p.split('/').includes('..')) out.push(p);
  }
  return out;
}

/** Variables of a script that name a tool (`CTEST=$(which ctest)`, `PYTEST=pytest`), kept per script. */
const TOOL_VARIABLE = /^([A-Z_][A-Z0-9_]{0,40})=(?:\$\((?:which|command -v) ([\w.+-]{1,60})\)|([\w.+-]{1,60}))$/;
const MAX_VARIABLES = 50;

/** Records a line that sets a tool variable; true when it was one. */
function toolVariable(line: string, vars: Map<string, string>): boolean {
  const m = TOOL_VARIABLE.exec(line);
  if (!m) return false;
  if (vars.size < MAX_VARIABLES) vars.set(m[1], m[2] ?? m[3]);
  return true;
}

/** A line with `${NAME}` and `$NAME` of the recorded tool variables replaced by the tool (libgit2's `"${CTEST}" -V`). */
function withVariables(line: string, vars: ReadonlyMap<string, string>): string {
  if (vars.size === 0 || !line.includes('$')) return line;
  let out = line;
  for (const [name, tool] of vars) out = out.split(`\${${name}}`).join(tool).split(`$${name}`).join(tool);
  return out;
}

/** The folder of an `actions/checkout` step that checks out `${{ job.workflow_repository }}`, else null. */
function ownRepositoryCheckout(step: StepFact): string | null {
  if (!step.uses || repoSlug(step.uses) !== 'actions/checkout') return null;
  const repository = step.with.repository?.value.replace(/\s+/g, '');
  if (repository !== '${{job.workflow_repository}}') return null;
  return normDir(step.with.path?.value ?? '');
}

/** Local reusable-workflow calls: caller path -> callee paths. */
export function localCalls(workflows: ParsedWorkflow[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const wf of workflows) {
    if (!wf.workflow.valid) continue;
    for (const job of wf.workflow.jobs) {
      if (job.uses?.kind === 'local' && job.uses.isWorkflow && job.uses.path) {
        const callee = normDir(job.uses.path);
        const list = out.get(wf.workflow.path) ?? [];
        if (!list.includes(callee)) list.push(callee);
        out.set(wf.workflow.path, list);
      }
    }
  }
  return out;
}

/**
 * Sets `effectiveEvents` on every workflow: its own events, plus the events of local workflows
 * that call it through `workflow_call` (transitively). `workflow_call` stays listed only when no
 * local caller was found (it may be called from another repository).
 */
export function computeEffectiveEvents(workflows: ParsedWorkflow[]): void {
  const calls = localCalls(workflows);
  const byPath = new Map(workflows.map((w) => [w.workflow.path, w.workflow] as const));
  const eff = new Map<string, Set<string>>();
  for (const w of workflows) eff.set(w.workflow.path, new Set(w.workflow.triggers.events));
  const called = new Set<string>();
  // Fixpoint, bounded by the number of workflows (each round adds at least one event or stops).
  for (let round = 0; round <= workflows.length; round++) {
    let changed = false;
    for (const [caller, callees] of calls) {
      const from = eff.get(caller);
      if (!from) continue;
      for (const callee of callees) {
        const target = byPath.get(callee);
        if (!target || !target.triggers.events.includes('workflow_call')) continue;
        called.add(callee);
        const to = eff.get(callee) as Set<string>;
        for (const e of from) {
          if (e !== 'workflow_call' && !to.has(e)) {
            to.add(e);
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
  }
  for (const w of workflows) {
    const set = eff.get(w.workflow.path) as Set<string>;
    const events = [...set];
    w.workflow.effectiveEvents = called.has(w.workflow.path) && events.length > 1 ? events.filter((e) => e !== 'workflow_call') : events;
  }
}

function propagateRecurring(workflows: ParsedWorkflow[], defaultBranches: string[]): Map<string, string[]> {
  const calls = localCalls(workflows);
  const out = new Map<string, string[]>();
  for (const w of workflows) out.set(w.workflow.path, w.workflow.valid ? ownRecurringReasons(w.workflow, defaultBranches) : []);
  for (let round = 0; round <= workflows.length; round++) {
    let changed = false;
    for (const [caller, callees] of calls) {
      const from = out.get(caller) ?? [];
      for (const callee of callees) {
        const to = out.get(callee);
        if (!to) continue;
        for (const r of from) {
          const tagged = r.includes('via ') ? r : `${r} via ${caller}`;
          if (!to.some((x) => x === tagged)) {
            to.push(tagged);
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
  }
  return out;
}
