// Regression tests for verdicts found wrong on real open source repositories (fetched read-only,
// never copied): each fixture is a minimal equivalent we wrote of the shape that misled a rule.
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import type { ControlResult } from '../../src/result/types.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

/** Evaluates offline at Level 3; `tagged` makes a git repository with a tag, so release-gated rules apply. */
async function control(files: Tree, id: string, opts: { tagged?: boolean; repository?: string } = {}): Promise<ControlResult> {
  const r = makeRepo(files, { git: opts.tagged === true, tag: opts.tagged ? 'v1.0.0' : undefined });
  repos.push(r);
  const { result } = await evaluate(r.root, { level: 3, offline: true, repository: opts.repository ?? 'o/r' });
  const c = result.controls.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
}

/** Nothing found in the tree for OSPS-DO-03.x: offline, the unread release notes leave it unknown (a find would pass). */
function nothingFound(c: ControlResult | undefined, id: string): void {
  expect(c?.status, id).toBe('unknown');
  expect(c?.evidence.map((e) => e.detail).join(' '), id).toMatch(/instructions in the release notes would be on the project's GitHub releases, which were not read/);
}

const para = (s: string) => `${s} This paragraph is long enough to count as the body of its section.`;

describe('OSPS-GV-03.02: a "Requirements" heading about the development environment', () => {
  it('does not count when its prose lists what a developer must install', async () => {
    const c = await control(
      { 'CONTRIBUTING.md': `# Contributing\n\n## Requirements\n\n${para('The only development requirement is Python 3.10 or newer; macOS and Linux are tested.')}\n` },
      'OSPS-GV-03.02',
    );
    expect(c.status).toBe('fail');
  });
  it('counts when its prose states what a pull request must meet', async () => {
    const c = await control(
      { 'CONTRIBUTING.md': `# Contributing\n\n## Requirements\n\n${para('Every pull request must pass the linters and include tests before it is merged.')}\n` },
      'OSPS-GV-03.02',
    );
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 3 }] });
  });
});

describe('OSPS-DO-07.01: build instructions', () => {
  it('a "Development steps" section of CONTRIBUTING passes', async () => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Development steps\n\n${para('Clone the repository, then run a Makefile target; the first run sets up the virtual environment.')}\n` }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('Development steps') }] });
  });
  it('"Compiling and caching" in a design page of docs/ is about the product, not building it', async () => {
    const c = await control({ 'docs/engine.md': `# Engine\n\n### Compiling and caching\n\n${para('Compiling an expression is expensive, so compiled programs are memoized by their text.')}\n` }, 'OSPS-DO-07.01');
    expect(c.status).toBe('fail');
  });
  it('a "Build from source" section that is only commands passes, naming the command, ahead of a weaker heading elsewhere', async () => {
    const c = await control(
      {
        'docs/a-engine.md': `# Engine\n\n### Compiling and caching\n\n${para('Compiled programs are memoized.')}\n`,
        'docs/installation.md': '# Installation\n\n### Build from Source\n\n```bash\ngit clone https://acme.dev/o/r.git\ncd r\nmake build\n```\n',
      },
      'OSPS-DO-07.01',
    );
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/installation.md', line: 8, detail: expect.stringContaining('make build') }] });
  });
});

describe('OSPS-DO-02.01: issue templates are judged by their own names', () => {
  it('a feature-request template and a proposal template are not a guide for reporting defects', async () => {
    const c = await control(
      {
        '.github/ISSUE_TEMPLATE/feature-request.yml': 'name: Feature request\ndescription: Suggest an idea\n',
        '.github/ISSUE_TEMPLATE/proposal.yml': 'name: Enhancement proposal\ndescription: Propose a change to the specification\n',
      },
      'OSPS-DO-02.01',
      { tagged: true },
    );
    expect(c.status).toBe('fail');
    expect(c.evidence.some((e) => e.path === '.github/ISSUE_TEMPLATE/proposal.yml')).toBe(true);
  });
  it('with a bug template beside a feature template, only the bug template is the evidence', async () => {
    const c = await control(
      {
        '.github/ISSUE_TEMPLATE/bug-report.yml': 'name: Bug report\n',
        '.github/ISSUE_TEMPLATE/feature-request.yml': 'name: Feature request\n',
      },
      'OSPS-DO-02.01',
    );
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.path)).toEqual(['.github/ISSUE_TEMPLATE/bug-report.yml']);
  });
});

