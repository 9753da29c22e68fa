// Where a repository-level finding is shown: the file its fix touches. Code scanning needs a file
// and a line for every alert; piling them all on README.md:1 tells a security team nothing. Each
// requirement names the place its fix goes (SECURITY.md, the Security Insights file, a workflow,
// CONTRIBUTING.md, GOVERNANCE.md, LICENSE; the README only when it is the place) and, when that
// file does not exist yet (a new file is no location code scanning accepts), the closest existing
// files to show the alert on instead, with the file to create said in the result.
import type { Facts } from '../facts/types.ts';
import type { Location } from '../model/control.ts';

type Place =
  | 'security'
  | 'insights'
  | 'workflow'
  | 'release-workflow'
  | 'contributing'
  | 'governance'
  | 'maintainers'
  | 'license'
  | 'readme'
  | 'support'
  | 'changelog'
  | 'issue-template'
  | 'manifest'
  | 'assessment'
  | 'vex';

/** What the fix adds when its place does not exist, in the words the remediation uses. */
const TO_CREATE: Record<Place, string> = {
  security: 'SECURITY.md',
  insights: 'security-insights.yml',
  workflow: 'a workflow under .github/workflows/',
  'release-workflow': 'a release workflow under .github/workflows/',
  contributing: 'CONTRIBUTING.md',
  governance: 'GOVERNANCE.md',
  maintainers: 'MAINTAINERS.md',
  license: 'LICENSE',
  readme: 'README.md',
  support: 'SUPPORT.md',
  changelog: 'CHANGELOG.md',
  'issue-template': '.github/ISSUE_TEMPLATE/bug_report.yml',
  manifest: 'a dependency manifest (package.json, go.mod, requirements.txt, ...)',
  assessment: 'docs/security/self-assessment.md',
  vex: 'a VEX document (for example vex/project.openvex.json)',
};

/**
 * Per requirement: the places its fix may go, the one the remediation names to create first (none
 * when the fix is a setting, not a file), then the closest places to show it on when none exists.
 * The README and then any root file come last for every requirement.
 */
const PLACES: Record<string, { fix: Place[]; near: Place[] }> = {
  'OSPS-AC-01.01': { fix: [], near: ['security', 'governance', 'insights'] },
  'OSPS-AC-02.01': { fix: [], near: ['governance', 'contributing', 'security'] },
  'OSPS-AC-03.01': { fix: [], near: ['contributing', 'governance', 'insights'] },
  'OSPS-AC-03.02': { fix: [], near: ['contributing', 'governance', 'insights'] },
  'OSPS-AC-04.01': { fix: ['workflow'], near: [] },
  'OSPS-AC-04.02': { fix: ['workflow'], near: [] },
  'OSPS-BR-01.01': { fix: ['workflow'], near: [] },
  'OSPS-BR-01.03': { fix: ['workflow'], near: [] },
  'OSPS-BR-01.04': { fix: ['workflow'], near: [] },
  'OSPS-BR-02.01': { fix: ['release-workflow'], near: ['workflow', 'changelog', 'insights'] },
  'OSPS-BR-02.02': { fix: ['release-workflow'], near: ['workflow', 'insights'] },
  'OSPS-BR-03.01': { fix: ['insights'], near: [] },
  'OSPS-BR-03.02': { fix: ['insights'], near: [] },
  'OSPS-BR-04.01': { fix: ['changelog'], near: ['insights'] },
  'OSPS-BR-05.01': { fix: ['manifest'], near: ['workflow'] },
  'OSPS-BR-06.01': { fix: ['release-workflow'], near: ['workflow', 'insights'] },
  'OSPS-BR-07.01': { fix: [], near: ['security', 'contributing'] },
  'OSPS-BR-07.02': { fix: ['security', 'contributing'], near: [] },
  'OSPS-DO-01.01': { fix: ['readme'], near: [] },
  'OSPS-DO-02.01': { fix: ['issue-template', 'contributing'], near: [] },
  'OSPS-DO-03.01': { fix: ['readme'], near: ['security'] },
  'OSPS-DO-03.02': { fix: ['readme'], near: ['security'] },
  'OSPS-DO-04.01': { fix: ['support', 'security'], near: [] },
  'OSPS-DO-05.01': { fix: ['support', 'security'], near: [] },
  'OSPS-DO-06.01': { fix: ['contributing'], near: ['security'] },
  'OSPS-DO-07.01': { fix: ['contributing'], near: [] },
  'OSPS-GV-01.01': { fix: ['maintainers', 'governance'], near: ['contributing'] },
  'OSPS-GV-01.02': { fix: ['governance'], near: ['maintainers', 'contributing'] },
  'OSPS-GV-02.01': { fix: [], near: ['contributing', 'support'] },
  'OSPS-GV-03.01': { fix: ['contributing'], near: [] },
  'OSPS-GV-03.02': { fix: ['contributing'], near: [] },
  'OSPS-GV-04.01': { fix: ['governance'], near: ['maintainers', 'contributing'] },
  'OSPS-LE-01.01': { fix: ['contributing'], near: [] },
  'OSPS-LE-02.01': { fix: ['license'], near: [] },
  'OSPS-LE-02.02': { fix: ['license'], near: ['insights'] },
  'OSPS-LE-03.01': { fix: ['license'], near: [] },
  'OSPS-LE-03.02': { fix: ['license'], near: ['release-workflow'] },
  'OSPS-QA-01.01': { fix: [], near: ['insights'] },
  'OSPS-QA-01.02': { fix: [], near: ['insights'] },
  'OSPS-QA-02.01': { fix: ['manifest'], near: [] },
  'OSPS-QA-02.02': { fix: ['release-workflow'], near: ['workflow'] },
  'OSPS-QA-03.01': { fix: [], near: ['workflow', 'contributing'] },
  'OSPS-QA-04.01': { fix: ['insights'], near: [] },
  'OSPS-QA-04.02': { fix: ['insights'], near: [] },
  'OSPS-QA-05.01': { fix: [], near: [] },
  'OSPS-QA-05.02': { fix: [], near: [] },
  'OSPS-QA-06.01': { fix: ['workflow'], near: [] },
  'OSPS-QA-06.02': { fix: ['contributing'], near: [] },
  'OSPS-QA-06.03': { fix: ['contributing'], near: [] },
  'OSPS-QA-07.01': { fix: [], near: ['contributing', 'governance'] },
  'OSPS-SA-01.01': { fix: ['assessment'], near: ['security', 'insights'] },
  'OSPS-SA-02.01': { fix: ['readme'], near: [] },
  'OSPS-SA-03.01': { fix: ['assessment'], near: ['security', 'insights'] },
  'OSPS-SA-03.02': { fix: ['assessment'], near: ['security', 'insights'] },
  'OSPS-VM-01.01': { fix: ['security'], near: ['insights'] },
  'OSPS-VM-02.01': { fix: ['security'], near: ['insights'] },
  'OSPS-VM-03.01': { fix: ['security'], near: ['insights'] },
  'OSPS-VM-04.01': { fix: ['security'], near: ['changelog'] },
  'OSPS-VM-04.02': { fix: ['vex'], near: ['insights', 'security'] },
  'OSPS-VM-05.01': { fix: ['security', 'contributing'], near: [] },
  'OSPS-VM-05.02': { fix: ['security', 'contributing'], near: [] },
  'OSPS-VM-05.03': { fix: ['workflow'], near: ['security'] },
  'OSPS-VM-06.01': { fix: ['security', 'contributing'], near: [] },
  'OSPS-VM-06.02': { fix: ['workflow'], near: ['security'] },
};

