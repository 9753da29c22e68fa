// `slam insights init`: draft a schema 2.2.0 security-insights.yml from what the repository shows.
// Every value we cannot determine is a TODO- placeholder (still valid against the schema where
// possible) and is listed in `placeholders`; guesses carry a "TODO: confirm" comment.
import { closeSync, lstatSync, openSync, unlinkSync, writeSync, constants } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar } from 'yaml';
import type { RepoSnapshot } from '../snapshot.ts';
import { githubRepoOf } from './checks.ts';
import { parseYaml } from './parse.ts';
import { CURRENT_VERSION } from './schema.ts';
import { validateInsights } from './validate.ts';
import { trimEnd } from '../text.ts';

export interface DraftFacts {
  /** https URL of the repository, e.g. https://github.com/owner/name. */
  repositoryUrl?: string;
  /** SPDX expression of the repository license, when known. */
  licenseSpdx?: string;
  projectName?: string;
  /** Default branch used in links; links use HEAD when absent (GitHub resolves it). */
  defaultBranch?: string;
  /** "Today" for header dates. */
  now?: Date;
}

export interface Draft {
  yaml: string;
  /** Field paths holding a placeholder or a guess to confirm, with what to put there. */
  placeholders: string[];
  /** Schema errors in the draft itself (empty when the draft validates). */
  problems: string[];
}

// Starts only where a run of address characters starts, so that a long run without '@' is read once.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const EMAIL_FULL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const URL_RE = /^https?:\/\/[^\s]+$/;
const MAX_WORKFLOWS = 100;
const MAX_SCAN_CHARS = 256 * 1024;

interface ScannerPattern {
  re: RegExp;
  name: string;
  type: 'fuzzing' | 'container' | 'secret' | 'SCA' | 'SAST' | 'other';
}

/** Security scanners recognised by a plain text scan of workflow files. */
export const SCANNERS: readonly ScannerPattern[] = [
  { re: /github\/codeql-action\/(?:init|analyze|autobuild)/i, name: 'CodeQL', type: 'SAST' },
  { re: /ossf\/scorecard-action/i, name: 'OpenSSF Scorecard', type: 'other' },
  { re: /aquasecurity\/trivy-action|\btrivy\s+(?:image|fs|repo|config)\b/i, name: 'Trivy', type: 'container' },
  { re: /anchore\/scan-action|\bgrype\b/i, name: 'Grype', type: 'container' },
  { re: /gitleaks\/gitleaks-action|\bgitleaks\b/i, name: 'Gitleaks', type: 'secret' },
  { re: /trufflesecurity\/trufflehog|\btrufflehog\b/i, name: 'TruffleHog', type: 'secret' },
  { re: /semgrep/i, name: 'Semgrep', type: 'SAST' },
  { re: /securego\/gosec|\bgosec\b/i, name: 'gosec', type: 'SAST' },
  { re: /\bzizmor/i, name: 'zizmor', type: 'SAST' },
  { re: /snyk\/actions/i, name: 'Snyk', type: 'SCA' },
  { re: /google\/osv-scanner|osv-scanner/i, name: 'OSV-Scanner', type: 'SCA' },
  { re: /actions\/dependency-review-action/i, name: 'Dependency Review', type: 'SCA' },
  { re: /\bgovulncheck\b/i, name: 'govulncheck', type: 'SCA' },
  { re: /google\/clusterfuzzlite|oss-fuzz\/infra\/cifuzz/i, name: 'ClusterFuzzLite / CIFuzz', type: 'fuzzing' },
  { re: /revanite-io\/osps-baseline-action|revanite-io\/pvtr-publish-results/i, name: 'OSPS Baseline scan (Privateer)', type: 'other' },
  { re: /security-slam-action/i, name: 'Security Slam action', type: 'other' },
];