describe('OSPS-DO-03.01/03.02: headings that name a technology without teaching verification', () => {
  it('a signing tool\'s README title and its usage sections are not release verification instructions', async () => {
    const readme = [
      '# sigtool',
      '',
      'Signing containers with [Sigstore](https://sigstore.dev/)! Signing, verification and storage in a registry.',
      '',
      '[![Report](https://acme.dev/badge/github.com/o/sigtool)](https://acme.dev/report)',
      '',
      '## Quick Start',
      '',
      para('Generate a key pair and sign your image.'),
      '',
      '### Verify a container',
      '',
      para('To verify the image, pass the public key.'),
      '',
      '## FAQ',
      '',
      '### Why not use image signing from another tool',
      '',
      para('That approach stores signatures differently.'),
      '',
      '## Signature specification',
      '',
      'sigtool is inspired by [minisign](https://acme.dev/minisign/) and [signify](https://acme.dev/signify.html). Keys are stored in PEM format, encrypted with scrypt.',
      '',
    ].join('\n');
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      nothingFound(await control({ 'README.md': readme }, id, { tagged: true }), id);
    }
  });
  it('the repository\'s own name is not the technology: "# cosign" in sigstore-like cosign is a title', async () => {
    nothingFound(await control({ 'README.md': `# cosign\n\n${para('Container signing, verification and storage in an OCI registry.')}\n` }, 'OSPS-DO-03.01', { tagged: true, repository: 'o/cosign' }), 'OSPS-DO-03.01');
  });
  it('a schema reference\'s "Attestation" field is not instructions', async () => {
    nothingFound(await control({ 'docs/schema.md': `# Schema\n\n## Attestation\n\n${para('Attestation describes an in-toto attestation, including its name, location and predicate URI.')}\n` }, 'OSPS-DO-03.01', { tagged: true }), 'OSPS-DO-03.01');
  });
  it('a signing tool\'s README section on signing what the product signs ("Model Signing") is not release verification', async () => {
    const readme = [
      '# Widget Transparency',
      '',
      '## Model Signing',
      '',
      'This project protects the integrity of a model by signing it with [Sigstore](https://www.sigstore.dev/).',
      'The verification part reads the bundle, verifies the signature and computes the file hashes again.',
      'When users download a given version of a signed model they can check who signed it.',
      '',
    ].join('\n');
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) nothingFound(await control({ 'README.md': readme }, id, { tagged: true }), id);
    // The same heading over prose on the project's own releases still counts.
    const own = readme.replace('When users download', 'Every release is signed the same way, and when users download');
    expect((await control({ 'README.md': own }, 'OSPS-DO-03.01', { tagged: true })).status).toBe('pass');
  });
  it('a "Checksums" section about the project\'s releases still passes', async () => {
    const c = await control({ 'README.md': `# r\n\n## Checksums\n\n${para('Every release ships a SHA256SUMS file listing each archive.')}\n` }, 'OSPS-DO-03.01', { tagged: true });
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 3 }] });
  });
});

