// OSPS-DO rules: each with fixtures that pass and fail, plus unknown / not-applicable / attested,
// the "Verify Installation" trap, and Security Insights links that contradict the tree.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import type { ControlResult } from '../../src/result/types.ts';
import * as do0101 from '../../src/rules/osps-do-01-01.ts';
import * as do0301 from '../../src/rules/osps-do-03-01.ts';
import * as do0302 from '../../src/rules/osps-do-03-02.ts';
import * as do0401 from '../../src/rules/osps-do-04-01.ts';
import * as do0501 from '../../src/rules/osps-do-05-01.ts';
import * as do0601 from '../../src/rules/osps-do-06-01.ts';
import * as do0701 from '../../src/rules/osps-do-07-01.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';
import { sharedEvaluations } from '../helpers/shared-evaluations.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(async () => {
  await gh.close();
});

type ReleaseMode = 'unknown' | 'tagged' | 'none' | 'released-api';

/** Evaluates a fixture; `tagged` makes a git repository with a tag (released, offline). */
async function control(files: Tree, id: string, mode: ReleaseMode = 'unknown'): Promise<ControlResult> {
  const evaluateFixture = async (tree: Tree) => {
    const r = makeRepo(tree, { git: mode === 'tagged', tag: mode === 'tagged' ? 'v1.0.0' : undefined });
    repos.push(r);
    let options: Parameters<typeof evaluate>[1] = { level: 3, offline: true, repository: 'o/r' };
    if (mode === 'none' || mode === 'released-api') {
      const state = (await import('../github/fake-github.ts')).defaultState();
      gh.state = mode === 'none' ? { ...state, owner: 'o', repo: 'r', releases: [], tags: [] } : { ...state, owner: 'o', repo: 'r' };
      options = { level: 3, offline: false, token: 'test-token', repository: 'o/r', apiUrl: gh.baseUrl, defaultBranch: 'main' };
    }
    return (await evaluate(r.root, options)).result;
  };
  // Offline evaluations of the same fixture are shared by the tests that ask about several requirements.
  const result = mode === 'unknown' || mode === 'tagged' ? await evaluateOnce(files, mode, evaluateFixture) : await evaluateFixture(files);
  const c = result.controls.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
}
const evaluateOnce = sharedEvaluations();

/** A small valid Security Insights 2.2.0 file with the given documentation fields. */
function insights(projectDocs: Record<string, string> = {}, repoDocs: Record<string, string> = {}): string {
  const block = (indent: string, m: Record<string, string>) => Object.entries(m).map(([k, v]) => `${indent}${k}: ${v}`).join('\n');
  return `header:
  schema-version: 2.2.0
  last-updated: '2026-01-01'
  last-reviewed: '2026-01-01'
  url: https://github.com/o/r/raw/main/security-insights.yml
project:
  name: R
  administrators:
    - name: Ada Admin
      primary: true
  repositories:
    - name: r
      url: https://github.com/o/r
      comment: The repository.
${Object.keys(projectDocs).length ? `  documentation:\n${block('    ', projectDocs)}\n` : ''}  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
repository:
  url: https://github.com/o/r
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: Alice
      primary: true
${Object.keys(repoDocs).length ? `  documentation:\n${block('    ', repoDocs)}\n` : ''}  license:
    url: https://github.com/o/r/blob/main/LICENSE
    expression: MIT
`;
}

const para = (s: string) => `${s} ${'This paragraph explains the step in enough words for a reader to follow it. '.repeat(2)}`;

const THREAT_MODEL_DOC = `# The Widget Threat Model\n\n## Elements Widget Does NOT Trust\n\n${'Input passed to its functions by the application may come from an attacker, and widget must handle it safely. '.repeat(2)}\n\n## Examples of Vulnerabilities (in scope)\n\n- **Prototype Pollution**: if a function (e.g. \`merge\`, \`defaultsDeep\` or \`set\`) allows modification of \`Object.prototype\` via untrusted input, it is in scope.\n- **Code execution**: if \`template()\` executes attacker-controlled input as code without documented warnings, it is in scope.\n\n## Examples of Non-Vulnerabilities (out of scope)\n\n### Stateful or Accessor-Backed Path Arguments\n\nPath arguments to widget functions are expected (and documented) to be data, not code. Functions like \`get\` and \`set\` take paths as strings or arrays. Getters and Proxies are code, not data.\n`;

