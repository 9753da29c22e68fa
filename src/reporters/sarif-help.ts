// The example in each SARIF rule's help: a short snippet of the file the fix touches, to adapt.
// Placeholders are <owner>, <repo>, <commit-sha> and security@example.org, which our own checks
// treat as unfilled, so a snippet pasted as it is never passes. The same shape as the advice snippets
// (a file, and a document section or YAML to add), so that one list can serve both.

export interface HelpExample {
  /** The file the snippet goes in. */
  file: string;
  language: 'markdown' | 'yaml';
  text: string;
}

const SECURITY_CONTACT: HelpExample = {
  file: 'SECURITY.md',
  language: 'markdown',
  text: `## Reporting a vulnerability

Please do not open a public issue. Report it privately through
[private vulnerability reporting](https://github.com/<owner>/<repo>/security/advisories/new)
or by e-mail to security@example.org. We acknowledge reports within 3 business days.`,
};

const DISCLOSURE: HelpExample = {
  file: 'SECURITY.md',
  language: 'markdown',
  text: `## Coordinated disclosure

Report privately through [private vulnerability reporting](https://github.com/<owner>/<repo>/security/advisories/new).
We acknowledge a report within 3 business days, agree on a fix with the reporter, and publish a
fix and an advisory within 90 days of the report.`,
};

const SUPPORT: HelpExample = {
  file: 'SECURITY.md',
  language: 'markdown',
  text: `## Supported versions

| Version | Support |
| --- | --- |
| 2.x | bug and security fixes |
| 1.x | security fixes until 2026-06-30, then none |`,
};

const INSIGHTS_REPOSITORIES: HelpExample = {
  file: 'security-insights.yml',
  language: 'yaml',
  text: `project:
  homepage: https://<owner>.github.io/<repo>
  repositories:
    - name: <repo>
      url: https://github.com/<owner>/<repo>
      comment: The source code, documentation and releases.`,
};

const INSIGHTS_DISTRIBUTION: HelpExample = {
  file: 'security-insights.yml',
  language: 'yaml',
  text: `repository:
  release:
    automated-pipeline: true
    distribution-points:
      - uri: https://github.com/<owner>/<repo>/releases
        comment: GitHub Releases`,
};

const LEAST_PERMISSIONS: HelpExample = {
  file: '.github/workflows/ci.yml',
  language: 'yaml',
  text: `permissions: {}          # nothing by default
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read       # only what this job needs`,
};

const UNTRUSTED_INPUT: HelpExample = {
  file: '.github/workflows/ci.yml',
  language: 'yaml',
  text: `      - name: Greet
        env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"      # never \${{ ... }} inside run:`,
};

const UNPRIVILEGED_PR: HelpExample = {
  file: '.github/workflows/ci.yml',
  language: 'yaml',
  text: `on: pull_request          # not pull_request_target: no secrets, a read-only token
permissions:
  contents: read`,
};

const TESTS_IN_CI: HelpExample = {
  file: '.github/workflows/ci.yml',
  language: 'yaml',
  text: `on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - run: make test`,
};

const DEPENDENCY_REVIEW: HelpExample = {
  file: '.github/workflows/dependency-review.yml',
  language: 'yaml',
  text: `on: pull_request
permissions:
  contents: read
jobs:
  dependency-review:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - uses: actions/dependency-review-action@<commit-sha> # v4
        with:
          fail-on-severity: high`,
};

const SAST: HelpExample = {
  file: '.github/workflows/codeql.yml',
  language: 'yaml',
  text: `on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  analyze:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - uses: github/codeql-action/init@<commit-sha> # v3
      - uses: github/codeql-action/analyze@<commit-sha> # v3`,
};

const section = (file: string, heading: string, body: string): HelpExample => ({ file, language: 'markdown', text: `## ${heading}\n\n${body}` });