describe('OSPS-VM-01.01/02.01: a security policy kept in the organization\'s central repository', () => {
  const stub = '# Security\n\nThe project manages this document in the central governance repository.\n\nGo to the [central SECURITY.md](https://github.com/o/governance/blob/main/SECURITY.md)\n';
  it('a SECURITY.md stub that links the central policy is attested with the link, not failed', async () => {
    for (const id of ['OSPS-VM-01.01', 'OSPS-VM-02.01']) {
      const c = await control({ 'SECURITY.md': stub }, id);
      expect(c, id).toMatchObject({ status: 'attested', evidence: [{ path: 'SECURITY.md', line: 5, detail: expect.stringContaining('https://github.com/o/governance/blob/main/SECURITY.md') }] });
    }
  });
  it('a README "Security" section whose link text wraps onto the next line is read', async () => {
    const readme = '# r\n\n## Security\n\nShould you find a security issue, please refer to our [security\nprocess](https://github.com/o/.github/blob/main/SECURITY.md)\n';
    const c = await control({ 'README.md': readme }, 'OSPS-VM-02.01');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 5, detail: expect.stringContaining('o/.github') }] });
  });
  it('without any link to a policy it is not attested (offline, unknown: the owner\'s default SECURITY.md is not read)', async () => {
    const c = await control({ 'README.md': '# r\n\n## Security\n\nWe care about security and test a lot before each release.\n' }, 'OSPS-VM-01.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.detail).join('\n')).toMatch(/default SECURITY\.md/);
  });
  it('a SECURITY file that only links the website\'s "Security page" (logging-log4j2, ASF) is attested with that link', async () => {
    for (const [file, url] of [
      ['See [the Security page](https://logging.apache.org/security.html).', 'https://logging.apache.org/security.html'],
      ['The ASF policy: https://www.apache.org/security/', 'https://www.apache.org/security/'],
    ])
      for (const id of ['OSPS-VM-01.01', 'OSPS-VM-02.01']) {
        const c = await control({ 'SECURITY.md': `# Security\n\n${file}\n` }, id);
        expect(c, `${id} ${url}`).toMatchObject({ status: 'attested', evidence: [{ path: 'SECURITY.md', line: 3, detail: expect.stringContaining(url) }] });
      }
  });
  it('a SECURITY.md under a license comment that names its link "the security page" (apache/commons-lang) is attested with that link', async () => {
    const header = '<!---\n Licensed to the Apache Software Foundation (ASF) under one or more\n contributor license agreements.\n\n      https://www.apache.org/licenses/LICENSE-2.0\n-->\n';
    const url = 'https://commons.apache.org/security.html';
    for (const id of ['OSPS-VM-01.01', 'OSPS-VM-02.01']) {
      const c = await control({ 'SECURITY.md': `${header}The Apache Commons security page is [${url}](${url}).\n` }, id);
      expect(c, id).toMatchObject({ status: 'attested', evidence: [{ path: 'SECURITY.md', line: 7, detail: expect.stringContaining(url) }] });
    }
  });
  it('a SECURITY.md whose one link hands the policy to a document in another repository (grpc-go) is attested with that link', async () => {
    const url = 'https://github.com/grpc/proposal/blob/master/P4-grpc-cve-process.md';
    const policy = `# Security Policy\n\nFor information on gRPC Security Policy and reporting potential security issues, please see [gRPC CVE Process](${url}).\n`;
    for (const id of ['OSPS-VM-01.01', 'OSPS-VM-02.01']) {
      const c = await control({ 'SECURITY.md': policy }, id);
      expect(c.status, id).toBe('attested');
      expect(c.evidence[0], id).toMatchObject({ path: 'SECURITY.md', line: 3, detail: expect.stringContaining(url) });
    }
    // A document linked for something else, or among other links, is not the policy.
    const other = `# Security Policy\n\nRead the [design notes](${url}) first.\n`;
    expect((await control({ 'SECURITY.md': other }, 'OSPS-VM-02.01')).status).toBe('fail');
  });
  it('a SECURITY.md that is only a link to the website, whatever the page is called (dapr), is attested with that link', async () => {
    const url = 'https://docs.dapr.io/operations/support/support-security-issues/';
    for (const id of ['OSPS-VM-01.01', 'OSPS-VM-02.01']) {
      const c = await control({ 'SECURITY.md': `## Security Policy\n\n${url}` }, id);
      expect(c, id).toMatchObject({ status: 'attested', evidence: [{ path: 'SECURITY.md', line: 3, detail: expect.stringContaining(url) }] });
    }
    // A link among the policy's own words is no hand-over.
    const own = `## Security Policy\n\nWe fix what we can and publish notes for each release. ${url}\n`;
    expect((await control({ 'SECURITY.md': own }, 'OSPS-VM-02.01')).status).toBe('fail');
  });
  it('a SECURITY.md whose one sentence sends reporters to the website\'s policy page (oras) is attested with that link', async () => {
    const url = 'https://r.acme.dev/docs/community/reporting_security_concerns';
    const policy = `# Security Policy\n\nPlease follow the [security policy](${url}) to report a security vulnerability or concern.\n`;
    for (const id of ['OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01']) {
      const c = await control({ 'SECURITY.md': policy }, id);
      expect(c.status, id).toBe('attested');
      expect(c.evidence[0], id).toMatchObject({ path: 'SECURITY.md', line: 3, detail: expect.stringContaining(url) });
    }
    // A policy of its own that also links a page, or a page not presented as the policy, is no hand-over.
    const own = `# Security Policy\n\nSend reports to security@acme.dev. Please follow the [security policy](${url}) too.\n`;
    expect((await control({ 'SECURITY.md': own }, 'OSPS-VM-01.01')).status).toBe('fail');
    const guide = '# Security\n\nRead the [hardening notes](https://r.acme.dev/docs/hardening/) before deploying the server.\n';
    expect((await control({ 'SECURITY.md': guide }, 'OSPS-VM-02.01')).status).toBe('fail');
    // A person's home page to find an address on (bat's "please contact [David Peter](https://david-peter.de/) via email") is no policy page.
    const person = '# Security Vulnerabilities\n\nTo report a security vulnerability, please contact [Jane Doe](https://jane-doe.dev/) via email.\n';
    expect((await control({ 'SECURITY.md': person }, 'OSPS-VM-01.01')).status).toBe('fail');
  });
  it('a README reporting section that sends reports to a vendor\'s disclosure page (ktor, JetBrains) is attested with that link', async () => {
    const readme = '# r\n\n## Reporting Security Vulnerabilities\n\nIf you find a security vulnerability in R, please reach out to the security team via\nour [responsible disclosure process](https://www.acme.dev/legal/terms/responsible-disclosure.html).\n';
    for (const id of ['OSPS-VM-01.01', 'OSPS-VM-02.01']) {
      const c = await control({ 'README.md': readme }, id);
      expect(c, id).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 6, detail: expect.stringContaining('responsible-disclosure.html') }] });
    }
  });
  it('a website security page not presented as the policy is not one', async () => {
    const readme = '# r\n\n## Security\n\nTo harden a deployment, read the [Security page](https://r.acme.dev/docs/security/).\n';
    expect((await control({ 'README.md': readme }, 'OSPS-VM-01.01')).status).toBe('unknown');
    const policy = '# Security\n\nRead the [Security Guide](https://r.acme.dev/docs/guides/security/) before deploying.\n';
    expect((await control({ 'SECURITY.md': policy }, 'OSPS-VM-02.01')).status).toBe('fail');
  });
});

