// OSPS-BR rules: fixtures that pass, fail, and are unknown / attested / not applicable.
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeState } from '../github/fake-github.ts';
import { BODY, cleanupRepos, control, details, insights } from './fixtures-acbrqa/helpers.ts';
import { CLOUD_BUILD_RELEASE } from './fixtures-acbrqa/cloud-build.ts';
import { inTestWorkflow } from '../../src/rules/helpers/workflows.ts';

afterEach(cleanupRepos);

type Release = Record<string, unknown> & { assets: Record<string, unknown>[] };

/** Makes the latest release (v1.2.0 in the fake's canned data) look as the test needs. */
function latest(s: FakeState, patch: Partial<Release>): void {
  s.releases[0] = { ...s.releases[0], ...patch };
}

function asset(s: FakeState, name: string): Record<string, unknown> {
  const a = (s.releases[0] as Release).assets[0];
  return { ...a, name, browser_download_url: `https://github.com/octo-org/demo/releases/download/v1.2.0/${name}` };
}

const noReleases = (s: FakeState) => {
  s.releases = [];
  s.tags = [];
};

describe('OSPS-BR-01.01 untrusted metadata in CI', () => {
  it('fails on an issue title expanded into a script, at its position', async () => {
    const wf = 'on: issues\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n';
    const c = await control({ '.github/workflows/triage.yml': wf }, 'OSPS-BR-01.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/triage.yml', line: 7 });
    expect(c.remediation).toMatch(/env:/);
  });
  it('passes when the value goes through env:', async () => {
    const wf = 'on: issues\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$TITLE"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n';
    const c = await control({ '.github/workflows/triage.yml': wf }, 'OSPS-BR-01.01');
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/1 workflow\(s\) analysed/);
  });
  it('is not applicable without CI', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-01.01')).status).toBe('not-applicable');
  });
});

describe('OSPS-BR-01.03 untrusted code with privileged credentials', () => {
  it('fails when pull_request_target checks out and runs the pull request', async () => {
    const wf = `on: pull_request_target
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm install && npm test
`;
    const c = await control({ '.github/workflows/pr.yml': wf }, 'OSPS-BR-01.03');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].path).toBe('.github/workflows/pr.yml');
  });
  it('passes for a plain pull_request workflow', async () => {
    const wf = 'on: pull_request\npermissions:\n  contents: read\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11\n      - run: npm test\n';
    expect((await control({ '.github/workflows/pr.yml': wf }, 'OSPS-BR-01.03')).status).toBe('pass');
  });
  it("is unknown when a privileged job hands over to another repository's reusable workflow, naming it (openfga, dapr)", async () => {
    const wf = (on: string) =>
      `on: ${on}\npermissions:\n  contents: read\njobs:\n  review:\n    permissions:\n      pull-requests: write\n    uses: octo-org/workflows/.github/workflows/review.yml@main\n    secrets: inherit\n`;
    const c = await control({ '.github/workflows/review.yml': wf('pull_request_target') }, 'OSPS-BR-01.03');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ path: '.github/workflows/review.yml', line: 8 });
    expect(c.evidence[0].detail).toMatch(/job review runs on pull_request_target and calls octo-org\/workflows\/\.github\/workflows\/review\.yml@main, with all secrets \(secrets: inherit\); that workflow is not read here/);
    // The same call on a pull_request trigger holds no privilege: nothing to decide.
    expect((await control({ '.github/workflows/review.yml': wf('pull_request') }, 'OSPS-BR-01.03')).status).toBe('pass');
  });
});

describe('OSPS-BR-01.04 collaborator input in CI', () => {
  const wf = (type: string) =>
    `on:\n  workflow_dispatch:\n    inputs:\n      target:\n        type: ${type}\n${type === 'choice' ? '        options: [a, b]\n' : ''}permissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh \${{ inputs.target }}\n`;
  it('fails on a free-text input expanded into a script', async () => {
    const c = await control({ '.github/workflows/deploy.yml': wf('string') }, 'OSPS-BR-01.04');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ path: '.github/workflows/deploy.yml', line: 11 });
  });
  it('passes when the input is a choice', async () => {
    expect((await control({ '.github/workflows/deploy.yml': wf('choice') }, 'OSPS-BR-01.04')).status).toBe('pass');
  });
});

describe('OSPS-BR-02.01 unique version identifiers', () => {
  it('passes with versioned, unique release tags, pointing at the releases endpoint', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-02.01', {});
    expect(c.status).toBe('pass');
    expect(c.evidence[0].url).toMatch(/\/repos\/octo-org\/demo\/releases$/);
  });
  it('fails for an official release tagged with a moving name', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-02.01', { state: (s) => latest(s, { tag_name: 'latest', html_url: 'https://github.com/octo-org/demo/releases/tag/latest' }) });
    expect(c.status).toBe('fail');
    expect(details(c)).toMatch(/"latest" names no version/);
  });
  it('passes with version tags and no GitHub releases', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-02.01', {
      state: (s) => {
        s.releases = [];
      },
    });
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/v1\.2\.0/);
  });
  it('names the newest tags by version as examples, the project\'s own before a subfolder module\'s (controller-runtime)', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-02.01', {
      state: (s) => {
        s.releases = [];
        s.tags = ['tools/setup-envtest/v0.24.0', 'v0.1.1', 'v0.24.1', 'v0.9.7', 'v0.10.0'].map((name) => ({ name, commit: { sha: 'a'.repeat(40) } }));
      },
    });
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/e\.g\. v0\.24\.1, v0\.10\.0, v0\.9\.7/);
  });
  it("names the bare versions before a package's tags, which sort first as text (log's env_logger-0.4.3 beside 0.4.33)", async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-02.01', {
      state: (s) => {
        s.releases = [];
        s.tags = ['0.4.9', '0.4.33', '0.4.32', 'env_logger-0.4.3', 'env_logger-0.4.2'].map((name) => ({ name, commit: { sha: 'a'.repeat(40) } }));
      },
    });
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/e\.g\. 0\.4\.33, 0\.4\.32, 0\.4\.9\b/);
  });
  it("names releases before tags that mark a maintenance line (pallets' 2.1.x), which sort above 2.1.2 by version", async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-02.01', {
      state: (s) => {
        s.releases = [];
        s.tags = ['1.0.x', '2.1.1', '2.1.2', '2.1.x', '2.2.0'].map((name) => ({ name, commit: { sha: 'a'.repeat(40) } }));
      },
    });
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/e\.g\. 2\.2\.0, 2\.1\.2, 2\.1\.1\b/);
  });
  it("counts a tag prefix that names no folder as the project's own (Apache's rel/commons-io-2.22.0), one that does as a module's", async () => {
    const tags = ['IO_1_3_RC3', 'commons-io-2.6', 'rel/commons-io-2.9.0', 'rel/commons-io-2.22.0', 'remote/v9.0.0'];
    const c = await control({ 'README.md': '# x', 'remote/go.mod': 'module example.com/x/remote\n' }, 'OSPS-BR-02.01', {
      state: (s) => {
        s.releases = [];
        s.tags = tags.map((name) => ({ name, commit: { sha: 'a'.repeat(40) } }));
      },
    });
    expect(details(c)).toMatch(/e\.g\. rel\/commons-io-2\.22\.0, rel\/commons-io-2\.9\.0, IO_1_3_RC3/);
  });
  it('is not applicable without releases or tags, unknown offline', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-02.01', { state: noReleases })).status).toBe('not-applicable');
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-02.01')).status).toBe('unknown');
  });
});

describe('OSPS-BR-02.02 assets carry the version', () => {
  it('passes when the latest release names its artifacts after the version', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-02.02', {});
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/demo_1\.2\.0_linux_amd64\.tar\.gz/);
  });
  it('fails naming an asset without the version', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-02.02', {
      state: (s) => latest(s, { assets: [asset(s, 'demo-linux-amd64.tar.gz'), asset(s, 'SHA256SUMS')] }),
    });
    expect(c.status).toBe('fail');
    expect(c.evidence[0].url).toMatch(/demo-linux-amd64\.tar\.gz$/);
    expect(details(c)).not.toMatch(/SHA256SUMS/);
  });
  it('is not applicable without a release', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-02.02', { state: noReleases })).status).toBe('not-applicable');
  });
});