/** Families for ids this table does not list (a later catalog): where such fixes usually go. */
const BY_FAMILY: Record<string, Place> = { AC: 'governance', BR: 'workflow', DO: 'readme', GV: 'governance', LE: 'license', QA: 'workflow', SA: 'assessment', VM: 'security' };

const RELEASE_WORKFLOW = /(^|[/_-])(release|publish|deploy|goreleaser|cd)[^/]*\.ya?ml$/i;

/** The file of a place in this repository, or null when the project has none. */
function fileOf(place: Place, facts: Facts): string | null {
  const role = (r: keyof typeof facts.documents.roles) => facts.documents.roles[r]?.[0] ?? null;
  switch (place) {
    case 'security':
    case 'contributing':
    case 'governance':
    case 'support':
    case 'changelog':
    case 'issue-template':
      return role(place);
    case 'readme':
      return facts.documents.roles.readme?.find((p) => !p.includes('/')) ?? null;
    case 'maintainers':
      return role('maintainers') ?? role('codeowners');
    case 'insights':
      return facts.securityInsights.file?.path ?? null;
    case 'workflow':
      return facts.workflows.workflows.find((w) => w.valid)?.path ?? facts.workflows.workflows[0]?.path ?? null;
    case 'release-workflow':
      return facts.workflows.workflows.find((w) => RELEASE_WORKFLOW.test(w.path))?.path ?? null;
    case 'license':
      return facts.license.files.find((f) => f.atRoot)?.path ?? null;
    case 'manifest':
      return facts.dependencies.manifests[0]?.path ?? null;
    case 'assessment':
      return facts.assessment.selfAssessments.find((d) => !d.unreadable)?.path ?? null;
    case 'vex':
      return facts.vex.documents[0]?.path ?? null;
  }
}

/** A place for the alert when nothing else fits: the README at the root, else the first root file. */
function lastResort(facts: Facts): string | null {
  const readme = fileOf('readme', facts);
  if (readme) return readme;
  const rootFile = facts.files.find((f) => !f.path.includes('/') && f.kind !== 'submodule' && f.kind !== 'symlink');
  return rootFile?.path ?? facts.files[0]?.path ?? null;
}

/**
 * Where a requirement's repository-level finding is shown: the file its fix touches when the
 * project has it; otherwise the closest existing file, with `create` naming the file the fix adds.
 * Undefined only for a tree without a single file. `files` is the listed paths, as buildResult
 * makes them once for every control.
 */
export function fixLocation(id: string, family: string, facts: Facts, files: ReadonlySet<string>): Location | undefined {
  const fallback = BY_FAMILY[family];
  const spec = PLACES[id] ?? { fix: fallback ? [fallback] : [], near: [] };
  const existing = (p: Place) => {
    const f = fileOf(p, facts);
    return f && files.has(f) ? f : null;
  };
  for (const p of spec.fix) {
    const here = existing(p);
    if (here) return { path: here, line: 1 };
  }
  let path: string | null = null;
  for (const p of spec.near) {
    path = existing(p);
    if (path) break;
  }
  path ??= lastResort(facts);
  if (!path) return undefined;
  const loc: Location = { path, line: 1 };
  if (spec.fix.length > 0) loc.create = TO_CREATE[spec.fix[0]];
  return loc;
}