describe('OSPS-DO-07.01 build instructions for people first', () => {
  const agents = `# Agent guide\n\n## Build\n\n${para('Run make to build the C extension, then pip install -e . to install the package for development.')}\n`;
  it("cites the contribution guide before the instructions for coding agents, which count only alone (aiohttp's AGENTS.md)", async () => {
    const guide = `# Contributing\n\n## Building from source\n\n${para('Clone the repository, then run make and pip install -e . to build the package with its C extension.')}\n`;
    const both = await control({ 'AGENTS.md': agents, 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01');
    expect([both.status, both.evidence[0]?.path]).toEqual(['pass', 'CONTRIBUTING.md']);
    const alone = await control({ 'AGENTS.md': agents }, 'OSPS-DO-07.01');
    expect([alone.status, alone.evidence[0]?.path]).toEqual(['pass', 'AGENTS.md']);
    expect(alone.evidence[0].detail).toMatch(/instructions for coding agents/);
  });
});

describe('OSPS-DO-01.01 user guides', () => {
  it("does not take a docs site's \"Running the formatter\" for the user guide (osv-scanner's docs/README.md), but the site's usage page", async () => {
    const site = `# README\n\n${para('The docs are hosted on a GitHub page.')}\n\n## Formatting docs\n\n${para('We use Prettier to standardize the format of markdown and config files.')}\n\n### Running the formatter\n\n${para('Run the following in the project directory, then commit what it changed along with your edits.')}\n\n\`\`\`shell\n./scripts/run_formatters.sh\n\`\`\`\n`;
    const usage = `# Usage\n\n${para('Scan a directory with osv-scanner scan source -r . and read the table it prints; each row is a vulnerable package.')}\n`;
    const c = await control({ 'README.md': '# Scanner\n\nA scanner.\n', 'docs/README.md': site, 'docs/usage.md': usage }, 'OSPS-DO-01.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/usage.md' }]);
  });
  it("passes on a command's manual page (brotli's docs/brotli.1), not on a library's section 3 page", async () => {
    const man = (section: string) => `.\\" Automatically generated by Pandoc\n.TH "brotli" "${section}" "August 14 2021" "brotli 1.0.9" "User Manual"\n.SH NAME\n.PP\nbrotli -- compress or decompress files\n`;
    const readme = '# Brotli\n\n## Introduction\n\nBrotli is a generic-purpose lossless compression algorithm.\n';
    const c = await control({ 'README.md': readme, 'docs/brotli.1': man('1') }, 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/brotli.1', line: 2, detail: expect.stringContaining('manual page brotli(1)') }] });
    expect((await control({ 'README.md': readme, 'docs/decode.h.3': man('3') }, 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
  });
  it("reads the pages of a numbered docs folder as guides, its numbered index last (h3's docs/1.guide/2.app.md, 0.index.md)", async () => {
    const files = {
      'README.md': '# h3\n\nA minimal HTTP framework.\n',
      'docs/1.guide/0.index.md': `# Overview\n\n${para('These pages walk through the framework, from the first app to routing and middleware, one topic a page.')}\n`,
      'docs/1.guide/2.app.md': `# H3 App\n\n${para('Create an app with new H3(), register a handler for each route, then serve it with the runtime of your choice.')}\n`,
    };
    const c = await control(files, 'OSPS-DO-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => e.path)]).toEqual(['pass', ['docs/1.guide/2.app.md', 'docs/1.guide/0.index.md']]);
  });
  it("passes on a README section that shows the command's help text (rimraf's \"Command Line Interface\"), not on one example command", async () => {
    const help = '```\nUsage: rimraf <path> [<path> ...]\nDeletes all files and folders at "path", recursively.\n\nOptions:\n  --                   Treat all subsequent arguments as paths\n  -h --help            Display this usage info\n  --preserve-root      Do not remove \'/\' recursively (default)\n  -g --glob            Treat arguments as glob patterns\n```\n';
    const readme = (section: string) => `# rimraf\n\nThe UNIX command rm -rf for node.\n\n## API\n\nAll removal functions return a boolean.\n\n### Command Line Interface\n\n${section}\n## mkdirp\n\nSee mkdirp.\n`;
    const c = await control({ 'README.md': readme(help) }, 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 9, detail: expect.stringContaining("the command's help text") }] });
    expect((await control({ 'README.md': readme('```\nrimraf --glob "dist/**"\n```\n') }, 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
  });
  it("reads a page of a tutorials/ folder and a README's \"How do I use …?\" as user guides (external-dns, cni)", async () => {
    const tutorial = await control({ 'README.md': '# Tool\n\nA controller.\n', 'docs/tutorials/aws.md': `# AWS\n\n${para('This tutorial describes how to set up the controller for use with Route53 in your cluster, step by step.')}\n` }, 'OSPS-DO-01.01');
    expect([tutorial.status, tutorial.evidence[0]?.path]).toEqual(['pass', 'docs/tutorials/aws.md']);
    const readme = `# cni\n\nNetworking.\n\n## How do I use CNI?\n\n${para('Create a network configuration file, then run the plugin with the container runtime of your choice, as the example shows.')}\n\n\`\`\`sh\ncnitool add mynet /var/run/netns/testing\n\`\`\`\n`;
    const howDo = await control({ 'README.md': readme }, 'OSPS-DO-01.01');
    expect([howDo.status, howDo.evidence[0]?.detail]).toEqual(['pass', expect.stringContaining('How do I use CNI?')]);
  });
  it("does not take build steps for a guide (zstd's lib/README.md \"Windows : using MinGW+MSYS to create DLL\")", async () => {
    const readme = (h: string) => `# zstd\n\nA library.\n\n## ${h}\n\n${para('Run the commands below in the shell of your choice, one after the other, then look at the result in the folder.')}\n`;
    expect((await control({ 'README.md': readme('Windows : using MinGW+MSYS to create DLL') }, 'OSPS-DO-01.01')).evidence.map((e) => e.detail).join('\n')).not.toMatch(/MinGW/);
    expect((await control({ 'README.md': readme('Usage of Command Line Interface') }, 'OSPS-DO-01.01')).status).toBe('pass');
  });
  it("cites the getting-started page, not a migration guide between versions (h3's MIGRATION.md, undici's README \"Migration Guide\")", async () => {
    const migration = `# Migration guide for v1 to v2\n\n${para('Version 2 changes the app interface and drops a few utilities; this guide lists what to change in an app written for version 1.')}\n`;
    const start = `# Getting Started\n\n${para('Install the package, create a server file and start it, as the example below shows step by step.')}\n`;
    const c = await control({ 'README.md': '# h3\n\nA framework.\n', 'MIGRATION.md': migration, 'docs/1.guide/1.index.md': start }, 'OSPS-DO-01.01');
    expect([c.status, c.evidence[0]?.path]).toEqual(['pass', 'docs/1.guide/1.index.md']);
    expect(c.evidence.map((e) => e.detail).join('\n')).not.toMatch(/Migration/);
  });
  it('reads a docs page\'s "The Basics" as a user guide (python-jsonschema\'s docs/validate.rst), not a contribution guide\'s (black\'s docs/contributing/the_basics.md)', async () => {
    const rst = 'Schema Validation\n=================\n\nThe Basics\n----------\n\nThe simplest way to validate an instance under a given schema is to use the validate function.\n\n.. autofunction:: validate\n\nThe Validator Protocol\n----------------------\n\nEvery validator class adheres to a protocol.\n';
    const c = await control({ 'README.rst': 'jsonschema\n==========\n\nAn implementation of JSON Schema.\n', 'docs/validate.rst': rst }, 'OSPS-DO-01.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/validate.rst', line: 4, detail: expect.stringContaining('"The Basics"') }] });
    const contributing = `# The basics\n\n${para('An overview on contributing to the project: how to set up a development environment and run the tests.')}\n`;
    expect((await control({ 'README.md': '# Tool\n\nA formatter.\n', 'docs/contributing/the_basics.md': contributing }, 'OSPS-DO-01.01')).evidence.map((e) => e.detail).join('\n')).not.toMatch(/The basics/);
  });
  it("cites a root user guide once, by its section, and never as a page of the docs folder (gson's UserGuide.md)", async () => {
    const guide = `# Gson User Guide\n\n${para('This guide shows how to convert Java objects to JSON and back with Gson, with examples for each use.')}\n\n## Using Gson\n\n${para('Create a Gson instance with new Gson(), then call toJson or fromJson on it.')}\n`;
    const c = await control({ 'README.md': '# Gson\n\nA library.\n', 'UserGuide.md': guide }, 'OSPS-DO-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.filter((e) => e.path === 'UserGuide.md')).toHaveLength(1);
    expect(c.evidence.map((e) => e.detail).join('\n')).not.toMatch(/docs folder/);
  });
  it("is attested on a usage section that only hands the guide to the module's pkg.go.dev page (go-viper/mapstructure's \"Usage & Example\")", async () => {
    const readme = (usage: string) => `# r\n\nA Go library for decoding generic map values into structures.\n\n## Usage & Example\n\n${usage}\n\n## License\n\nMIT\n`;
    const handover = 'For usage and examples see the [documentation](https://pkg.go.dev/mod/github.com/o/r/v2).\n\nThe `Decode` function has examples associated with it there.';
    const c = await control({ 'README.md': readme(handover) }, 'OSPS-DO-01.01');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 7, detail: 'links to documentation elsewhere: https://pkg.go.dev/mod/github.com/o/r/v2' }] });
    // A usage section that shows the use itself still is the guide, whatever it links.
    const shown = `${handover}\n\n\`\`\`go\nvar result Person\nerr := mapstructure.Decode(input, &result)\n\`\`\``;
    expect((await control({ 'README.md': readme(shown) }, 'OSPS-DO-01.01')).status).toBe('pass');
  });
  it('is attested on a README "Documentation" section that links the documentation elsewhere, whatever the link text (apache/commons-lang)', async () => {
    const readme = 'Apache Commons Lang\n===================\n\nUtilities for java.lang.\n\nDocumentation\n-------------\n\nMore information can be found on the [Apache Commons Lang homepage](https://commons.apache.org/proper/commons-lang).\nThe [Javadoc](https://commons.apache.org/proper/commons-lang/apidocs) can be browsed.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-DO-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'README.md', line: 9, detail: expect.stringContaining('https://commons.apache.org/proper/commons-lang (section "Documentation")') }]);
    // Links that stay in the repository are not documentation kept elsewhere.
    const inside = await control({ 'README.md': readme.replace(/https:\/\/commons\.apache\.org\/proper\/commons-lang(\/apidocs)?/g, 'docs/index.md') }, 'OSPS-DO-01.01');
    expect(inside.status).not.toBe('attested');
  });
  it("cites the guide pages of docs/, not the READMEs of its design proposals (gittuf's docs/gaps/1/README.md) or of its developer guide (rustup's doc/dev-guide/) or its maintainers' pages (eslint's docs/src/maintain/)", async () => {
    const proposal = (n: number) => `# Proposal ${n}\n\n## Abstract\n\n${para('Git stores its objects in a content addressed store; this proposal explores another hash.')}\n\n## Specification\n\n${para('The tool records a second identifier for each object.')}\n`;
    const c = await control({ 'README.md': '# Tool\n\nA library.\n', 'docs/gaps/1/README.md': proposal(1), 'docs/rfcs/0002/README.md': proposal(2), 'doc/dev-guide/README.md': `# Developer guide\n\n${para('This guide is for people working on the tool itself, not for its users.')}\n`, 'docs/src/maintain/overview.md': `---\ntitle: How the tool is maintained\n---\n\nThis page explains the roles involved in maintaining the tool.\n\n## The team\n\n${para('The team reviews changes.')}\n\n## Organization\n\n${para('A foundation holds the trademarks.')}\n`, 'docs/get-started.md': `# Get started\n\n${para('Install the tool with go install, then run tool init in a repository.')}\n` }, 'OSPS-DO-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.path)).toEqual(['docs/get-started.md']);
  });
  it("does not cite a design proposal's example of what the design allows as the user guide (python-tuf's docs/repository-library-design.md)", async () => {
    const design = `# Tool repository API proposal: _minimal repository abstraction_\n\n## Design\n\n${para('The library provides an abstract Repository class that applications implement.')}\n\n### Example concrete Repository implementation\n\n${para('The design decisions that the included example GitRepository makes are not important but provide an example of what is possible.')}\n\n\`\`\`python\nrepo = GitRepository("metadata/")\nrepo.snapshot()\n\`\`\`\n`;
    const install = `# Installation\n\n${para('Install the library from the package index with pip install tool, or from source with pip install -e .')}\n`;
    const c = await control({ 'README.md': '# Tool\n\nA library.\n', 'docs/repository-library-design.md': design, 'docs/INSTALLATION.md': install }, 'OSPS-DO-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['docs/INSTALLATION.md:1']);
    // Under another name and title, the same page's example is a guide section.
    const guide = await control({ 'README.md': '# Tool\n\nA library.\n', 'docs/repository-library.md': design.replace('API proposal', 'API'), 'docs/INSTALLATION.md': install }, 'OSPS-DO-01.01');
    expect(guide.evidence[0]).toMatchObject({ path: 'docs/repository-library.md', line: 7 });
  });
  it("cites the quickstart page, not an aim on GOALS.md (\"Disrupt current Envoy usage patterns\") nor a developer's \"Quickstart\" (envoyproxy/gateway)", async () => {
    const goals = `# Goals\n\n## Non-objectives\n\n### Disrupt current Envoy usage patterns\n\n${para('Envoy Gateway is purely an additive convenience layer and is not meant to disrupt any usage pattern.')}\n`;
    const develop = `# Developer guide\n\n## Quickstart\n\n${para('Run make build to build the binaries, then make test to run the unit tests.')}\n`;
    const quick = `# Quickstart\n\n## Usage\n\n${para('Install the chart with helm install, then apply the example Gateway and send it a request.')}\n`;
    const c = await control({ 'README.md': '# Gateway\n\nA gateway.\n', 'GOALS.md': goals, 'site/content/en/community/DEVELOP.md': develop, 'site/content/en/latest/api/routes.md': `# Routes\n\n## Examples\n\n${para('A route matches a path.')}\n\n\`\`\`yaml\nkind: HTTPRoute\nspec: {}\n\`\`\`\n`, 'site/content/en/latest/tasks/quickstart.md': quick }, 'OSPS-DO-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'site/content/en/latest/tasks/quickstart.md', line: 1 }]);
  });
  it("cites the getting-started page, not the funding guidelines' \"Fund Usage Guidelines\" (mocha's FUNDING.md)", async () => {
    const funding = `# Fund Usage Guidelines\n\n${para('This project follows the Collective Funds Guidelines with the customizations below.')}\n\n## Rates\n\n- TSC Members: $75.00 USD/hour\n- Project Contributors: $50.00 USD/hour\n`;
    const c = await control({ 'README.md': '# Tool\n\nA library.\n', 'FUNDING.md': funding, 'docs/getting-started.md': `---\ntitle: Getting started\n---\n\n${para('Install the tool with npm install tool, then run tool init in a repository.')}\n\n${para('Run tool check to see what it finds, and tool fix to change the files it names.')}\n` }, 'OSPS-DO-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.path)).toEqual(['docs/getting-started.md']);
  });
  it("does not cite a dated report or a blog post as user documentation (rustls's website/content/perf/2024-11-28-threading/index.md)", async () => {
    const report = `# Performance report\n\n${para('We measured the handshake throughput of the server on a 80-core machine with one thread per core.')}\n\n${para('The results are shown in the graphs below, with the configuration used for each run.')}\n`;
    const files = { 'README.md': '# Tool\n', 'docs/perf/2024-11-28-threading/index.md': report, 'docs/blog/guide-to-v2.md': report, 'docs/quickstart.md': `# Quick start\n\n${para('Install the tool with cargo install tool, then run tool serve in a folder of certificates.')}\n\n${para('Run tool check to see what it finds before you deploy it.')}\n` };
    const c = await control(files, 'OSPS-DO-01.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(new Set(c.evidence.map((e) => e.path))).toEqual(new Set(['docs/quickstart.md']));
  });
  it("an end-user license agreement is no user guide (goreleaser's EULA.md \"2.1 Using the Licensed Software in your capacity as an employee\")", async () => {
    const eula = `# Widget End User License Agreement (EULA)\n\n## 2. Your agreement.\n\n${para('By accessing or using the Licensed Software, you agree to be bound by this Agreement.')}\n\n### 2.1 Using the Licensed Software in your capacity as an employee.\n\n${para('If you are using the Licensed Software as an employee of a company, references to you refer to that company.')}\n`;
    const readme = '# Widget\n\nRelease engineering.\n\n## Documentation\n\nDocumentation is hosted live at https://widget.dev\n';
    for (const name of ['EULA.md', 'docs/terms-of-service.md']) {
      const c = await control({ 'README.md': readme, [name]: eula }, 'OSPS-DO-01.01', 'tagged');
      expect(c.evidence.some((e) => e.path === name), name).toBe(false);
      expect([c.status, c.evidence[0]], name).toMatchObject(['attested', { path: 'README.md', line: 7 }]);
    }
  });
  it("a threat model is no user guide: its \"Examples of Vulnerabilities\" show attacks, not the software's use (lodash's threat-model.md)", async () => {
    const c = await control({ 'README.md': '# widget\n', 'threat-model.md': THREAT_MODEL_DOC }, 'OSPS-DO-01.01', 'tagged');
    expect(c.evidence.some((e) => e.path === 'threat-model.md')).toBe(false);
    expect(c.status).toBe('fail');
    // A guide beside it is cited alone.
    const guide = await control({ 'README.md': '# widget\n', 'threat-model.md': THREAT_MODEL_DOC, 'docs/usage.md': `# Usage\n\n${para('Install widget with npm install widget, then require it and call merge on two objects.')}\n` }, 'OSPS-DO-01.01', 'tagged');
    expect([guide.status, guide.evidence.map((e) => e.path)]).toEqual(['pass', ['docs/usage.md']]);
  });
  it("a list of adopters (helm's ADOPTERS.md \"Organizations Using Helm\") is no user guide: the README's docs link elsewhere make it attested", async () => {
    const adopters = ' To add your organization to this list, open a pull request that adds its name.\n\n# Organizations Using Helm\n\n- [IBM](https://www.ibm.com)\n- [Microsoft](https://microsoft.com)\n- [Oracle](https://www.oracle.com)\n- Acme Corp\n\n_This file is part of the CNCF official documentation for projects._\n';
    const readme = '# Helm\n\nA package manager.\n\n## Docs\n\nGet started with the [Quick Start guide](https://helm.sh/docs/intro/quickstart/) or plunge into the [complete documentation](https://helm.sh/docs).\n';
    const c = await control({ 'README.md': readme, 'ADOPTERS.md': adopters }, 'OSPS-DO-01.01', 'tagged');
    expect(c.evidence.some((e) => e.path === 'ADOPTERS.md')).toBe(false);
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'README.md', line: 7 }]);
    // The same heading in the README ("Companies using Tool") is not a guide either.
    const users = await control({ 'README.md': `# Tool\n\n## Companies using Tool\n\n${para('Acme, Globex and Initech run Tool in production.')}\n` }, 'OSPS-DO-01.01', 'tagged');
    expect(users.status).toBe('fail');
  });
  it('a README list of blog posts by others is no user guide (external-dns\'s "User Demo How-To Blogs and Examples")', async () => {
    const blogs = '### User Demo How-To Blogs and Examples\n\n- A full demo on GKE Kubernetes. See [How-to Kubernetes with DNS management](https://medium.com/@someone/how-to-kubernetes-with-dns-management-31239ea75d8d)\n- Run the tool on GKE with workload identity. See [Kubernetes, ingress-nginx and the tool](https://blog.example.com/kubernetes-ingress-nginx-tool/)\n- [Tool integration with Azure DNS using workload identity](https://cloudchronicles.blog/blog/tool-integration-with-azure-dns/)\n';
    const c = await control({ 'README.md': `# Tool\n\nA controller.\n\n${blogs}` }, 'OSPS-DO-01.01', 'tagged');
    expect(c.status).toBe('fail');
    const guide = await control({ 'README.md': `# Tool\n\nA controller.\n\n${blogs}`, 'docs/tutorials/quickstart.md': `# Quick start\n\n${para('Deploy the tool with kubectl apply, then annotate a Service with the hostname it should get.')}\n` }, 'OSPS-DO-01.01', 'tagged');
    expect([guide.status, guide.evidence.some((e) => e.path === 'README.md')]).toEqual(['pass', false]);
  });
  it('passes with a "Getting started" section with text, pointing at its line', async () => {
    const c = await control({ 'README.md': `# Tool\n\nIntro.\n\n## Getting started\n\n${para('Install with npm, then run tool init.')}\n` }, 'OSPS-DO-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 5 });
  });
  it('an "Examples" section of prose in a principles page is no user guide (hyper TENETS.md); with code it is', async () => {
    const tenets = `# Tenets\n\n## 0. Open\n\n${para('We prioritize kindness towards all contributors.')}\n\n### Examples\n\n${para('Say an individual were to bring forward a contribution but insulted people; we would not accept it.')}\n`;
    const c = await control({ 'README.md': '# Tool\n\nA library.\n', 'docs/TENETS.md': tenets }, 'OSPS-DO-01.01');
    expect(c.evidence.some((e) => e.path === 'docs/TENETS.md')).toBe(false);
    const withCode = await control({ 'README.md': '# Tool\n\nA library.\n', 'docs/client.md': `# Client\n\n## Examples\n\n${para('Fetch a page:')}\n\n\`\`\`rust\nlet res = client.get(uri).await?;\n\`\`\`\n` }, 'OSPS-DO-01.01');
    expect([withCode.status, withCode.evidence[0]]).toMatchObject(['pass', { path: 'docs/client.md', line: 3 }]);
    const nested = await control({ 'README.md': '# Tool\n\nA library.\n', 'docs/extensions.md': `# Extensions\n\n## Example Extensions\n\n${para('Two extensions follow.')}\n\n### Cache\n\n\`\`\`python\nenv = Environment(extensions=[Cache])\n\`\`\`\n` }, 'OSPS-DO-01.01');
    expect(nested.evidence[0]).toMatchObject({ path: 'docs/extensions.md', line: 3 });
  });
  it("does not cite a README's benchmark table as its guide (ripgrep's \"Quick examples comparing tools\")", async () => {
    const bench = '### Quick examples comparing tools\n\nThis example searches the entire Linux kernel source tree for a word. Timings were collected on one machine.\n\n| Tool | Command | Time |\n| ---- | ------- | ---- |\n| widget | `wg -n -w \'[A-Z]+_SUSPEND\'` | **0.082s** |\n| grep | `grep -r -n -w \'[A-Z]+_SUSPEND\'` | 0.674s |\n';
    const c = await control({ 'README.md': `# widget\n\nA search tool.\n\n${bench}`, 'GUIDE.md': `## User Guide\n\n${para('This guide is an introduction to using widget: searching, filtering and configuring it.')}\n` }, 'OSPS-DO-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => `${e.path}:${e.line}`)]).toEqual(['pass', ['GUIDE.md:1']]);
    // The project's guide comes before a component's README example (ripgrep's crates/globset/README.md).
    const crate = { 'crates/globset/README.md': `# globset\n\n${para('Cross platform single glob and glob set matching.')}\n\n### Example: one glob\n\n${para('This example shows how to match a single glob against a single file path.')}\n\n\`\`\`rust\nlet glob = Glob::new("*.rs")?.compile_matcher();\n\`\`\`\n` };
    const both = await control({ 'README.md': `# widget\n\nA search tool.\n\n${bench}`, 'Cargo.toml': '[workspace]\nmembers = ["crates/globset"]\n', 'GUIDE.md': `## User Guide\n\n${para('This guide is an introduction to using widget: searching, filtering and configuring it.')}\n\n### Basics\n\n${para('Run widget with a pattern to search the current directory.')}\n\n${para('Matches are printed with their file and line.')}\n`, ...crate }, 'OSPS-DO-01.01', 'tagged');
    expect(both.evidence.map((e) => `${e.path}:${e.line}`)[0]).toBe('GUIDE.md:1');
  });
  it('cites a usage section of commands, not one that only links a page elsewhere (pvtr-github-repo)', async () => {
    const readme =
      '# Scanner\n\n## Docker Usage\n\n```sh\ndocker build . -t local\ndocker run --mount type=bind,source=./config.yml,destination=/config.yml local\n```\n\n## GitHub Actions Usage\n\nSee the [OSPS Security Baseline Scanner](https://github.com/marketplace/actions/open-source-project-security-baseline-scanner)\n';
    const c = await control({ 'README.md': readme }, 'OSPS-DO-01.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.line)).toEqual([3]);
    // jq: one docker run under "Example: ..." is not a guide to the basic functionality.
    const example = '# jq\n\n## Docker Image\n\n##### Example: Extracting the version from a package.json file\n\n```bash\ndocker run --rm -i ghcr.io/jqlang/jq:latest < package.json .version\n```\n';
    expect((await control({ 'README.md': example }, 'OSPS-DO-01.01', 'tagged')).status).not.toBe('pass');
  });
  it("cites a README's \"Quick Start\" of commands before a later feature's \"Using ...\" section with prose (ofetch's)", async () => {
    const readme = `# demo\n\n## Quick Start\n\nInstall:\n\n\`\`\`bash\nnpx nypm i demo\n\`\`\`\n\nImport:\n\n\`\`\`js\nimport { demo } from "demo";\n\`\`\`\n\n## Using Native Fetch\n\n${para('As a shortcut, you can use demo.native that provides the native fetch API.')}\n`;
    const c = await control({ 'README.md': readme }, 'OSPS-DO-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => `${e.path}:${e.line}`)]).toEqual(['pass', ['README.md:3']]);
  });
  it('reads a README section headed only "Example" whose code is a whole use of the library as a guide (fast-json-stringify)', async () => {
    const code = "const fastJson = require('fast-json-stringify')\nconst stringify = fastJson({\n  title: 'Example Schema',\n  type: 'object',\n  properties: {\n    firstName: { type: 'string' },\n    age: { description: 'Age in years', type: 'integer' }\n  }\n})\n\nconsole.log(stringify({ firstName: 'Matteo', age: 32 }))\n";
    const c = await control({ 'README.md': `# lib\n\nFaster than JSON.stringify.\n\n## Example\n\n\`\`\`js\n${code}\`\`\`\n\n## License\n\nMIT\n` }, 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5, detail: expect.stringContaining('"Example"') }] });
    // A short snippet under "Example" is no guide.
    const short = await control({ 'README.md': '# lib\n\nA library.\n\n## Example\n\n```js\nrequire(\'lib\')()\n```\n' }, 'OSPS-DO-01.01', 'tagged');
    expect(short.status).not.toBe('pass');
  });
  it('reads a library README\'s "API" section whose calls are shown with their arguments as its guide (mime-types)', async () => {
    const fn = (name: string, call: string, result: string) => `### mime.${name}(type)\n\n${para(`Look up the ${name} of a content-type or extension.`)}\n\n\`\`\`js\nmime.${name}(${call}) // ${result}\nmime.${name}('unknown/type') // false\n\`\`\`\n\n`;
    const api = `## API\n\n\`\`\`js\nvar mime = require('mime-types')\n\`\`\`\n\nAll functions return false if input is invalid or not found.\n\n${fn('lookup', "'file.html'", "'text/html'")}${fn('extension', "'application/octet-stream'", "'bin'")}${fn('charset', "'text/markdown'", "'UTF-8'")}`;
    const c = await control({ 'README.md': `# mime-types\n\nThe content-type utility.\n\n## Install\n\n\`\`\`sh\n$ npm install mime-types\n\`\`\`\n\n${api}## License\n\nMIT\n` }, 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 11, detail: expect.stringContaining('section "API"') }] });
    // Signatures and types alone are a reference, not a guide.
    const reference = `# lib\n\nA library.\n\n## API\n\n${para('Note that patterns use forward slashes only.')}\n\n### lib(patterns, options?)\n\nReturns a \`Promise<string[]>\` of matching paths.\n\n#### patterns\n\nType: \`string | string[]\`\n\n### libSync(patterns, options?)\n\nReturns \`string[]\` of matching paths.\n`;
    expect((await control({ 'README.md': reference }, 'OSPS-DO-01.01', 'tagged')).status).not.toBe('pass');
  });
  it('passes with a "Quick start" of one sentence and a code block (code is not counted as prose)', async () => {
    const c = await control({ 'README.md': '# Tool\n\n## Quick start\n\nOn a machine with Node.js, from a clone of this repository:\n\n```sh\nnode dist/cli.js evaluate .\n```\n' }, 'OSPS-DO-01.01', 'tagged');
    expect(c.status).toBe('pass');
  });
  it('passes with a guide among the pages of an Antora site kept outside docs/ (logging-log4j2\'s src/site/antora/)', async () => {
    const page = `= Getting started\n\n== How do I install it?\n\n${para('Add the widget-core dependency to your build and write a configuration file.')}\n`;
    const files = { 'README.adoc': '= Widget\n', 'src/site/antora/modules/ROOT/pages/manual/getting-started.adoc': page };
    const c = await control({ ...files, 'src/site/antora/antora.yml': 'name: home\nversion: ~\n' }, 'OSPS-DO-01.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'src/site/antora/modules/ROOT/pages/manual/getting-started.adoc' });
    // Without the component descriptor the folder is not a documentation site.
    const without = await control(files, 'OSPS-DO-01.01', 'tagged');
    expect(without.status).toBe('fail');
  });
  it('passes with a guide under docs/', async () => {
    const c = await control({ 'README.md': '# Tool\n', 'docs/user-guide.md': `# User guide\n\n${para('Configure the tool.')}\n${para('Run it.')}\n` }, 'OSPS-DO-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.path)).toContain('docs/user-guide.md');
  });
  it('fails for an empty "Usage" heading once released, unknown when the release state cannot be told', async () => {
    const files = { 'README.md': '# Tool\n\n## Usage\n\n## License\n\nMIT\n' };
    expect((await control(files, 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
    const u = await control(files, 'OSPS-DO-01.01', 'unknown');
    expect(u.status).toBe('unknown');
    expect(u.evidence.map((e) => e.detail).join(' ')).toMatch(/release/);
  });
  it('is not applicable before the first release (API: no releases, no tags)', async () => {
    expect((await control({ 'README.md': '# Tool\n' }, 'OSPS-DO-01.01', 'none')).status).toBe('not-applicable');
  });
  it('is attested when the README only links to documentation elsewhere', async () => {
    const c = await control({ 'README.md': '# Tool\n\nSee the [Documentation](https://tool.example.dev/docs).\n' }, 'OSPS-DO-01.01', 'tagged');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 3 });
  });
  it("is attested when the README links its \"latest documentation\" (mockito's javadoc.io Mockito.html)", async () => {
    const readme = '# Tool\n\nA mocking framework.\n\nSee the [latest release notes](https://github.com/o/r/releases/)\nand [latest documentation](https://javadoc.io/doc/org.tool/tool-core/latest/org/tool/Tool.html). Docs in\njavadoc.io are available 24h after release.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 6, detail: 'links to documentation elsewhere: https://javadoc.io/doc/org.tool/tool-core/latest/org/tool/Tool.html' }] });
    expect(c.evidence).toHaveLength(1);
  });
  it("is attested when the words before a bare link say it is the manual (libevent's README: \"a pretty good work-in-progress manual up at <…>\"), not a link to report documentation issues", async () => {
    const readme = (said: string) => ({ 'README.md': `# 1. BUILDING\n\nRun \`cmake ..\` and \`make\`.\n\n# 2. USEFUL LINKS:\n\nFor the latest released version, see the official website at\n<https://tool.example.org/> .\n\n${said}\n` });
    const c = await control(readme("There's a pretty good work-in-progress manual up at\n   <http://www.nickm.net/~nick/tool-book/> ."), 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 11, detail: 'links to documentation elsewhere: http://www.nickm.net/~nick/tool-book/' }] });
    expect((await control(readme('The documentation is available at https://tool-project.dev/docs/'), 'OSPS-DO-01.01', 'tagged')).status).toBe('attested');
    expect((await control(readme('Please report documentation issues at <https://tool-project.dev/issues>.'), 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
  });
  it("is attested, not failed, when the README's only pointer is a badge to the project's own docs.rs page (anyhow's `[<img alt=\"docs.rs\" …>](https://docs.rs/anyhow)`)", async () => {
    const badge = (crate: string) => `[<img alt="docs.rs" src="https://img.shields.io/badge/docs.rs-${crate}-66c2a5?style=for-the-badge" height="20">](https://docs.rs/${crate})`;
    const readme = (crate: string) => `# R\n\n${badge(crate)}\n\nThis library provides an error type.\n\n## Details\n\n${para('Use the error type as the return type of any fallible function.')}\n`;
    const c = await control({ 'README.md': readme('r') }, 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 3, detail: 'links to documentation elsewhere: https://docs.rs/r' }] });
    // Another crate's page (a dependency's) is not this project's documentation.
    expect((await control({ 'README.md': readme('serde') }, 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
  });
  it("is attested on a link to the docs.rs page of the crate its Cargo.toml declares, named otherwise than the repository (serde-rs/json's `serde_json`)", async () => {
    const readme = '# R\n\nA JSON library.\n\nYou may be looking for:\n\n- [JSON API documentation](https://docs.rs/serde_json)\n- [Serde API documentation](https://docs.rs/serde)\n';
    const cargo = '[package]\nname = "serde_json"\nversion = "1.0.0"\n\n[dependencies]\nserde = "1.0"\n';
    const c = await control({ 'README.md': readme, 'Cargo.toml': cargo }, 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 7, detail: 'links to documentation elsewhere: https://docs.rs/serde_json' }] });
    expect(c.evidence).toHaveLength(1);
    // A dependency's page is not: the crate declared is another.
    expect((await control({ 'README.md': readme, 'Cargo.toml': cargo.replace('serde_json', 'json_tools') }, 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
  });
  it("passes on README sections that explain a task and call the crate its Cargo.toml declares (serde-rs/json's), not on one alone or on a Cargo.toml snippet", async () => {
    const cargo = '[package]\nname = "serde_json"\nversion = "1.0.0"\n';
    const section = (title: string, code: string) => `## ${title}\n\n${para('Any valid JSON data can be manipulated in the following recursive enum representation.')}\n\n\`\`\`rust\n${code}\n\`\`\`\n\n`;
    const head = '# Serde JSON\n\n```toml\n[dependencies]\nserde_json = "1.0"\n```\n\nYou may be looking for:\n\n- [JSON API documentation](https://docs.rs/serde_json)\n\n';
    const untyped = section('Operating on untyped JSON values', 'use serde_json::{Result, Value};\n\nlet v: Value = serde_json::from_str(data)?;');
    const typed = section('Parsing JSON as strongly typed data structures', 'let p: Person = serde_json::from_str(data)?;');
    const c = await control({ 'README.md': head + untyped + typed + section('No-std support', '[dependencies]\nserde_json = { version = "1.0", default-features = false }'), 'Cargo.toml': cargo }, 'OSPS-DO-01.01', 'tagged');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 12, detail: expect.stringContaining('Operating on untyped JSON values') }] });
    // One section alone, or sections that only show the dependency line, leave the README's links to speak: attested.
    expect((await control({ 'README.md': head + untyped, 'Cargo.toml': cargo }, 'OSPS-DO-01.01', 'tagged')).status).toBe('attested');
    const snippets = section('Features', '[dependencies]\nserde_json = { version = "1.0" }') + section('No-std support', '[dependencies]\nserde_json = { version = "1.0", default-features = false }');
    expect((await control({ 'README.md': head + snippets, 'Cargo.toml': cargo }, 'OSPS-DO-01.01', 'tagged')).status).toBe('attested');
    // Nor does a type named in inline code (anyhow's "Comparison to failure": "The `anyhow::Error` type works something like…").
    const named = `## Comparison\n\n${para('The `serde_json::Value` type works something like the one of another crate.')}\n\n`;
    expect((await control({ 'README.md': head + untyped + named, 'Cargo.toml': cargo }, 'OSPS-DO-01.01', 'tagged')).status).toBe('attested');
  });
  it("is attested on nats-server's README list of \"Official Documentation\" links", async () => {
    const readme = '# NATS Server\n\nA messaging system.\n\n## Documentation\n\n- [Official Website](https://nats.io)\n- [Official Documentation](https://docs.nats.io)\n- [FAQ](https://docs.nats.io/reference/faq)\n';
    const c = await control({ 'README.md': readme }, 'OSPS-DO-01.01', 'tagged');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 8 });
    expect(c.evidence[0].detail).toContain('https://docs.nats.io');
  });
  it('fails when Security Insights links a quickstart that is not in the repository, naming the field', async () => {
    const c = await control(
      {
        'README.md': `# Tool\n\n## Usage\n\n${para('Run tool.')}\n`,
        'security-insights.yml': insights({ 'quickstart-guide': 'https://github.com/o/r/blob/main/docs/quickstart.md' }),
      },
      'OSPS-DO-01.01',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml' });
    expect(c.evidence[0].detail).toContain('project.documentation.quickstart-guide');
    expect(c.remediation).toContain('Security Insights');
  });
});