describe('A design proposal under docs/proposals/ argues a change; it is neither instructions nor the interface (oras)', () => {
  const proposal = [
    '# Formatted output',
    '',
    '## Scenarios',
    '',
    '### Verify local files',
    '',
    para('Carol needs to check whether locally copied files are identical to the remote artifact content, with a checksum file made from the manifest.'),
    '',
    '```bash',
    'r manifest fetch $REF --format go-template=\'{{range .layers}}{{.digest}}{{end}}\' | shasum -c',
    '```',
    '',
    '## CLI Specs for new subcommands',
    '',
    para('`r manifest index create <ref> <sources>` creates an index from source manifests and pushes it without tagging.'),
    '',
  ].join('\n');
  const readme = '# R CLI\n\n## Docs\n\nDocumentation for the R CLI is located on the project website: [r.acme.dev/cli](https://r.acme.dev/docs/category/r-commands)\n';
  it('DO-03.01 finds no verification instructions in it', async () => {
    nothingFound(await control({ 'README.md': readme, 'docs/proposals/formatted-output.md': proposal }, 'OSPS-DO-03.01', { tagged: true }), 'OSPS-DO-03.01');
  });
  it('SA-02.01 does not pass on its CLI specs: the documentation linked from the README is attested', async () => {
    const c = await control({ 'README.md': readme, 'docs/proposals/formatted-output.md': proposal }, 'OSPS-SA-02.01', { tagged: true });
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', detail: expect.stringContaining('https://r.acme.dev/docs/category/r-commands') });
  });
});

describe('OSPS-DO-07.01: a build section that only links a page elsewhere (oras)', () => {
  const pointer = '# R CLI\n\n## Development Environment Setup\n\nRefer to the [development guide](https://r.acme.dev/community/developer_guide) to get started [contributing to R](https://r.acme.dev/community/contributing_guide).\n';
  it('is attested with the link, not passed on its heading', async () => {
    const c = await control({ 'README.md': pointer }, 'OSPS-DO-07.01');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 5, detail: expect.stringContaining('https://r.acme.dev/community/developer_guide') });
  });
  it('passes when the section says how to build', async () => {
    const own = '# R CLI\n\n## Development Environment Setup\n\nInstall Go 1.24 or newer, clone the repository and run `make build`; the binary is written to bin/.\n';
    expect((await control({ 'README.md': own }, 'OSPS-DO-07.01')).status).toBe('pass');
  });
});

