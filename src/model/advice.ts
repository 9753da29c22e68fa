// Every snippet we suggest, in one place: Security Insights entries, workflow files and document
// sections that an objective's `missing` text or a rule's remediation tells the project to add.
// __tests__/advice.test.ts applies each one to a minimal repository, evaluates it again and checks
// that the file validates and the check the snippet is for then passes, so advice can never produce
// a file our own validator rejects. Plain data with no imports from the layers above: facts, rules
// and objectives all read it.

/** A Security Insights entry: `value` goes at `field` (appended when the field is a list). */
export interface InsightsSnippet {
  kind: 'security-insights';
  id: string;
  /** What it is for: a requirement ID or `objective/check`, e.g. `mechanizer/listed-in-security-insights`. */
  for: string;
  field: string;
  /** Appended to the list at `field` (true), or set as the value of `field`. */
  append: boolean;
  value: Record<string, unknown>;
}

/** A whole workflow file. `text` has `<ref>` where the action's pinned commit SHA goes. */
export interface WorkflowSnippet {
  kind: 'workflow';
  id: string;
  for: string;
  file: string;
  text: string;
}

/** A section of a document: a heading and a body of the project's own words, to adapt. */
export interface DocumentSnippet {
  kind: 'document';
  id: string;
  for: string;
  file: string;
  heading: string;
  body: string;
}

export type Snippet = InsightsSnippet | WorkflowSnippet | DocumentSnippet;

/** The Baseline scanner entry for `repository.security.tools`. `type` is one the schema allows. */
export const SCANNER_TOOL: InsightsSnippet = {
  kind: 'security-insights',
  id: 'insights.scanner-tool',
  for: 'mechanizer/listed-in-security-insights',
  field: 'repository.security.tools',
  append: true,
  value: {
    name: 'Security Slam',
    type: 'other',
    rulesets: ['default'],
    integration: { adhoc: true, ci: true, release: false },
    results: {},
    comment: 'OSPS Baseline scan by security-slam-action, on push to the default branch and weekly.',
  },
};

export const VULNERABILITY_CONTACT: InsightsSnippet = {
  kind: 'security-insights',
  id: 'insights.vulnerability-contact',
  for: 'cleaner/security-contacts',
  field: 'project.vulnerability-reporting.contact',
  append: false,
  value: { name: 'Security team', email: 'security@example.org', primary: true },
};

export const VULNERABILITY_POLICY: InsightsSnippet = {
  kind: 'security-insights',
  id: 'insights.vulnerability-policy',
  for: 'cleaner/vulnerability-reporting',
  field: 'project.vulnerability-reporting',
  append: false,
  value: { 'reports-accepted': true, 'bug-bounty-available': false, policy: 'https://github.com/<owner>/<repo>/blob/main/SECURITY.md' },
};

export const RELEASE_DETAILS: InsightsSnippet = {
  kind: 'security-insights',
  id: 'insights.release',
  for: 'cleaner/release-practices',
  field: 'repository.release',
  append: false,
  value: {
    'automated-pipeline': true,
    'distribution-points': [{ uri: 'https://github.com/<owner>/<repo>/releases', comment: 'GitHub Releases' }],
    changelog: 'https://github.com/<owner>/<repo>/blob/main/CHANGELOG.md',
  },
};

export const RECURRING_SCAN_WORKFLOW: WorkflowSnippet = {
  kind: 'workflow',
  id: 'workflow.recurring-baseline-scan',
  for: 'mechanizer/recurring-scan',
  file: '.github/workflows/security-slam.yml',
  text: `name: Security Slam
on:
  push:
    branches: [main]
  schedule:
    - cron: '17 4 * * 1'
permissions:
  contents: read
jobs:
  security-slam:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
        with:
          persist-credentials: false
      - uses: security-slam/security-slam-action@<ref> # pin to the commit SHA of the release you use
`,
};

export const SECRETS_POLICY: DocumentSnippet = {
  kind: 'document',
  id: 'document.secrets-policy',
  for: 'OSPS-BR-07.02',
  file: 'SECURITY.md',
  heading: 'Secrets and credentials',
  body: 'The project stores its publishing tokens and signing keys as GitHub Actions environment secrets. Only maintainers can read or change them, and they are rotated every year and whenever a maintainer leaves.',
};

export const RUNNING_TESTS: DocumentSnippet = {
  kind: 'document',
  id: 'document.running-tests',
  for: 'OSPS-QA-06.02',
  file: 'CONTRIBUTING.md',
  heading: 'Running tests',
  body: 'Run `make test` before you open a pull request. CI runs the whole test suite on every pull request and on every push to main.',
};

export const SAST_POLICY: DocumentSnippet = {
  kind: 'document',
  id: 'document.sast-remediation-policy',
  for: 'OSPS-VM-06.01',
  file: 'SECURITY.md',
  heading: 'Static analysis findings',
  body: 'Static analysis (SAST) runs on every pull request. A finding of high or critical severity blocks the merge until it is fixed; medium findings are fixed within 30 days. A maintainer reviews each false positive before it is suppressed.',
};

export const ROLES: DocumentSnippet = {
  kind: 'document',
  id: 'document.roles-and-responsibilities',
  for: 'OSPS-GV-01.02',
  file: 'GOVERNANCE.md',
  heading: 'Roles and responsibilities',
  body: 'Contributors propose changes through pull requests. Reviewers approve changes in the areas they know. Maintainers merge changes, cut releases and decide on the roadmap.',
};

export const BUILD_FROM_SOURCE: DocumentSnippet = {
  kind: 'document',
  id: 'document.build-from-source',
  for: 'OSPS-DO-07.01',
  file: 'CONTRIBUTING.md',
  heading: 'Building from source',
  body: 'You need Go 1.22 or newer and make. Clone the repository and run `make build`; the binary is written to bin/.',
};

/**
 * The values a project fills in: `<owner>`, `<repo>`, `<ref>` (a commit SHA) and the example
 * address security@example.org. Left as they are, they are placeholders (src/facts/placeholder.ts),
 * so a snippet pasted without filling it in never passes a check.
 */
export interface SnippetValues {
  owner: string;
  repo: string;
  ref: string;
  email: string;
}

export function fillSnippet<T extends Snippet>(s: T, v: SnippetValues): T {
  const fill = (text: string) => text.replaceAll('<owner>', v.owner).replaceAll('<repo>', v.repo).replaceAll('<ref>', v.ref).replaceAll('security@example.org', v.email);
  return JSON.parse(fill(JSON.stringify(s))) as T;
}

/** Every snippet, for the test that applies them. */
export const SNIPPETS: readonly Snippet[] = [
  SCANNER_TOOL,
  VULNERABILITY_CONTACT,
  VULNERABILITY_POLICY,
  RELEASE_DETAILS,
  RECURRING_SCAN_WORKFLOW,
  SECRETS_POLICY,
  RUNNING_TESTS,
  SAST_POLICY,
  ROLES,
  BUILD_FROM_SOURCE,
];

/** A Security Insights snippet in one line of YAML flow style, for advice text ("add {name: ..., type: other, ...}"). */
export function inlineYaml(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(inlineYaml).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}: ${inlineYaml(x)}`).join(', ')}}`;
  if (typeof v === 'string') return /^[\w.@/-]+$/.test(v) && !/^(true|false|null|\d)/.test(v) ? v : JSON.stringify(v);
  return String(v);
}

/** "Add a "Heading" section to FILE, for example: ..." */
export function sectionAdvice(s: DocumentSnippet, what: string): string {
  return `Add a "${s.heading}" section to ${s.file} ${what}; for example: "${s.body}"`;
}