describe('OSPS-DO-02.01 defect reporting (release-gated)', () => {
  it('fails without a guide once released, and is not applicable before a release', async () => {
    expect((await control({ 'README.md': '# x\n' }, 'OSPS-DO-02.01', 'released-api')).status).toBe('fail');
    expect((await control({ 'README.md': '# x\n', '.github/ISSUE_TEMPLATE/feature.yml': 'name: Feature\n' }, 'OSPS-DO-02.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': '# x\n' }, 'OSPS-DO-02.01', 'none')).status).toBe('not-applicable');
  });
  it('is unknown once released without templates of its own when the owner\'s default templates were not read (offline)', async () => {
    const c = await control({ 'README.md': '# x\n' }, 'OSPS-DO-02.01', 'tagged');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.detail).join(' ')).toMatch(/owner's default issue templates \(from o\/\.github\).*not read \(offline run\)/);
  });
  it("passes on an \"Issue Tracking\" section of the contributing guide that says what to include when reporting bugs (pypa/build's), not on one that only says how issues are triaged", async () => {
    const guide = (body: string) => ({ 'README.md': '# x\n', 'docs/development/contributing.rst': `##############\n Contributing\n##############\n\nWelcome.\n\n****************\n Issue Tracking\n****************\n\nBefore starting work on a significant change, check the issue tracker to see if it has already been discussed.\n\n${body}\n` });
    const c = await control(guide('When reporting bugs, include detailed information about the issue. Provide the full error message and traceback, and the steps to reproduce the problem.'), 'OSPS-DO-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/development/contributing.rst', line: 8, detail: expect.stringContaining('Issue Tracking') }]);
    expect((await control(guide('Maintainers label new issues every week.'), 'OSPS-DO-02.01', 'tagged')).status).toBe('unknown');
  });
  it("passes on a README \"Bug tracker\" section that asks for bug reports on the issue tracker (celery/kombu's README template), not on one that only names the tracker", async () => {
    const readme = (body: string) => ({ 'README.rst': `=====\n kombu\n=====\n\nMessaging library.\n\nBug tracker\n===========\n\n${body}\n\nLicense\n=======\n\nBSD.\n` });
    const c = await control(readme('If you have any suggestions, bug reports or annoyances please report them\nto our issue tracker at https://github.com/o/r/issues/'), 'OSPS-DO-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.rst', line: 7, detail: expect.stringContaining('Bug tracker') }]);
    expect((await control(readme('The issue tracker is at https://github.com/o/r/issues/'), 'OSPS-DO-02.01', 'tagged')).status).toBe('unknown');
    // Outside a project-level heading, the README's section counts only when it links this repository's tracker.
    expect((await control(readme('If you have any suggestions, bug reports or annoyances please report them\nto our tracker at https://tracker.example.org/'), 'OSPS-DO-02.01', 'tagged')).status).toBe('unknown');
  });
  it("passes on a README section that asks for bug reports and links this repository's issue tracker under a label (libevent's \"USEFUL LINKS\"), not on a security sentence", async () => {
    const readme = (ask: string) => ({
      'README.md': `# 1. BUILDING\n\nRun \`cmake ..\` and \`make\` in a build folder.\n\n# 2. USEFUL LINKS:\n\nYou can browse the git repository online at:\n\n<https://github.com/o/r>\n\n${ask}\n\n__Patches__: https://github.com/o/r/pulls\n> OK, those are not really _patches_. You fork, modify, and hit the "Create Pull Request" button.\n\n__Bugs, Features [RFC], and Issues__: https://github.com/o/r/issues\n> Or you can do it via the mailing list.\n`,
    });
    const c = await control(readme('To report bugs, issues, or ask for new features:'), 'OSPS-DO-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 16, detail: expect.stringContaining('("To report bugs, issues, or ask for new features:")') }]);
    expect((await control(readme('Please do not report security bugs in public issues.'), 'OSPS-DO-02.01', 'tagged')).status).toBe('unknown');
    expect((await control(readme('Here are some links:'), 'OSPS-DO-02.01', 'tagged')).status).toBe('unknown');
  });
  it('passes with a bug template whatever the release state', async () => {
    expect((await control({ '.github/ISSUE_TEMPLATE/bug.yml': 'name: Bug\n' }, 'OSPS-DO-02.01', 'none')).status).toBe('pass');
  });
  it("passes on the issue template chooser's contact link for problems (fastapi's \"Question or Problem\"), not on its security contact", async () => {
    const chooser = (links: string) => ({ 'README.md': '# x\n', '.github/ISSUE_TEMPLATE/privileged.yml': 'name: Privileged\n', '.github/ISSUE_TEMPLATE/config.yml': `blank_issues_enabled: false\ncontact_links:\n${links}` });
    const security = '  - name: Security Contact\n    about: Please report security vulnerabilities to security@example.com\n';
    const problem = '  - name: Question or Problem\n    about: Ask a question or ask about a problem in GitHub Discussions.\n    url: https://github.com/o/r/discussions/categories/questions\n';
    const c = await control(chooser(security + problem), 'OSPS-DO-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/ISSUE_TEMPLATE/config.yml', line: 5, detail: expect.stringContaining('"Question or Problem"') }]);
    // A link whose text reports a bug counts by its text; a security contact or a link without a URL does not.
    expect((await control(chooser('  - name: Forum\n    about: Report bugs and ask questions on the forum.\n    url: https://forum.example.org\n'), 'OSPS-DO-02.01', 'tagged')).status).toBe('pass');
    expect((await control(chooser(security), 'OSPS-DO-02.01', 'tagged')).status).toBe('fail');
    expect((await control(chooser('  - name: Problem\n    about: Ask about a problem.\n'), 'OSPS-DO-02.01', 'tagged')).status).toBe('fail');
  });
  it("passes with a template named after a part of the software that asks for the steps to reproduce, or for the expected and the actual output (prettier's)", async () => {
    const integration = '---\nname: \u2699 Integration\nabout: Issues for API, CLI, etc.\n---\n\n**Environments:**\n\n- Prettier Version: 3.9.6\n\n**Steps to reproduce:**\n\n**Expected behavior:**\n\n**Actual behavior:**\n';
    const formatting = '---\nname: \u2728 Formatting\nabout: Issues for ugly or incorrect code\n---\n\n**Input:**\n\n```jsx\n// code snippet\n```\n\n**Output:**\n\n```jsx\n// code snippet\n```\n\n**Expected output:**\n';
    const c = await control({ 'README.md': '# x\n', '.github/ISSUE_TEMPLATE/integration.md': integration }, 'OSPS-DO-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/ISSUE_TEMPLATE/integration.md', line: 10, detail: expect.stringContaining('"Steps to reproduce"') }]);
    const f = await control({ 'README.md': '# x\n', '.github/ISSUE_TEMPLATE/formatting.md': formatting }, 'OSPS-DO-02.01', 'tagged');
    expect([f.status, f.evidence[0]]).toMatchObject(['pass', { path: '.github/ISSUE_TEMPLATE/formatting.md', line: 18, detail: expect.stringContaining('"Expected output"') }]);
    // Only the expected output, or a feature request that describes the current and the expected behaviour, is no defect report.
    const expectedOnly = '---\nname: Formatting\n---\n\n**Expected output:**\n';
    expect((await control({ 'README.md': '# x\n', '.github/ISSUE_TEMPLATE/formatting.md': expectedOnly }, 'OSPS-DO-02.01', 'tagged')).status).toBe('fail');
    const feature = 'name: Feature request\nbody:\n  - type: textarea\n    attributes:\n      label: Current behavior\n  - type: textarea\n    attributes:\n      label: Expected behavior\n';
    expect((await control({ 'README.md': '# x\n', '.github/ISSUE_TEMPLATE/feature.yml': feature }, 'OSPS-DO-02.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': '# x\n', '.github/ISSUE_TEMPLATE/new.yml': feature }, 'OSPS-DO-02.01', 'tagged')).status).toBe('fail');
  });
});