describe('OSPS-VM-05.03/06.02: a scan that runs only after a change lands cannot block it', () => {
  const wf = (on: string, step: string) =>
    `name: scan\non:\n${on}\npermissions:\n  contents: read\njobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11\n${step}\n`;
  const codeql = '      - uses: github/codeql-action/init@4e828ff8d448a8a6e532957b1811f387a63867e8\n      - uses: github/codeql-action/analyze@4e828ff8d448a8a6e532957b1811f387a63867e8';
  it('CodeQL on push to main only fails VM-06.02, saying why', async () => {
    const c = await control({ '.github/workflows/codeql.yml': wf('  push:\n    branches: [main]', codeql) }, 'OSPS-VM-06.02');
    expect(c).toMatchObject({ status: 'fail', evidence: [{ path: '.github/workflows/codeql.yml', detail: expect.stringContaining('cannot block a change') }] });
  });
  it('osv-scanner on push and by hand only fails VM-05.03; on pull_request it is unknown offline (whether it blocks is not read)', async () => {
    expect((await control({ '.github/workflows/deps.yml': wf('  push:\n  workflow_dispatch:', '      - run: osv-scanner --recursive .') }, 'OSPS-VM-05.03')).status).toBe('fail');
    expect((await control({ '.github/workflows/deps.yml': wf('  pull_request:\n  push:', '      - run: osv-scanner --recursive .') }, 'OSPS-VM-05.03')).status).toBe('unknown');
  });
});

describe('OSPS-BR-07.02: a hypothetical is not the project\'s secrets policy', () => {
  it('"you\'d need to store a token in your repository secrets" in a release doc does not count', async () => {
    const doc = `# Release notes for packagers\n\n## Problems with publishing from the build tool\n\nSecurity risk: you'd need to store a personal access token with write access in your repository secrets. We use a bot instead.\n`;
    expect((await control({ 'PACKAGING.md': doc }, 'OSPS-BR-07.02')).status).toBe('fail');
  });
  it('a statement of how the project stores its publishing token still counts', async () => {
    const doc = '# Releasing\n\n## Publishing\n\nThe publishing token is stored as a GitHub Actions environment secret, readable only by maintainers, and rotated every year.\n';
    expect((await control({ 'RELEASING.md': doc }, 'OSPS-BR-07.02')).status).toBe('pass');
  });
});

describe('a release-process document is not a changelog', () => {
  it('does not take RELEASE.md (how to cut a release) as release notes for OSPS-BR-04.01', async () => {
    const r = makeRepo({ 'README.md': '# x\n', 'RELEASE.md': '# Releasing\n\n## Cutting a release\n\nTag the commit, push the tag, and the release workflow publishes the artifacts.\n' }, { git: true, tag: 'v1.0.0' });
    try {
      const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'o/r' });
      const c = result.controls.find((x) => x.id === 'OSPS-BR-04.01');
      expect(c?.status).not.toBe('pass');
      expect(JSON.stringify(c?.evidence)).not.toContain('RELEASE.md');
    } finally {
      r.cleanup();
    }
  });
});

describe('OSPS-VM-06.01 needs a remediation policy, not a heading about a tool\'s output', () => {
  it('does not pass on a README "Code Scanning Alerts" section that explains where alerts appear', async () => {
    const r = makeRepo({ 'README.md': '# tool\n\n## Code Scanning Alerts\n\nAfter the workflow runs, the results show up in the Security tab of your repository under Code scanning alerts.\n' });
    try {
      const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'o/r' });
      expect(result.controls.find((x) => x.id === 'OSPS-VM-06.01')?.status).not.toBe('pass');
    } finally {
      r.cleanup();
    }
  });
  it('still passes on a "SAST findings policy" section', async () => {
    const r = makeRepo({ 'SECURITY.md': '# Security\n\n## Static analysis findings policy\n\nCodeQL runs on every pull request. High and critical findings block the merge; medium findings are fixed within 30 days.\n' });
    try {
      const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'o/r' });
      expect(result.controls.find((x) => x.id === 'OSPS-VM-06.01')?.status).toBe('pass');
    } finally {
      r.cleanup();
    }
  });
});