const EXAMPLES: Record<string, HelpExample> = {
  'OSPS-AC-04.01': LEAST_PERMISSIONS,
  'OSPS-AC-04.02': LEAST_PERMISSIONS,
  'OSPS-BR-01.01': UNTRUSTED_INPUT,
  'OSPS-BR-01.03': UNPRIVILEGED_PR,
  'OSPS-BR-01.04': UNTRUSTED_INPUT,
  'OSPS-BR-03.01': INSIGHTS_REPOSITORIES,
  'OSPS-BR-03.02': INSIGHTS_DISTRIBUTION,
  'OSPS-BR-04.01': section('CHANGELOG.md', '1.4.0 (2026-03-01)', '### Security\n\n- Fix path traversal in the archive reader (GHSA-xxxx-xxxx-xxxx).\n\n### Changed\n\n- `--output` accepts a folder.'),
  'OSPS-BR-07.02': section('SECURITY.md', 'Secrets and credentials', 'Publishing tokens and signing keys are GitHub Actions environment secrets. Only maintainers can read or change them; they are rotated every year and whenever a maintainer leaves.'),
  'OSPS-DO-01.01': section('README.md', 'Getting started', 'Install with `npm install -g <repo>`, then run `<repo> --help`. The user guide in docs/guide.md covers configuration.'),
  'OSPS-DO-02.01': section('CONTRIBUTING.md', 'Reporting bugs', 'Open an issue with the bug report template: what you did, what you expected, what happened, and the version. Report security problems as SECURITY.md says, not in an issue.'),
  'OSPS-DO-03.01': section('README.md', 'Verifying releases', 'Each release asset has a Sigstore bundle:\n\n```sh\ncosign verify-blob --bundle <repo>.tar.gz.sigstore.json \\\n  --certificate-identity-regexp "^https://github.com/<owner>/<repo>/" \\\n  --certificate-oidc-issuer https://token.actions.githubusercontent.com <repo>.tar.gz\n```'),
  'OSPS-DO-03.02': section('README.md', 'Who signs releases', 'Releases are built and signed by the release workflow of github.com/<owner>/<repo>; `gh attestation verify <asset> --repo <owner>/<repo>` shows the workflow and commit that produced an asset.'),
  'OSPS-DO-04.01': SUPPORT,
  'OSPS-DO-05.01': SUPPORT,
  'OSPS-DO-06.01': section('CONTRIBUTING.md', 'Dependency management', 'Propose a new dependency in the pull request that adds it, with why it is needed. Dependencies come from the public registry through the lock file; Dependabot opens updates weekly, and a maintainer reviews each one.'),
  'OSPS-DO-07.01': section('CONTRIBUTING.md', 'Building from source', 'You need Go 1.22 or newer and make. Clone the repository and run `make build`; the binary is written to bin/.'),
  'OSPS-GV-01.01': section('MAINTAINERS.md', 'Maintainers', 'These people can merge, release and read the repository secrets:\n\n- Ada Lovelace (@<handle>)\n- Alan Turing (@<handle>)'),
  'OSPS-GV-01.02': section('GOVERNANCE.md', 'Roles and responsibilities', 'Contributors propose changes through pull requests. Reviewers approve changes in the areas they know. Maintainers merge changes, cut releases and decide on the roadmap.'),
  'OSPS-GV-03.01': section('CONTRIBUTING.md', 'How to contribute', 'Open an issue to discuss a larger change first. Fork the repository, make your change on a branch and open a pull request against main; a maintainer reviews it within a week.'),
  'OSPS-GV-03.02': section('CONTRIBUTING.md', 'What a pull request needs', 'Tests for the change, `make lint` passing, one topic per pull request, and a commit message that says what and why. Every commit is signed off (`git commit -s`).'),
  'OSPS-GV-04.01': section('GOVERNANCE.md', 'Becoming a maintainer', 'A contributor with a record of reviewed contributions can be nominated by a maintainer; the maintainers decide by majority, and the new maintainer gets merge rights after a three-month review period.'),
  'OSPS-LE-01.01': section('CONTRIBUTING.md', 'Developer Certificate of Origin', 'Every commit carries a `Signed-off-by:` line (`git commit -s`), certifying the Developer Certificate of Origin (https://developercertificate.org). A check on each pull request enforces it.'),
  'OSPS-LE-02.02': { file: 'security-insights.yml', language: 'yaml', text: 'repository:\n  release:\n    license:\n      url: https://github.com/<owner>/<repo>/blob/main/LICENSE\n      expression: Apache-2.0' },
  'OSPS-QA-04.01': INSIGHTS_REPOSITORIES,
  'OSPS-QA-04.02': INSIGHTS_REPOSITORIES,
  'OSPS-QA-06.01': TESTS_IN_CI,
  'OSPS-QA-06.02': section('CONTRIBUTING.md', 'Running tests', 'Run `make test` before you open a pull request. CI runs the whole test suite on every pull request and on every push to main.'),
  'OSPS-QA-06.03': section('CONTRIBUTING.md', 'Tests', 'A pull request that changes behaviour adds or updates the tests that show it; a pull request without them is not merged.'),
  'OSPS-SA-02.01': section('README.md', 'Interfaces', 'The command line (`<repo> --help`), the configuration file (docs/config.md) and the HTTP API on port 8080 (docs/api.md) are the interfaces of a release.'),
  'OSPS-SA-03.01': section('docs/security/self-assessment.md', 'Self-assessment', 'Follow the OpenSSF security self-assessment template: metadata, overview, actors and actions, goals and non-goals, threats and how the project answers them.'),
  'OSPS-VM-01.01': DISCLOSURE,
  'OSPS-VM-02.01': SECURITY_CONTACT,
  'OSPS-VM-03.01': SECURITY_CONTACT,
  'OSPS-VM-04.01': section('SECURITY.md', 'Where vulnerabilities are published', 'Fixed vulnerabilities are published as GitHub security advisories at https://github.com/<owner>/<repo>/security/advisories, with a CVE when one is warranted.'),
  'OSPS-VM-05.01': section('SECURITY.md', 'Dependency vulnerabilities', 'A critical or high severity vulnerability in a dependency is fixed within 14 days of its advisory, medium within 90 days; an incompatible license is removed before the next release.'),
  'OSPS-VM-05.02': section('SECURITY.md', 'Before a release', 'No release is made while a known critical or high severity vulnerability in a dependency is open, unless a VEX statement shows that it does not affect the project.'),
  'OSPS-VM-05.03': DEPENDENCY_REVIEW,
  'OSPS-VM-06.01': section('SECURITY.md', 'Static analysis findings', 'A finding of high or critical severity blocks the merge until it is fixed; medium findings are fixed within 30 days. A maintainer reviews each false positive before it is dismissed.'),
  'OSPS-VM-06.02': SAST,
};

export function helpExample(id: string): HelpExample | undefined {
  return EXAMPLES[id];
}