describe('OSPS-DO-03.01 / 03.02 verifying releases', () => {
  it("does not read a README section named for the technology's demo as instructions to verify releases (in-toto's \"in-toto demo\")", async () => {
    const readme = (heading: string, body: string) => ({ 'README.md': `# widget\n\nA framework to protect the supply chain.\n\n## ${heading}\n\n${body}\n\n## Specification\n\nRead the specification.\n` });
    const demo = 'You can try in-toto by running the [demo application](https://github.com/acme/demo).\nThe demo outlines three users and how in-toto helps to specify a project layout and verify that the layout has been followed.';
    for (const heading of ['in-toto demo', 'Cosign examples', 'SLSA tutorial']) {
      for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) expect((await control(readme(heading, demo), id, 'tagged')).status, `${heading} ${id}`).toBe('unknown'); // the release notes are not read offline
    }
    // A section on verifying the project's releases with the same technology still counts.
    const own = await control(readme('Verifying releases with in-toto', 'Each release carries in-toto attestations; verify them with `in-toto-verify --layout root.layout`.'), 'OSPS-DO-03.01', 'tagged');
    expect([own.status, own.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5 }]);
  });
  it("passes 03.02 on a \"Verifying Artifacts\" section that says the artifacts are signed and names the key (okhttp's security page)", async () => {
    const KEY = '[key]: https://keyserver.ubuntu.com/pks/lookup?search=5dd80b0ddccbe005f0a47fd66751e1a6e2001b8d&op=index\n';
    const page = (body: string, defs = KEY) => ({
      'README.md': '# Tool\n',
      'docs/security/security.md': `Security\n========\n\n## Verifying Artifacts\n\n${body}\n\nThe best way to verify artifacts is [automatically with Gradle][gradle].\n\n[gradle]: https://docs.gradle.org/current/userguide/dependency_verification.html\n${defs}`,
    });
    const c = await control(page('We sign our artifacts using [this key][key]:\n\n```\npub (4)eddsa263/5dd80b0ddccbe005f0a47fd66751e1a6e2001b8d 2026-07-21\nuid Widget <widget@example.org>\n```'), 'OSPS-DO-03.02', 'released-api');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/security/security.md', line: 4, detail: expect.stringContaining('"Verifying Artifacts"') }]);
    expect(c.evidence.map((e) => e.detail).join(' ')).toContain('https://keyserver.ubuntu.com/pks/lookup');
    // The fingerprint alone, without the key server's link, names the key too.
    expect((await control(page('Our artifacts are signed with the key below.\n\n```\npub rsa4096/dbd744ace7ade6aa50dd591f66b50994442d2d40\n```', ''), 'OSPS-DO-03.02', 'released-api')).status).toBe('pass');
    // A section that names no key, or says the artifacts are not signed, does not say whom a signature comes from.
    expect((await control(page('We sign our artifacts before each release.', ''), 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
    expect((await control(page('The artifacts are not signed; compare them with [the key][key] list.'), 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
  });
  it("passes on the README's \"Security\" section saying the releases are signed with a key it links, the words in links (nlohmann/json's), not on one that names no key or only commits", async () => {
    const readme = (body: string) => ({ 'README.md': `# JSON\n\n## Examples\n\n${para('Parse a string into a json value and print it.')}\n\n## Security\n\n${body}\n\n## Thanks\n\nMany people helped.\n` });
    const key = '[PGP Key](https://keybase.io/o/pgp_keys.asc?fingerprint=797167ae41c0a6d9232e48457f3cea63ae251b69)';
    const signed = readme(`[Commits by the maintainer](https://github.com/o/r/commits) and [releases](https://github.com/o/r/releases) are signed with this ${key}.`);
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      const c = await control(signed, id, 'tagged');
      expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 7, detail: expect.stringContaining('section "Security"') }]);
    }
    expect((await control(readme('[Releases](https://github.com/o/r/releases) are signed by the maintainers.'), 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
    expect((await control(readme(`[Commits](https://github.com/o/r/commits) are signed with this ${key}.`), 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
  });
  it("passes on the README's \"Releases\" section saying they are signed by the keys of a keyring it links (runc's runc.keyring), not on one that names no key", async () => {
    const readme = (body: string) => ({ 'README.md': `# runc\n\n## Introduction\n\n${para('A CLI tool for running containers.')}\n\n## Releases\n\nYou can find official releases of \`runc\` on the [release](https://github.com/o/r/releases) page.\n\n${body}\n` });
    const signed = readme('All releases are signed by one of the keys listed in the [`runc.keyring` file in the root of this repository](runc.keyring).');
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      const c = await control(signed, id, 'tagged');
      expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 7, detail: expect.stringContaining('section "Releases"') }]);
      expect(c.evidence).toContainEqual(expect.objectContaining({ path: 'README.md', line: 11, detail: 'links to runc.keyring' }));
    }
    // Signed, but no key named; or a keyring linked for something else than the releases.
    expect((await control(readme('All releases are signed by the maintainers.'), 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
    expect((await control(readme('Commits are signed; the maintainers keep their keys in [the keyring](maintainers.keyring).'), 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
  });
  it("does not take a tutorial's step that runs the project's own `verify` on the reader's binary for verifying its releases (witness's getting-started); cites INSTALL.md's `cosign verify-blob`", async () => {
    const tutorial = '# Getting Started\n\n## Let\'s Go!\n\n### 8. Verify the Binary Meets Policy Requirements\n\nThis process works across air-gap as long as you have the signed policy file, correct binary, and public key or certificate authority corresponding to the private key that signed the policy.\n\n```shell\nwitness verify -f testapp -a test-att.json -p policy-signed.json -k testpub.pem\n```\n';
    const install = '# Install Witness manually and verify\n\n## Unix-like operating systems\n\n```sh\ncurl -LO https://github.com/acme/witness/releases/download/v${VERSION}/witness_${VERSION}_linux_amd64\ncosign verify-blob --certificate witness.pem --signature witness.sig witness_${VERSION}_linux_amd64\n```\n';
    const run = async (tree: Tree) => {
      const r = makeRepo(tree);
      repos.push(r);
      const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'acme/witness' });
      return result.controls.find((x) => x.id === 'OSPS-DO-03.01');
    };
    expect(await run({ 'README.md': '# witness\n', 'docs/tutorials/getting-started.md': tutorial, 'INSTALL.md': install })).toMatchObject({ status: 'pass', evidence: [{ path: 'INSTALL.md', line: 7 }] });
    expect((await run({ 'README.md': '# witness\n', 'docs/tutorials/getting-started.md': tutorial }))?.status).not.toBe('pass');
  });
  const trap = { 'README.md': `# Tool\n\n## Installation\n\n${para('Download the binary.')}\n\n## Verify Installation\n\n${para('Run tool --version and check that it prints the version you installed.')}\n` };
  it('does not count a "Verify Installation" section (it checks the install works, not the release)', async () => {
    const c = await control(trap, 'OSPS-DO-03.01', 'released-api');
    expect(c.status).toBe('fail');
    expect(c.remediation).toMatch(/cosign|GPG/);
    expect((await control(trap, 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
  });
  it("is attested where a page says the verification instructions are kept elsewhere, and links them (logging-log4j2's download page)", async () => {
    const download = (keys: string) =>
      `# Download\n\nYou can manually download all published Log4j distributions, verify them, and see their licensing information by following the instructions in [the Download page](https://logging.apache.org/download.html) of [Logging Services](https://logging.apache.org).\n\n## Source distribution\n\n| Checksum | [x.zip.sha512](https://downloads.apache.org/logging/x.zip.sha512) |\n${keys}`;
    const files = { 'README.md': '# Log4j\n', 'docs/download.md': download('| Signing keys | [KEYS](https://downloads.apache.org/logging/KEYS) |\n') };
    const integrity = await control(files, 'OSPS-DO-03.01', 'released-api');
    expect([integrity.status, integrity.evidence[0]]).toMatchObject(['attested', { path: 'docs/download.md', line: 3, detail: expect.stringContaining('https://logging.apache.org/download.html') }]);
    const identity = await control(files, 'OSPS-DO-03.02', 'released-api');
    expect([identity.status, identity.evidence.map((e) => e.line)]).toEqual(['attested', [3, 8]]);
    // Who signed is not said without the signers' keys; a link that is not presented as verification instructions is nothing.
    expect((await control({ ...files, 'docs/download.md': download('') }, 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
    expect((await control({ 'README.md': '# Log4j\n\nYou can download all published distributions from [the Download page](https://logging.apache.org/download.html).\n' }, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
  });
  it("is attested where the README's documentation list links the verification instructions by their title (libsodium's \"Integrity Checking\")", async () => {
    const readme = (item: string) => `# Sodium\n\n## Documentation\n\n- [Installation](https://doc.sodium.dev/installation)\n- [Releases](https://download.sodium.dev/releases/)\n${item}\n`;
    const integrity = await control({ 'README.md': readme('- [Integrity Checking](https://doc.sodium.dev/installation#integrity-checking)') }, 'OSPS-DO-03.01', 'released-api');
    expect([integrity.status, integrity.evidence[0]]).toMatchObject(['attested', { path: 'README.md', line: 7, detail: expect.stringContaining('"Integrity Checking"; links to https://doc.sodium.dev/installation#integrity-checking') }]);
    // Integrity checking names no signer; a title that speaks of signatures does.
    expect((await control({ 'README.md': readme('- [Integrity Checking](https://doc.sodium.dev/installation#integrity-checking)') }, 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
    expect((await control({ 'README.md': readme('- [Verifying signatures](https://doc.sodium.dev/installation#verifying-signatures)') }, 'OSPS-DO-03.02', 'released-api')).status).toBe('attested');
    // A feature of the product by the same name, with nothing of releases near it, is no such link.
    expect((await control({ 'README.md': '# Store\n\n## Features\n\n- [Integrity checking](https://doc.sodium.dev/features/integrity)\n' }, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
  });
  it("does not take a threat model's mitigations for instructions to verify releases (goreleaser's THREAT_MODEL.md \"Artifact Integrity\")", async () => {
    const model = (code: string) =>
      `# Threat Modeling Document\n\n## Threats\n\n### Data Integrity & Tampering\n\n${para('An attacker alters release artifacts in transit.')}\n\n## Mitigations\n\n### Artifact Integrity\n\n- Sign release artifacts with GPG or similar tools\n- Verify signatures before distribution\n- Use trusted, access-controlled artifact repositories\n${code}`;
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      expect((await control({ 'README.md': '# Tool\n', 'THREAT_MODEL.md': model('') }, id, 'released-api')).status, id).toBe('fail');
      // The same list under "Mitigations" in SECURITY.md is a mitigation too.
      expect((await control({ 'README.md': '# Tool\n', 'SECURITY.md': model('').replace('# Threat Modeling Document', '# Security') }, id, 'released-api')).status, id).toBe('fail');
    }
    // A mitigation that gives the verification command does tell a user how to verify.
    const cmd = '\n```sh\ncosign verify-blob --certificate-identity https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0 --bundle checksums.txt.sigstore.json checksums.txt\n```\n';
    expect(await control({ 'README.md': '# Tool\n', 'THREAT_MODEL.md': model(cmd) }, 'OSPS-DO-03.01', 'released-api')).toMatchObject({ status: 'pass', evidence: [{ path: 'THREAT_MODEL.md', line: 11 }] });
  });
  it("reads the pages of a Hugo site's content/ folder as docs, not its blog posts (goreleaser's www/hugo.yaml, www/content/)", async () => {
    const verify = '## Verifying the artifacts\n\nAll artifacts are checksummed, and the checksum file is signed with cosign.\n\n```bash\ncosign verify-blob --certificate-identity https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com --bundle checksums.txt.sigstore.json ./checksums.txt\n```\n';
    const files = {
      'README.md': '# Tool\n',
      'www/hugo.yaml': 'baseURL: "https://tool.dev"\ntitle: "Tool"\n',
      'www/content/blog/tool-v2.md': `---\ntitle: Tool v2\n---\n\n${para('This release adds a verify command.')}\n\n${verify}`,
      'www/content/getting-started/install.md': `---\ntitle: Install\n---\n\n${para('Download the archive for your platform from the releases page.')}\n\n${verify}`,
    };
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      const c = await control(files, id, 'released-api');
      expect([c.status, c.evidence[0]], id).toMatchObject(['pass', { path: 'www/content/getting-started/install.md', line: 12 }]);
    }
    // Without the site's configuration, www/content/ is just a folder.
    const { 'www/hugo.yaml': _config, ...bare } = files;
    expect((await control(bare, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
  });
  it('reads the newest release\'s notes when the releases were read: a verification section there passes, with the release page', async () => {
    const state = (await import('../github/fake-github.ts')).defaultState();
    const latest = state.releases.find((r) => r.tag_name === 'v1.2.0');
    if (!latest) throw new Error('fake release v1.2.0 missing');
    latest.body = `## What's Changed\n- Fixes\n\n## Verifying release signatures\n\n${para('The archives are signed with cosign keyless signing; run cosign verify-blob with the certificate identity of our release workflow.')}\n`;
    gh.state = { ...state, owner: 'o', repo: 'r' };
    const r = makeRepo({ 'README.md': '# Tool\n' });
    repos.push(r);
    const { result } = await evaluate(r.root, { level: 3, offline: false, token: 'test-token', repository: 'o/r', apiUrl: gh.baseUrl, defaultBranch: 'main' });
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      const c = result.controls.find((x) => x.id === id);
      expect(c?.status, id).toBe('pass');
      expect(c?.evidence[0], id).toMatchObject({ kind: 'api', url: 'https://github.com/octo-org/demo/releases/tag/v1.2.0' });
      expect(c?.evidence[0].detail, id).toMatch(/section "Verifying release signatures" in the notes of release v1\.2\.0/);
    }
  });
  it('is unknown, not fail, when nothing is found in the tree and the release notes were not read (offline)', async () => {
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      const c = await control(trap, id, 'tagged');
      expect(c.status, id).toBe('unknown');
      expect(c.evidence.map((e) => e.detail).join(' '), id).toMatch(/instructions in the release notes would be on the project's GitHub releases, which were not read \(offline run\)/);
    }
  });
  it("does not count a roadmap item about the product's attestations (gittuf's docs/roadmap.md), by the page's name, title or a Roadmap heading", async () => {
    const item = `### Integrate in-toto Attestations\n\n${para('By integrating support for in-toto attestations, gittuf can also support verification against requirements specified by projects like SLSA.')}\n`;
    const cases: Record<string, string>[] = [
      { 'README.md': '# Tool\n', 'docs/roadmap.md': `# gittuf Roadmap\n\n## Reached\n\n${item}` },
      { 'README.md': '# Tool\n', 'docs/plans.md': `# gittuf Roadmap\n\n## Reached\n\n${item}` },
      { 'README.md': `# Tool\n\n## Project roadmap\n\n${item}` },
    ];
    for (const files of cases)
      for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) expect((await control(files, id, 'tagged')).status, id).toBe('unknown');
  });
  it('passes both with a section on verifying release signatures with cosign', async () => {
    const files = { 'README.md': `# Tool\n\n## Verifying release signatures\n\n${para('Each archive is signed with cosign keyless signing; check the certificate identity.')}\n` };
    const a = await control(files, 'OSPS-DO-03.01');
    expect(a.status).toBe('pass');
    expect(a.evidence[0]).toMatchObject({ path: 'README.md', line: 3 });
    expect((await control(files, 'OSPS-DO-03.02')).status).toBe('pass');
  });
  it('checksums verify integrity but do not identify the author', async () => {
    const files = { 'docs/install.md': `# Install\n\n## Checksums\n\n${para('Compare the SHA256SUMS file against the download.')}\n` };
    expect((await control(files, 'OSPS-DO-03.01', 'tagged')).status).toBe('pass');
    expect((await control(files, 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
  });
  it('a page titled in its front matter: its first heading is a section, not the title', async () => {
    const section = `# Build Attestations\n\n${para('The project provides SLSA provenance attestations for each release of the image; verify them before deploying.')}\n`;
    const titled = { 'docs/security.md': `---\nid: security\ntitle: Security\n---\n\nReport vulnerabilities by e-mail.\n\n${section}` };
    expect((await control(titled, 'OSPS-DO-03.01', 'tagged')).status).toBe('pass');
    // Without front matter, "Build Attestations" is the page's title, which only names a thing.
    expect((await control({ 'docs/security.md': section }, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
  });
  it('a decision record that binaries will not be signed is no verification guide, and says why (dapr ENG-004)', async () => {
    const adr = '# ENG-004: Binary Signing\n\n## Status\nAccepted\n\n## Context\nAuthenticode signing of binaries.\n\n## Decisions\n\n* Binaries will not be signed with Microsoft keys. In future we can revisit to sign the binaries with dapr.io keys.\n\n## Consequences\n\nThis will allow the Dapr releases to be built outside of Microsoft build and release pipelines.\n';
    // Offline the release notes are unread, so nothing found is unknown, not fail; the set-aside sections are still named.
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      const c = await control({ 'docs/decision_records/engineering/ENG-004-signing.md': adr }, id, 'tagged');
      expect(c.status).toBe('unknown');
      expect(c.evidence).toContainEqual(expect.objectContaining({ path: 'docs/decision_records/engineering/ENG-004-signing.md', line: 1, detail: 'section "ENG-004: Binary Signing" is a decision record, not instructions to verify releases' }));
    }
    // The same words outside a decision record: a section that says the binaries are not signed.
    const notSigned = { 'docs/releasing.md': '# Releasing\n\n## Binary signing\n\nBinaries will not be signed with Microsoft keys, so that the releases can be built outside of its pipelines.\n' };
    const c = await control(notSigned, 'OSPS-DO-03.01', 'tagged');
    expect(c.status).toBe('unknown');
    expect(c.evidence).toContainEqual(expect.objectContaining({ path: 'docs/releasing.md', line: 3, detail: 'section "Binary signing" says that releases are not signed' }));
    // dapr's CONTRIBUTING.md: the DCO's "Signing your work" is about contributions, not who made a release.
    const dco = { 'CONTRIBUTING.md': '# Contributing\n\n### Developer Certificate of Origin: Signing your work\n\nEvery commit needs a Signed-off-by line; the DCO bot checks each pull request for it.\n' };
    expect((await control(dco, 'OSPS-DO-03.02', 'tagged')).status).toBe('unknown');
  });
  it('"Signing keys" names the signer; "Function signatures" is not about releases', async () => {
    expect((await control({ 'SECURITY.md': `# Security\n\n## Signing keys\n\n${para('Releases are signed with key 0xABCDEF.')}\n` }, 'OSPS-DO-03.02', 'tagged')).status).toBe('pass');
    expect((await control({ 'docs/api.md': `# API\n\n## Function signatures\n\n${para('Every function takes a context.')}\n` }, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
  });
  it('an ambiguous "Verification" heading counts only with a link naming the technology', async () => {
    const withLink = { 'README.md': `# Tool\n\n## Verification\n\n${para('Use the verifier.')}\nSee [slsa-verifier](https://github.com/slsa-framework/slsa-verifier).\n` };
    const c = await control(withLink, 'OSPS-DO-03.02', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.line === 6 && /slsa-verifier/.test(e.detail))).toBe(true);
    const bare = { 'README.md': `# Tool\n\n## Verification\n\n${para('Use the verifier.')}\n` };
    expect((await control(bare, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
  });
  it.each([
    ['cosign', '## Verify\n\n```sh\ncosign verify-blob tool.tar.gz --bundle tool.tar.gz.sigstore.json \\\n  --certificate-identity https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0 \\\n  --certificate-oidc-issuer https://token.actions.githubusercontent.com\n```\n', 'pass'],
    ['gpg', '## Release artifacts\n\n```\ngpg --import KEYS\ngpg --verify tool.tar.gz.asc tool.tar.gz\n```\n', 'pass'],
    ['slsa-verifier', '## Provenance check\n\n```\nslsa-verifier verify-artifact tool.tar.gz --provenance-path tool.intoto.jsonl --source-uri github.com/o/r\n```\n', 'pass'],
    ['gh attestation', '## Check the download\n\n```\ngh attestation verify tool.tar.gz --owner o\n```\n', 'pass'],
    ['slsa-verifier as downloaded for one platform', '## Install from Releases\n\n```\nslsa-verifier-linux-amd64 verify-artifact tool.tar.gz --provenance-path p.intoto.jsonl --source-uri github.com/o/r\n```\n', 'pass'],
    ['sha256sum -c', '## Verifying the download\n\n```\nsha256sum -c tool.tar.gz.sha256\n```\n', 'fail'],
  ])('a section that is only a code block running %s counts (identity: %s)', async (_tool, section, identity) => {
    const files = { 'README.md': `# Tool\n\n## Installation\n\n${para('Download the archive for your platform.')}\n\n${section}` };
    const a = await control(files, 'OSPS-DO-03.01', 'tagged');
    expect(a.status).toBe('pass');
    // Cited at the line that holds the command, not at the section's heading (line 7).
    const command = /gives the command `([^`]{1,15})/.exec(a.evidence[0].detail ?? '')?.[1] ?? '';
    expect(a.evidence[0]).toMatchObject({ path: 'README.md', line: files['README.md'].split('\n').findIndex((l) => command !== '' && l.includes(command)) + 1 });
    expect(a.evidence[0].line).toBeGreaterThan(7);
    expect((await control(files, 'OSPS-DO-03.02', identity === 'fail' ? 'released-api' : 'tagged')).status).toBe(identity);
  });
  it("a component's README linked from the README counts when its steps verify the project's releases (go-containerregistry's cmd/crane)", async () => {
    const crane = [
      '# `tool`',
      '',
      '## Installation',
      '',
      '### Install from Releases',
      '',
      '1. Download the release.',
      '',
      '   ```sh',
      '   $ curl -sL "https://github.com/o/r/releases/download/${VERSION}/tool_${OS}_${ARCH}.tar.gz" > tool.tar.gz',
      '   ```',
      '',
      '1. Verify the signature. We generate SLSA 3 provenance; install the verification tool and verify as follows:',
      '',
      '   ```sh',
      '   $ slsa-verifier-linux-amd64 verify-artifact tool.tar.gz --provenance-path provenance.intoto.jsonl --source-uri github.com/o/r --source-tag "${VERSION}"',
      '   ```',
      '',
    ].join('\n');
    const files = { 'README.md': `# Tool\n\n## Tools\n\n${para('[`tool`](cmd/tool/README.md) is the command line tool.')}\n`, 'cmd/tool/README.md': crane };
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      const c = await control(files, id, 'tagged');
      expect(c.status).toBe('pass');
      expect(c.evidence[0]).toMatchObject({ path: 'cmd/tool/README.md', line: 16 });
    }
    // A component's usage of its own verify command checks the reader's artifacts, not the project's releases.
    const usage = { 'README.md': '# Tool\n\nSee [the verifier](cmd/check/README.md).\n', 'cmd/check/README.md': '# check\n\n## Check a file\n\n```sh\ncosign verify-blob your-file --bundle your-file.sigstore.json\n```\n' };
    expect((await control(usage, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
  });
  it("does not take a product page's command that checks the user's own files for the project's releases", async () => {
    // A user guide of the product checking what the user pulled (oras's docs: `shasum -c` on pulled files), not a release.
    const guide = '# Pulling files\n\nPull the files of an artifact into a folder.\n\n## Check the pulled files\n\nCompare them with the manifest you wrote.\n\n```sh\nsha256sum -c files.sha256\n```\n';
    expect((await control({ 'README.md': '# Tool\n', 'docs/pulling.md': guide }, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
    // The same command in a section that speaks of the project's releases counts.
    const release = guide.replace('Compare them with the manifest you wrote.', 'Check the release binaries you downloaded.');
    expect((await control({ 'README.md': '# Tool\n', 'docs/pulling.md': release }, 'OSPS-DO-03.01', 'tagged')).status).toBe('pass');
  });
  it('keeps the trap when "Verify Installation" is only a code block running tool --version', async () => {
    const files = { 'README.md': '# Tool\n\n## Installation\n\nDownload the binary for your platform from the releases page.\n\n## Verify Installation\n\n```sh\ntool --version\n```\n' };
    expect((await control(files, 'OSPS-DO-03.01', 'released-api')).status).toBe('fail');
    expect((await control(files, 'OSPS-DO-03.02', 'released-api')).status).toBe('fail');
  });
  it('an ambiguous "Verification" heading counts with inline code naming the technology', async () => {
    const c = await control({ 'README.md': `# Tool\n\n## Verification\n\n${para('Run `slsa-verifier verify-artifact` on the download.')}\n` }, 'OSPS-DO-03.02', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 3 });
  });
  it('Security Insights signature-verification elsewhere is attested; an in-repo link to a file without such a section is attested, not passed', async () => {
    const ext = await control({ 'README.md': '# T\n', 'security-insights.yml': insights({ 'signature-verification': 'https://tool.example.dev/verify' }) }, 'OSPS-DO-03.01', 'tagged');
    expect(ext.status).toBe('attested');
    expect(ext.evidence[0].detail).toContain('project.documentation.signature-verification');
    const inRepo = await control({ ...trap, 'security-insights.yml': insights({ 'signature-verification': 'https://github.com/o/r/blob/main/README.md' }) }, 'OSPS-DO-03.01', 'tagged');
    expect(inRepo.status).toBe('attested');
    expect(inRepo.evidence.some((e) => e.path === 'README.md' && /no section/.test(e.detail))).toBe(true);
  });
  it("GoReleaser's release-notes template (release.header), written into every release, counts at its line in .goreleaser.yaml", async () => {
    const goreleaser = [
      'version: 2',
      'builds:',
      '  - main: .',
      'release:',
      '  prerelease: auto',
      '  header: |',
      '    ## Installation',
      '',
      '    Download one of the pre-built binaries attached to this release.',
      '',
      '    ### Verify checksums file signature',
      '',
      '    The checksums file is signed using Cosign with GitHub OIDC. To validate its signature, run:',
      '',
      '    ```shell',
      '    cosign verify-blob {{ .ProjectName }}-v{{ .Version }}.checksums.txt \\',
      '      --certificate-identity-regexp=https://github.com/{{ .Env.GITHUB_REPOSITORY_OWNER }} \\',
      '      --certificate-oidc-issuer=https://token.actions.githubusercontent.com',
      '    ```',
      'changelog:',
      '  sort: asc',
      '',
    ].join('\n');
    const files = { 'README.md': '# Tool\n', '.goreleaser.yaml': goreleaser };
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) {
      const c = await control(files, id, 'tagged');
      expect(c.status, id).toBe('pass');
      expect(c.evidence[0], id).toMatchObject({ path: '.goreleaser.yaml', line: 11 });
      expect(c.evidence[0].detail, id).toMatch(/section "Verify checksums file signature" \(release-notes template, written into every GitHub release\)/);
    }
    // The same text outside release.header (a comment block, another key) is no release note.
    const elsewhere = goreleaser.replace('release:\n  prerelease: auto\n  header: |', 'notes:\n  prerelease: auto\n  header: |');
    expect((await control({ 'README.md': '# Tool\n', '.goreleaser.yaml': elsewhere }, 'OSPS-DO-03.01', 'tagged')).status).not.toBe('pass');
  });
  it("cites the `gpg --verify` line of a release how-to, not the signing command lines above it (opentelemetry-go's RELEASING.md)", async () => {
    const releasing = [
      '# Release Process',
      '',
      '## Sign artifacts',
      '',
      'Download the `.tar.gz` and `.zip` archives from the tags page for the new release tag.',
      '',
      '```terminal',
      'gpg --local-user $KEY_ID --armor --detach-sign widget-$VERSION.tar.gz',
      'gpg --local-user $KEY_ID --armor --detach-sign widget-$VERSION.zip',
      '```',
      '',
      'You can verify the signatures with:',
      '',
      '```terminal',
      'gpg --verify widget-$VERSION.tar.gz.asc widget-$VERSION.tar.gz',
      '```',
      '',
    ].join('\n');
    const c = await control({ 'README.md': '# Tool\n', 'RELEASING.md': releasing }, 'OSPS-DO-03.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'RELEASING.md', line: 15 }]);
    expect(c.evidence[0].detail).toContain('gives the command `gpg --verify`');
  });
  it("does not pass 03.02 on a release manager's step that signs with their own key and checks it (opentelemetry-go's \"Sign artifacts\"), unless it names the key", async () => {
    const releasing = (said: string) =>
      `# Release Process\n\n## Sign artifacts\n\n${said}\n\n\`\`\`terminal\ngpg --local-user $KEY_ID --armor --detach-sign widget-$VERSION.tar.gz\n\`\`\`\n\nYou can verify the signatures with:\n\n\`\`\`terminal\ngpg --verify widget-$VERSION.tar.gz.asc widget-$VERSION.tar.gz\n\`\`\`\n`;
    const own = { 'README.md': '# Tool\n', 'RELEASING.md': releasing('Both archives need to be signed with your GPG key.') };
    expect((await control(own, 'OSPS-DO-03.02', 'tagged')).status).toBe('unknown');
    // Integrity: the command still checks the archive against its signature.
    expect((await control(own, 'OSPS-DO-03.01', 'tagged')).status).toBe('pass');
    // A step that names the key the releases are signed with says whom a good signature comes from.
    const named = { 'README.md': '# Tool\n', 'RELEASING.md': releasing('Releases are signed with the project key 5dd80b0ddccbe005f0a47fd66751e1a6e2001b8d.') };
    expect((await control(named, 'OSPS-DO-03.02', 'tagged')).status).toBe('pass');
  });
  it('fails when signature-verification links into the repository at nothing', async () => {
    const c = await control(
      { 'README.md': `# T\n\n## Verifying releases\n\n${para('Run cosign verify-blob.')}\n`, 'security-insights.yml': insights({ 'signature-verification': 'https://github.com/o/r/blob/main/docs/verify.md' }) },
      'OSPS-DO-03.01',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toMatch(/signature-verification.*not in the repository/);
  });
});

describe('OSPS-DO-04.01 on a versioning page (grpc-go)', () => {
  it('passes on "patch releases to the previous two minor releases" in Documentation/versioning.md, not on the same words in a product page', async () => {
    const page = '# Versioning and Releases\n\n## Release Frequency\n\nRegular MINOR releases are performed every six weeks.  Patch releases\nto the previous two MINOR releases may be performed on demand or if serious\nsecurity problems are discovered.\n';
    const c = await control({ 'Documentation/versioning.md': page }, 'OSPS-DO-04.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'Documentation/versioning.md', line: 5 }]);
    expect((await control({ 'Documentation/keepalive.md': page }, 'OSPS-DO-04.01', 'tagged')).status).toBe('fail');
  });
  it('OSPS-DO-05.01 passes on the same sentence: patch releases for security problems go to the previous two minor releases', async () => {
    const page = '# Versioning and Releases\n\n## Release Frequency\n\nRegular MINOR releases are performed every six weeks.  Patch releases\nto the previous two MINOR releases may be performed on demand or if serious\nsecurity problems are discovered.\n';
    const c = await control({ 'Documentation/versioning.md': page }, 'OSPS-DO-05.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'Documentation/versioning.md', line: 5 }]);
    // Patch releases without a word of security say nothing of security updates.
    const plain = page.replace('or if serious\nsecurity problems are discovered', 'or for regressions');
    expect((await control({ 'Documentation/versioning.md': plain }, 'OSPS-DO-05.01', 'tagged')).status).toBe('fail');
  });
});

describe("OSPS-DO-05.01: one release's notes and a table of end-of-life dates (envoyproxy/gateway)", () => {
  const notes = '---\ntitle: "v1.4.5"\n---\n\nDate: October 15, 2025\n\n## Security updates\n\n- Bumped golang to 1.24.9 to fix the crypto/x509 regression.\n\n## Bug fixes\n\n- Fixed an issue where a route caused a panic.\n';
  const schedule = (first: string) =>
    `# Release Announcements\n\nThis document provides details for Widget releases.\n\n## Release Schedule\n\nWidget releases are produced on a fixed schedule, every quarter.\n\n| ${first} |  Expected  |   Actual   | End of Life |\n|:-------:|:----------:|:----------:|:-----------:|\n|  1.8.x  | 2026/04/29 | 2026/05/14 | 2026/11/14  |\n|  1.9.x  | 2026/07/29 | 2026/08/14 | 2027/02/14  |\n`;
  it("does not take a release note's \"Security updates\" (its fixes) for the end of security updates, and passes on the table's end-of-life column", async () => {
    const only = await control({ 'README.md': '# Widget\n', 'docs/releases/notes/v1.4.5.md': notes }, 'OSPS-DO-05.01', 'tagged');
    expect(only.status).toBe('fail');
    const c = await control({ 'README.md': '# Widget\n', 'docs/releases/notes/v1.4.5.md': notes, 'docs/releases/_index.md': schedule('Version') }, 'OSPS-DO-05.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/releases/_index.md', line: 9, detail: expect.stringContaining('a table of versions with an end-of-life column: "| Version | Expected | Actual | End of Life |" (section "Release Schedule")') }]);
  });
  it("does not take a runtime's end-of-life table for the project's", async () => {
    const c = await control({ 'README.md': '# Widget\n', 'docs/releases/_index.md': schedule('Kubernetes version') }, 'OSPS-DO-05.01', 'tagged');
    expect(c.status).toBe('fail');
  });
});

describe('OSPS-DO-04.01 / 05.01 on a root VERSIONING.md (controller-runtime)', () => {
  const page = '# Versioning and Branching\n\nWe create a minor version for each Kubernetes minor version.\n\n## Compatibility and Release Support\n\nFor release branches, we generally tend to support backporting one (1)\nmajor release (`release-{X-1}` or `release-0.{Y-1}`), but may go back\nfurther if the need arises and is very pressing (e.g. security updates).\n';
  it.each(['OSPS-DO-04.01', 'OSPS-DO-05.01'])('%s passes on its "Release Support" section: the file speaks for the project', async (id) => {
    const c = await control({ 'README.md': '# T\n', 'VERSIONING.md': page }, id, 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'VERSIONING.md', line: 5, detail: expect.stringContaining('(project document)') }]);
  });
  it.each(['OSPS-DO-04.01', 'OSPS-DO-05.01'])("%s: a release team's task \"Update supported versions\" states no support (cluster-api's role handbook)", async (id) => {
    const handbook = '# Communications\n\n## Tasks\n\n### Update supported versions\n\n1. Update supported versions in versions.md for the new release branch, and the table of maintained releases.\n   Prior art: the pull request of the previous release.\n';
    expect((await control({ 'README.md': '# T\n', 'docs/release/role-handbooks/communications/README.md': handbook }, id, 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': '# T\n', 'VERSIONING.md': page }, id, 'tagged')).status).toBe('pass');
  });
  it('under docs/ it may be the product\'s page, as docs/maintenance.md may: its section alone does not count', async () => {
    expect((await control({ 'README.md': '# T\n', 'docs/VERSIONING.md': page }, 'OSPS-DO-04.01', 'tagged')).status).toBe('fail');
  });
});

describe("a Maven site's xdoc pages (apache/commons-lang)", () => {
  const issues = `<?xml version="1.0"?>
<!-- Licensed to the Apache Software Foundation (ASF) -->
<document xmlns="http://maven.apache.org/XDOC/2.0"
  xsi:schemaLocation="http://maven.apache.org/XDOC/2.0 https://maven.apache.org/xsd/xdoc-2.0.xsd">
  <properties>
    <title>Apache Commons Lang Issue tracking</title>
  </properties>
  <body>
    <section name="Apache Commons Lang Issue tracking">
      <p>
      Apache Commons Lang uses <a href="https://issues.apache.org/jira/">ASF JIRA</a> for tracking issues.
      </p>
      <p>
      If you would like to report a bug, or raise an enhancement request with
      Apache Commons Lang please do the following:
      </p>
      <ol>
        <li>Decide if your issue is a bug or an enhancement.</li>
        <li>Submit either a <a href="https://issues.apache.org/jira/secure/CreateIssueDetails!init.jspa?pid=12310481&amp;issuetype=1">bug report</a>.</li>
      </ol>
    </section>
  </body>
</document>
`;
  const download = `<document>
  <body>
    <section name="Download Apache Commons Lang">
    <subsection name="Using a Mirror">
      <p>
        We recommend you use a mirror to download our release
        builds, but you <strong>must</strong> <a href="https://www.apache.org/info/verification.html">verify the integrity</a> of
        the downloaded files using signatures downloaded from our main
        distribution directories.
      </p>
    </subsection>
    </section>
  </body>
</document>
`;
  const site = { 'README.md': '# Apache Commons Lang\n', 'src/site/site.xml': '<project name="Commons Lang"></project>\n', 'src/site/xdoc/issue-tracking.xml': issues, 'src/site/xdoc/download_lang.xml': download };
  it('OSPS-DO-02.01 passes on the issue-tracking page that says how to report a bug; OSPS-DO-03.01 on the download page that says to verify with signatures', async () => {
    const bugs = await control(site, 'OSPS-DO-02.01', 'tagged');
    expect([bugs.status, bugs.evidence[0]]).toMatchObject(['pass', { path: 'src/site/xdoc/issue-tracking.xml', line: 9 }]);
    const verify = await control(site, 'OSPS-DO-03.01', 'tagged');
    expect([verify.status, verify.evidence[0]]).toMatchObject(['pass', { path: 'src/site/xdoc/download_lang.xml', line: 6 }]);
    expect(verify.evidence[0].detail).toContain('verify the integrity of the downloaded files using signatures');
  });
  it("OSPS-DO-03.02 passes on the download page that says to verify the signature and links the KEYS that sign releases (commons-text), not without the keys", async () => {
    const keys = download.replace('</subsection>', '  <p>\n        The <a href="https://downloads.apache.org/commons/KEYS">KEYS</a>\n        file contains the public PGP keys used by Apache Commons developers\n        to sign releases.\n      </p>\n    </subsection>');
    const who = await control({ ...site, 'src/site/xdoc/download_lang.xml': keys }, 'OSPS-DO-03.02', 'tagged');
    expect([who.status, who.evidence[0]]).toMatchObject(['pass', { path: 'src/site/xdoc/download_lang.xml', line: 12, detail: expect.stringContaining('https://downloads.apache.org/commons/KEYS') }]);
    expect((await control(site, 'OSPS-DO-03.02', 'tagged')).status).not.toBe('pass');
  });
  it('near misses: without src/site/site.xml the XML is no site page, and the download page is no user guide', async () => {
    const bare = { 'README.md': site['README.md'], 'src/site/xdoc/issue-tracking.xml': issues, 'src/site/xdoc/download_lang.xml': download };
    expect((await control(bare, 'OSPS-DO-02.01', 'tagged')).status).not.toBe('pass');
    expect((await control(bare, 'OSPS-DO-03.01', 'tagged')).status).not.toBe('pass');
    expect((await control(site, 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
  });
  const guide = (title: string, body: string) => `<?xml version="1.0"?>
<document xmlns="http://maven.apache.org/XDOC/2.0">
  <properties>
    <title>${title}</title>
  </properties>
  <body>
${body}
  </body>
</document>
`;
  const notes = `    <section name="General Notes">
      <subsection name="Archivers and Compressors">
        <p>Commons Compress calls all formats that compress a single stream of data compressor formats while all formats that
        collect multiple entries inside a single (potentially compressed) archive are archiver formats.</p>
        <source>ArchiveInputStream input = new ArchiveStreamFactory().createArchiveInputStream(originalInput);</source>
        <p>The stream factory detects the format of the archive from its first bytes, so that a caller need not know it in
        advance; each entry is read in turn with getNextEntry until it returns null.</p>
      </subsection>
    </section>`;
  it("OSPS-DO-01.01 passes on the site's page titled as its user guide (commons-compress's examples.xml, commons-io's description.xml)", async () => {
    const c = await control({ ...site, 'src/site/xdoc/examples.xml': guide('Commons Compress User Guide', notes) }, 'OSPS-DO-01.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'src/site/xdoc/examples.xml', line: 4, detail: expect.stringContaining('Commons Compress User Guide') }]);
  });
  it("near misses: a page of that name titled otherwise, or a user guide page that only says the guide moved (commons-lang's userguide.xml), is no user guide", async () => {
    expect((await control({ ...site, 'src/site/xdoc/examples.xml': guide('Examples of the build', notes) }, 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
    const moved = guide('Commons Lang - User guide', '    <section name="User guide">\n      <p>The User Guide has moved to the package <a href="apidocs/package-summary.html">Javadoc</a>.</p>\n    </section>');
    expect((await control({ ...site, 'src/site/xdoc/userguide.xml': moved }, 'OSPS-DO-01.01', 'tagged')).status).toBe('fail');
  });
});

describe("OSPS-DO-04.01 / 05.01 and GitHub's SECURITY.md template", () => {
  const template = `# Security Policy

## Supported Versions

Use this section to tell people about which versions of your project are
currently being supported with security updates.

| Version | Supported          |
| ------- | ------------------ |
| 5.1.x   | :white_check_mark: |
| 5.0.x   | :x:                |
| 4.0.x   | :white_check_mark: |
| < 4.0   | :x:                |

## Reporting a Vulnerability

Use this section to tell people how to report a vulnerability.

Tell them where to go, how often they can expect to get an update on a
reported vulnerability, what to expect if the vulnerability is accepted or
declined, etc.
`;
  it('fails as template text not filled in, released or not', async () => {
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      for (const mode of ['tagged', 'unknown', 'none'] as const) {
        const c = await control({ 'SECURITY.md': template }, id, mode);
        expect(c.status, `${id} ${mode}`).toBe('fail');
        expect(c.evidence[0]).toMatchObject({ path: 'SECURITY.md', line: 3 });
        expect(c.evidence[0].detail).toMatch(/template text not filled in/);
        expect(c.remediation).toMatch(/Replace the template text/);
      }
    }
  });
  it('passes when another document states the support policy', async () => {
    const c = await control({ 'SECURITY.md': template, 'SUPPORT.md': '# Support\n\n## Support policy\n\nThe latest two minor releases are supported for twelve months each.\n' }, 'OSPS-DO-04.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'SUPPORT.md' });
  });
});

describe('OSPS-DO-04.01 / 05.01 support and security updates', () => {
  const security = { 'SECURITY.md': '# Security\n\n## Supported Versions\n\nOnly the latest minor release receives security updates; older ones stop when a new minor ships.\n\n| Version | Supported |\n|---|---|\n| 2.x | yes |\n' };
  it("cites the page named for the policy (fastify's docs/Reference/LTS.md) before a migration guide's note that sorts first", async () => {
    const files = {
      'docs/Guides/Migration-Guide-V5.md': '# V5 Migration Guide\n\n## Long Term Support Cycle\n\nFastify v5 will only support Node.js v20+. Fastify v4 is still supported until June 30, 2025.\n',
      'docs/Reference/LTS.md': '# Long Term Support\n\nMajor releases are supported for a minimum period of six months from their release date, and receive security updates for an additional six months.\n',
    };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = await control(files, id, 'tagged');
      expect([c.status, c.evidence[0]], id).toMatchObject(['pass', { path: 'docs/Reference/LTS.md', line: 1 }]);
    }
  });
  it("reads the site's support page before the copies of older documentation versions past the pages cap (projectcontour/contour's site/content/docs/v1.0.0/ … 1.33/)", async () => {
    const guide = (v: string, n: number) => [`site/content/docs/${v}/guides/guide-${n}.md`, `# Guide ${n}\n\nHow to deploy the proxy with release ${v}, step ${n}.\n`];
    const files = {
      ...Object.fromEntries([...Array.from({ length: 170 }, (_, n) => guide('1.0', n)), ...Array.from({ length: 170 }, (_, n) => guide('1.1', n)), guide('1.2', 0)]),
      'site/content/resources/support.md': '---\ntitle: Support Policy\n---\n\n## Supported releases\n\nThe project supports a single release track at a time: when a new release is published, the previous release is no longer supported and receives no security fixes.\n',
    };
    const c = await control(files, 'OSPS-DO-04.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'site/content/resources/support.md' }]);
  });
  it("is unknown, not failed, when SECURITY.md only hands the policy to a page elsewhere (kyverno's, cert-manager's community repository)", async () => {
    const pointer = '# Security Policy\n\nThe project follows the security practices published and maintained at https://github.com/tool-org/community/blob/main/SECURITY.md.\n';
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = await control({ 'README.md': '# Tool\n', 'SECURITY.md': pointer }, id, 'tagged');
      expect([c.status, c.evidence[0]], id).toMatchObject(['unknown', { path: 'SECURITY.md', line: 3, detail: expect.stringContaining('https://github.com/tool-org/community/blob/main/SECURITY.md') }]);
    }
    // A policy of its own that says nothing on supported versions still fails.
    const own = `# Security Policy\n\n## Reporting\n\n${para('Report vulnerabilities by e-mail to security@tool.example; see https://github.com/tool-org/community/blob/main/SECURITY.md for the process.')}\n${para('We answer within three days.')}\n${para('Fixes are released as soon as they are ready.')}\n`;
    expect((await control({ 'README.md': '# Tool\n', 'SECURITY.md': own }, 'OSPS-DO-05.01', 'tagged')).status).toBe('fail');
  });
  it("is unknown, not failed, with no SECURITY.md when the README's security section links the owner's default policy (express)", async () => {
    const readme = '# Tool\n\nA tool.\n\n## Security Issues\n\nIf you discover a security vulnerability in Tool, please see [Security Policies and Procedures](https://github.com/o/r/security/policy).\n';
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = await control({ 'README.md': readme }, id, 'tagged');
      expect([c.status, c.evidence[0]], id).toMatchObject(['unknown', { path: 'README.md', line: 7, detail: expect.stringContaining("owner's default") }]);
      // The note names the file that hands the policy over: there is no SECURITY.md (eslint/js's README "Security Policy").
      expect(c.evidence.map((e) => e.detail).join('\n'), id).toMatch(/whose README\.md hands the security policy/);
      expect(c.evidence.map((e) => e.detail).join('\n'), id).not.toMatch(/SECURITY\.md hands/);
    }
    // No policy anywhere: still a fail.
    expect((await control({ 'README.md': '# Tool\n\nA tool.\n' }, 'OSPS-DO-05.01', 'tagged')).status).toBe('fail');
  });
  it("is unknown, not failed, with no SECURITY.md of its own when the owner's .github repository has one, which GitHub shows (minimatch's isaacs/.github)", async () => {
    const r = makeRepo({ 'README.md': '# Tool\n\nA tool.\n' }, { git: true, tag: 'v1.0.0' });
    repos.push(r);
    const state = (await import('../github/fake-github.ts')).defaultState();
    const run = async (orgHealthPaths: string[] | null) => {
      gh.state = { ...state, owner: 'o', repo: 'r', orgHealthPaths };
      return (await evaluate(r.root, { level: 3, offline: false, token: 'test-token', repository: 'o/r', apiUrl: gh.baseUrl, defaultBranch: 'main' })).result.controls;
    };
    const inherited = await run(['.github/SECURITY.md', 'profile/README.md']);
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = inherited.find((x) => x.id === id);
      expect([c?.status, c?.evidence[0]], id).toMatchObject(['unknown', { kind: 'api', detail: expect.stringContaining(".github/SECURITY.md in o/.github, the owner's default") }]);
    }
    // An owner's .github repository without a SECURITY.md, or none at all: the fail stands.
    for (const paths of [['profile/README.md'], null]) expect((await run(paths)).find((x) => x.id === 'OSPS-DO-05.01')?.status).toBe('fail');
  });
  it('a "Supported Versions" section in SECURITY.md passes both', async () => {
    const a = await control(security, 'OSPS-DO-04.01', 'tagged');
    expect(a.status).toBe('pass');
    expect(a.evidence[0]).toMatchObject({ path: 'SECURITY.md', line: 3 });
    expect((await control(security, 'OSPS-DO-05.01', 'tagged')).status).toBe('pass');
  });
  it('a "Supported Versions" section of minimum toolchain versions (or "officially supports Python 3.10+") passes neither', async () => {
    for (const body of ['The minimum Swift version supported by widget releases are detailed below:\n\nwidget | Minimum Swift Version\n---|---\n1.0 | 5.7\n', 'Widget is available on PyPI.\n\nWidget officially supports Python 3.10+.\n'])
      for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect((await control({ 'README.md': `# Widget\n\nA tool.\n\n## Supported Versions\n\n${body}` }, id, 'tagged')).status, id).toBe('fail');
  });
  it("a sentence on which versions of Go or Kubernetes are supported states compatibility, not support (rhysd/actionlint's docs/install.md)", async () => {
    const build = (sentence: string) => ({ 'README.md': '# Widget\n\nA linter.\n', 'docs/install.md': `# Installation\n\n## Build from source\n\nRecent Go toolchain is necessary to build widget from source. ${sentence}\n` });
    for (const sentence of ['Last two major versions of Go are supported.', 'The last three minor versions of Kubernetes are supported.'])
      expect((await control(build(sentence), 'OSPS-DO-04.01', 'tagged')).status, sentence).toBe('fail');
    // The project's own releases, in the same words, still state its support.
    const own = { 'README.md': '# Widget\n\nA linter.\n\n## Widget 2\n\nThe last two major versions of Widget are supported.\n' };
    expect(await control(own, 'OSPS-DO-04.01', 'tagged')).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 7 }] });
  });
  it("a \"Support Policy\" that is a table of the Kubernetes versions releases run on passes neither (policy-controller's README)", async () => {
    const table = '|  | widget `> 0.2.x` | widget `> 0.10.x` |\n|---|:---:|:---:|\n| Kubernetes 1.23 | ✓ |   |\n| Kubernetes 1.29 |   | ✓ |\n\nnote: not fully tested yet, but can be installed\n';
    const readme = { 'README.md': `# Widget\n\nAn admission controller.\n\n## Support Policy\n\nWidget's versions are able to run in the following versions of Kubernetes:\n\n${table}` };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect((await control(readme, id, 'tagged')).status, id).toBe('fail');
    // With the fixes its own releases get, the same section states support.
    const own = { 'README.md': `# Widget\n\nAn admission controller.\n\n## Support Policy\n\nThe latest two minor releases receive security fixes. Widget's versions are able to run in the following versions of Kubernetes:\n\n${table}` };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect(await control(own, id, 'tagged'), id).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5 }] });
  });
  it("a README table of the format versions a library reads and writes passes neither (protobom's \"Supported Versions and Formats\")", async () => {
    const table = '| Format | Version | Encoding | Read | Write |\n| --- | --- | --- | --- | --- |\n| SPDX | 2.3 | JSON | supported | supported |\n| CycloneDX | 1.6 | JSON | supported | planned |\n';
    const readme = { 'README.md': `# Widget\n\nA library.\n\n## Supported Versions and Formats\n\nThe following table summarizes the current support for formats and encodings in the library.\n\n${table}` };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect((await control(readme, id, 'tagged')).status, id).toBe('fail');
    // The project's own versions, with the fixes each gets, still pass.
    const own = { 'README.md': '# Widget\n\nA library.\n\n## Supported Versions\n\nOnly the latest minor release receives security fixes.\n\n| Version | Supported |\n|---|---|\n| 2.x | :white_check_mark: |\n' };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect(await control(own, id, 'tagged'), id).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5 }] });
  });
  it("a product page's \"Long term support\" for one feature, naming no release, passes neither (kustomize's helmCharts.md)", async () => {
    const page = {
      'README.md': '# Widget\n\nA tool.\n',
      'docs/reference/charts.md': `# Charts\n\nWidget has limited support for chart inflation.\n\n## Long term support\n\n${para('The chart generator in widget is intended to be a limited subset of chart features to help with getting started, and we cannot support the entire feature set.')}\n\n### The current builtin\n\nFor enhancements to the chart generator, we will only support the following changes:\n\n- bug fixes\n- critical security issues\n`,
    };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect((await control(page, id, 'tagged')).status, id).toBe('fail');
  });
  it('a runtime "Support Matrix" passes neither; "no supportability commitment" is no end of security updates', async () => {
    const matrix = "Widget follows the runtime's own support policy, with support for about one year after EOL of a runtime version.\n\n| Supported runtime Ruby version | Last supported Widget version |\n|---|---|\n| 2.6 | 1.50 |\n| 2.7 | - |\n";
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect((await control({ 'docs/compatibility.md': `# Compatibility\n\n## Support Matrix\n\n${matrix}` }, id, 'tagged')).status, id).toBe('fail');
    const none = { 'SECURITY.md': '# Security Policy\n\n## Supported Versions\n\nThis is an open source project that is provided as-is without warranty or liability. As such, there is no supportability commitment.\n' };
    const vague = await control(none, 'OSPS-DO-05.01', 'tagged');
    expect(vague.status).toBe('fail');
    expect(vague.evidence[0].detail).toContain('section "Supported Versions" in SECURITY.md names no release, version or period');
    // cobra's: security fixes only for the most recent major release bounds them to one release line.
    const recent = { 'SECURITY.md': '# Security Policy\n\n## Supported Versions\n\nSecurity fixes will typically only be released for the most recent major release.\n' };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect(await control(recent, id, 'tagged'), id).toMatchObject({ status: 'pass', evidence: [{ path: 'SECURITY.md', line: 3 }] });
    // A product page's "Exit on EOL" feature, and a "Release Policy" that is only semantic versioning.
    const pages = { 'docs/guide/others.md': `# Others\n\n## Exit on EOL\n\n${para('Widget exits with an error when the scanned OS has reached its end of life.')}\n`, 'docs/versioning.md': `# Versioning\n\n## Release Policy\n\n${para('We follow Semantic Versioning; bug-fix releases address only serious bugs.')}\n` };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect((await control(pages, id, 'tagged')).status, id).toBe('fail');
  });
  it('"current users" in a "Supported Versions" section bounds no release (cJSON\'s SECURITY.md); "the current release" does', async () => {
    const section = (s: string) => ({ 'SECURITY.md': `# Security Policy\n\n## Supported Versions\n\nSecurity is of the highest importance and all vulnerabilities should be reported privately, to minimize attacks against current users before they are fixed. ${s}\n` });
    const c = await control(section('Vulnerabilities will be investigated and patched on the next patch (or minor) release as soon as possible.'), 'OSPS-DO-05.01', 'tagged');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toContain('section "Supported Versions" in SECURITY.md names no release, version or period');
    const bounded = await control(section('Only the current release receives security fixes.'), 'OSPS-DO-05.01', 'tagged');
    expect([bounded.status, bounded.evidence[0]]).toMatchObject(['pass', { path: 'SECURITY.md', line: 3 }]);
  });
  it("a \"Security Updates\" section that only says a fix triggers a release passes neither (openfga's RELEASES.md)", async () => {
    const releases = { 'RELEASES.md': '# Releases\n\nThis document describes the release process.\n\n## Release Requirements\n\n### Security Updates and Bugfixes\n\nChanges made to address a known vulnerability or security issue will trigger a release as soon as the changes have been tested and are considered production-ready. A CVE will also be issued if relevant.\n' };
    const c = await control(releases, 'OSPS-DO-05.01', 'tagged');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toContain('section "Security Updates and Bugfixes" in RELEASES.md');
  });
  it("nats-server's RELEASES.md, a release workflow with no release listed: its \"current and previous minor series\" sentence passes both", async () => {
    const releases = [
      '# Release Workflow',
      '',
      '- As of NATS 2.11, the server follows a 6-month release cycle. 2.11 was released in March 2025.',
      '- Version tagging follows semantic versioning with security fixes clearly marked.',
      '- The current and previous minor series are supported in terms of bug fixes and security patches.',
      '- Preview releases for the next minor version, e.g. 2.14.0, become available once feature development is complete.',
      '',
    ].join('\n');
    const files = { 'README.md': '# Widget\n\nA server.\n', 'RELEASES.md': releases };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = await control(files, id, 'tagged');
      expect(c, id).toMatchObject({ status: 'pass', evidence: [{ path: 'RELEASES.md', line: 5 }] });
      expect(c.evidence[0].detail, id).toContain('current and previous minor series');
    }
  });
  it('a "Support Horizon" section of a RELEASES.md passes both', async () => {
    const files = { 'README.md': '# Widget\n\nA runtime.\n', 'RELEASES.md': `# Versioning and Release\n\n### Support Horizon\n\n${para('Regular releases will be supported for 8 months; the extended period accepts only security patches.')}\n` };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect(await control(files, id, 'tagged'), id).toMatchObject({ status: 'pass', evidence: [{ path: 'RELEASES.md', line: 3 }] });
  });
  it('a dated statement of fixes counts whatever its heading, but not in a changelog entry or a product guide', async () => {
    const stated = 'Widget v3 will receive bug fixes until July 8th 2026; security fixes will be applied until November 11th 2026.';
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = await control({ 'README.md': `# Widget\n\nA tool.\n\n## Widget v3\n\n${stated}\n` }, id, 'tagged');
      expect(c, id).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 7 }] });
      expect(c.evidence[0].detail).toContain(id === 'OSPS-DO-04.01' ? 'bug fixes until July 8th 2026' : 'security fixes will be applied until November 11th 2026');
      const entry = 'Fixed a bug where security updates were retried until the daemon restarted.';
      const files = { 'README.md': '# Widget\n\nA tool.\n', 'CHANGELOG.md': `# Changelog\n\n## v1.2.0\n\n${para(entry)}\n`, 'docs/guide.md': `# Guide\n\n## Retries\n\n${para(entry)}\n` };
      expect((await control(files, id, 'tagged')).status, id).toBe('fail');
    }
  });
  it("a sentence on when a report may be disclosed is no support statement; a \"Version Guidance\" table of end-of-life dates is one (guzzle's README)", async () => {
    const security = '## Security\n\nIf you discover a security vulnerability, please send an email to security@widget.dev. Please do not disclose security-related issues publicly until a fix has been announced.\n';
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect((await control({ 'README.md': `# Widget\n\nA client.\n\n${security}` }, id, 'tagged')).status, id).toBe('fail');
    const table = '| Version | Status | PHP Version |\n|---|---|---|\n| 6.x | EOL (2023-10-31) | >=5.5,<8.0 |\n| 7.x | Latest | >=7.2.5,<8.4 |\n';
    const readme = `# Widget\n\nA client.\n\n## Version Guidance\n\n${table}\n${security}`;
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect(await control({ 'README.md': readme }, id, 'tagged'), id).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5 }] });
  });
  it('a window counted in releases bounds the fixes too (etcd\'s branch management); DO-05.01 needs them to be security fixes', async () => {
    const page = '# Branch management\n\n### Stable branches\n\nAfter every minor release we cut a stable branch. We will keep fixing the backward-compatible bugs for the latest two stable releases.\n';
    const c = await control({ 'docs/contributor-guide/branch_management.md': page }, 'OSPS-DO-04.01', 'tagged');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/contributor-guide/branch_management.md', line: 5 }] });
    expect(c.evidence[0].detail).toContain('for the latest two stable releases');
    expect((await control({ 'docs/contributor-guide/branch_management.md': page }, 'OSPS-DO-05.01', 'tagged')).status).toBe('fail');
  });
  it('a "maintenance policy" section of a product page speaks for the project (logging-log4j2\'s versioning.adoc); a product\'s "Version lifecycle" does not', async () => {
    const policy = '== Version lifecycle and maintenance policy\n\nActive maintenance (AM):: Only bug fixes and security fixes. Only the latest minor release of the latest major version remains in Active Maintenance.\n\nEnd-of-life (EOL):: The version is no longer maintained, and vulnerability reports are not accepted.\n';
    const page = 'src/site/antora/modules/ROOT/pages/versioning.adoc';
    const files = { 'src/site/antora/antora.yml': 'name: home\n', [page]: `= Versioning and maintenance policy\n\n== Versioning policy\n\n${para('Releases follow semantic versioning.')}\n\n${policy}` };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect(await control(files, id, 'tagged'), id).toMatchObject({ status: 'pass', evidence: [{ path: page, line: 7 }] });
    // A product's API versions have a lifecycle too: not the project's support.
    const product = { 'docs/api.md': `# API\n\n## Version lifecycle\n\n${para('Each API version is maintained until the next one ships; fixes are backported to the latest two versions.')}\n` };
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect((await control(product, id, 'tagged')).status, id).toBe('fail');
  });
  it("a \"Version Support Policy\" section of CONTRIBUTING.md counts (clap's table of major versions, their support and end of life)", async () => {
    const table = '| Version | Status | Support | End-of-Life |\n|---|---|---|---|\n| v4 | active | Features and bug fixes target `master` by default | TBD |\n| v3 | maintenance | Accepting trivial cherry-picks and fixes for ecosystem-wide showstoppers | TBD |\n| v1 | unsupported | - | - |\n';
    const guide = `# How to Contribute\n\n## General Overview\n\n### Version Support Policy\n\n${para('We hope to support multiple major versions.')}\n\n${table}\nWe will give at least a 2 month warning before changing the support status.\n`;
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) expect(await control({ 'CONTRIBUTING.md': guide }, id, 'tagged'), id).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 5 }] });
    // A contribution guide's "Getting support" is where to ask for help, not a policy.
    expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Getting support\n\n${para('Ask in GitHub Discussions.')}\n` }, 'OSPS-DO-04.01', 'tagged')).status).toBe('fail');
  });
  it('"Component lifecycle" in docs/ is not a support lifecycle', async () => {
    expect((await control({ 'docs/components.md': `# Components\n\n## Component lifecycle\n\n${para('Mount, update, unmount.')}\n` }, 'OSPS-DO-04.01', 'tagged')).status).toBe('fail');
  });
  it('a SUPPORT.md about getting help is not a support policy', async () => {
    const files = { 'SUPPORT.md': `# Support\n\n## Getting support\n\n${para('Ask in GitHub Discussions.')}\n` };
    expect((await control(files, 'OSPS-DO-04.01', 'tagged')).status).toBe('fail');
    expect((await control(files, 'OSPS-DO-05.01', 'tagged')).status).toBe('fail');
  });
  it('a "Supported Versions" section that only links to a website is attested; one that also states the policy passes', async () => {
    const see = 'Please see [our support policy](https://widget.dev/docs/releases#support-policy) for information on supported versions for security releases.';
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = await control({ 'SECURITY.md': `# Security Policy\n\n## Supported Versions\n\n${see}\n` }, id, 'tagged');
      expect(c, id).toMatchObject({ status: 'attested', evidence: [{ path: 'SECURITY.md', line: 5 }] });
      expect(c.evidence[0].detail).toContain('https://widget.dev/docs/releases#support-policy');
      const stated = `Only the latest minor release receives security updates until the next one ships. ${see}`;
      expect((await control({ 'SECURITY.md': `# Security Policy\n\n## Supported Versions\n\n${stated}\n` }, id, 'tagged')).status, id).toBe('pass');
    }
  });
  it('a sentence that ships security fixes in the latest release line alone states when a line stops getting them, under any heading (a SECURITY.md\'s "Reporting a Vulnerability")', async () => {
    const security = (s: string) => `# Security Policy\n\n## Reporting a Vulnerability\n\nPlease report suspected vulnerabilities privately through GitHub Security Advisories.\n\n${s}\n`;
    const stated = 'Security fixes are published in the latest release line. Older major versions may receive fixes at maintainer discretion.';
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = await control({ 'SECURITY.md': security(stated) }, id, 'tagged');
      expect([c.status, c.evidence[0]], id).toMatchObject(['pass', { path: 'SECURITY.md', line: 7, detail: expect.stringContaining('published in the latest release line') }]);
      expect((await control({ 'SECURITY.md': security('Only the latest minor version receives security fixes.') }, id, 'tagged')).status, id).toBe('pass');
      // Where fixes are announced is not which releases get them.
      expect((await control({ 'SECURITY.md': security('Security fixes are published in the latest release notes.') }, id, 'tagged')).status, id).toBe('fail');
    }
  });
  it("a \"Supported Versions\" pointer stays attested under the document's link reference definitions, which no reader sees (kubernetes/kube-state-metrics' SECURITY.md)", async () => {
    const defs = [
      '[security-announce]: https://groups.google.com/forum/#!forum/kubernetes-security-announce',
      '[security-announce-rss]: https://groups.google.com/forum/feed/kubernetes-security-announce/msgs/rss_v2_0.xml?num=50',
      '[Kubernetes version and version skew support policy]: https://kubernetes.io/docs/setup/release/version-skew-policy/#supported-versions',
      '[Kubernetes Security and Disclosure Information]: https://kubernetes.io/docs/reference/issues-security/security/#report-a-vulnerability',
    ].join('\n');
    const security = `# Security Policy\n\n## Supported Versions\n\nInformation about supported Kubernetes versions can be found on the\n[Kubernetes version and version skew support policy] page on the Kubernetes website.\n\n${defs}\n`;
    for (const id of ['OSPS-DO-04.01', 'OSPS-DO-05.01']) {
      const c = await control({ 'SECURITY.md': security }, id, 'tagged');
      expect([c.status, c.evidence[0]], id).toMatchObject(['attested', { path: 'SECURITY.md', line: 6, detail: expect.stringContaining('https://kubernetes.io/docs/setup/release/version-skew-policy/#supported-versions') }]);
    }
  });
  it("passes DO-04.01 on a README sentence that bounds support to the latest release (kube-state-metrics' \"Compatibility matrix\"); not on the latest version of a runtime", async () => {
    const matrix = (s: string) => `# widget\n\n## Versioning\n\n### Compatibility matrix\n\nGenerally, it is recommended to use the latest release of widget. ${s} Older versions might be supported by interested users of the community.\n`;
    const c = await control({ 'README.md': matrix('Be aware, that the maintainers will only support the latest release.') }, 'OSPS-DO-04.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 7, detail: expect.stringContaining('will only support the latest release') }]);
    expect((await control({ 'README.md': matrix('Be aware, that we only support the latest version of Go.') }, 'OSPS-DO-04.01', 'tagged')).status).toBe('fail');
  });
  it("passes DO-04.01 on a README sentence that supports one major version at a time (mockito's \"Current version is 5.x\"); DO-05.01 wants security updates named", async () => {
    const current = (s: string) => `# widget\n\n## Current version is 5.x\n\nWidget 5 switches the default engine and now requires Java 11.\n${s}\n`;
    const stated = current('Only one major version is supported at a time, and changes are not backported to older versions.');
    const c = await control({ 'README.md': stated }, 'OSPS-DO-04.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 6, detail: expect.stringContaining('Only one major version is supported at a time') }]);
    expect((await control({ 'README.md': stated }, 'OSPS-DO-05.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': current('One major version is supported by the plugin API.') }, 'OSPS-DO-04.01', 'tagged')).status).toBe('fail');
  });
  it('Security Insights support-policy elsewhere is attested', async () => {
    const c = await control({ 'README.md': '# T\n', 'security-insights.yml': insights({ 'support-policy': 'https://tool.example.dev/support' }) }, 'OSPS-DO-05.01', 'tagged');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml' });
  });
  it('is not applicable before a release and unknown when the release state cannot be told', async () => {
    expect((await control({ 'README.md': '# T\n' }, 'OSPS-DO-04.01', 'none')).status).toBe('not-applicable');
    expect((await control({ 'README.md': '# T\n' }, 'OSPS-DO-04.01')).status).toBe('unknown');
  });
});

describe('OSPS-DO-06.01 dependency management', () => {
  it("is attested on a condition on new dependencies deep in a long \"PR Contents\" list, past the section's prose sample (grpc/grpc-go)", async () => {
    const items = Array.from({ length: 12 }, (_, i) => `- Item ${i}: ${para('Create small PRs that are narrowly focused on addressing a single concern.')}`).join('\n\n');
    const guide = `# How to contribute\n\n### PR Contents\n\n${items}\n\n- The grpc package should only depend on standard Go packages and a small number\n  of exceptions. **If your contribution introduces new dependencies**, you will\n  need a discussion with gRPC-Go maintainers.\n\n### PR Descriptions\n\n- PR titles start with the component.\n`;
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-DO-06.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 29, detail: expect.stringContaining('you will need a discussion with gRPC-Go maintainers') }]);
    const install = await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\nRun `go mod download` to fetch the dependencies.\n' }, 'OSPS-DO-06.01', 'tagged');
    expect(install.status).toBe('fail');
  });
  it("is attested on a contribution guide's advice not to introduce new dependencies (okhttp's .github/CONTRIBUTING.md)", async () => {
    const guide = '# Contributing\n\nSome general advice\n\n- Favour a working external library if appropriate.\n- OkHttp is a small and light dependency. Don\'t introduce new dependencies or major new functionality.\n';
    const c = await control({ '.github/CONTRIBUTING.md': guide }, 'OSPS-DO-06.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: '.github/CONTRIBUTING.md', line: 6, detail: expect.stringContaining("Don't introduce new dependencies") }]);
    // Naming new dependencies without a condition on them is no policy.
    const none = await control({ 'CONTRIBUTING.md': '# Contributing\n\n- Run the build after pulling: new dependencies are downloaded by Gradle.\n' }, 'OSPS-DO-06.01', 'tagged');
    expect(none.status).toBe('fail');
  });
  it('passes with an "Adding dependencies" section in CONTRIBUTING', async () => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Adding dependencies\n\n${para('New dependencies need a maintainer review; Dependabot tracks updates.')}\n` }, 'OSPS-DO-06.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
  });
  it('a "Dependencies" or "Additional dependencies" list of prerequisites does not count', async () => {
    expect((await control({ 'README.md': `# T\n\n## Dependencies\n\n${para('You need Go 1.22 and libgit2.')}\n` }, 'OSPS-DO-06.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'docs/install.md': `# Install\n\n## Dependencies\n\n${para('You need Go.')}\n\n## Additional dependencies\n\n${para('And make.')}\n` }, 'OSPS-DO-06.01', 'tagged')).status).toBe('fail');
    // The API reference of a "dependencies" feature (fastapi's `Depends()`) is not the project's dependency policy.
    expect((await control({ 'docs/en/docs/reference/dependencies.md': `# Dependencies - \`Depends()\`\n\n## \`Depends()\`\n\n${para('Dependencies are handled mainly with the special function Depends() that takes a callable.')}\n` }, 'OSPS-DO-06.01', 'tagged')).status).toBe('fail');
    // Nor a build tool's configuration page on how a user declares their project's dependencies (hatch's docs/config/dependency.md).
    const config = `# Dependency configuration\n\n${para('Project dependencies are defined with PEP 508 strings using optional version specifiers.')}\n\n## Version specifiers\n\n${para('A version specifier consists of a series of version clauses; pin a dependency with ==.')}\n`;
    expect((await control({ 'docs/config/dependency.md': config }, 'OSPS-DO-06.01', 'tagged')).status).toBe('fail');
  });
  it("a DEPENDENCIES.md that only lists each dependency and its license is an inventory, not how they are managed (nats-server's)", async () => {
    const table = Array.from({ length: 12 }, (_, i) => `| github.com/example/lib${i} | Apache-2.0 |`).join('\n');
    const inventory = `# External Dependencies\n\nThis file lists the dependencies used in this repository.\n\n| Dependency | License |\n|---|---|\n${table}\n`;
    expect((await control({ 'DEPENDENCIES.md': inventory }, 'OSPS-DO-06.01', 'tagged')).status).toBe('fail');
    const policy = inventory.replace('This file lists the dependencies used in this repository.', 'This file lists the dependencies used in this repository. A new dependency needs the review of two maintainers; Dependabot tracks their updates.');
    const c = await control({ 'DEPENDENCIES.md': policy }, 'OSPS-DO-06.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'DEPENDENCIES.md' });
  });
  it('fails when dependency-management-policy links to a missing file, naming the field', async () => {
    const c = await control(
      { 'CONTRIBUTING.md': `# C\n\n## Dependency policy\n\n${para('We pin.')}\n`, 'security-insights.yml': insights({}, { 'dependency-management-policy': 'https://github.com/o/r/blob/main/docs/deps.md' }) },
      'OSPS-DO-06.01',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toContain('repository.documentation.dependency-management-policy');
  });
  it('passes from an in-repo policy linked from Security Insights', async () => {
    const c = await control(
      { 'docs/policies/deps.md': `# Policy\n\n## Selecting dependencies\n\n${para('We prefer maintained libraries.')}\n`, 'security-insights.yml': insights({}, { 'dependency-management-policy': 'https://github.com/o/r/blob/main/docs/policies/deps.md' }) },
      'OSPS-DO-06.01',
    );
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.path === 'docs/policies/deps.md' && e.line === 3)).toBe(true);
  });
});

describe('OSPS-DO-07.01 build instructions', () => {
  it("does not take a product page's section that names a source schema (pydantic's \"Catching drift from the source schema\") for build instructions; the contribution guide's setup counts", async () => {
    const page =
      '# Code generation\n\nGenerate models from a JSON Schema.\n\n## Catching drift from the source schema\n\nA model generated from an OpenAPI or JSON Schema document is a snapshot of that contract. When the\nupstream data stops matching it, the mismatch\nsurfaces as a [`ValidationError`][errors] at runtime, often the first sign the\nsource has drifted from the schema you generated against.\n';
    const guide =
      '# Contributing\n\n## Issues\n\nReport bugs in the issue tracker.\n\n## AI policy\n\nWe welcome the use of AI.\n\n### Installation and setup\n\nFork the repository on GitHub and clone your fork locally.\n\n```bash\ngit clone git@github.com:you/widget.git\ncd widget\n# Install widget, dependencies, test dependencies and doc dependencies\nmake install\n```\n';
    expect((await control({ 'README.md': '# Widget\n', 'docs/integrations/codegen.md': page }, 'OSPS-DO-07.01')).status).toBe('fail');
    const c = await control({ 'README.md': '# Widget\n', 'docs/integrations/codegen.md': page, 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 19, detail: expect.stringContaining('`make install`') }] });
    // A product page's "Building from source" that gives the commands still counts.
    const building = '# Install\n\n## Building from source\n\nClone the repository and build the wheel with the project\'s toolchain:\n\n```\ngit clone https://example.com/widget.git\npython -m build\n```\n';
    expect(await control({ 'README.md': '# Widget\n', 'docs/install.md': building }, 'OSPS-DO-07.01')).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/install.md', line: 3 }] });
  });
  it("does not take the reader's own development (a tutorial's \"Setting up your project and development environment\", a \"Plugin Developer Guide\") for building the software", async () => {
    const tutorial =
      '# Getting started\n\n## Setting up your project and development environment\n\nIn a new directory, create a file called `README.md`. It is a good moment to create a Python virtual environment and install the required tools:\n\n```\npython -m venv .venv\npython -m pip install tool\n```\n';
    const index =
      '# Tool\n\nTool checks your code.\n\n## Plugin Developer Guide\n\nIf you are maintaining a plugin for Tool or creating a new one, you should read this section of the documentation. It explains how you can write your plugins and distribute them to others.\n';
    expect((await control({ 'README.md': '# Tool\n', 'docs/tutorial/getting-started.md': tutorial, 'docs/index.md': index }, 'OSPS-DO-07.01')).status).toBe('fail');
    const contributing = '# Contributing\n\n## Setting up your development environment\n\nInstall Python 3.12 and tox, then build and install the package from the clone:\n\n```\npip install -e .\n```\n';
    const c = await control({ 'README.md': '# Tool\n', 'docs/index.md': index, 'CONTRIBUTING.md': contributing }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3 }]);
  });
  it('does not take a README "Hacking" section that only says where the internals live (regex\'s) for build instructions; one that builds counts', async () => {
    const hacking = '# lib\n\n## Hacking\n\nThe `lib` crate is, for the most part, a pretty thin wrapper around the matching engine of the `lib-engine` crate.\nTherefore, if you are looking to work on the internals of this crate, you will likely want to look in `lib-syntax` (for parsing) or `lib-engine` (for the search routines).\n\nMy [blog on the internals](https://example.com/internals/) goes into more depth.\n';
    expect((await control({ 'README.md': hacking }, 'OSPS-DO-07.01')).status).toBe('fail');
    const builds = '# lib\n\n## Hacking\n\nInstall a stable Rust toolchain with rustup, then build the crate and run its tests from the repository root:\n\n```\ncargo build\ncargo test\n```\n';
    expect(await control({ 'README.md': builds }, 'OSPS-DO-07.01')).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 3, detail: expect.stringContaining('"Hacking"') }] });
  });
  it("is attested, not failed, when CONTRIBUTING.md only points at a guide kept elsewhere (cert-manager's website)", async () => {
    const c = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': '# Contributing\n\nPlease refer to the [Tool Contributing guide](https://tool.example.io/docs/contributing/).\n' }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 3 }]);
    expect(c.remediation).toMatch(/^Check that the contribution guide it links explains how to build/);
  });
  it("cites the README's \"Building\" section that says what building requires and names the tool (commons-io's `mvn`), before a contribution guide's \"Getting Started\" that only mentions a clone", async () => {
    const readme = '# Widget\n\n## Building\n\nBuilding requires a Java JDK and [Apache Maven](https://maven.apache.org/).\nThe required Java version is found in the `pom.xml` as the `maven.compiler.source` property.\n\nFrom a command shell, run `mvn` without arguments to invoke the default Maven goal to run all tests and checks.\n';
    const contributing = '# Contributing\n\n## Getting Started\n\n+ Make sure you have a JIRA account.\n+ Fork the repository on GitHub. If you do not have a GitHub account, you can still clone the repository.\n';
    const c = await control({ 'README.md': readme, 'CONTRIBUTING.md': contributing }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 8, detail: expect.stringContaining('`mvn`') }]);
    expect((await control({ 'README.md': readme }, 'OSPS-DO-07.01')).status).toBe('pass');
    // A "Building" section that names no build tool, or one about a build badge, is no instructions.
    expect((await control({ 'README.md': '# Widget\n\n## Building\n\nBuilding it is easy, and we keep it so.\n' }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it("passes on the \"Building\" section of a part's own README (hyper's capi/README.md), not on a tests' or examples' README", async () => {
    const capi = '# C API for hyper\n\nThis provides auxiliary pieces for a C API to use the hyper library.\n\n## Building\n\nThe C API is part of the Rust library, but isn\'t compiled by default. Using `cargo`, it can be compiled with the following command:\n\n```\nRUSTFLAGS="--cfg hyper_unstable_ffi" cargo rustc --features client,http1,http2,ffi --crate-type cdylib\n```\n';
    const c = await control({ 'README.md': '# hyper\n', 'capi/README.md': capi }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'capi/README.md', line: 10 }]);
    expect(c.evidence[0].detail).toContain('build instructions for capi/: section "Building" gives the command `cargo rustc`');
    expect((await control({ 'README.md': '# hyper\n', 'examples/README.md': capi }, 'OSPS-DO-07.01')).status).toBe('fail');
    expect((await control({ 'README.md': '# hyper\n', 'capi/sub/README.md': capi }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('does not take the "Build" of a documentation site\'s README (witness\'s docs-website/, Docusaurus) for the software\'s; cites the contribution guide\'s "Required Tooling"', async () => {
    const site = '# Website\n\nThis website is built using [Docusaurus](https://docusaurus.io/), a modern static website generator.\n\n### Installation\n\n```\n$ yarn\n```\n\n### Build\n\n```\n$ yarn build\n```\n\nThis command generates static content into the `build` directory and can be served using any static contents hosting service.\n';
    for (const dir of ['docs-website', 'website-docs', 'docs_site']) expect((await control({ 'README.md': '# witness\n', [`${dir}/README.md`]: site }, 'OSPS-DO-07.01')).status).toBe('fail');
    const contributing =
      '# Contributing to Witness\n\n### Setting up your environment\n\n### Required Tooling\nSome tools are required on your system in order to help you with\nthe development process:\n\n* GNU Make: The root of the directory contains a `Makefile` for automating development processes.\n\n* Go v1.19: Witness is written in Go, so you will need this installed in order to compile and run the source code.\n\n### Running Tests\n\n```console\n    make test\n```\n';
    const c = await control({ 'README.md': '# witness\n', 'docs-website/README.md': site, 'CONTRIBUTING.md': contributing }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 5, detail: expect.stringContaining('section "Required Tooling"') }]);
  });
  it('passes on a README without headings that says how to compile and names a build (zlib\'s plain-text README), not on one that names none', async () => {
    const readme = 'ZLIB DATA COMPRESSION LIBRARY\n\nzlib is a general purpose data compression library.  All the code is\nthread safe.\n\nTo compile all files and run the test program, follow the instructions given at\nthe top of Makefile.in.  In short \"./configure; make test\", and if that goes\nwell, \"make install\" should work for most flavors of Unix.\n';
    const c = await control({ README: readme }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README', line: 6 }]);
    expect(c.evidence[0].detail).toMatch(/^build instructions: "To compile all files .*\(a README without headings\), and gives `make install`$/);
    expect((await control({ README: 'TOOL\n\nTo compile it, follow the instructions in the manual.\n' }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('passes on a README "Building" section whose code runs a named build (libgit2)', async () => {
    const readme = '# lib\n\nA portable library.\n\n## Building lib - Using CMake\n\n### Building\n\nOn most systems you can build the library using the following commands\n\n\t$ mkdir build && cd build\n\t$ cmake ..\n\t$ cmake --build .\n';
    const c = await control({ 'README.md': readme }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 13, detail: expect.stringContaining('cmake --build') }] });
  });
  it('passes on a README "Building" section whose subsections give the build commands (cJSON\'s "Building" > "CMake")', async () => {
    const readme = (code: string) => `# lib\n\n## Usage\n\n### Building\n\nThere are several ways to incorporate lib into your project.\n\n#### CMake\n\n${para('With CMake, lib supports a full blown build system.')}\n\n\`\`\`\nmkdir build\ncd build\n${code}\n\`\`\`\n`;
    const c = await control({ 'README.md': readme('cmake ..\nmake\nmake install') }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 9, detail: expect.stringContaining('subsection "CMake" gives the command `make install`') }] });
    // Subsections that run no named build (a bare `make`) are not the instructions.
    expect((await control({ 'README.md': readme('make') }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('passes on the steps of a contribution guide not named CONTRIBUTING (rust-lang/rustup doc/dev-guide/src/index.md)', async () => {
    const c = await control({ 'README.md': '# rustup\n', 'doc/dev-guide/src/index.md': '# Contributing to rustup\n\n1. Fork it!\n2. Create your feature branch: `git checkout -b my-new-feature`\n3. Test it: `cargo test --features=test`\n4. Submit a pull request :D\n\nA more formal solution involves installing rustup into a temporary directory as your dedicated test environment:\n\n```bash\ncargo build\nmkdir home\nRUSTUP_HOME=home CARGO_HOME=home target/debug/rustup-init --no-modify-path -y\n```\n' }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'doc/dev-guide/src/index.md', line: 11, detail: expect.stringContaining('cargo build') }] });
    // A user guide's page titled otherwise is not a contribution guide.
    const user = await control({ 'README.md': '# rustup\n', 'doc/user-guide/src/index.md': '# Installing rustup\n\n1. Fork it!\n2. Create your feature branch: `git checkout -b my-new-feature`\n3. Test it: `cargo test --features=test`\n4. Submit a pull request :D\n\nA more formal solution involves installing rustup into a temporary directory as your dedicated test environment:\n\n```bash\ncargo build\nmkdir home\nRUSTUP_HOME=home CARGO_HOME=home target/debug/rustup-init --no-modify-path -y\n```\n' }, 'OSPS-DO-07.01');
    expect(user.status).toBe('fail');
  });
  it('cites the development section, not a section on failing CI builds (httpx\'s "Resolving Build / CI Failures")', async () => {
    const guide = `# Contributing\n\n## Development\n\nTo start developing, fork the repository, clone it and install the dependencies:\n\n\`\`\`shell\n$ git clone https://github.com/YOUR-USERNAME/httpx\n$ cd httpx\n$ scripts/install\n\`\`\`\n\n## Resolving Build / CI Failures\n\n${para('Once you have submitted your pull request, the test suite will run; if it fails, click through to the Details link.')}\n`;
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
    const failures = `# Contributing\n\n## Fixing a broken build\n\n${para('When the CI build fails, read the logs of the failed job and push a fix.')}\n`;
    expect((await control({ 'CONTRIBUTING.md': failures }, 'OSPS-DO-07.01')).status).not.toBe('pass');
  });
  it('cites the development section, not a build section under "Building Docs Locally", which builds the documentation site', async () => {
    const docs = `### Building Docs Locally\n\n#### Production Build\n\n${para('To build the docs site for production, set GITHUB_TOKEN to a personal access token.')}\n\n\`\`\`sh\npnpm run --filter=docs build\n\`\`\`\n`;
    const guide = `# Contributing\n\n## Development\n\n1. Fork this repo.\n\n2. Run \`pnpm i\` to install dependencies.\n\n${docs}\n### Commands\n\n**\`pnpm build\`**\n\n- compiles \`src\` to \`lib\`\n`;
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('"Development"') }]);
    // Only a documentation build is no build of the software: under a "Documentation" heading too.
    const only = `# Contributing\n\n## Documentation\n\n### Building\n\n${para('Run the site generator to build the pages, then open them in a browser.')}\n`;
    expect((await control({ 'CONTRIBUTING.md': only }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it("passes on a README's \"How to develop Widget?\" that builds locally (mockito's README); not on a docs page's \"How to develop plugins\"", async () => {
    const readme = '# Widget\n\nA mocking library.\n\n## How to develop Widget?\n\nTo build locally:\n\n```shell\n./gradlew build\n```\nYou can open it in any IDE that supports Gradle.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5, detail: expect.stringContaining('"How to develop Widget?"') }]);
    const plugins = '# Plugins\n\n## How to develop plugins\n\nA plugin is a jar on the class path:\n\n```shell\n./gradlew build\n```\n';
    expect((await control({ 'README.md': '# Widget\n\nA mocking library.\n', 'docs/plugins.md': plugins }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it("passes on a \"Development\" section whose subsections list the toolchain and give the commands (flagd's CONTRIBUTING)", async () => {
    const guide = (prereq: string) =>
      `# Welcome\n\nThere are a few things to consider before contributing.\n\n## Development\n\n### ${prereq}\n\nYou'll need:\n\n- Go\n- make\n- docker\n\n### Workspace Initialization\n\nThis project uses a go workspace, to set up the project run\n\n\`\`\`shell\nmake workspace-init\n\`\`\`\n\n### Manual testing\n\nStart the daemon from the flagd/ directory with \`go run main.go start -f file:../config/samples/example_flags.flagd.json\`.\n`;
    const c = await control({ 'CONTRIBUTING.md': guide('Prerequisites') }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 5 }] });
    // Commands without the toolchain they need are not build instructions.
    expect((await control({ 'CONTRIBUTING.md': guide('Editor settings') }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('cites the "Prerequisites" that install the toolchain, not a "Developing" section that only names a formatter (rich\'s CONTRIBUTING)', async () => {
    const guide = "# Contributing to Rich\n\nThis project welcomes contributions in the form of Pull Requests.\n\n## Prerequisites\n\nRich uses poetry for packaging and dependency management. To start developing with Rich, install Poetry using the recommended method.\n\n```\npoetry install\n```\n\n## Developing\n\nAt this point, you're ready to start developing. Some things to consider while developing Rich code include:\n\n* Ensure new code is documented in docstrings\n* Aim for consistency in coding style and API design\n\nBefore each commit, run the tests and format the code using `black`.\n";
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 5, detail: expect.stringContaining('"Prerequisites"') }] });
  });
  it('cites the root BUILDING guide\'s "Building the sources", not a README section that only points to a website page (apache/logging-log4j2)', async () => {
    const readme = '= Apache Log4j 2\n\nA logging framework.\n\n[#development]\n== Development\n\nLooking for *build instructions*, branching scheme, and other developer resources?\nSee https://logging.apache.org/log4j/2.x/development.html[the Development page] at the website.\n';
    const building = '[#requirements]\n== Requirements\n\n* JDK 17+\n* A modern Linux, OSX, or Windows host\n\n[#building]\n== Building the sources\n\nYou can build and verify the sources as follows:\n\n[source,bash]\n----\n./mvnw verify\n----\n\n`verify` goal runs validation and test steps next to building (i.e., compiling) the sources.\n';
    const c = await control({ 'README.adoc': readme, 'BUILDING.adoc': building }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'BUILDING.adoc', line: 8 }] });
  });
  it('passes on a docs/ build guide that speaks of building, not on one that only points to other pages (pytest\'s doc/en/development_guide.rst)', async () => {
    const pointer = '=================\nDevelopment Guide\n=================\n\nThe contributing guidelines are to be found :ref:`here <contributing>`.\nThe release procedure for pytest is documented on\n`GitHub <https://github.com/pytest-dev/pytest/blob/main/RELEASING.rst>`_.\n';
    expect((await control({ 'README.md': '# Tool\n', 'doc/en/development_guide.rst': pointer }, 'OSPS-DO-07.01')).status).toBe('fail');
    const guide = pointer.replace('The contributing', 'Install the project in a virtual environment with all its dependencies before you change it.\nThe contributing');
    const c = await control({ 'README.md': '# Tool\n', 'doc/en/development_guide.rst': guide }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'doc/en/development_guide.rst', line: 1 }]);
  });
  it("passes on a development folder's getting-started page that says what working on the project requires (packaging's docs/development/getting-started.rst), not on a user guide's", async () => {
    const page = 'Getting started\n===============\n\nWorking on widget requires the installation of a small number of\ndevelopment dependencies. To see what dependencies are required to\nrun the tests manually, please look at the ``noxfile.py`` file.\n\nRunning tests\n~~~~~~~~~~~~~\n\nThe unit tests are found in the ``tests/`` directory and are run using pytest::\n\n    $ python -m pytest\n';
    const contributing = 'Contributing to widget\n======================\n\nExtensive contribution guidelines are available in the repository at\n``docs/development/index.rst``, or online at:\n\nhttps://widget.example.io/en/latest/development/\n';
    const c = await control({ 'README.rst': 'widget\n======\n', 'CONTRIBUTING.rst': contributing, 'docs/development/getting-started.rst': page }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/development/getting-started.rst', line: 1 }]);
    expect((await control({ 'README.rst': 'widget\n======\n', 'docs/tutorial/getting-started.rst': page }, 'OSPS-DO-07.01')).status).toBe('fail');
  });

  it("passes on a contribution guide's step that runs the build with the repository's build script (serilog's `build.ps1`, Build.ps1 in the tree), not on one the tree lacks", async () => {
    const guide = '# Contributing\n\n## Making a PR\n\n* Fork the repository and create a branch with a descriptive name.\n* Run the build and tests.\n    * Windows platforms can use the `build.ps1` script\n    * nix/OSX platforms can use the `build.sh` script\n* Create the PR.\n';
    const c = await control({ 'CONTRIBUTING.md': guide, 'Build.ps1': 'dotnet build\n' }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 6, detail: expect.stringContaining('names the build script `build.ps1` (Build.ps1 in the tree)') }] });
    // A script the tree does not hold, or one named without a word on building, is not the instructions.
    expect((await control({ 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01')).status).toBe('fail');
    expect((await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Scripts\n\nThe `build.sh` script is kept for history.\n', 'build.sh': 'make\n' }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it("quotes the build command from one code span, not two joined (assertj's CONTRIBUTING: `./mvnw spotless:apply`, then `./mvnw clean verify`)", async () => {
    const guide = '# Contributing\n\nThank you for your interest.\n\n* Use JDK 25 or newer to build the project.\n* Execute `./mvnw spotless:apply` before submitting your PR\n* You can execute `./mvnw clean verify` to make sure all tests are passing\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 7, detail: expect.stringContaining('gives the command `mvnw clean verify`') }] });
  });
  it("passes on the \"Packaging\" section of the release process whose code builds the gems (sinatra's RELEASING.md), not on a user guide's", async () => {
    const packaging = '## Packaging\n\nThese rake tasks will generate `.gem` and `.tar.gz` files. For each gem, there is one dedicated rake task.\n\n```sh\n# Build the widget package\n$ bundle exec rake package:widget\n\n# Build all packages\n$ bundle exec rake package:all\n```\n';
    const releasing = `# Releasing Widget\n\n### Releasing\n\n1. Update \`CHANGELOG.md\`\n1. Run \`rake release:tag_version\`\n\n${packaging}`;
    const c = await control({ 'README.md': '# Widget\n', 'RELEASING.md': releasing }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'RELEASING.md', line: 14, detail: 'build instructions: section "Packaging" gives the command `rake package`' }] });
    // A user guide's "Packaging" is a feature of the software, not how the project builds it.
    expect((await control({ 'README.md': '# Widget\n', 'docs/guide.md': `# Guide\n\n${packaging}` }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('passes with "Building from source" in CONTRIBUTING', async () => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Building from source\n\n${para('Install Node 22, run npm ci, then npm run build.')}\n` }, 'OSPS-DO-07.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
  });
  it('passes with an "Install for development" section in docs/ (python-tuf\'s docs/INSTALLATION.rst)', async () => {
    const rst = 'Installation\n============\n\nInstall the latest release from PyPI with pip.\n\nInstall for development\n-----------------------\n\nTo install in editable mode together with development dependencies, clone the repository from GitHub, change into the\nproject root directory, and install with pip (using venv is recommended).\n\n::\n\n   python3 -m pip install -r requirements/dev.txt\n';
    const c = await control({ 'README.md': '# T\n', 'docs/INSTALLATION.rst': rst }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/INSTALLATION.rst', line: 6 }] });
  });
  it('passes on a "Get the Source Code" section that installs the clone (requests\'s docs/user/install.rst), not on one that only clones', async () => {
    const rst = 'Installation\n============\n\nGet the Source Code\n-------------------\n\nYou can either clone the public repository::\n\n    $ git clone https://github.com/psf/requests.git\n\nOnce you have a copy of the source, you can install it into your site-packages easily::\n\n    $ cd requests\n    $ python -m pip install .\n';
    const contributing = '# Contributing\n\nPlease read our [Contributor\'s Guide](https://tool.example.io/en/latest/dev/contributing/).\n';
    const c = await control({ 'README.md': '# T\n', '.github/CONTRIBUTING.md': contributing, 'docs/user/install.rst': rst }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/user/install.rst', line: 14, detail: expect.stringContaining('`pip install .`') }] });
    const cloneOnly = '# T\n\n## Cloning the repository\n\n```shell\ngit clone -c fetch.fsck.badTimezone=ignore https://github.com/o/t.git\ngit config --global fetch.fsck.badTimezone ignore\n```\n';
    expect((await control({ 'README.md': cloneOnly }, 'OSPS-DO-07.01')).status).toBe('fail');
    const wheel = '# T\n\n## Download the code\n\n```shell\npip install ./dist/t-1.0-py3-none-any.whl\n```\n';
    expect((await control({ 'README.md': wheel }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('passes on an "Installation" section that installs from source with a named build (bandit\'s start.rst, a Go library\'s docs), not on one that installs from the registry', async () => {
    const rst = 'Getting Started\n===============\n\nInstallation\n------------\n\nTool is distributed on PyPI. Install it:\n\n.. code-block:: console\n\n    pip install tool\n\nRun Tool:\n\n.. code-block:: console\n\n    tool -r path/to/your/code\n\nTool can also be installed from source. To do so, either clone the\nrepository or download the source tarball from PyPI, then install it:\n\n.. code-block:: console\n\n    python setup.py install\n';
    const c = await control({ 'README.md': '# Tool\n', 'doc/source/start.rst': rst }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'doc/source/start.rst', line: 19, detail: expect.stringContaining('`python setup.py install`') }] });
    const go = '# Signing\n\n## Installation\n\nClone this repository and run the following command:\n\n```shell\n$ go install ./examples/tool-signing\n```\n';
    expect(await control({ 'README.md': '# Tool\n', 'docs/signing.md': go }, 'OSPS-DO-07.01')).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/signing.md', line: 5 }] });
    const registry = '# Tool\n\n## Installation\n\nTool is built from source by PyPI for every release. Install it:\n\n```shell\npip install tool\n```\n';
    expect((await control({ 'README.md': registry }, 'OSPS-DO-07.01')).status).toBe('fail');
    const noSources = '# Tool\n\n## Installation\n\nInstall the command with Go:\n\n```shell\ngo install example.com/tool@latest\n```\n';
    expect((await control({ 'README.md': noSources }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('passes on an "Installing" section whose code runs a named build under a "# From Source" comment (gitleaks\'s README), not on a clone alone', async () => {
    const readme = (fromSource: string) => `# Tool\n\nA scanner.\n\n## Getting Started\n\nTool can be installed using Homebrew, Docker, or Go.\n\n### Installing\n\n\`\`\`bash\n# MacOS\nbrew install tool\n\n# Docker\ndocker pull example/tool:latest\n\n${fromSource}\`\`\`\n`;
    const c = await control({ 'README.md': readme('# From Source (make sure `go` is installed)\ngit clone https://github.com/o/tool.git\ncd tool\nmake build\n') }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 18, detail: expect.stringContaining('`make build`') }] });
    // The build must be under that comment: a clone alone, then another way's build, is none.
    expect((await control({ 'README.md': readme('# From Source\ngit clone https://github.com/o/tool.git\n\n# Docker image\ndocker build -t tool .\n') }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('passes with a "Setting up" section of commands in CONTRIBUTING, not with a README "Setup" section', async () => {
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Setting up\n\nInstall Node 24 and git, then from a clone:\n\n```sh\nnpm ci && npm test\n```\n' }, 'OSPS-DO-07.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
    expect((await control({ 'README.md': '# T\n\n## Setup\n\nCreate a config file in your home directory and set the token.\n' }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('a contribution guide\'s "Getting Started" that only sends readers to the README for build instructions is none (cni)', async () => {
    const guide = '# How to Contribute\n\n## Getting Started\n\n- Fork the repository on GitHub\n- Read the [README](README.md) for build and test instructions\n- Play with the project, submit bugs, submit pull requests!\n';
    const c = await control({ 'README.md': '# Tool\n\n## What is it?\n\nA library for containers.\n', 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01');
    expect(c.status).toBe('fail');
    const own = guide.replace('Read the [README](README.md) for build and test instructions', 'Install Go 1.22, then build everything with the Makefile');
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': own }, 'OSPS-DO-07.01')).status).toBe('pass');
  });
  it('passes on the cookiecutter template\'s "Get Started!" that sets up local development with commands (cattrs); not on one that only forks', async () => {
    const guide =
      "# Contributing\n\n## Get Started!\n\nReady to contribute? Here's how to set up _widget_ for local development.\n\n1. Fork the `widget` repo on GitHub.\n2. Install your local copy into a virtualenv:\n\n```shell\n$ cd widget/\n$ uv sync --all-groups --all-extras\n```\n";
    const c = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide }, 'OSPS-DO-07.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('section "Get Started!"') }]);
    const fork = '# Contributing\n\n## Get Started!\n\nFork the repository on GitHub, open an issue first for larger changes, and be kind to the people who review your pull request.\n';
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': fork }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('a contribution guide\'s "Getting Started" whose code only branches and pushes with git is no build (protobom); one that also runs the build is', async () => {
    const guide = (extra: string) =>
      `# Contributing\n\n## Getting Started\n\nTo contribute to the widget repository, follow these steps:\n\n1. Fork the repository.\n2. Create a new branch for your contribution:\n   \`\`\`\n   git checkout -b feature/new-feature\n   \`\`\`\n3. Make your desired changes to the codebase.${extra}\n4. Push your branch to your forked repository:\n   \`\`\`\n   git push origin feature/new-feature\n   \`\`\`\n5. Open a pull request against the \`main\` branch.\n`;
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide('') }, 'OSPS-DO-07.01')).status).toBe('fail');
    const built = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide('\n   ```\n   make build\n   ```') }, 'OSPS-DO-07.01');
    expect(built.status).toBe('pass');
    expect(built.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
  });
  it('passes on README sections "Building from a Git Clone" / "Building from a Source Distribution" (libexpat), not on "Building a parser"', async () => {
    const readme = '# Expat\n\nA C99 library for parsing XML.\n\n## Building from a Git Clone\n\nIf you are building from a check-out of the Git repository, you need to run a script that generates the configure script.\n\n```console\n./buildconf.sh\n```\n\n## Building from a Source Distribution\n\n### a) Building with the configure script\n\nTo build from a source distribution, you first run the configuration shell script.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5, detail: expect.stringContaining('Building from a Git Clone') }] });
    const product = `# T\n\n## Building a parser\n\n${para('Create a parser object, register the handlers, then feed it the document.')}\n`;
    expect((await control({ 'README.md': product }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('passes on a "Linux source build" section of a root INSTALL.rst (pynacl), not on "Binary wheel install"', async () => {
    const source = 'Linux source build\n------------------\n\nPyNaCl relies on libsodium, a portable C library. A copy is bundled with PyNaCl so to install you can run:\n\n.. code-block:: console\n\n    $ pip install pynacl\n\nIf you\'d prefer to use the version of libsodium provided by your distribution, you can disable the bundled copy during install by running:\n\n.. code-block:: console\n\n    $ SODIUM_INSTALL=system pip install pynacl\n';
    const rst = `Installation\n============\n\nBinary wheel install\n--------------------\n\nPyNaCl ships as a binary wheel on macOS, Windows and Linux, so all dependencies are included. Make sure you have an up-to-date pip and run it.\n\n${source}`;
    const c = await control({ 'README.rst': 'PyNaCl\n======\n', 'INSTALL.rst': rst }, 'OSPS-DO-07.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'INSTALL.rst', line: 9, detail: expect.stringContaining('Linux source build') }] });
    expect((await control({ 'README.rst': 'PyNaCl\n======\n', 'docs/install.rst': rst.replace(source, '') }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('fails for a "Build status" badge section and for nothing at all', async () => {
    expect((await control({ 'README.md': `# T\n\n## Build status\n\n${para('Badges.')}\n` }, 'OSPS-DO-07.01')).status).toBe('fail');
    expect((await control({ 'README.md': '# T\n' }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it('is unknown (not a guessed pass) for a root BUILDING.md this check does not outline', async () => {
    const c = await control({ 'README.md': '# T\n', 'BUILDING.md': '# Building\n\nRun make.\n' }, 'OSPS-DO-07.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ path: 'BUILDING.md' });
  });
});

// The documentation rules that read section outlines (DO-02.01 reads issue templates).
const DO_RULES = [do0101, do0301, do0302, do0401, do0501, do0601, do0701];

describe('documentation rules stay fast', () => {
  it('a README with 5,000 headings is judged in well under a second', async () => {
    // Worst case: every heading is an ambiguous "Verification" whose section must be searched for links.
    let md = '# Big\n\n';
    for (let i = 0; i < 2500; i++) md += `### Verification ${i}\n\nSome text about item ${i} with a [link](https://example.com/${i}).\n\n#### Section ${i}\n\nMore text under a subsection ${i}.\n\n`;
    const r = makeRepo({ 'README.md': md, 'CONTRIBUTING.md': md, 'docs/notes.md': md });
    repos.push(r);
    const { facts } = await evaluate(r.root, { level: 3, offline: true, repository: 'o/r' });
    const t0 = performance.now();
    const statuses = DO_RULES.map((rule) => rule.evaluate(facts).status);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(1000);
    expect(statuses).toHaveLength(DO_RULES.length);
    expect(statuses.every((s) => s !== 'pass')).toBe(true);
    console.log(`DO rules on 3 x 5,000 headings: ${ms.toFixed(0)} ms`);
  });
});