describe('OSPS-DO-03.x: a generated command reference page is not a guide to verifying releases', () => {
  it('does not pass on a signing tool\'s own `verify` command reference', async () => {
    const page = '## tool verify-blob\n\nVerify a signature on the supplied blob\n\n### Synopsis\n\nVerify a signature on the supplied blob input using the specified key reference.\n\n```\ntool verify-blob [flags]\n```\n\n### Examples\n\n```\ntool verify-blob --key key.pub --signature sig blob\n```\n\n### Options\n\n```\n  --key string   path to the public key file\n```\n\n### SEE ALSO\n\n* [tool](tool.md)\t - A tool for signing and verifying artifacts\n';
    const r = makeRepo({ 'README.md': '# tool\n', 'doc/tool_verify-blob.md': page, 'docs/tool_verify-blob.md': page });
    try {
      execFileSync('git', ['init', '-q'], { cwd: r.root });
      const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'o/tool' });
      for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
        const c = result.controls.find((x) => x.id === id);
        expect(c?.status, id).not.toBe('pass');
      }
    } finally {
      r.cleanup();
    }
  });
});

describe('OSPS-DO-03.x in a signing tool\'s own repository', () => {
  async function verdicts(files: Tree): Promise<Record<string, ControlResult | undefined>> {
    const r = makeRepo(files);
    try {
      execFileSync('git', ['init', '-q'], { cwd: r.root });
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@acme.dev', 'commit', '-q', '--allow-empty', '-m', 'x'], { cwd: r.root });
      execFileSync('git', ['tag', 'v1.0.0'], { cwd: r.root });
      const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'example/cosign' });
      return Object.fromEntries(['OSPS-DO-03.01', 'OSPS-DO-03.02'].map((id) => [id, result.controls.find((c) => c.id === id)]));
    } finally {
      r.cleanup();
    }
  }
  it('does not count the tool\'s own usage ("Verify a container": `cosign verify`) or changelog examples', async () => {
    const v = await verdicts({
      'README.md': '# cosign\n\nSign and verify containers.\n\n## Quick Start\n\n### Verify a container\n\n```\ncosign verify --key cosign.pub user/demo\n```\n\nThe command prints the verified payload.\n',
      'CHANGELOG.md': '# v2.0.0\n\nNew bundle format for our next release.\n\n```\ncosign verify-blob --bundle b.json README.md\n```\n',
    });
    nothingFound(v['OSPS-DO-03.01'], 'OSPS-DO-03.01');
    nothingFound(v['OSPS-DO-03.02'], 'OSPS-DO-03.02');
  });
  it('counts a section on the release assets that says they verify the release and links the instructions', async () => {
    const v = await verdicts({
      'README.md': '# cosign\n\n## Bundle files in GitHub Release Assets\n\nThe release assets contain Sigstore bundle files, provided for users who wish to [verify the integrity of the release binaries](https://docs.acme.dev/verifying-releases).\n',
    });
    expect(v['OSPS-DO-03.01']?.status).toBe('pass');
    expect(v['OSPS-DO-03.01']?.evidence[0]).toMatchObject({ path: 'README.md', line: 3 });
  });
});

describe('OSPS-QA-06.02 needs a section that says how tests run', () => {
  async function qa0602(files: Tree) {
    const r = makeRepo(files);
    try {
      const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'o/r' });
      return result.controls.find((c) => c.id === 'OSPS-QA-06.02');
    } finally {
      r.cleanup();
    }
  }
  it('does not pass on "Testing the Template" in a release how-to', async () => {
    const c = await qa0602({ 'KREW_RELEASE.md': '# Releasing to Krew\n\n## Testing the Template\n\nOpen the generated manifest and compare the version field with the tag you pushed before you submit it.\n' });
    // It tests the release, not the code: it is not cited as the project's testing section, and with no contribution guide
    // in the repository the owner's default one (not read offline) decides.
    expect(c?.status).toBe('unknown');
    expect(c?.evidence.some((e) => e.path === 'KREW_RELEASE.md')).toBe(false);
  });
  it('passes on a Testing section that gives the test command', async () => {
    const c = await qa0602({ 'CONTRIBUTING.md': '# Contributing\n\n## Testing\n\n```\ngo test ./...\n```\n' });
    expect(c?.status).toBe('pass');
  });
});