describe('OSPS-BR-03.01 official channels over HTTPS', () => {
  it('fails on an http:// homepage in Security Insights, at its line', async () => {
    const si = insights({ project: { homepage: 'http://demo.acme.dev' } });
    const c = await control({ 'security-insights.yml': si }, 'OSPS-BR-03.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml' });
    expect(c.evidence[0].line).toBe(si.split('\n').findIndex((l) => l.includes('homepage')) + 1);
  });
  it('fails on an http:// documentation link in the README', async () => {
    const c = await control({ 'README.md': '# Demo\n\nRead the [documentation](http://docs.acme.dev/demo).\n' }, 'OSPS-BR-03.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 3, column: 10 });
  });
  it("a sponsor's site under a bare label is not the project's channel (axios's sponsor table), with the URL's entities decoded", async () => {
    const readme = '<p align="center"><a href="http://stytch.com/?utm_source&#x3D;oss-sponsorship&amp;utm_campaign&#x3D;demo">Website</a> | <a href="https://stytch.com/docs">Documentation</a></p>\n\n# Demo\n\n- [Website](https://demo-http.com/)\n';
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.01', undefined, { git: true, remote: 'https://github.com/octo-org/demo.git' });
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => /stytch/.test(e.detail))).toBe(false);
    expect(details(c)).toMatch(/demo-http\.com/);
  });
  it('a link that says in its query it is a sponsorship is not a channel, even without the repository name (axios offline)', async () => {
    const readme = '# Demo\n\n<a href="http://stytch.com/?utm_source&#x3D;oss-sponsorship">Website</a>\n\n- [Website](https://demo-http.com/)\n';
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => /stytch/.test(e.detail))).toBe(false);
  });
  it('passes when every listed channel is https', async () => {
    const c = await control({ 'security-insights.yml': insights({ project: { homepage: 'https://demo.acme.dev' } }) }, 'OSPS-BR-03.01');
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/project\.homepage: https:\/\/demo\.acme\.dev/);
  });
  it('does not take a CI status badge labelled "Web site" for the web site (fastify\'s website.yml badge)', async () => {
    const readme = '# Demo\n\n[![Web site](https://github.com/octo-org/demo/actions/workflows/website.yml/badge.svg)](https://github.com/octo-org/demo/actions/workflows/website.yml)\n\nVisit the [website](https://demo.acme.dev).\n';
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.01', undefined, { git: true, remote: 'https://github.com/octo-org/demo.git' });
    expect(c.status).toBe('pass');
    expect(details(c)).not.toMatch(/actions\/workflows/);
    expect(details(c)).toMatch(/demo\.acme\.dev/);
  });
  it('ignores http links that are not channels (a loopback example)', async () => {
    const c = await control({ 'README.md': '# Demo\n\nOpen the [docs](http://localhost:8080) after starting it.\n' }, 'OSPS-BR-03.01', undefined, { git: true, remote: 'https://github.com/octo-org/demo.git' });
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/github\.com/);
  });
  it('takes a link to another repository of the same owner for this project\'s channel only under a bare label (ossf/allstar\'s link to ossf/scorecard\'s docs)', async () => {
    const readme = '# Demo\n\nSee the [OpenSSF Scorecard documentation](https://github.com/octo-org/scorecard/blob/main/docs/checks.md).\n\n[Download](https://github.com/octo-org/demo-releases/releases)\n';
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.01', undefined, { git: true, remote: 'https://github.com/octo-org/demo.git' });
    expect(c.status).toBe('pass');
    expect(details(c)).not.toMatch(/scorecard/);
    expect(details(c)).toMatch(/README link "Download" → https:\/\/github\.com\/octo-org\/demo-releases\/releases/);
    // The same on the owner's GitHub Pages: a project site is its repository's (node-glob's link to isaacs.github.io/path-scurry).
    const pages = '# Demo\n\nSee the [path-walker docs](https://octo-org.github.io/path-walker/).\n\nRead the [documentation](https://octo-org.github.io/demo/).\n';
    const p = await control({ 'README.md': pages }, 'OSPS-BR-03.01', undefined, { git: true, remote: 'https://github.com/octo-org/demo.git' });
    expect(details(p)).not.toMatch(/path-walker/);
    expect(details(p)).toMatch(/octo-org\.github\.io\/demo/);
  });
  it('caps the evidence for a README with thousands of plain-http download links, in bounded time', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `## Part ${i}\n\n[download ${i}](http://mirror${i}.acme.dev/demo.tgz)\n`).join('\n');
    const started = performance.now();
    const c = await control({ 'README.md': `# Demo\n\n${lines}` }, 'OSPS-BR-03.01');
    expect(c.status).toBe('fail');
    expect(c.evidence.length).toBeLessThanOrEqual(201);
    expect(c.evidence.at(-1)?.detail).toMatch(/and 4800 more, not kept in the result \(the first 200 of 5000 are\)/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
  it('is unknown with nothing listed and no known repository URL', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-03.01')).status).toBe('unknown');
  });
});