const RELEASE_USES = /goreleaser\/goreleaser-action|softprops\/action-gh-release|\bgh release create\b|pypa\/gh-action-pypi-publish|\bnpm publish\b|\bcargo publish\b|docker\/build-push-action|changesets\/action|release-please-action/i;
const PROVENANCE = /actions\/attest-build-provenance|actions\/attest@|slsa-framework\/slsa-github-generator/i;

type Tool = { name: string; type: ScannerPattern['type']; ci: boolean; adhoc: boolean; release: boolean; from: string[] };

function firstExisting(snapshot: RepoSnapshot, names: string[]): string | null {
  for (const dir of ['', '.github', 'docs']) {
    for (const n of names) {
      const hits = snapshot.getIgnoreCase(dir === '' ? n : `${dir}/${n}`).filter((e) => e.kind !== 'submodule');
      if (hits.length > 0) return hits[0].path;
    }
  }
  return null;
}

function readText(snapshot: RepoSnapshot, path: string): string {
  const r = snapshot.read(path);
  return r.ok ? r.text.slice(0, MAX_SCAN_CHARS) : '';
}

function linkTo(repoUrl: string | null, branch: string, path: string): string | null {
  if (!repoUrl) return null;
  const enc = path.split('/').map(encodeURIComponent).join('/');
  if (/^https:\/\/(?:www\.)?github\.com\//i.test(repoUrl)) return `${repoUrl}/blob/${encodeURIComponent(branch)}/${enc}`;
  if (/^https:\/\/gitlab\.com\//i.test(repoUrl)) return `${repoUrl}/-/blob/${encodeURIComponent(branch)}/${enc}`;
  return null;
}

function triggers(text: string): { ci: boolean; adhoc: boolean; release: boolean } {
  return {
    ci: /\b(?:pull_request|pull_request_target|push|merge_group)\b/.test(text),
    adhoc: /\b(?:schedule|workflow_dispatch)\b/.test(text),
    release: /\brelease\s*:|\btags\s*:/.test(text),
  };
}

function codeownersHandles(snapshot: RepoSnapshot): string[] {
  const path = firstExisting(snapshot, ['CODEOWNERS']);
  if (!path) return [];
  const out: string[] = [];
  for (const line of readText(snapshot, path).split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t.startsWith('* ') && !t.startsWith('*\t')) continue;
    for (const owner of t.split(/\s+/).slice(1)) {
      const m = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(owner);
      if (m && !out.includes(m[1])) out.push(m[1]);
    }
  }
  return out.slice(0, 10);
}

/** Writes a draft Security Insights file for the repository. Pure apart from reading the snapshot. */
export function draftSecurityInsights(snapshot: RepoSnapshot, facts: DraftFacts): Draft {
  const placeholders: string[] = [];
  const confirm: string[][] = [];
  const todo = (path: string, what: string, value: string): string => {
    placeholders.push(`${path}: ${what}`);
    return value;
  };
  const guess = (path: string[], what: string): void => {
    placeholders.push(`${path.join('.')}: ${what} (a guess; confirm)`);
    confirm.push(path);
  };

  const now = facts.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const repoUrl = facts.repositoryUrl && URL_RE.test(facts.repositoryUrl) ? trimEnd(facts.repositoryUrl.replace(/\.git$/, ''), '/') : null;
  const branch = facts.defaultBranch && /^[A-Za-z0-9._/-]{1,100}$/.test(facts.defaultBranch) ? facts.defaultBranch : 'HEAD';
  const gh = githubRepoOf(repoUrl);
  const repoName = repoUrl ? (repoUrl.split('/').pop() ?? '') : '';
  const projectName = facts.projectName?.trim() || repoName || todo('project.name', 'the project name', 'TODO-project-name');
  const repositoryUrl = repoUrl ?? todo('repository.url', 'the https URL of the repository', 'https://TODO-repository-url.example');
  const link = (path: string): string | null => linkTo(repoUrl, branch, path);

  const header: Record<string, unknown> = {
    'schema-version': CURRENT_VERSION,
    'last-updated': today,
    'last-reviewed': today,
    url:
      gh !== null
        ? `https://raw.githubusercontent.com/${repoUrl!.split('/').slice(-2).join('/')}/${branch}/security-insights.yml`
        : todo('header.url', 'the raw URL where this file is published', 'https://TODO-raw-url-of-this-file.example/security-insights.yml'),
    comment: 'Drafted by `slam insights init` from what the repository shows. Replace every TODO value and review every "TODO: confirm" comment.',
  };

  // Security policy and contacts.
  const securityPath = firstExisting(snapshot, ['SECURITY.md', 'SECURITY.rst', 'SECURITY.txt', 'SECURITY']);
  const securityText = securityPath ? readText(snapshot, securityPath) : '';
  const emails = [...new Set((securityText.match(EMAIL) ?? []).filter((e) => EMAIL_FULL.test(e) && !/@(example\.(com|org|net)|users\.noreply\.github\.com)$/i.test(e)))];
  const vr: Record<string, unknown> = { 'reports-accepted': true, 'bug-bounty-available': false };
  guess(['project', 'vulnerability-reporting', 'reports-accepted'], 'whether vulnerability reports are accepted');
  guess(['project', 'vulnerability-reporting', 'bug-bounty-available'], 'whether a bug bounty is offered');
  if (emails.length > 0) {
    vr.contact = { name: `${projectName} security contact`, email: emails[0], primary: true };
    guess(['project', 'vulnerability-reporting', 'contact', 'name'], `the name behind ${emails[0]} (found in ${securityPath})`);
  } else {
    vr.contact = { name: todo('project.vulnerability-reporting.contact.name', 'who receives vulnerability reports', 'TODO-security-contact-name'), primary: true };
    placeholders.push('project.vulnerability-reporting.contact.email: add the address for private reports (none found in SECURITY.md)');
  }
  const securityLink = securityPath ? link(securityPath) : null;
  vr.policy = securityLink ?? todo('project.vulnerability-reporting.policy', 'URL of the disclosure policy (SECURITY.md)', 'https://TODO-security-policy-url.example');

  const projectDocs: Record<string, unknown> = {};
  const docLinks: [string, string[], Record<string, unknown>][] = [
    ['code-of-conduct', ['CODE_OF_CONDUCT.md', 'CODE-OF-CONDUCT.md', 'CODE_OF_CONDUCT.rst'], projectDocs],
    ['support-policy', ['SUPPORT.md', 'SUPPORT.rst'], projectDocs],
    ['release-process', ['RELEASE.md', 'RELEASING.md', 'RELEASE_PROCESS.md', 'release-process.md'], projectDocs],
  ];
  const repoDocs: Record<string, unknown> = {};
  docLinks.push(
    ['contributing-guide', ['CONTRIBUTING.md', 'CONTRIBUTING.rst', 'CONTRIBUTING'], repoDocs],
    ['governance', ['GOVERNANCE.md', 'GOVERNANCE.rst'], repoDocs],
    ['security-policy', securityPath ? [securityPath.split('/').pop() as string] : [], repoDocs],
    ['dependency-management-policy', ['DEPENDENCIES.md', 'dependency-management.md', 'DEPENDENCY_POLICY.md'], repoDocs],
    ['review-policy', ['REVIEWING.md', 'REVIEW_POLICY.md', 'code-review.md'], repoDocs],
  );
  for (const [key, names, target] of docLinks) {
    const p = firstExisting(snapshot, names);
    const l = p ? link(p) : null;
    if (l) target[key] = l;
  }

  const handles = codeownersHandles(snapshot);
  const coreTeam =
    handles.length > 0
      ? handles.map((h, i) => ({ name: h, social: `https://github.com/${h}`, primary: i === 0 }))
      : [{ name: todo('repository.core-team[0].name', 'a maintainer of the repository (none found in CODEOWNERS)', 'TODO-maintainer-name'), primary: true }];

  const project: Record<string, unknown> = {
    name: projectName,
    administrators: [{ name: todo('project.administrators[0].name', 'a person with administrative access to project resources', 'TODO-administrator-name'), primary: true }],
    repositories: [{ name: repoName || projectName, url: repositoryUrl, comment: `The main repository of ${projectName}.` }],
    'vulnerability-reporting': vr,
  };
  if (Object.keys(projectDocs).length > 0) project.documentation = projectDocs;

  // License.
  const licensePath = firstExisting(snapshot, ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'COPYING', 'COPYING.md', 'LICENCE']);
  const license = {
    url: (licensePath ? link(licensePath) : null) ?? todo('repository.license.url', 'URL of the license text', 'https://TODO-license-url.example'),
    expression: facts.licenseSpdx?.trim() || todo('repository.license.expression', 'the SPDX license expression, e.g. Apache-2.0', 'TODO-SPDX-expression'),
  };

  // Workflows: scanners and release automation.
  const tools = new Map<string, Tool>();
  let releaseAutomated = false;
  let provenance = false;
  const workflows = snapshot.files.filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f.path)).slice(0, MAX_WORKFLOWS);
  for (const wf of workflows) {
    const text = readText(snapshot, wf.path);
    if (!text) continue;
    const t = triggers(text);
    if (RELEASE_USES.test(text) || (t.release && /\bpublish|release\b/i.test(text))) releaseAutomated = true;
    if (PROVENANCE.test(text)) provenance = true;
    for (const s of SCANNERS) {
      if (!s.re.test(text)) continue;
      const cur = tools.get(s.name) ?? { name: s.name, type: s.type, ci: false, adhoc: false, release: false, from: [] };
      cur.ci ||= t.ci;
      cur.adhoc ||= t.adhoc;
      cur.release ||= t.release;
      cur.from.push(wf.path);
      tools.set(s.name, cur);
    }
  }
  if (firstExisting(snapshot, ['dependabot.yml', 'dependabot.yaml']) && !tools.has('Dependabot')) {
    tools.set('Dependabot', { name: 'Dependabot', type: 'SCA', ci: false, adhoc: true, release: false, from: ['.github/dependabot.yml'] });
  }
  if (firstExisting(snapshot, ['renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json'])) {
    tools.set('Renovate', { name: 'Renovate', type: 'SCA', ci: false, adhoc: true, release: false, from: ['renovate configuration'] });
  }

  const security: Record<string, unknown> = {
    assessments: {
      self: {
        comment: todo(
          'repository.security.assessments.self.comment',
          'describe your self-assessment and link it with `evidence`, or keep saying it is not done',
          'TODO: Self assessment has not yet been completed.',
        ),
      },
    },
  };
  if (tools.size > 0) {
    security.tools = [...tools.values()].map((t) => ({
      name: t.name,
      type: t.type,
      rulesets: ['default'],
      integration: { adhoc: t.adhoc, ci: t.ci, release: t.release },
      results: {},
      comment: `Found in ${t.from.slice(0, 3).join(', ')}.`,
    }));
    placeholders.push('repository.security.tools: found by a text scan of workflows; confirm each tool, its rulesets and integration, and add where results are published');
  }

  const changelogPath = firstExisting(snapshot, ['CHANGELOG.md', 'CHANGELOG', 'CHANGES.md', 'HISTORY.md', 'NEWS.md', 'RELEASE_NOTES.md']);
  const distribution: { uri: string; comment: string }[] = [];
  if (gh) distribution.push({ uri: `${repoUrl}/releases`, comment: 'GitHub Releases' });
  const pkg = snapshot.has('package.json') ? readText(snapshot, 'package.json') : '';
  if (pkg) {
    try {
      const parsed = JSON.parse(pkg) as { name?: unknown; private?: unknown };
      if (typeof parsed.name === 'string' && parsed.private !== true && /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(parsed.name)) {
        distribution.push({ uri: `pkg:npm/${parsed.name}`, comment: 'npm package' });
      }
    } catch {
      /* not JSON: ignore */
    }
  }
  if (distribution.length === 0) distribution.push({ uri: todo('repository.release.distribution-points[0].uri', 'where releases are published (URL or package URL)', 'TODO-where-releases-are-published'), comment: 'TODO-describe-this-distribution-point' });
  const release: Record<string, unknown> = { 'automated-pipeline': releaseAutomated, 'distribution-points': distribution };
  guess(['repository', 'release', 'automated-pipeline'], releaseAutomated ? 'a release workflow was found' : 'no release workflow was found');
  const changelog = changelogPath ? link(changelogPath) : null;
  if (changelog) release.changelog = changelog;
  if (provenance && gh) {
    release.attestations = [{ name: 'Build provenance', location: `${repoUrl}/attestations`, 'predicate-uri': 'https://slsa.dev/provenance/v1', comment: 'Verify with `gh attestation verify`.' }];
  }

  const automated = firstExisting(snapshot, ['dependabot.yml', 'dependabot.yaml', 'renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json']) !== null;
  const repository: Record<string, unknown> = {
    url: repositoryUrl,
    status: 'active',
    'accepts-change-request': true,
    'accepts-automated-change-request': automated,
    'core-team': coreTeam,
    license,
    release,
    security,
  };
  guess(['repository', 'status'], 'the repostatus.org status');
  guess(['repository', 'accepts-change-request'], 'whether changes are accepted');
  guess(['repository', 'accepts-automated-change-request'], automated ? 'a dependency bot is configured' : 'no dependency bot is configured');
  if (handles.length > 0) guess(['repository', 'core-team'], 'taken from the owners of * in CODEOWNERS');
  if (Object.keys(repoDocs).length > 0) repository.documentation = repoDocs;

  const doc = new Document({ header, project, repository });
  doc.commentBefore = ' Security Insights (https://github.com/ossf/security-insights), schema 2.2.0.\n Drafted by `slam insights init`: replace TODO values and check every "TODO: confirm".';
  for (const p of [['header', 'last-updated'], ['header', 'last-reviewed']]) {
    const n = doc.getIn(p, true);
    if (isScalar(n)) n.type = 'QUOTE_SINGLE';
  }
  for (const p of confirm) {
    const n = doc.getIn(p, true);
    if (isScalar(n)) n.comment = ' TODO: confirm';
    else if (n && typeof n === 'object' && 'commentBefore' in n) (n as { commentBefore?: string }).commentBefore = ' TODO: confirm';
  }
  const yaml = doc.toString({ lineWidth: 0 });

  // Check our own output.
  const parsed = parseYaml(yaml, 'security-insights.yml');
  const result = validateInsights(parsed.data, { file: 'security-insights.yml', positions: parsed.positions, schemaVersion: CURRENT_VERSION });
  const problems = [...parsed.diagnostics, ...result.diagnostics].filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`);
  return { yaml, placeholders, problems };
}

export interface WriteResult {
  written: boolean;
  path: string;
  reason?: string;
}

/** Writes security-insights.yml at the root; never overwrites an existing file unless `force`. */
export function writeDraft(root: string, yaml: string, options: { force: boolean }): WriteResult {
  const path = join(root, 'security-insights.yml');
  let exists = false;
  try {
    lstatSync(path);
    exists = true;
  } catch {
    exists = false;
  }
  if (exists && !options.force) return { written: false, path, reason: 'security-insights.yml already exists; pass --force to overwrite it' };
  try {
    // Replace rather than write through: an existing symlink is removed, never followed.
    if (exists) unlinkSync(path);
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
    try {
      writeSync(fd, yaml);
    } finally {
      closeSync(fd);
    }
    return { written: true, path };
  } catch (e) {
    return { written: false, path, reason: `cannot write: ${e instanceof Error ? e.message : String(e)}` };
  }
}