describe('OSPS-BR-03.02 distribution channels', () => {
  const withPoints = (uri: string) =>
    insights({ repository: { release: { 'automated-pipeline': true, 'distribution-points': [{ uri, comment: 'downloads' }] } } });
  it('fails on an http:// distribution point', async () => {
    const c = await control({ 'security-insights.yml': withPoints('http://downloads.acme.dev/demo') }, 'OSPS-BR-03.02');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].path).toBe('security-insights.yml');
  });
  it("cites a link once when two readers of the README find it (rustls/webpki's \"Release history can be found [on GitHub]\")", async () => {
    const readme = '# webpki\n\nChangelog\n=========\n\nRelease history can be found [on GitHub](https://github.com/acme/widget/releases).\n';
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.02');
    expect(c.status).toBe('pass');
    expect(c.evidence.filter((e) => e.line === 6)).toHaveLength(1);
  });
  it('passes for https distribution points and for GitHub releases', async () => {
    expect((await control({ 'security-insights.yml': withPoints('https://github.com/octo-org/demo/releases') }, 'OSPS-BR-03.02')).status).toBe('pass');
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-03.02', {});
    expect(c.status).toBe('pass');
    expect(c.evidence[0].url).toMatch(/releases\/tag\/v1\.2\.0$/);
  });
  it('does not take a link to the Go toolchain\'s downloads for the project\'s channel (openfga), but keeps "Go to the download page"', async () => {
    const readme = '# Demo\n\nMake sure you have the latest version of Go installed. See the [Go downloads](http://go.dev/dl/) page.\n\n[Go to the download page](https://demo.acme.dev/download)\n';
    const c = await control({ 'README.md': readme, 'security-insights.yml': withPoints('https://github.com/octo-org/demo/releases') }, 'OSPS-BR-03.02');
    expect(c.status).toBe('pass');
    expect(details(c)).not.toMatch(/go\.dev/);
    expect(details(c)).toMatch(/README link "Go to the download page" → https:\/\/demo\.acme\.dev\/download/);
  });
  it('passes for a README badge to Hackage whose alt text wraps (as jgm/pandoc\'s)', async () => {
    const c = await control({ 'README.md': '# demo\n\n[![hackage\nrelease](https://img.shields.io/hackage/v/demo.svg)](https://hackage.haskell.org/package/demo)\n' }, 'OSPS-BR-03.02');
    expect([c.status, c.evidence[0].path, c.evidence[0].line]).toEqual(['pass', 'README.md', 3]);
  });
  it('shows a README badge without alt text by its target, not as an empty quote (walkdir\'s crates.io badge)', async () => {
    const c = await control({ 'README.md': '# demo\n\n[![](https://img.shields.io/crates/v/demo.svg)](https://crates.io/crates/demo)\n' }, 'OSPS-BR-03.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].detail).toBe('README badge https://crates.io/crates/demo (a package registry)');
  });
  it('passes for a README badge written as an HTML image inside a Markdown link (anyhow\'s `[<img alt="crates.io" …>](https://crates.io/crates/anyhow)`), shown by its alt text', async () => {
    const readme = '# demo\n\n[<img alt="github" src="https://img.shields.io/badge/github-octo-org/demo-8da0cb?style=for-the-badge&logo=github" height="20">](https://github.com/octo-org/demo)\n[<img alt="crates.io" src="https://img.shields.io/crates/v/demo.svg?style=for-the-badge&color=fc8d62&logo=rust" height="20">](https://crates.io/crates/demo)\n\nA library.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 4, detail: 'README badge "crates.io" → https://crates.io/crates/demo (a package registry)' }]);
    const channel = await control({ 'README.md': readme }, 'OSPS-BR-03.01', undefined, { git: true, tag: 'v1.0.0' });
    expect(channel.evidence[0]).toMatchObject({ path: 'README.md', line: 4, detail: 'README badge "crates.io" → https://crates.io/crates/demo (a package registry)' });
  });
  it("passes on a README link to the project's own page on a registry (go-retryablehttp's pkg.go.dev), not to a dependency's", async () => {
    const readme = (target: string) => `# demo\n\nA retrying HTTP client.\n\nFor more usage and examples see the\n[pkg.go.dev](${target}).\n`;
    const c = await control({ 'README.md': readme('https://pkg.go.dev/github.com/octo-org/demo') }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 6 }]);
    expect(c.evidence[0].detail).toBe('README link "pkg.go.dev" → https://pkg.go.dev/github.com/octo-org/demo (the project\'s own page on a package registry)');
    for (const other of ['https://pkg.go.dev/github.com/octo-org/demo-extra', 'https://pkg.go.dev/golang.org/x/net', 'https://pypi.org/project/requests/'])
      expect((await control({ 'README.md': readme(other) }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' })).status, other).toBe('unknown');
    expect((await control({ 'README.md': readme('https://pypi.org/project/demo/') }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' })).status).toBe('pass');
  });
  it("passes on the README's command that installs the project's own package from a registry (undici's `npm i undici`), not another package", async () => {
    const readme = '# demo\n\nAn HTTP client.\n\n## Install\n\n```\nnpm i demo\n```\n';
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5 }]);
    expect(c.evidence[0].detail).toBe('README section "Install" installs the project from npm (npm i demo): https://www.npmjs.com/package/demo');
    const scoped = await control({ 'README.md': '# demo\n\n## Installation\n\n```sh\npip install --upgrade demo\nnpm install -g @octo-org/demo\n```\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect(scoped.status).toBe('pass');
    expect(details(scoped)).toMatch(/from PyPI \(pip install --upgrade demo\): https:\/\/pypi\.org\/project\/demo\//);
    expect(details(scoped)).toMatch(/from npm \(npm install -g @octo-org\/demo\): https:\/\/www\.npmjs\.com\/package\/@octo-org\/demo/);
    const other = await control({ 'README.md': '# demo\n\n## Install\n\nFirst install yarn, then build:\n\n```\nnpm install -g yarn\nyarn build\n```\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect(other.status).toBe('unknown');
  });
  it("passes on the README's `go get` of the project's own module (kubernetes-sigs/yaml's `go get sigs.k8s.io/yaml`): the Go module proxy", async () => {
    const c = await control({ 'README.md': '# demo\n\nA library.\n\n## Installation and usage\n\nTo install, run:\n\n```\n$ go get sigs.k8s.io/demo\n```\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5 }]);
    expect(c.evidence[0].detail).toBe('README section "Installation and usage" installs the project from the Go module proxy (go get sigs.k8s.io/demo): https://pkg.go.dev/sigs.k8s.io/demo');
    const pinned = await control({ 'README.md': '# demo\n\n## Install\n\n```\ngo install -v github.com/octo-org/demo/cmd/demo@latest\n```\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([pinned.status, details(pinned)]).toMatchObject(['pass', expect.stringContaining('https://pkg.go.dev/github.com/octo-org/demo/cmd/demo')]);
    // Another owner's repository of the same name, a tool the reader installs first, a versioned path of another module: not this project's.
    for (const cmd of ['go get github.com/other/demo', 'go install golang.org/x/tools/cmd/goimports@latest', 'go get gopkg.in/demo.v3'])
      expect((await control({ 'README.md': `# demo\n\n## Install\n\n\`\`\`\n${cmd}\n\`\`\`\n` }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' })).status, cmd).toBe('unknown');
  });
  it("does not take the badges and commands of a README's \"Third-party packages\" section for the project's channels (pip-audit's conda-forge badges)", async () => {
    const others = '### Third-party packages\n\nThere are multiple **third-party** packages for `demo`:\n\n[![Conda - Platform](https://img.shields.io/conda/pn/conda-forge/demo)](https://anaconda.org/conda-forge/demo)\n\n```bash\nconda install -c conda-forge demo\npip install demo\n```\n\nThird-party packages are **not** directly supported by this project.\n';
    const readme = `# demo\n\n## Installation\n\n\`\`\`bash\npython -m pip install demo\n\`\`\`\n\n${others}`;
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3 }]);
    expect(details(c)).not.toMatch(/anaconda/);
    const alone = await control({ 'README.md': `# demo\n\nA tool.\n\n## Installation\n\n${others}` }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect(alone.status).toBe('unknown');
  });
  it("passes on the README's Maven or Gradle dependency on the project's own artifact (jackson-core's \"Maven\" section): Maven Central", async () => {
    const xml = '# demo\n\n# Get it!\n\n## Maven\n\nUse this dependency:\n\n```xml\n<dependency>\n    <groupId>com.acme.demo</groupId>\n    <artifactId>demo</artifactId>\n    <version>${demo.version}</version>\n</dependency>\n```\n';
    const c = await control({ 'README.md': xml }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5 }]);
    expect(c.evidence[0].detail).toBe('README section "Maven" installs the project from Maven Central (dependency com.acme.demo:demo): https://central.sonatype.com/artifact/com.acme.demo/demo');
    const gradle = await control({ 'README.md': '# demo\n\n## Gradle\n\n```kotlin\nimplementation("com.acme:demo:1.2.0")\n```\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([gradle.status, gradle.evidence[0].detail]).toMatchObject(['pass', expect.stringContaining('(dependency com.acme:demo): https://central.sonatype.com/artifact/com.acme/demo')]);
    // Another project's artifact (a test dependency) is not this project's channel.
    const other = await control({ 'README.md': '# demo\n\n## Build\n\n```xml\n<groupId>org.junit</groupId><artifactId>junit</artifactId>\n```\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect(other.status).toBe('unknown');
  });
  it("does not take a README link to one of the repository's issues for a channel, whatever its text (bat's \"a name clash with another package\")", async () => {
    const readme = '# demo\n\nOn older systems the executable is installed as `democat` (due to [a name clash with another package](https://github.com/octo-org/demo/issues/982)).\n';
    const c = await control({ 'README.md': readme }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect(c.status).toBe('unknown');
    expect(details(c)).not.toMatch(/issues\/982/);
    const page = await control({ 'README.md': '# demo\n\nGet the binaries from the [release page](https://github.com/octo-org/demo/releases).\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([page.status, page.evidence[0].line]).toEqual(['pass', 3]);
  });
  it("takes the repository's releases page under any text for a channel, not a workflow file of another repository under a bare label (slsa-verifier's option table)", async () => {
    const readme = '# demo\n\n## Download the binary\n\nDownload the binary from the latest release at [https://github.com/octo-org/demo/releases/tag/v2.7.1](https://github.com/octo-org/demo/releases/tag/v2.7.1)\n\n## Options\n\n| Option | Description |\n| --- | --- |\n| `source-tag` | Supported for new [tag](https://github.com/octo-org/example/blob/main/.github/workflows/e2e.tag.yml#L5) and [release](https://github.com/octo-org/example/blob/main/.github/workflows/e2e.release.yml) triggers. |\n';
    for (const id of ['OSPS-BR-03.01', 'OSPS-BR-03.02']) {
      const c = await control({ 'README.md': readme }, id, undefined, { git: true, tag: 'v1.0.0' });
      expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5, detail: expect.stringContaining("(the repository's releases page)") }]);
      expect(details(c)).not.toMatch(/e2e\.release\.yml/);
    }
    // Without the releases link, the workflow file is no distribution channel.
    const table = readme.replace(/Download the binary from[^\n]*/, 'Build it from source.');
    expect((await control({ 'README.md': table }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' })).status).toBe('unknown');
  });
  it('passes on where the release workflow publishes (allstar\'s `gh release create`, `npm publish`), and fails on a publish to an http:// registry', async () => {
    const release = (run: string) => `on:\n  push:\n    tags: ['v*']\npermissions: {}\njobs:\n  release:\n    runs-on: x\n    steps:\n      - run: ${run}\n`;
    const tagged = { git: true, tag: 'v1.0.0' };
    const gh = await control({ 'README.md': '# demo\n', '.github/workflows/release.yml': release('gh release create ${{ github.ref_name }} --notes "see https://demo.example/notes"') }, 'OSPS-BR-03.02', undefined, tagged);
    expect([gh.status, gh.evidence[0]]).toMatchObject(['pass', { path: '.github/workflows/release.yml', line: 9, detail: expect.stringContaining('publishes to GitHub releases') }]);
    expect(gh.evidence[0].detail).toMatch(/: https:\/\/github\.com\/octo-org\/demo\/releases$/);
    const npm = await control({ 'README.md': '# demo\n', '.github/workflows/release.yml': release('npm publish --provenance') }, 'OSPS-BR-03.02', undefined, tagged);
    expect([npm.status, npm.evidence[0].detail]).toMatchObject(['pass', expect.stringContaining('to the npm registry')]);
    const plain = await control({ 'README.md': '# demo\n', '.github/workflows/release.yml': release('twine upload --repository-url http://pypi.internal.example/ dist/*') }, 'OSPS-BR-03.02', undefined, tagged);
    expect([plain.status, plain.evidence[0].detail]).toMatchObject(['fail', expect.stringContaining('http://pypi.internal.example/')]);
    // An address the command line names outside an option (an environment variable set before it) is its target.
    const env = await control({ 'README.md': '# demo\n', '.github/workflows/release.yml': release('TWINE_REPOSITORY_URL=http://pypi.internal.example/ twine upload dist/*') }, 'OSPS-BR-03.02', undefined, tagged);
    expect([env.status, env.evidence[0].detail]).toMatchObject(['fail', expect.stringContaining('http://pypi.internal.example/')]);
    // A target named without an address is not guessed; nor is a publish only on pull requests.
    expect((await control({ 'README.md': '# demo\n', '.github/workflows/release.yml': release('twine upload -r testpypi dist/*') }, 'OSPS-BR-03.02', undefined, tagged)).status).toBe('unknown');
    const onPr = release('npm publish').replace("on:\n  push:\n    tags: ['v*']", 'on: pull_request');
    expect((await control({ 'README.md': '# demo\n', '.github/workflows/release.yml': onPr }, 'OSPS-BR-03.02', undefined, tagged)).status).toBe('unknown');
  });
  it("reads where a publishing action publishes from its input (structlog's Test PyPI job, `repository-url: https://test.pypi.org/legacy/`), the release's own step first", async () => {
    const step = (job: string, url: string | null) =>
      `  ${job}:\n    runs-on: x\n    steps:\n      - uses: pypa/gh-action-pypi-publish@cef221092ed1bacb1cc03d23a2d87d1d172e277b\n${url === null ? '' : `        with:\n          repository-url: ${url}\n`}`;
    const wf = (...jobs: string[]) => `on:\n  push:\n    tags: ['*']\npermissions: {}\njobs:\n${jobs.join('')}`;
    const tagged = { git: true, tag: 'v1.0.0' };
    const both = await control({ 'README.md': '# demo\n', '.github/workflows/pypi.yml': wf(step('release-test-pypi', 'https://test.pypi.org/legacy/'), step('release-pypi', null)) }, 'OSPS-BR-03.02', undefined, tagged);
    expect(both.status).toBe('pass');
    expect(both.evidence.map((e) => [e.line, e.detail])).toEqual([
      [15, expect.stringContaining('publishes to PyPI')],
      [11, expect.stringContaining('publishes to https://test.pypi.org/legacy/')],
    ]);
    const plain = await control({ 'README.md': '# demo\n', '.github/workflows/pypi.yml': wf(step('release', 'http://pypi.internal.example/')) }, 'OSPS-BR-03.02', undefined, tagged);
    expect([plain.status, plain.evidence[0]]).toMatchObject(['fail', { line: 11, detail: expect.stringContaining('http://pypi.internal.example/') }]);
    // A target the input names only by an expression is not guessed.
    expect((await control({ 'README.md': '# demo\n', '.github/workflows/pypi.yml': wf(step('release', '${{ vars.INDEX }}')) }, 'OSPS-BR-03.02', undefined, tagged)).status).toBe('unknown');
  });
  it("passes on a package.json script that publishes to npm by hand (minimatch's `\"postversion\": \"npm publish\"`), not on a private package or beside an .npmrc", async () => {
    const pkg = (extra: Record<string, unknown> = {}) => `${JSON.stringify({ name: 'demo', version: '1.0.0', scripts: { test: 'tap', postversion: 'npm publish' }, ...extra }, null, 2)}\n`;
    const tagged = { git: true, tag: 'v1.0.0' };
    const c = await control({ 'README.md': '# demo\n', 'package.json': pkg() }, 'OSPS-BR-03.02', undefined, tagged);
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'package.json', line: 6, detail: expect.stringContaining('script "postversion" publishes the package to the npm registry (`npm publish`): https://registry.npmjs.org/') }]);
    const plain = await control({ 'README.md': '# demo\n', 'package.json': pkg({ publishConfig: { registry: 'http://npm.internal.example/' } }) }, 'OSPS-BR-03.02', undefined, tagged);
    expect([plain.status, plain.evidence[0].detail]).toMatchObject(['fail', expect.stringContaining('http://npm.internal.example/')]);
    expect((await control({ 'README.md': '# demo\n', 'package.json': pkg({ private: true }) }, 'OSPS-BR-03.02', undefined, tagged)).status).toBe('unknown');
    expect((await control({ 'README.md': '# demo\n', 'package.json': pkg(), '.npmrc': 'registry=https://npm.acme.dev/\n' }, 'OSPS-BR-03.02', undefined, tagged)).status).toBe('unknown');
  });
  it("passes on a publishing script beside an .npmrc that names no registry (h3's, `ignore-workspace-root-check=true`); not when a setting names one", async () => {
    const pkg = `${JSON.stringify({ name: 'demo', version: '2.0.0', scripts: { release: 'pnpm test && changelogen --publish --publishTag 2x' } }, null, 2)}\n`;
    const tagged = { git: true, tag: 'v2.0.0' };
    const c = await control({ 'README.md': '# demo\n', 'package.json': pkg, '.npmrc': '# pnpm settings\nignore-workspace-root-check=true\n' }, 'OSPS-BR-03.02', undefined, tagged);
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'package.json', line: 5, detail: expect.stringContaining('https://registry.npmjs.org/') }]);
    for (const npmrc of ['@demo:registry=https://npm.pkg.github.com\n', '//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\n'])
      expect((await control({ 'README.md': '# demo\n', 'package.json': pkg, '.npmrc': npmrc }, 'OSPS-BR-03.02', undefined, tagged)).status, npmrc).toBe('unknown');
    expect((await control({ 'README.md': '# demo\n', 'package.json': pkg, '.yarnrc.yml': 'npmPublishRegistry: "https://npm.acme.dev"\n' }, 'OSPS-BR-03.02', undefined, tagged)).status).toBe('unknown');
  });
  it("cites the root package.json's publishing script before a nested copy's that sorts first (rimraf's benchmark/old-rimraf/package.json)", async () => {
    const pkg = (version: string) => `${JSON.stringify({ name: 'demo', version, scripts: { test: 'tap', postversion: 'npm publish' } }, null, 2)}\n`;
    const c = await control({ 'README.md': '# demo\n', 'benchmark/old-demo/package.json': pkg('0.1.0'), 'package.json': pkg('2.0.0') }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v2.0.0' });
    expect([c.status, c.evidence.map((e) => e.path)]).toEqual(['pass', ['package.json']]);
  });
  it("cites the release workflow's own publishing step before a script line another workflow reaches through a task runner (twine's tox.ini)", async () => {
    const ci = "on:\n  push:\n    branches: [main]\npermissions: {}\njobs:\n  release:\n    runs-on: x\n    steps:\n      - run: tox -e release\n";
    const release = "on:\n  push:\n    tags: ['*']\npermissions: {}\njobs:\n  publish:\n    runs-on: x\n    permissions:\n      id-token: write\n    steps:\n      - uses: pypa/gh-action-pypi-publish@dc37677b2e1c63e2034f94d8a5b11f265b73ba33\n";
    const tox = '[testenv:release]\ndeps =\n    build\ncommands =\n    python -m build\n    python -m twine upload dist/*\n';
    const c = await control({ 'README.md': '# demo\n', 'tox.ini': tox, '.github/workflows/ci.yml': ci, '.github/workflows/release.yml': release }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/workflows/release.yml', line: 11, detail: expect.stringContaining('publishes to PyPI') }]);
  });
  it('does not take a "Release notes" link for a distribution channel (pip\'s news page)', async () => {
    const c = await control({ 'README.md': '# demo\n\n* [Release notes](https://demo.acme.dev/news.html)\n* [Releases](https://demo.acme.dev/downloads/)\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect(c.status).toBe('pass');
    expect(details(c)).not.toMatch(/news\.html/);
    expect(details(c)).toMatch(/README link "Releases" → https:\/\/demo\.acme\.dev\/downloads\//);
    // Release notes on a GitHub releases page (serde's) are where the assets are: a channel.
    const serde = await control({ 'README.md': '# demo\n\n- [Release notes](https://github.com/octo-org/demo/releases)\n' }, 'OSPS-BR-03.02', undefined, { git: true, tag: 'v1.0.0' });
    expect([serde.status, serde.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3 }]);
  });
  it('is unknown for a distribution point without a scheme', async () => {
    const c = await control({ 'security-insights.yml': withPoints('ghcr.io/octo-org/demo') }, 'OSPS-BR-03.02');
    expect(c.status).toBe('unknown');
  });
  it('is not applicable with no channel listed and no release', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-03.02', { state: noReleases })).status).toBe('not-applicable');
  });
});

describe('OSPS-BR-04.01 release notes', () => {
  it('offline, names the tooling that writes notes once per line: a script two jobs run, and GitHub\'s generated notes (cli/cli)', async () => {
    const job = (id: string) => [`  ${id}:`, '    runs-on: x', '    steps:', '      - run: script/release --local "$TAG"'];
    const wf = ['on:', '  push:', '    tags: ["v*"]', 'jobs:', ...job('linux'), ...job('macos'), '  publish:', '    runs-on: x', '    steps:', '      - run: |', '          args=("$TAG" --generate-notes)', '          gh release create "${args[@]}"', ''].join('\n');
    const c = await control({ '.github/workflows/deployment.yml': wf, 'script/release': '#!/bin/bash\ngoreleaser release --clean\n' }, 'OSPS-BR-04.01', undefined, { git: true, tag: 'v1.0.0' });
    expect(c.status).toBe('unknown');
    const tooling = c.evidence.filter((e) => /release notes/.test(e.detail) && e.path).map((e) => `${e.path}:${e.line}`);
    expect(tooling).toEqual(['script/release:2', '.github/workflows/deployment.yml:18']);
  });
  it('passes when the latest release has notes', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-04.01', {});
    expect(c.status).toBe('pass');
    expect(c.evidence[0].url).toMatch(/v1\.2\.0$/);
  });
  it('names a changelog of headings without entries (go-multierror\'s template), offline and when the release has no notes, rather than saying there is none', async () => {
    const files = { 'README.md': '# x\n', 'CHANGELOG.md': '## Unreleased\n\n### Improvements\n\n### Changes\n\n### Fixed\n\n### Security' };
    const offline = await control(files, 'OSPS-BR-04.01', undefined, { git: true, tag: 'v1.1.1' });
    expect(offline.status).toBe('unknown');
    expect(offline.evidence[0]).toMatchObject({ path: 'CHANGELOG.md', line: 1 });
    expect(details(offline)).toMatch(/no entries in CHANGELOG\.md/);
    expect(details(offline)).not.toMatch(/no CHANGELOG file/);
    const empty = await control(files, 'OSPS-BR-04.01', { state: (s) => latest(s, { body: '' }) });
    expect(empty.status).toBe('fail');
    expect(empty.evidence.map((e) => e.path)).toContain('CHANGELOG.md');
  });
  it('passes with a CHANGELOG when the release body is empty', async () => {
    const c = await control({ 'CHANGELOG.md': `# Changelog\n\n## 1.2.0\n\n${BODY}${BODY}` }, 'OSPS-BR-04.01', { state: (s) => latest(s, { body: '' }) });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'CHANGELOG.md' });
  });
  it('is attested, not passed, with a changelog stub that only links the notes elsewhere (log4j), on the link line', async () => {
    const license = `////\n${'    Licensed to the Apache Software Foundation (ASF) under one or more contributor license agreements.\n'.repeat(12)}////\n\n`;
    const stub = `${license}See https://logging.apache.org/log4j/2.x/release-notes.html[the Release Notes page].\n`;
    const c = await control({ 'RELEASE-NOTES.adoc': stub }, 'OSPS-BR-04.01', { state: (s) => latest(s, { body: '' }) });
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'RELEASE-NOTES.adoc', line: 16 });
    expect(details(c)).toMatch(/logging\.apache\.org/);
  });
  it("is attested with a changelog that is only the address of the notes elsewhere (lodash's CHANGELOG: its wiki page), not called a changelog without entries", async () => {
    const files = { 'README.md': '# x\n', CHANGELOG: 'https://github.com/o/r/wiki/Changelog\n' };
    // The wiki of this very repository is a git repository of its own: its pages are not in the tree.
    const c = await control(files, 'OSPS-BR-04.01', undefined, { git: true, tag: 'v1.1.1', repository: 'o/r' });
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CHANGELOG', line: 1, detail: expect.stringContaining('https://github.com/o/r/wiki/Changelog') }]);
    expect(details(c)).not.toMatch(/without entries/);
    // A link to a file of this repository is no changelog kept elsewhere.
    const here = await control({ ...files, CHANGELOG: 'https://github.com/o/r/blob/main/docs/changes.md\n' }, 'OSPS-BR-04.01', undefined, { git: true, tag: 'v1.1.1', repository: 'o/r' });
    expect(here.status).not.toBe('attested');
  });
  it('follows the stub to the release notes page built from this tree (an Antora site): passes on notes, attested on another stub', async () => {
    const license = `////\n${'    Licensed to the Apache Software Foundation (ASF) under one or more contributor license agreements.\n'.repeat(12)}////\n\n`;
    const stub = `${license}See https://logging.widget.dev/widget/2.x/release-notes.html[the Release Notes page].\n`;
    const site = { 'antora-playbook.yaml': 'site:\n  url: "https://logging.widget.dev/widget/2.x"\n', 'src/site/antora/antora.yml': 'name: home\n' };
    const page = 'src/site/antora/modules/ROOT/pages/release-notes.adoc';
    const notes = await control({ 'RELEASE-NOTES.adoc': stub, ...site, [page]: `= Release notes\n\n== 1.2.0\n\n${BODY}${BODY}` }, 'OSPS-BR-04.01', { state: (s) => latest(s, { body: '' }) });
    expect(notes.status).toBe('pass');
    expect(notes.evidence[0]).toMatchObject({ path: page });
    expect(notes.evidence[0].detail).toMatch(/linked from RELEASE-NOTES\.adoc:1/);
    const generated = '= Release notes\n\nThis file is a stub.\nIts content will be auto-generated during build.\n\n== `1.2.0`\n';
    const c = await control({ 'RELEASE-NOTES.adoc': stub, ...site, [page]: generated }, 'OSPS-BR-04.01', { state: (s) => latest(s, { body: '' }) });
    expect(c.status).toBe('attested');
    expect(c.evidence.map((e) => e.path)).toEqual(['RELEASE-NOTES.adoc', page, undefined]);
  });
  it("takes the repository's package changelog (vite's packages/vite/CHANGELOG.md), not docs/releases.md, a release policy", async () => {
    const policy = `# Releases\n\nReleases follow semantic versioning. ${BODY}\n\n## Supported Versions\n\nThe latest minor gets fixes. ${BODY}\n`;
    const files = { 'docs/releases.md': policy, 'packages/create-demo/CHANGELOG.md': `# Changelog\n\n## 1.0.0\n\n${BODY}`, 'packages/demo/CHANGELOG.md': `# Changelog\n\n## 1.2.0\n\n${BODY}${BODY}` };
    const c = await control(files, 'OSPS-BR-04.01', { state: (s) => latest(s, { body: '' }) });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'packages/demo/CHANGELOG.md' });
  });
  it("does not take a documentation package's changelog for the project's (zod's packages/docs-v3/CHANGELOG.md, stopped at 3.x)", async () => {
    const docs = `# Changelog\n\n## Release notes are now stored in Github Releases\n\n## Previous Releases\n\n### 3.10\n\n${BODY}`;
    for (const folder of ['docs-v3', 'website', 'bench'])
      expect((await control({ 'README.md': '# Demo\n', [`packages/${folder}/CHANGELOG.md`]: docs }, 'OSPS-BR-04.01')).evidence.some((e) => e.path === `packages/${folder}/CHANGELOG.md`), folder).toBe(false);
    expect((await control({ 'README.md': '# Demo\n', 'packages/core/CHANGELOG.md': docs }, 'OSPS-BR-04.01')).evidence[0]).toMatchObject({ path: 'packages/core/CHANGELOG.md' });
  });
  it("takes the changelog of the one top-level folder that holds the software (libexpat's expat/Changes), not of tests or of two parts", async () => {
    const changes = `Release 2.8.3 Mon August 10 2026\n        Security fixes:\n           #1296  CVE-2026-72522 -- Fix an out-of-bounds read.\n\n${BODY}\n\nRelease 2.8.2 Tue June 2 2026\n        Bug fixes:\n${BODY}\n`;
    const c = await control({ 'README.md': '# Expat\n', 'expat/Changes': changes, 'expat/lib/xmlparse.c': 'int x;\n' }, 'OSPS-BR-04.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'expat/Changes', line: 1 }] });
    const vm = await control({ 'README.md': '# Expat\n', 'expat/Changes': changes, 'expat/lib/xmlparse.c': 'int x;\n' }, 'OSPS-VM-04.01');
    expect(vm).toMatchObject({ status: 'pass', evidence: [{ path: 'expat/Changes', line: 3, detail: expect.stringContaining('CVE-2026-72522') }] });
    expect((await control({ 'README.md': '# T\n', 'tests/CHANGES': changes }, 'OSPS-BR-04.01')).status).toBe('unknown');
    expect((await control({ 'README.md': '# T\n', 'client/CHANGES': changes, 'server/CHANGES': changes }, 'OSPS-BR-04.01')).status).toBe('unknown');
  });
  it("takes the changelog of the top-level folder named after the repository among several crates' (tokio-rs/tracing's tracing/CHANGELOG.md)", async () => {
    const notes = (name: string) => `# ${name} 0.1.41 (2026-03-02)\n\n### Fixed\n\n${BODY}\n\n# ${name} 0.1.40 (2025-11-20)\n\n${BODY}\n`;
    const files = { 'Cargo.toml': '[workspace]\n', 'widget-core/CHANGELOG.md': notes('widget-core'), 'widget/CHANGELOG.md': notes('widget'), 'widget-log/CHANGELOG.md': notes('widget-log') };
    const c = await control(files, 'OSPS-BR-04.01', undefined, { repository: 'octo-org/widget' });
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'widget/CHANGELOG.md', line: 1 }] });
    expect((await control(files, 'OSPS-BR-04.01', undefined, { repository: 'octo-org/gadget' })).status).toBe('unknown');
  });
  it("does not take a root RELEASES.md that describes the release workflow (nats-server's) for a changelog; one listing releases it does", async () => {
    const workflow = `# Release Workflow\n\n- As of NATS 2.11, the server follows a 6-month release cycle. ${BODY}\n- The current and previous minor series are supported in terms of bug fixes and security patches.\n`;
    const c = await control({ 'RELEASES.md': workflow }, 'OSPS-BR-04.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.path)).not.toContain('RELEASES.md');
    for (const notes of [`# Releases\n\n## v1.2.0 (2025-03-01)\n\n${BODY}`, `Widget 1.2\n==========\n\n${BODY}\n\nWidget 1.1\n==========\n\n${BODY}\n\nWidget 1.0\n==========\n`]) {
      const d = await control({ 'RELEASES.md': notes }, 'OSPS-BR-04.01');
      expect(d).toMatchObject({ status: 'pass', evidence: [{ path: 'RELEASES.md' }] });
    }
  });
  it("does not take a RELEASES.md release policy whose prose and branch table name versions (containerd's) for a changelog", async () => {
    const prose = '# Versioning and Release\n\n## Releases\n\nReleases of containerd will be versioned using dotted triples. For\nexample, once we release `v1.0.0`, a branch named after the minor version\n`release/1.0` will be created from that tag. All future patch releases will be\nmade from that branch.\n\nSince containerd v2.3 in April 2026, minor releases are provided on a time basis\nof about every six months.\n\n';
    const table = '| Release | Status | End of Life |\n| --- | --- | --- |\n| [1.6](https://github.com/acme/widget/releases/tag/v1.6.0) | End of Life | 2025 |\n| [1.7](https://github.com/acme/widget/releases/tag/v1.7.0) | Extended | 2026 |\n| [2.0](https://github.com/acme/widget/releases/tag/v2.0.0) | Active | 2027 |\n';
    const c = await control({ 'RELEASES.md': `${prose}### Support Horizon\n\n${BODY}\n\n${table}` }, 'OSPS-BR-04.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.path)).not.toContain('RELEASES.md');
  });
  it("release notes that stop at an older release line than the newest tag are not the releases' notes (kubewarden-controller's RELEASE_NOTES_v0.3.0.md beside v1.9 tags)", async () => {
    const files = { 'README.md': '# x\n', 'RELEASE_NOTES/RELEASE_NOTES_v0.3.0.md': `# Release 0.3.0\n\n${BODY}${BODY}` };
    const stale = await control(files, 'OSPS-BR-04.01', undefined, { git: true, tag: 'v1.9.0' });
    expect(stale.status).toBe('unknown');
    expect(stale.evidence.find((e) => e.path === 'RELEASE_NOTES/RELEASE_NOTES_v0.3.0.md')?.detail).toMatch(/older release line than the newest tag v1\.9\.0/);
    const current = await control(files, 'OSPS-BR-04.01', undefined, { git: true, tag: 'v0.3.0' });
    expect([current.status, current.evidence[0].path]).toEqual(['pass', 'RELEASE_NOTES/RELEASE_NOTES_v0.3.0.md']);
  });
  it("follows a root changelog that only says where the changelog now lives in this tree (axum's CHANGELOG.md to axum/CHANGELOG.md)", async () => {
    const moved = (to: string) => `axum's changelog has moved and now lives [here](${to}).\n`;
    const log = `# Unreleased\n\n- Add a router method. ${BODY}\n# 0.6.0 (10. September, 2022)\n\n## Security\n\n- **breaking:** Added a default limit to how much data a request body may hold; a malicious peer could exhaust memory.\n`;
    for (const to of ['https://github.com/octo-org/demo/blob/main/widget/CHANGELOG.md', 'widget/CHANGELOG.md']) {
      const files = { 'CHANGELOG.md': moved(to), 'widget/CHANGELOG.md': log, 'widget/src/lib.rs': 'pub fn f() {}\n' };
      const c = await control(files, 'OSPS-BR-04.01');
      expect([c.status, c.evidence[0]], to).toMatchObject(['pass', { path: 'widget/CHANGELOG.md', line: 1 }]);
      const vm = await control(files, 'OSPS-VM-04.01');
      expect([vm.status, vm.evidence[0]], to).toMatchObject(['pass', { path: 'widget/CHANGELOG.md', line: 7, detail: expect.stringContaining('linked from CHANGELOG.md:1') }]);
    }
    // A link to a page that is no changelog is not followed.
    const other = await control({ 'CHANGELOG.md': moved('widget/GUIDE.md'), 'widget/GUIDE.md': log }, 'OSPS-VM-04.01');
    expect(other.status).toBe('unknown');
  });
  it("of two changelogs at the root, cites the one that names the newest release (jq's NEWS.md, not its 2015 GNU ChangeLog)", async () => {
    const files = { ChangeLog: `2015-07-10  Someone  <a@b.dev>\n\n\t* src/main.c: fix.\n${BODY}`, 'NEWS.md': `# 1.8.2\n\nSecurity fixes.\n\n# 1.8.1\n\n${BODY}` };
    const c = await control(files, 'OSPS-BR-04.01', undefined, { git: true, tag: 'jq-1.8.2' });
    expect([c.status, c.evidence[0].path]).toEqual(['pass', 'NEWS.md']);
    // Without a tag to go by, the listing's order stands.
    expect((await control(files, 'OSPS-BR-04.01', undefined, { git: true, tag: 'other' })).evidence[0].path).toBe('ChangeLog');
  });
  it('is attested from a changelog URL in Security Insights', async () => {
    const si = insights({ repository: { release: { 'automated-pipeline': true, 'distribution-points': [{ uri: 'https://github.com/octo-org/demo/releases', comment: 'x' }], changelog: 'https://demo.acme.dev/changes' } } });
    const c = await control({ 'security-insights.yml': si }, 'OSPS-BR-04.01', { state: (s) => latest(s, { body: '' }) });
    expect(c.status).toBe('attested');
  });
  it('fails when the latest release has no notes and there is no changelog', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-04.01', { state: (s) => latest(s, { body: '' }) });
    expect(c.status).toBe('fail');
    expect(details(c)).toMatch(/no description/);
  });
  it('is not applicable without a release', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-04.01', { state: noReleases })).status).toBe('not-applicable');
  });
});

describe('OSPS-BR-05.01 standard dependency tooling', () => {
  it('passes with a package manifest and lockfile', async () => {
    const c = await control({ 'package.json': '{"dependencies":{"yaml":"^2.0.0"}}', 'package-lock.json': '{}', 'src/a.js': 'export {}' }, 'OSPS-BR-05.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'package.json' });
    expect(details(c)).toMatch(/lockfile package-lock\.json/);
  });
  it('points at the root manifest before those of sub-packages', async () => {
    const c = await control({ 'packages/z/package.json': '{}', 'package.json': '{}', 'yarn.lock': '' }, 'OSPS-BR-05.01');
    expect(c.evidence[0]).toMatchObject({ path: 'package.json' });
  });
  it('fails on a download piped into a shell, at its line', async () => {
    const c = await control({ 'package.json': '{}', 'scripts/setup.sh': '#!/bin/sh\nset -e\ncurl -fsSL https://get.acme.dev/install | sh\n' }, 'OSPS-BR-05.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ path: 'scripts/setup.sh', line: 3 });
  });
  it("passes, noting it, when the only pipe is in a performance test's script run by hand (sigstore/rekor's scripts/performance/)", async () => {
    const script = '#!/bin/bash\nset -o errexit\nif ! which helm >/dev/null ; then\n    curl https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash\nfi\n';
    const tree = { 'go.mod': 'module example.com/x\n\nrequire golang.org/x/mod v0.1.0\n', 'go.sum': '', 'scripts/performance/index-storage/index-performance.sh': script };
    const c = await control(tree, 'OSPS-BR-05.01');
    expect([c.status, c.evidence[0].path]).toEqual(['pass', 'go.mod']);
    expect(details(c)).toMatch(/1 download\(s\) piped into a shell in performance or benchmark scripts .*scripts\/performance\/index-storage\/index-performance\.sh:4/);
    // Run by a workflow, it is the pipeline's.
    const ci = await control({ ...tree, '.github/workflows/perf.yml': 'on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - run: scripts/performance/index-storage/index-performance.sh\n' }, 'OSPS-BR-05.01');
    expect([ci.status, ci.evidence[0]]).toMatchObject(['fail', { path: 'scripts/performance/index-storage/index-performance.sh', line: 4 }]);
  });
  it('is unknown for code without a manifest, not applicable without code', async () => {
    expect((await control({ 'app/main.py': 'import requests\nprint(1)\n' }, 'OSPS-BR-05.01')).status).toBe('unknown');
    // Scripts that import only the standard library ingest nothing (libexpat's helpers).
    const stdlib = await control({ 'lib/xmlparse.c': 'int x;\n', 'tests/udiffer.py': 'import argparse\nimport difflib\n' }, 'OSPS-BR-05.01');
    expect(stdlib).toMatchObject({ status: 'not-applicable', evidence: [{ path: 'tests/udiffer.py', line: 1 }, { kind: 'note' }] });
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-05.01')).status).toBe('not-applicable');
  });
});

describe('OSPS-BR-06.01 signed releases', () => {
  const unsigned = (s: FakeState) => latest(s, { assets: [asset(s, 'demo_1.2.0_linux_amd64.tar.gz'), asset(s, 'SHA256SUMS')] });
  it('passes when the latest release carries signatures', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-06.01', {});
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/sigstore\.json/);
  });
  it('fails with checksums only', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('fail');
    expect(details(c)).toMatch(/checksums but no signature/);
  });
  it('passes when a release workflow signs, pointing at the step', async () => {
    const wf = 'on:\n  release:\n    types: [published]\npermissions:\n  contents: write\njobs:\n  sign:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cosign sign-blob --yes dist/demo.tar.gz\n';
    const c = await control({ '.github/workflows/release.yml': wf }, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/release.yml', line: 10 });
  });
  it("names each workflow that reaches a Makefile's signing line, not only the first (keda's main-build.yml and release-build.yml)", async () => {
    const wf = (on: string) => `on:\n  ${on}\npermissions:\n  contents: read\n  id-token: write\njobs:\n  sign:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make sign-images\n`;
    const files = {
      Makefile: 'sign-images:\n\tcosign sign -y ghcr.io/acme/demo:$(VERSION)\n',
      '.github/workflows/main-build.yml': wf('push:\n    branches: [main]'),
      '.github/workflows/release-build.yml': wf('release:\n    types: [published]'),
    };
    const c = await control(files, 'OSPS-BR-06.01', { state: unsigned });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'Makefile', line: 2 }]);
    expect(c.evidence[0].detail).toMatch(/in \.github\/workflows\/main-build\.yml, runs on push; and in \.github\/workflows\/release-build\.yml, runs on release$/);
  });
  it('passes when a Cloud Build release runs goreleaser (through make) with signs:, naming both', async () => {
    const c = await control(CLOUD_BUILD_RELEASE, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'release/cloudbuild.yaml', line: 7 });
    expect(c.evidence[0].detail).toMatch(/make release → goreleaser release \(release\/release\.mk:3\)/);
    expect(c.evidence[1]).toMatchObject({ path: '.goreleaser.yml', line: 4 });
  });
  it("names the Cloud Build release's signing before a workflow that signs the main branch's CI image (fulcio)", async () => {
    const ci = 'on:\n  push:\n    branches: [main]\npermissions:\n  contents: read\n  id-token: write\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cosign sign --yes gcr.io/acme/demo/ci/demo:latest\n';
    const c = await control({ ...CLOUD_BUILD_RELEASE, '.github/workflows/container-build.yml': ci }, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'release/cloudbuild.yaml', line: 7 });
    expect(c.evidence.map((e) => e.path)).toContain('.github/workflows/container-build.yml');
  });
  it('passes when a tag-cut release publishes to Maven Central with Gradle given a PGP signing key (okio, moshi), not on a branch snapshot', async () => {
    const publish = (on: string, env: string[]) =>
      [
        `on:\n${on}`,
        'jobs:',
        '  publish:',
        '    runs-on: macos-15',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: ./gradlew publish',
        '        env:',
        ...env.map((e) => `          ${e}: \${{ secrets.${e.replace('ORG_GRADLE_PROJECT_', '').toUpperCase()} }}`),
        '',
      ].join('\n');
    const keys = ['ORG_GRADLE_PROJECT_mavenCentralUsername', 'ORG_GRADLE_PROJECT_mavenCentralPassword', 'ORG_GRADLE_PROJECT_signingInMemoryKey'];
    const tags = "  push:\n    tags:\n      - '**'";
    const c = await control({ '.github/workflows/release.yaml': publish(tags, keys) }, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/release.yaml', line: 10, detail: expect.stringContaining('ORG_GRADLE_PROJECT_signingInMemoryKey') });
    // Without the key, or publishing a branch's snapshots, nothing shows the release is signed.
    expect((await control({ '.github/workflows/release.yaml': publish(tags, keys.slice(0, 2)) }, 'OSPS-BR-06.01', { state: unsigned })).status).toBe('fail');
    expect((await control({ '.github/workflows/build.yaml': publish('  push:\n    branches: [main]', keys) }, 'OSPS-BR-06.01', { state: unsigned })).status).toBe('fail');
  });
  it('does not count a Cloud Build snapshot run of goreleaser', async () => {
    const files = { ...CLOUD_BUILD_RELEASE, 'release/cloudbuild.yaml': 'steps:\n  - args: [make, snapshot]\n  - args: ["-c", "goreleaser release --snapshot"]\n' };
    const c = await control(files, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('fail');
  });
  // pandoc's release-candidate.yml signs the Windows MSI and ZIP through SignPath; its Linux builds are not signed.
  const windowsOnly = [
    'on: workflow_dispatch',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  windows:',
    '    runs-on: windows-2022',
    '    steps:',
    '      - uses: signpath/github-action-submit-signing-request@v2',
    '        with:',
    "          signing-policy-slug: 'release-signing'",
    '  linux:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: tar czf pandoc-linux-amd64.tar.gz pandoc',
  ].join('\n');
  it('is unknown when release workflows sign one platform\'s files only, naming the step', async () => {
    const c = await control({ '.github/workflows/release-candidate.yml': windowsOnly }, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/release-candidate.yml', line: 8 });
    expect(c.evidence[0].detail).toMatch(/^signs the files of the artifact it submits to SignPath, no other file: SignPath .* in job windows of/);
    expect(details(c)).toMatch(/code signing of some kinds of file \(SignPath in job windows of \.github\/workflows\/release-candidate\.yml\).*the latest release carries no signature or provenance asset/);
  });
  it('passes when platform code signing comes with signing that covers every asset', async () => {
    const wf = `${windowsOnly}\n      - run: cosign sign-blob --yes pandoc-linux-amd64.tar.gz\n`;
    const c = await control({ '.github/workflows/release-candidate.yml': wf }, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.line)).toEqual(expect.arrayContaining([15, 8]));
  });
  it("is unknown, not passed, when only the contributors' dev-container image is attested (ktor's devcontainer.yml)", async () => {
    const wf = [
      'on:',
      '  push:',
      '    branches: [main]',
      '  schedule:',
      "    - cron: '0 0 * * 6'",
      'permissions:',
      '  contents: read',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      attestations: write',
      '      id-token: write',
      '    steps:',
      '      - uses: docker/build-push-action@v7',
      '        id: build',
      '        with:',
      '          context: .devcontainer',
      '      - uses: actions/attest@v4',
      '        with:',
      '          subject-name: ghcr.io/octo-org/devcontainer',
      '          subject-digest: ${{ steps.build.outputs.digest }}',
    ].join('\n');
    const c = await control({ '.github/workflows/devcontainer.yml': wf }, 'OSPS-BR-06.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence.filter((e) => e.path === '.github/workflows/devcontainer.yml').map((e) => e.line)).toEqual([19]);
    expect(details(c)).toMatch(/development-environment image/);
  });
  it("is unknown, naming the call, when the release is delegated to another repository's reusable workflow asked to attest (privateer)", async () => {
    const wf = [
      'on: workflow_dispatch',
      'permissions: {}',
      'jobs:',
      '  release:',
      '    permissions:',
      '      contents: write',
      '      attestations: write',
      '    uses: octo-org/shared-workflows/.github/workflows/release.yaml@c444c51302c29dd18b5b904565195b0475a25ad0',
      '    with:',
      '      publish: true',
      '      create-attestation: true',
    ].join('\n');
    for (const state of [undefined, unsigned]) {
      const c = await control({ '.github/workflows/release.yaml': wf }, 'OSPS-BR-06.01', state ? { state } : undefined);
      expect(c.status).toBe('unknown');
      expect(c.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/release.yaml', line: 11 });
      expect(c.evidence[0].detail).toMatch(/octo-org\/shared-workflows\/\.github\/workflows\/release\.yaml@c444c51302c2, with create-attestation: true, granting attestations: write/);
      expect(details(c)).not.toMatch(/no signing or provenance step in a release workflow/);
    }
  });
  it("passes when changesets publishes to npm with an OIDC token and every package asks for provenance in its publishConfig (sigstore-js)", async () => {
    const wf = [
      'on:',
      '  push:',
      '    branches: [main]',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: write',
      '      id-token: write',
      '    steps:',
      '      - uses: changesets/action@a45c4d594aa4e2c509dc14a9f2b3b67ba3780d0d',
      '        with:',
      '          publish: npm run release',
    ].join('\n');
    const pkg = (name: string, provenance: boolean) => `${JSON.stringify({ name, version: '1.0.0', ...(provenance ? { publishConfig: { provenance: true } } : {}) }, null, 2)}\n`;
    const files = {
      '.github/workflows/release.yml': wf,
      'package.json': `${JSON.stringify({ name: 'monorepo', private: true, scripts: { release: 'changeset publish' } }, null, 2)}\n`,
      'packages/client/package.json': pkg('client', true),
      'packages/mock/package.json': `${JSON.stringify({ name: 'mock', private: 'true' }, null, 2)}\n`,
    };
    const c = await control(files, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('pass');
    expect(c.evidence.slice(0, 2)).toMatchObject([
      { kind: 'workflow', path: '.github/workflows/release.yml', line: 13 },
      { kind: 'file', path: 'packages/client/package.json', line: 5, detail: expect.stringMatching(/^publishConfig\.provenance: true/) },
    ]);
    // A package npm would publish without provenance, or a job without an OIDC token (npm cannot sign): not shown to be signed.
    expect((await control({ ...files, 'packages/cli/package.json': pkg('cli', false) }, 'OSPS-BR-06.01', { state: unsigned })).status).toBe('fail');
    expect((await control({ ...files, '.github/workflows/release.yml': wf.replace('      id-token: write\n', '') }, 'OSPS-BR-06.01', { state: unsigned })).status).toBe('fail');
  });
  it("passes when changesets/action publishes by npm's trusted publishing: id-token: write and NPM_TOKEN set empty (enhanced-resolve)", async () => {
    const wf = [
      'on:',
      '  push:',
      '    branches: [main]',
      'permissions:',
      '  id-token: write',
      '  contents: write',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: npm ci',
      '      - name: Publish to npm',
      '        uses: changesets/action@a45c4d594aa4e2c509dc14a9f2b3b67ba3780d0d',
      '        with:',
      '          publish: npm run release',
      '        env:',
      '          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
      '          NPM_TOKEN: ""',
    ].join('\n');
    const files = {
      '.github/workflows/release.yml': wf,
      'package.json': `${JSON.stringify({ name: 'lib', version: '1.0.0', scripts: { release: 'changeset publish' } }, null, 2)}\n`,
      'package-lock.json': '{"lockfileVersion": 3}\n',
    };
    const c = await control(files, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/release.yml', line: 13, detail: expect.stringMatching(/trusted publishing \(id-token: write, NPM_TOKEN set empty at line 18/) });
    // A token given to npm, no OIDC token, or a pnpm workspace (pnpm publishes): not shown to be signed.
    const token = wf.replace('NPM_TOKEN: ""', 'NPM_TOKEN: ${{ secrets.NPM_TOKEN }}');
    expect((await control({ ...files, '.github/workflows/release.yml': token }, 'OSPS-BR-06.01', { state: unsigned })).status).toBe('fail');
    expect((await control({ ...files, '.github/workflows/release.yml': wf.replace('  id-token: write\n', '') }, 'OSPS-BR-06.01', { state: unsigned })).status).toBe('fail');
    expect((await control({ ...files, 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" }, 'OSPS-BR-06.01', { state: unsigned })).status).toBe('fail');
  });
  it('cites a step that is both npm provenance and trusted publishing once, naming both (eslint/js)', async () => {
    const publish = (pkg: string) => [`      - run: npm publish -w packages/${pkg} --provenance`];
    const wf = ['on:', '  push:', '    branches: [main]', 'permissions:', '  contents: read', '  id-token: write', 'jobs:', '  release:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903', '        with:', "          registry-url: 'https://registry.npmjs.org'", '      - run: npm install -g npm@latest', ...publish('a'), ...publish('b')].join('\n');
    const c = await control({ '.github/workflows/release.yml': wf, 'package.json': '{"name": "root", "private": true, "workspaces": ["packages/*"]}\n' }, 'OSPS-BR-06.01', { state: unsigned });
    expect(c.status).toBe('pass');
    const steps = c.evidence.filter((e) => e.kind === 'workflow').map((e) => `${e.line} ${e.detail.replace(/ \(.*$/, '')}`);
    expect(steps).toEqual(['15 attests provenance: npm trusted publishing and npm provenance', '16 attests provenance: npm trusted publishing and npm provenance']);
  });
  it('is attested from release attestations in Security Insights', async () => {
    const si = insights({
      repository: {
        release: {
          'automated-pipeline': true,
          'distribution-points': [{ uri: 'https://github.com/octo-org/demo/releases', comment: 'x' }],
          attestations: [{ name: 'provenance', location: 'https://demo.acme.dev/att', 'predicate-uri': 'https://slsa.dev/provenance/v1' }],
        },
      },
    });
    expect((await control({ 'security-insights.yml': si }, 'OSPS-BR-06.01', { state: unsigned })).status).toBe('attested');
  });
  it('is not applicable without a release', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-BR-06.01', { state: noReleases })).status).toBe('not-applicable');
  });
});

describe('OSPS-BR-07.01 secrets in version control', () => {
  // Built at run time so this file does not itself hold a token-shaped string.
  const token = ['gh', 'p_', 'R8kq2ZxT4mWp9LvN3sYb7HcJ5dFg1QeU6tAo'].join('');
  it('fails on a committed token with file, line, column and a short preview only', async () => {
    const c = await control({ 'src/config.ts': `// settings\nexport const token = "${token}";\n` }, 'OSPS-BR-07.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ path: 'src/config.ts', line: 2, column: 23 });
    expect(details(c)).not.toContain(token.slice(0, 8));
  });
  it('shows a token under a test fixture path without failing on it', async () => {
    const c = await control({ 'test/fixtures/config.ts': `export const token = "${token}";\n` }, 'OSPS-BR-07.01', undefined, { git: true });
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.path === 'test/fixtures/config.ts' && /not decisive/.test(e.detail))).toBe(true);
  });
  it("is attested, not failed, on a value whose line tells secret scanners it is no secret (gitleaks's `// gitleaks:allow`), or in a gitleaks configuration", async () => {
    const marked = (comment: string) => `package rules\n\nvar samples = []string{\n\t\`"bot_token1": "${token}"\`, ${comment}\n}\n`;
    for (const comment of ['// gitleaks:allow', '# pragma: allowlist secret', '// #nosec G101']) {
      const c = await control({ 'cmd/rules/slack.go': marked(comment) }, 'OSPS-BR-07.01', undefined, { git: true });
      expect([c.status, c.evidence[0]], comment).toMatchObject(['attested', { path: 'cmd/rules/slack.go', line: 4, detail: expect.stringMatching(/^marked as no secret by the comment ".+" on its line, not decisive/) }]);
    }
    const config = await control({ '.gitleaks.toml': `[[rules.allowlists]]\nregexes = ['''${token}''']\n` }, 'OSPS-BR-07.01', undefined, { git: true });
    expect([config.status, config.evidence[0]]).toMatchObject(['attested', { path: '.gitleaks.toml', line: 2, detail: expect.stringMatching(/^in a gitleaks configuration/) }]);
    // Without the marker, on the line before, or in another scanner's word, it fails.
    for (const other of ['// TODO', '']) expect((await control({ 'cmd/rules/slack.go': marked(other) }, 'OSPS-BR-07.01', undefined, { git: true })).status).toBe('fail');
    expect((await control({ 'cmd/rules/slack.go': `// gitleaks:allow\n${marked('')}` }, 'OSPS-BR-07.01', undefined, { git: true })).status).toBe('fail');
  });
  it("is attested, not failed, on a key its documentation declares a development-only test key, naming file and folder (fulcio's docs/ctlog.md)", async () => {
    // Generated at run time so this file does not itself hold a key.
    const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    const ctlog = (folder: string) =>
      `# Certificate Transparency Log\n\n## Test secrets\n\nThere are test secrets in \`${folder}\` for **DEVELOPMENT ONLY**.\nThey were generated with:\n\n\`\`\`shell\nopenssl ecparam -name prime256v1 -genkey -noout -out privkey.pem\n\`\`\`\n`;
    const c = await control({ 'config/ctfe/privkey.pem': key, 'docs/ctlog.md': ctlog('ctfe') }, 'OSPS-BR-07.01', undefined, { git: true });
    expect([c.status, c.evidence.slice(0, 2)]).toMatchObject([
      'attested',
      [
        { path: 'config/ctfe/privkey.pem', line: 1, detail: expect.stringMatching(/^declared a test key, not decisive: private-key/) },
        { path: 'docs/ctlog.md', line: 5, detail: expect.stringContaining('declares config/ctfe/privkey.pem a development or test key') },
      ],
    ]);
    expect(c.remediation).toMatch(/config\/ctfe\/privkey\.pem/);
    // The statement must name the key's folder; no statement, no exception.
    expect((await control({ 'config/ctfe/privkey.pem': key, 'docs/ctlog.md': ctlog('testdata') }, 'OSPS-BR-07.01', undefined, { git: true })).status).toBe('fail');
    expect((await control({ 'config/ctfe/privkey.pem': key }, 'OSPS-BR-07.01', undefined, { git: true })).status).toBe('fail');
  });
  it('passes for a clean tree, naming a CI secret scanner when there is one', async () => {
    const wf = 'on: push\npermissions:\n  contents: read\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gitleaks detect --source .\n';
    const c = await control({ '.github/workflows/secrets.yml': wf, '.gitignore': '.env\n' }, 'OSPS-BR-07.01', undefined, { git: true });
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.path === '.github/workflows/secrets.yml' && /gitleaks/.test(e.detail))).toBe(true);
  });
});

describe('OSPS-BR-07.02 secrets policy', () => {
  it("does not take a design proposal's sentence for the project's secrets policy (cluster-api's docs/proposals/20200804-windows-support.md:200)", async () => {
    const proposal = '# Windows support\n\n## Security\n\nThere is no known requirement for managing the Admin Kubeconfig or domain passwords in the Windows configuration. Domain passwords should be managed outside the scope of the project and only bootstrap tokens, which have limited lifetime, should be used.\n';
    expect((await control({ 'docs/proposals/20200804-windows-support.md': proposal }, 'OSPS-BR-07.02')).status).toBe('fail');
    // The same text in the project's own guide states its policy.
    expect((await control({ 'docs/security.md': proposal }, 'OSPS-BR-07.02')).status).toBe('pass');
  });
  it('passes with a secrets section in SECURITY.md', async () => {
    const c = await control({ 'SECURITY.md': `# Security\n\n## Managing secrets and credentials\n\n${BODY}` }, 'OSPS-BR-07.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'SECURITY.md', line: 3 });
  });
  it.each([
    ['SECURITY.md', '# Security\n\n## Release process\n\nRelease credentials are stored as GitHub Actions secrets, readable only by maintainers, and rotated every year.\n', /stored as GitHub Actions secrets/],
    ['CONTRIBUTING.md', '# Contributing\n\n## Ground rules\n\nAPI keys and tokens must never be committed; the npm token is kept in the release environment.\n', /never be committed/],
    ['docs/release-process.md', '# Maintainer guide\n\n## Publishing\n\nThe PyPI token is scoped to this project and revoked when a maintainer steps down.\n', /revoked when a maintainer steps down/],
  ])('passes with a policy stated in the prose of %s', async (path, text, quote) => {
    const c = await control({ [path]: text }, 'OSPS-BR-07.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path, line: 5 });
    expect(c.evidence[0].detail).toMatch(quote);
  });
  it.each([
    ['README configuration', { 'README.md': '# Tool\n\n## Configuration\n\nStore your API key in ~/.config/tool and keep it private.\n' }],
    ['a secret kept during disclosure', { 'SECURITY.md': '# Security\n\n## Reporting\n\nPlease keep the report secret until we have released a fix and published an advisory.\n' }],
    ['a denial', { 'SECURITY.md': '# Security\n\n## Process\n\nWe have no formal policy for how credentials are stored or rotated yet.\n' }],
    ['a user guide', { 'docs/usage.md': '# Usage\n\n## Connecting\n\nStore your credentials in the CLOUD_TOKEN environment variable before running the tool.\n' }],
    // envoyproxy/gateway's site/.../envoy-patch-policy.md, named like a patch policy: an attacker's access is no policy.
    // Its site/content/en/news/releases/v1.6.md: a release note's change, not the project's policy.
    ['a release note', { 'docs/news/releases/v1.6.md': '# v1.6\n\n## Security Enhancements\n\nAdded support to disable encryption of ID and access tokens stored in cookies.\n' }],
    // gittuf's SECURITY.md: a PGP key offered to encrypt a vulnerability report is the reporting channel, not how the project keeps its secrets.
    ['an encrypted report', { 'SECURITY.md': '# Reporting Security Issues\n\nAlternatively, you can send an encrypted email to `security@example.org` using the\nfollowing PGP key:\n\n> E9C0 59EC 0D32 64FA\n' }],
    ['a report encrypted with a GPG key', { 'SECURITY.md': '# Security\n\n## Reporting\n\nEncrypt your report with our GPG key, published at keys.openpgp.org.\n' }],
    // contour's SECURITY.md links site/content/resources/security-threat-model.md: the product's handling of its users' secrets.
    [
      'a threat model linked from SECURITY.md',
      {
        'SECURITY.md': '# Security\n\n## Threat model\n\nFor the threat model, please see [the threat model](docs/security-threat-model.md).\n',
        'docs/security-threat-model.md': '# Threat Model\n\n## Attack surface\n\n### xDS server\n\nAccess to the installation namespace is expected to be tightly controlled, since access to that namespace can equal access to all the secrets the controller can see.\n',
      },
    ],
    ['a feature warning', { 'docs/tasks/envoy-patch-policy.md': '# Envoy Patch Policy\n\n## Security Warning\n\nSuch code may be used to launch SSRF attacks, as well as allow users to gain access to proxy credentials.\n' }],
  ])('does not pass on %s', async (_what, files) => {
    const c = await control(files, 'OSPS-BR-07.02');
    expect(c.status).toBe('fail');
  });
  it('a heading that names credentials or secrets is not a policy when its prose does not say how the project handles them (twine, dapr)', async () => {
    const twine = '# Contributing\n\n## Architectural overview\n\n### Where Twine gets configuration and credentials\n\nA user can set the repository URL, username, and/or password via command line, .pypirc files, environment variables, and keyring.\n';
    const c = await control({ 'docs/contributing.md': twine }, 'OSPS-BR-07.02');
    expect(c.status).toBe('fail');
    expect(c.evidence).toContainEqual(expect.objectContaining({ path: 'docs/contributing.md', line: 5, detail: expect.stringMatching(/section "Where Twine gets configuration and credentials".*but its prose does not say how the project's secrets are stored/) }));
    const metrics = '# Metrics\n\n## Component metrics\n\n### Secret metrics\n\n* dapr_component_secret_count: The number of operations performed on the secret component\n* dapr_component_secret_latencies: The latency of the response from the secret component\n';
    expect((await control({ 'docs/development/metrics.md': metrics }, 'OSPS-BR-07.02')).status).toBe('fail');
    const store = '# Notes\n\n## Breaking changes\n\n### Rename of the local secret store\n\nThe local secret store component type has been renamed from localsecretstore to file. Change the type name in your configuration file.\n';
    expect((await control({ 'docs/notes.md': store }, 'OSPS-BR-07.02')).status).toBe('fail');
    const policy = '# Maintainers\n\n## Credentials\n\nThe PyPI publishing credentials live only in the release environment, accessible only to maintainers of the project.\n';
    const p = await control({ 'docs/publishing.md': policy }, 'OSPS-BR-07.02');
    expect(p.status).toBe('pass');
    expect(p.evidence[0]).toMatchObject({ path: 'docs/publishing.md', line: 3 });
  });
  it('fails without one', async () => {
    const c = await control({ 'SECURITY.md': `# Security\n\n## Reporting\n\n${BODY}` }, 'OSPS-BR-07.02');
    expect(c.status).toBe('fail');
    expect(c.remediation).toMatch(/rotated/);
  });
});

describe('test workflows sign what the tests make, not releases', () => {
  const hit = (workflow: string, job: string) => ({ path: workflow, workflow, job, tool: 'cosign', via: 'run' as const, text: 'cosign sign', triggers: ['push'], qualifies: true, line: 1, column: 1 });
  it.each([
    ['.github/workflows/e2e-with-binary.yml', 'build', true],
    ['.github/workflows/kind-verify-attestation.yaml', 'sign', true],
    ['.github/workflows/release.yml', 'e2e', true],
    ['.github/workflows/conformance.yml', 'run', true],
    ['.github/workflows/release.yml', 'build-release', false],
    ['.github/workflows/images-publish.yaml', 'publish-images', false],
    ['.github/workflows/attest.yml', 'latest', false],
  ] as const)('%s, job %s: %s', (workflow, job, expected) => {
    expect(inTestWorkflow(hit(workflow, job))).toBe(expected);
  });
  it('a script of the tests that a release-looking workflow runs signs test data (sigstore/rekor\'s tests/cleanup-index-test.sh)', () => {
    const script = { ...hit('.github/workflows/main.yml', 'backfill'), path: 'tests/cleanup-index-test.sh', via: 'script' as const, tool: 'minisign/signify' };
    expect(inTestWorkflow(script)).toBe(true);
    expect(inTestWorkflow({ ...script, path: 'hack/release/sign.sh' })).toBe(false);
  });
});
