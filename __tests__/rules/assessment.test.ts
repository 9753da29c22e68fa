// OSPS-SA rules: release-gated documentation and assessment checks, each with fixtures that pass,
// fail (after a release), are not applicable (no release), unknown (release state unknown) or attested.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { evaluate } from '../../src/engine.ts';
import type { ControlResult } from '../../src/result/types.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';
import { sharedEvaluations } from '../helpers/shared-evaluations.ts';
import { CAPABILITY_CATALOG, COMPLETE_SELF_ASSESSMENT, THREAT_CATALOG } from '../inspector/helpers.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await FakeGitHub.start();
});
afterAll(async () => {
  await fake.close();
});

type Release = 'tagged' | 'untagged' | 'api-none';

/** Evaluates one requirement. tagged: a git tag in the checkout (released); untagged: offline, no tags (unknown); api-none: the API says no releases and no tags. */
async function control(files: Tree, id: string, release: Release = 'untagged'): Promise<ControlResult> {
  if (release !== 'api-none') return find((await evaluateOnce(files, release, offline(release))).controls, id);
  const r = makeRepo(files);
  repos.push(r);
  const saved = { releases: fake.state.releases, tags: fake.state.tags };
  fake.state.releases = [];
  fake.state.tags = [];
  try {
    const { result } = await evaluate(r.root, { level: 3, offline: false, token: 'test-token', repository: `${fake.state.owner}/${fake.state.repo}`, apiUrl: fake.baseUrl, defaultBranch: 'main' });
    return find(result.controls, id);
  } finally {
    Object.assign(fake.state, saved);
  }
}
/** Offline, at Level 3: tagged is a git checkout with a release tag, untagged a plain folder. */
const offline = (release: Release) => async (files: Tree) => {
  const r = makeRepo(files, { git: release === 'tagged', tag: release === 'tagged' ? 'v1.0.0' : undefined });
  repos.push(r);
  return (await evaluate(r.root, { level: 3, offline: true, repository: 'o/r' })).result;
};
// Tests that ask about several requirements of one fixture share its evaluation.
const evaluateOnce = sharedEvaluations();

function find(controls: ControlResult[], id: string): ControlResult {
  const c = controls.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
}

/** A small Security Insights 2.2.0 file with the given design link and assessments. */
function insights(o: { design?: string; self?: Record<string, unknown>; thirdParty?: Record<string, unknown>[] }): string {
  return stringify({
    header: { 'schema-version': '2.2.0', 'last-updated': '2026-02-01', 'last-reviewed': '2026-02-01', url: 'https://github.com/o/r/raw/main/security-insights.yml' },
    project: {
      name: 'R',
      administrators: [{ name: 'Ada Admin', primary: true }],
      repositories: [{ name: 'r', url: 'https://github.com/o/r', comment: 'The main repository.' }],
      'vulnerability-reporting': { 'reports-accepted': true, 'bug-bounty-available': false },
      ...(o.design ? { documentation: { design: o.design } } : {}),
    },
    repository: {
      url: 'https://github.com/o/r',
      status: 'active',
      'accepts-change-request': true,
      'accepts-automated-change-request': true,
      'core-team': [{ name: 'Alice', primary: true }],
      license: { url: 'https://github.com/o/r/blob/main/LICENSE', expression: 'Apache-2.0' },
      security: { assessments: { self: o.self ?? { comment: 'Not started.' }, ...(o.thirdParty ? { 'third-party': o.thirdParty } : {}) } },
    },
  });
}

const ARCHITECTURE = `# Architecture

The command line client reads the configuration file, asks the control server for signed bundles over
HTTPS and hands them to the agent. The agent verifies each bundle's signature against a pinned key and
applies it atomically. Operators are the only human actors; the CI system is the only automated one.
`;

const THREAT_MODEL_DOC = `# The Widget Threat Model\n\n## Elements Widget Does NOT Trust\n\n${'Input passed to its functions by the application may come from an attacker, and widget must handle it safely. '.repeat(2)}\n\n## Examples of Vulnerabilities (in scope)\n\n- **Prototype Pollution**: if a function (e.g. \`merge\`, \`defaultsDeep\` or \`set\`) allows modification of \`Object.prototype\` via untrusted input, it is in scope.\n- **Code execution**: if \`template()\` executes attacker-controlled input as code without documented warnings, it is in scope.\n\n## Examples of Non-Vulnerabilities (out of scope)\n\n### Stateful or Accessor-Backed Path Arguments\n\nPath arguments to widget functions are expected (and documented) to be data, not code. Functions like \`get\` and \`set\` take paths as strings or arrays. Getters and Proxies are code, not data.\n`;

describe('OSPS-SA-01.01 design documentation of actors and actions', () => {
  it('does not read a README usage section on the internals (regex\'s "Usage: regex internals as a library") as design documentation', async () => {
    const body = 'The [`lib-engine` directory](./lib-engine/) contains a crate that exposes all the internal matching engines used by the `lib` crate. The idea is that the `lib` crate exposes a simple API for most uses, but `lib-engine` exposes many customizable behaviors.\n\n[Documentation for `lib-engine`.](https://docs.rs/lib-engine)\n';
    for (const heading of ['Usage: lib internals as a library', 'Using the internals', 'Internals as a library']) {
      const c = await control({ 'README.md': `# lib\n\nA library.\n\n### ${heading}\n\n${body}` }, 'OSPS-SA-01.01', 'tagged');
      expect([heading, c.status]).toEqual([heading, 'fail']);
    }
    // A section on the internals themselves is the design.
    const c = await control({ 'README.md': `# lib\n\nA library.\n\n### Internals\n\n${'The parser hands the syntax tree to the compiler, which builds the automaton that the search routines run over the input. '.repeat(3)}\n` }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5 }]);
  });
  it("cites the newest documentation version's design page before older versions' copies (projectcontour/contour's site/content/docs/1.33/architecture.md, not 1.20/)", async () => {
    const arch = (v: string) => `# Architecture\n\n${'The proxy receives the traffic; the controller watches the API server and sends the proxy its configuration over gRPC. '.repeat(3)} (docs ${v})\n`;
    const c = await control({ 'README.md': '# proxy\n', 'site/content/docs/1.20/architecture.md': arch('1.20'), 'site/content/docs/1.9/architecture.md': arch('1.9'), 'site/content/docs/1.33/architecture.md': arch('1.33'), 'site/content/docs/main/architecture.md': arch('main') }, 'OSPS-SA-01.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.path)).toEqual(['site/content/docs/1.33/architecture.md', 'site/content/docs/main/architecture.md', 'site/content/docs/1.20/architecture.md', 'site/content/docs/1.9/architecture.md']);
  });
  it("does not read a sample application's architecture, made by others with the product, as its design (Polly's docs/community/resources.md)", async () => {
    const sample =
      '## Sample micro-services architecture and e-book\n\n### Sample micro-services architecture\n\n- [Someone](https://github.com/someone) produced the [ShopOnContainers project](https://github.com/acme/ShopOnContainers), a sample project demonstrating a .NET micro-services architecture. The project uses widget retry and circuit-breaker policies for resilience in calls to micro-services, and in connections to transports such as RabbitMQ.\n';
    const page = `# Resources\n\nThis includes blogs, podcasts, courses and architecture samples around widget.\n\n${sample}`;
    const c = await control({ 'docs/community/resources.md': page }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.filter((e) => e.kind === 'file')]).toEqual(['fail', []]);
    // The product's own architecture, beside it, is still its design.
    const own = `${page}\n## Architecture\n\n${'The pipeline hands each call to its strategies in order, and each strategy decides whether to retry, time out or break the circuit. '.repeat(2)}\n`;
    const d = await control({ 'docs/community/resources.md': own }, 'OSPS-SA-01.01', 'tagged');
    expect([d.status, d.evidence]).toMatchObject(['pass', [{ path: 'docs/community/resources.md', line: 11 }]]);
  });
  it("does not cite a template for design proposals as design documentation (external-dns's docs/proposal/design-template.md)", async () => {
    const template = '# New Feature Proposal\n\n## Summary\n\nPlease provide a summary of this proposal.\n\n## Motivation\n\nWhat is the motivation of this proposal? Why is it useful and relevant?\n\n## Proposal\n\nDescribe the design: the components that take part, what each of them does and how they talk to one another. Add a diagram when it helps the reader.\n\n## Alternatives\n\nWhat other designs were considered, and why were they not chosen?\n';
    const c = await control({ 'docs/proposal/design-template.md': template }, 'OSPS-SA-01.01', 'tagged');
    expect(c.evidence.some((e) => e.path === 'docs/proposal/design-template.md')).toBe(false);
    expect(c.status).toBe('fail');
    const page = await control({ 'docs/contributing/design.md': `# Design\n\n${'The controller watches sources and hands the endpoints to the provider, which writes the records. '.repeat(3)}\n` }, 'OSPS-SA-01.01', 'tagged');
    expect([page.status, page.evidence[0]]).toMatchObject(['pass', { path: 'docs/contributing/design.md', line: 1 }]);
  });
  it("attests a design page that only lists links to design documents kept out of the repository (gatekeeper-library's docs/design/README.md)", async () => {
    const page =
      '# Design Docs\nGenerally, design docs are on Google docs:\n\n## Conventions\n* [Widget Policy Versioning](https://docs.google.com/document/d/1abc/edit)\n\n## In Development\n\n## Proposed\n\n## Implemented\n* [Widget Website and Artifact Hub Listing](https://docs.google.com/document/d/2def/edit)\n* [Widget Mutation Support](https://docs.google.com/document/d/3ghi/edit)\n';
    const c = await control({ 'docs/design/README.md': page }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'docs/design/README.md', line: 5 }]);
    expect(c.evidence[0].detail).toMatch(/kept elsewhere/);
    // A page that describes the design itself beside its links still passes.
    const described = page.replace('## Proposed\n', `## Overview\n\n${'The controller watches the admission requests and hands each object to the policy engine, which returns the violations. '.repeat(2)}\n`);
    expect((await control({ 'docs/design/README.md': described }, 'OSPS-SA-01.01', 'tagged')).status).toBe('pass');
  });
  it('does not read a FAQ\'s "Design" questions as design documentation, but a design section with questions below its description (uber-go/zap\'s FAQ.md)', async () => {
    const answer = 'Interfaces are rigid: any change requires releasing a new major version, since it breaks all third-party implementations of them. ';
    const faq = `# Frequently Asked Questions\n\n## Design\n\n### Why spend so much effort on logger performance?\n\n${answer}\n\n### Why aren't \`Logger\` and \`SugaredLogger\` interfaces?\n\n${answer}\n\n### Why include package-global loggers?\n\n${answer}\n\n## Installation\n\n### What does the error mean?\n\nRun go get.\n`;
    const c = await control({ 'FAQ.md': faq, 'docs/guide.md': faq.replace('Frequently Asked Questions', 'Guide') }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.filter((e) => e.kind === 'file')]).toEqual(['fail', []]);
    // Its own description of the actors before the questions makes it design documentation.
    const described = faq.replace('## Design\n\n', `## Design\n\n${'The logger hands each entry to a core, which encodes it and writes it to the sinks the user configured. '.repeat(3)}\n\n`);
    const d = await control({ 'docs/guide.md': described }, 'OSPS-SA-01.01', 'tagged');
    expect([d.status, d.evidence[0]]).toMatchObject(['pass', { path: 'docs/guide.md', line: 3 }]);
  });
  it("is attested, not passed, on a design page that only links its records elsewhere (nats-server's doc/README.md)", async () => {
    const moved = '# Architecture Decision Records\n\nThe NATS ADR documents have moved to their [own repository](https://github.com/nats-io/nats-architecture-and-design/)\n';
    const c = await control({ 'doc/README.md': moved }, 'OSPS-SA-01.01', 'tagged');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'doc/README.md', line: 3 });
    expect(c.evidence[0].detail).toContain('nats-architecture-and-design');
  });
  it("is attested on a README link named for the architecture that leads out of the repository (spiffe/spire's), not on a CPU architecture's or a proposal's (rekor's v2 design doc)", async () => {
    const spire = '# SPIRE\n\n## Learn about SPIRE\n\n- Before trying SPIRE, it\'s a good idea to learn about its [architecture](https://spiffe.io/spire/) and design goals.\n';
    const c = await control({ 'README.md': spire }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'README.md', line: 5, detail: expect.stringContaining('https://spiffe.io/spire/') }]);
    const cpu = '# Tool\n\n## Install\n\nDownload the binary for your operating system and [architecture](https://get.tool.dev/downloads).\n';
    expect((await control({ 'README.md': cpu }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    const proposal = '# Rekor\n\n## Current State\n\nLearn more about Rekor v2 on the [proposal](https://docs.google.com/document/d/1Mi9)\nand [design doc](https://docs.google.com/document/d/1qZ).\n';
    expect((await control({ 'README.md': proposal }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
  });
  it("is attested on a contribution guide's link named for the design of this project (anchore's \"architecture docs for grype\"); not for another project's", async () => {
    const guide = (name: string) => `# Contributing\n\nPlease see the [contribution guide](https://docs.example.dev/contributing/) to get started. For a deeper dive, please see the [architecture docs for ${name}](https://docs.example.dev/architecture/${name}/).\n`;
    const evaluateAs = async (repository: string, files: Tree) => {
      const r = makeRepo(files, { git: true, tag: 'v1.0.0' });
      repos.push(r);
      return find((await evaluate(r.root, { level: 3, offline: true, repository })).result.controls, 'OSPS-SA-01.01');
    };
    const c = await evaluateAs('o/widget', { 'CONTRIBUTING.md': guide('widget') });
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('"architecture docs for widget"') }]);
    expect((await evaluateAs('o/widget', { 'CONTRIBUTING.md': guide('kubernetes') })).status).toBe('fail');
  });
  it('reads "How GitHub CLI works" in cli/cli as design, and a section on proposing or reviewing a design as a process (cli/cli)', async () => {
    const layout = '# Project layout\n\n## How GitHub CLI works\n\nThe `main` function in cmd/gh/main.go runs first. It parses the command line and dispatches to a command, which collects information from the GitHub API and writes the output.\n';
    const evaluateAs = async (repository: string, files: Tree) => {
      const r = makeRepo(files, { git: true, tag: 'v1.0.0' });
      repos.push(r);
      return find((await evaluate(r.root, { level: 3, offline: true, repository })).result.controls, 'OSPS-SA-01.01');
    };
    const c = await evaluateAs('cli/cli', { 'docs/project-layout.md': layout });
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/project-layout.md', line: 3 }]);
    // In a few words, only when they name the project: a tutorial's "How the importing works" is not the design.
    expect((await evaluateAs('o/fastapi', { 'docs/modules.md': layout.replace('How GitHub CLI works', 'How the importing works') })).status).toBe('fail');
    const proposing = '# Contributing\n\n## Proposing a design\n\nOpen a new issue using the design proposal issue template, then mock up the design in our document template and ask the core team for a review of the user experience.\n';
    expect((await control({ 'CONTRIBUTING.md': proposing }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    // Under "Design guidelines", a misspelt "(core team only) Revewing a design" is a step of that process too: the
    // project's "How GitHub CLI works" is cited, not the contribution guide.
    const guidelines =
      '# Contributing\n\n## Design guidelines\n\nYou may need to make a design proposal.\n\n### Proposing a design\n\nOpen a new issue using the design proposal issue template.\n\n### (core team only) Revewing a design\n\nA member of the core team will triage the design proposal. Once a member of the core team has reviewed the design, they may add the `help wanted` label to the issue, so a PR can be opened to provide the implementation.\n';
    expect((await control({ 'CONTRIBUTING.md': guidelines }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    const both = await evaluateAs('cli/cli', { 'CONTRIBUTING.md': guidelines, 'docs/project-layout.md': layout });
    expect([both.status, both.evidence]).toMatchObject(['pass', [{ path: 'docs/project-layout.md', line: 3 }]]);
  });
  it('cites a section named for the design before one a broader word found (rust-lang/rustup: "How rustup works" before the user guide\'s "Components"; curl: "Internals" before a man page tool\'s "How it works")', async () => {
    const r = makeRepo(
      {
        'doc/user-guide/src/concepts/components.md': '# Components\n\nEach toolchain has several components, some of which are required (like `rustc`) and some that are optional (like `clippy`). The `rustup component` command is used to manage the installed components.\n',
        'doc/user-guide/src/concepts/index.md': '# Concepts\n\n## How rustup works\n\n`rustup` is a toolchain multiplexer. It installs and manages many Rust toolchains and presents them all through a single set of tools installed to `~/.cargo/bin`.\n',
      },
      { git: true, tag: 'v1.0.0' },
    );
    repos.push(r);
    const c = find((await evaluate(r.root, { level: 3, offline: true, repository: 'rust-lang/rustup' })).result.controls, 'OSPS-SA-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'doc/user-guide/src/concepts/index.md', line: 3 }]);
  });
  it("passes on a section that shows an architecture diagram beside its prose (hyper's docs/VISION.md \"Layers\"), not on a roadmap's \"Design\" (hyper's docs/ROADMAP-1.0.md)", async () => {
    const layers = 'In all cases, a user brings their own runtime and IO to work with hyper. The IO is provided to hyper, and hyper acts on top of it. hyper returns `Future`s that the user then decides how to poll, likely involving their runtime options.';
    const vision = `# hyper Vision\n\n## The Library\n\n### Layers\n\n${layers}\n\n![architecture diagram](./vision-arch.svg)\n\n#### Protocol Codecs\n\nhyper has dedicated codecs for the major HTTP versions.\n`;
    const roadmap = `# hyper 1.0 Roadmap\n\n## Design\n\nThe goal is to get hyper closer to the VISION, using that to determine the best way to solve the known issues above. The main thrust of the proposed changes are to make hyper more Flexible and stable, and to split the connection types per HTTP version.\n`;
    const c = await control({ 'docs/VISION.md': vision, 'docs/ROADMAP-1.0.md': roadmap }, 'OSPS-SA-01.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => [e.path, e.line])).toEqual([['docs/VISION.md', 5]]);
    expect(c.evidence[0].detail).toContain('shows an architecture diagram (vision-arch.svg)');
    expect((await control({ 'docs/ROADMAP-1.0.md': roadmap }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    // A screenshot, or a diagram without a description beside it, is no design documentation.
    expect((await control({ 'docs/VISION.md': vision.replace('architecture diagram](./vision-arch', 'screenshot](./ui') }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'docs/VISION.md': vision.replace(layers, 'The layers:') }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
  });
  it('passes on a proposal in a root specifications folder (notation\'s specs/proposals/blob-signing.md), not on one deeper in the tree', async () => {
    const proposal = '# Proposal for Supporting Blob Signing and Verification in Notation\n\n## Scenarios\n\nSarah, a software engineer, creates binaries for applications that are distributed via her company\'s website. In CI/CD pipelines, she creates tasks that generate an SBOM for each binary and sign the SBOM; the compliance team downloads the SBOM and its signature and verifies it with notation before analysing it.\n';
    const c = await control({ 'README.md': '# Notation\n', 'specs/proposals/blob-signing.md': proposal }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'specs/proposals/blob-signing.md', line: 1 }]);
    expect(c.evidence[0].detail).toBe('design document in specs/proposals/');
    expect((await control({ 'README.md': '# Notation\n', 'internal/specs/proposals/blob-signing.md': proposal }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
  });
  it('passes with docs/architecture.md', async () => {
    const c = await control({ 'docs/architecture.md': ARCHITECTURE }, 'OSPS-SA-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/architecture.md', line: 1 });
  });
  it("passes with a walkthrough named for what it shows working (fulcio's docs/how-certificate-issuing-works.md), not a process page", async () => {
    const walk = '# Certificate Issuing Overview\n\nThis document walks through the process of issuing a code signing certificate. The client submits a certificate request to Fulcio, which verifies the OIDC token against the issuer and signs the certificate.\n\n## Certificate Transparency log inclusion\n\nFulcio appends the issued certificate to the CT log and returns the signed certificate timestamp with the chain to the client.\n';
    const c = await control({ 'docs/how-certificate-issuing-works.md': walk }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence]).toMatchObject(['pass', [{ path: 'docs/how-certificate-issuing-works.md', line: 1 }]]);
    const review = await control({ 'docs/how-the-review-process-works.md': walk.replace('Certificate Issuing Overview', 'Reviews') }, 'OSPS-SA-01.01', 'tagged');
    expect(review.status).not.toBe('pass');
  });
  it('passes with an "Architectural overview" section of the contribution guide (twine)', async () => {
    const overview = 'Twine is a command-line tool for interacting with PyPI securely over HTTPS. Its command line arguments are parsed in twine/cli.py; twine/repository.py contains the Repository class, whose methods upload the package securely to a URL.';
    const adr = '# Architectural Decision Log\n\nThis log lists the architectural decisions for the project, one record a file, each with its context and consequences.\n\n## Triage Criteria for Architectural Boundaries\n\nReports that need local access to the socket are closed as non-vulnerabilities, as the socket is trusted.\n';
    const c = await control({ 'docs/contributing.rst': `Contributing\n============\n\nArchitectural overview\n----------------------\n\n${overview}\n`, 'docs/adr/index.md': adr }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence]).toMatchObject(['pass', [{ path: 'docs/contributing.rst', line: 4 }]]);
  });
  it("fails after a release on decision records and a product feature's \"Actors\" (dapr: ADRs under decision_records/architecture/, dapr-metrics.md)", async () => {
    const adr = '# ARC-001: Refactor for modularity and testability\n\n## Status\nAccepted\n\n## Decisions\n\n* Formally separate hosting and API implementations.\n* Rename Dapr runtime binary from dapr to daprd.\n';
    const apiAdr = '# API-001: State store API design\n\n## Decisions\n\nThe state API allows the app to target a specific state store by store-name, with v1.0/state/<store-name>/ as its path.\n';
    const metrics = '# Dapr metrics\n\n## Actors\n\n* dapr_runtime_actor_activated_total: the number of actors activated, by actor type and by the application that hosts them.\n';
    const files = { 'docs/decision_records/architecture/ARC-001-refactor.md': adr, 'docs/decision_records/api/API-001-state-store-api-design.md': apiAdr, 'docs/development/dapr-metrics.md': metrics };
    expect((await control(files, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    // "Actors" counts beside the actions, or under a design heading.
    const design = '# Design\n\n## Actors\n\nOperators run the CLI; the control server signs bundles; the agent on each node verifies and applies them.\n';
    const c = await control({ ...files, 'docs/overview.md': design }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => `${e.path}:${e.line}`)]).toEqual(['pass', ['docs/overview.md:1', 'docs/overview.md:3']]);
    // A record's "Design Rationale" in docs/architecture-decisions/ (flagd's) is what was decided, not the system's design.
    const rationale = '# Support code defaults\n\n## Proposal\n\n### Design Rationale\n\nThe daemon leaves the value out and the provider falls back to the default in code, so that clients and the daemon agree.\n';
    expect((await control({ 'docs/architecture-decisions/support-code-default.md': rationale }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
  });
  it('passes with the Actors and Actions sections of a self-assessment, on their lines', async () => {
    const c = await control({ 'docs/security/self-assessment.md': COMPLETE_SELF_ASSESSMENT }, 'OSPS-SA-01.01');
    expect(c.status).toBe('pass');
    const lines = COMPLETE_SELF_ASSESSMENT.split('\n');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/security/self-assessment.md', line: lines.indexOf('### Actors') + 1 });
    expect(c.evidence[1]).toMatchObject({ line: lines.indexOf('### Actions') + 1 });
  });
  it('fails after a release without design documentation (a history page, a CPU architecture, components as a modifier or over an API list are none)', async () => {
    const long = (s: string) => `${s} ${'It goes on in enough words for the section to be read as prose by the check. '.repeat(2)}`;
    const c = await control(
      {
        'README.md': '# r\n\nA tool.\n',
        'docs/history-design-future.md': `# History, Design and Future\n\n${long('It began as an idea.')}\n\n## Design\n\n${long('Then I spent some time designing the API I wanted to have as a user.')}\n`,
        'docs/guide/image.md': `# Images\n\n## Scan Image on a specific Architecture and OS\n\n${long('Pass --platform to pick the image.')}\n\n## Control Plane and Node Components Vulnerability Scanning\n\n${long('Scan the nodes.')}\n`,
        'docs/lua-filters.md': `# Lua filters\n\n# Lua type reference\n\n## Element components\n\n### Attr\n\n${long('A set of element attributes.')}\n`,
      },
      'OSPS-SA-01.01',
      'tagged',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence.some((e) => e.kind === 'git' && /v1\.0\.0/.test(e.detail))).toBe(true);
    expect(c.remediation).toMatch(/actor/);
  });
  it('takes no one-sentence "How it works" over benchmark figures and an anchor table of contents for design (fast-json-stringify\'s README)', async () => {
    const toc = ['example', 'options', 'api', 'security', 'license'].map((a) => `- <a href="#${a}">\`${a}\`</a>`).join('\n');
    const readme = (how: string) =>
      `# lib\n\nFaster than JSON.stringify.\n\n### How it works\n\n${how}\n\n##### Benchmarks\n\n- Machine: \`EX41S-SSD, Intel Core i7\`.\n- Node.js \`v22.14.0\`\n\n\`\`\`\nFJS creation x 9,696 ops/sec\n\`\`\`\n\n#### Table of contents:\n${toc}\n\n## Example\n\nSee below.\n`;
    const one = 'lib requires a [JSON Schema Draft 7](https://json-schema.org/specification-links#draft-7) input to generate a fast `stringify` function.';
    expect((await control({ 'README.md': readme(one) }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    const more = `${one} The compiler walks the schema once and writes the code of a serializer for each type; the caller then passes its objects to that function, which writes each property with the escaping its type needs.`;
    const c = await control({ 'README.md': readme(more) }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => `${e.path}:${e.line}`)]).toEqual(['pass', ['README.md:5']]);
  });
  it('passes on a "How Does It Work?" page (attrs\'s docs/how-does-it-work.md), not on how sponsorship works or a how-to page', async () => {
    const long = (s: string) => `${s} ${'It goes on in enough words for the section to be read as prose by the check. '.repeat(3)}`;
    const page = `(how)=\n\n# How Does It Work?\n\n## Boilerplate\n\n${long('Once you apply the decorator to a class, it searches the class object for type hints and writes the dunder methods.')}\n`;
    const c = await control({ 'README.md': '# r\n\nA tool.\n', 'docs/how-does-it-work.md': page }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => `${e.path}:${e.line}`)]).toEqual(['pass', ['docs/how-does-it-work.md:1', 'docs/how-does-it-work.md:3']]);
    const others = {
      'README.md': '# r\n\nA tool.\n',
      'docs/funding.md': `# Funding\n\n## How does sponsorship work?\n\n${long('Sponsorships go through GitHub Sponsors.')}\n`,
      'docs/how-to-work-with-git.md': `# Git\n\n${long('Fork the repository and create a branch.')}\n`,
    };
    expect((await control(others, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
  });
  it("takes no recipe's \"How it works\" for design (vitest's docs/guide/recipes/db-transaction.md), but the product's own (docs/guide/mocking/modules.md)", async () => {
    const recipe = `# Database transactions\n\n${'Wrap each test in a transaction with a file-scoped fixture and an around hook. '.repeat(2)}\n\n## How it works\n\nThe \`db\` fixture is created once per file via \`scope: 'file'\`, so connection setup happens once; \`aroundEach\` wraps every test in \`db.transaction(runTest)\`, and anything the test writes gets rolled back when \`runTest\` resolves.\n`;
    const mocking = `# Mocking modules\n\n## How it Works\n\nThe runner implements different module mocking mechanisms depending on the environment. When it sees that a file has \`vi.mock\` inside, the plugin transformer turns every static import into a dynamic one and moves the call to the top of the file.\n`;
    const files = { 'README.md': '# runner\n', 'docs/guide/recipes/db-transaction.md': recipe };
    expect((await control(files, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    const c = await control({ ...files, 'docs/guide/mocking/modules.md': mocking }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => `${e.path}:${e.line}`)]).toEqual(['pass', ['docs/guide/mocking/modules.md:3']]);
  });
  it("takes no CI service guide's \"How it works\" for design (jekyll's docs/_docs/continuous-integration/), but a page on the rendering process", async () => {
    const buddy =
      '---\ntitle: "Buddy"\n---\n\n[Buddy](https://buddy.works) is a Docker-based CI server that builds, tests and deploys your sites. The following guide will show you how to set up a free environment to build and test your project.\n\n## 1. Getting started\n\n1. Log in with your GitHub account\n2. Create a new pipeline\n\n## 2. How it works\n\nWhenever you make a push to the selected branch, the action runs `widget build` in an isolated Docker image. The output is generated to the `/filesystem` directory, and can be further deployed to FTP/SFTP and IaaS services.\n';
    const files = { 'README.md': '# widget\n\nA static site generator.\n', 'docs/_docs/continuous-integration/buddyworks.md': buddy };
    expect((await control(files, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    // The same page elsewhere is read as it was.
    expect((await control({ 'README.md': files['README.md'], 'docs/_docs/buddyworks.md': buddy }, 'OSPS-SA-01.01', 'tagged')).status).toBe('pass');
    const rendering =
      '---\n---\n\nFor any site, a *build session* consists of discrete phases in the following order: setting up plugins, reading source files, running generators, rendering templates, and finally writing files to disk. The rendering phase is divisible into three stages; every file passes through one or more of them, the output of a stage being the input of the next.\n';
    const c = await control({ ...files, 'docs/_docs/rendering-process.md': rendering, 'docs/http_request_lifecycle.md': rendering }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => `${e.path}:${e.line}`)]).toEqual(['pass', ['docs/_docs/rendering-process.md:1']]);
  });
  it("takes no section on experimental components for design (opentelemetry-go's CONTRIBUTING \"Experimental signals and components\"); a component's DESIGN.md it cannot read is unknown", async () => {
    const guide =
      '# Contributing\n\n### Experimental Features\n\n#### Experimental signals and components\n\nNew telemetry signals (e.g., Logs before stabilization) and components (e.g. bridges) are hosted in new, unstable modules. The package should have the final name it will use once stabilized, and is released at a v0.x.y version to indicate it is not stable.\n';
    const files = { 'README.md': '# widget\n\nA telemetry library.\n', 'CONTRIBUTING.md': guide };
    expect((await control(files, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    const c = await control({ ...files, 'log/DESIGN.md': '# Logs API\n\nThe design.\n', 'vendor/x/DESIGN.md': '# x\n', 'test/DESIGN.md': '# t\n' }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.map((e) => e.path).filter(Boolean)]).toEqual(['unknown', ['log/DESIGN.md']]);
    expect((await control({ ...files, 'vendor/x/DESIGN.md': '# x\n' }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
  });
  it('fails after a release with a how-to on reusing components and a page on how sponsorship works (starlette)', async () => {
    const long = (s: string) => `${s} ${'It goes on in enough words for the section to be read as prose by the check. '.repeat(3)}`;
    const c = await control(
      {
        'README.md': '# r\n\nA tool.\n',
        'docs/middleware.md': `# Middleware\n\n#### Reusing Starlette components\n\n${long('Starlette provides several data structures that accept the ASGI scope, such as Request and Headers.')}\n`,
        'docs/sponsorship.md': `# Sponsorship\n\n## How Sponsorship Works\n\n${long('We currently manage sponsorships exclusively through GitHub Sponsors.')}\n`,
      },
      'OSPS-SA-01.01',
      'tagged',
    );
    expect([c.status, c.evidence.filter((e) => e.path).map((e) => e.path)]).toEqual(['fail', []]);
  });
  it("fails after a release on a \"Components\" list of links to pages elsewhere (Apache Commons' README \"Apache Commons Components\"); not on one that describes this project's components", async () => {
    const directory =
      '# Apache Commons Codec\n\nEncoders and decoders.\n\nApache Commons Components\n-------------------------\n\n+ [List of Apache Commons components](https://commons.apache.org/components.html): homepages and documentation for all components.\n+ [`REPOSITORIES.md`](https://github.com/apache/commons-parent/blob/master/REPOSITORIES.md): overview of the code repositories and their build status.\n';
    const c = await control({ 'README.md': directory }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.filter((e) => e.path).map((e) => e.path)]).toEqual(['fail', []]);
    const described = directory.replace('+ [List', 'The encoder reads the input buffer and hands each block to the codec, which writes the encoded bytes to the output stream the caller gave.\n\n+ [List');
    const d = await control({ 'README.md': described }, 'OSPS-SA-01.01', 'tagged');
    expect([d.status, d.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5 }]);
  });
  it('fails after a release with advice on designing CLIs (click), a design process link (ktor) and an AGENTS.md prompt', async () => {
    const long = (s: string) => `${s} ${'It goes on in enough words for the section to be read as prose by the check. '.repeat(3)}`;
    const c = await control(
      {
        'README.md': '# r\n\nA tool.\n',
        'docs/design-opinions.md': `# CLI Design Opinions\n\nA penny for your thoughts...\n\n## Options over arguments\n\n${long('Positional arguments should be used sparingly.')}\n`,
        'CONTRIBUTING.md': `# Contributing\n\n### Design process\n\n${long('Before making any code contributions, read how we handle the [design process](https://blog.example.org/design-process/).')}\n`,
        'AGENTS.md': `# Agents\n\n## Types and API design\n\n${long('Prefer internal by default; public API requires KDoc.')}\n\n## Architecture\n\n${long('The server module holds the routing.')}\n`,
      },
      'OSPS-SA-01.01',
      'tagged',
    );
    expect(c.status).toBe('fail');
  });
  it("fails after a release with a page of design choices that argues one decision (quart's docs/discussion/design_choices.rst)", async () => {
    const long = (s: string) => `${s} ${'It goes on in enough words for the section to be read as prose by the check. '.repeat(3)}`;
    const page = `.. _design_choices:\n\nDesign Choices\n==============\n\nCoroutines or functions\n-----------------------\n\n${long('It is easy to call sync code from a coroutine and hard to call async code from a function; for this reason coroutines are preferred.')}\n`;
    const c = await control({ 'README.md': '# r\n\nA web framework.\n', 'docs/discussion/design_choices.rst': page }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.filter((e) => e.path).map((e) => e.path)]).toEqual(['fail', []]);
  });
  it("fails after a release with a features page whose \"Design based on\" section names where the design comes from (typer's docs/features.md)", async () => {
    const page = "# Features\n\n## Design based on **Widget**\n\n**Tool** is [Widget](https://widget.dev)'s little sibling.\n\nIt follows the same design and ideas. If you know **Widget**, you already know **Tool**... more or less.\n\n## Just Modern Python\n\nIt's all based on standard Python type declarations. No new syntax to learn.\n";
    const c = await control({ 'README.md': '# r\n\nA command line library.\n', 'docs/features.md': page }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence.filter((e) => e.path).map((e) => e.path)]).toEqual(['fail', []]);
  });
  it('is unknown, not passed, with design diagrams in an *-internals folder (etcd): an image is not read', async () => {
    const files = { 'README.md': '# r\n\nA tool.\n', 'Documentation/etcd-internals/diagrams/parts.drawio': '<mxfile/>', 'Documentation/etcd-internals/diagrams/parts.png': 'x', 'assets/design/logo.png': 'x' };
    const c = await control(files, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence[0].path]).toEqual(['unknown', 'Documentation/etcd-internals/diagrams/parts.drawio']);
    expect(c.evidence.map((e) => e.detail).join(' ')).toMatch(/and 1 more/);
  });
  it("is unknown, not failed, with an overview diagram in a diagrams/ folder that the README shows (fluxcd/notification-controller's)", async () => {
    const readme = '# widget-controller\n\nEvent forwarder for the toolkit controllers.\n\n![overview](docs/diagrams/widget-controller-overview.png)\n';
    const c = await control({ 'README.md': readme, 'docs/diagrams/widget-controller-overview.png': 'x' }, 'OSPS-SA-01.01', 'tagged');
    expect([c.status, c.evidence[0].path]).toEqual(['unknown', 'docs/diagrams/widget-controller-overview.png']);
    // Another picture in a diagrams/ folder (a logo) is no design document.
    expect((await control({ 'README.md': '# r\n\nA tool.\n', 'docs/diagrams/logo.png': 'x' }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
  });
  it('is not applicable when the API shows no release and no tag', async () => {
    const c = await control({ 'README.md': '# r' }, 'OSPS-SA-01.01', 'api-none');
    expect(c.status).toBe('not-applicable');
  });
  it('is unknown when whether a release was made cannot be told', async () => {
    const c = await control({ 'README.md': '# r' }, 'OSPS-SA-01.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.detail).join(' ')).toMatch(/release/);
  });
  it('is attested by a design URL outside the repository in Security Insights', async () => {
    const c = await control({ 'security-insights.yml': insights({ design: 'https://r.acme.dev/design' }) }, 'OSPS-SA-01.01', 'tagged');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml' });
  });
  it('cites the trust boundaries of a threat model, not a design section that only lists principles (rustls)', async () => {
    // rustls's CONTRIBUTING.md "Design and Architecture": "Some general concepts about how the library should fit together", then one subsection a principle.
    const principle = (t: string) => `### ${t}\n\nWhen a program incorporates the library, parts that are not used should be discardable by the linker, and the API kept small.\n`;
    const contributing = `# Contributing\n\n## Design and Architecture\n\nSome general concepts about how the library should fit together:\n\n- Linker friendliness\n- Small mandatory API\n\n${principle('Linker friendliness')}\n${principle('Small mandatory API')}`;
    // rustls's SECURITY.md: the threat model's boundaries name who acts on the library and how.
    const security = '# Security Policy\n\n## Threat model\n\nThis library typically sits between raw network I/O and application code.\n\n### Boundary: network-originated input\n\nEverything arriving from the wire is treated as adversarially crafted: on-path attackers and malicious peers send records the library parses.\n\n### Boundary: cryptography provider\n\nAll items under the CryptoProvider interface are external to the core library, which calls them to sign, verify and encrypt.\n';
    const c = await control({ 'CONTRIBUTING.md': contributing, 'SECURITY.md': security }, 'OSPS-SA-01.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => [e.path, e.line])).toEqual([
      ['SECURITY.md', 7],
      ['SECURITY.md', 11],
    ]);
    expect(c.evidence[0].detail).toMatch(/trust boundary .*"Boundary: network-originated input"/);
    // The principles alone are no design documentation.
    expect((await control({ 'CONTRIBUTING.md': contributing }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
  });
  it("a changelog's \"New components\" lists what a release added, not the design (opentelemetry-collector's CHANGELOG-API.md)", async () => {
    const changelog = `# Go API Changelog\n\n## v1.2.0\n\n### New components\n\n${'- \`pkg/config/storage\`: Add a new storage module to support storage configuration fields for the receivers and exporters. (#5832)\n'.repeat(3)}`;
    expect((await control({ 'CHANGELOG-API.md': changelog }, 'OSPS-SA-01.01', 'tagged')).status).toBe('fail');
    // The same section in a design page counts.
    expect((await control({ 'docs/overview.md': changelog.replace('# Go API Changelog', '# Overview') }, 'OSPS-SA-01.01', 'tagged')).status).toBe('pass');
  });
  it('reads a root DESIGN.md now that root Markdown is outlined', async () => {
    const c = await control({ 'DESIGN.md': ARCHITECTURE }, 'OSPS-SA-01.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'DESIGN.md' });
  });
});

describe('OSPS-SA-02.01 external interfaces', () => {
  it("does not read a threat model's sections as the interface it describes (lodash's threat-model.md \"Stateful or Accessor-Backed Path Arguments\")", async () => {
    const c = await control({ 'README.md': '# widget\n\nA utility library.\n', 'threat-model.md': THREAT_MODEL_DOC }, 'OSPS-SA-02.01', 'tagged');
    expect(c.evidence.some((e) => e.path === 'threat-model.md')).toBe(false);
    expect(c.status).toBe('fail');
  });
  it("passes on a docs/ page that generates the API reference from the code (werkzeug's docs/wrappers.rst), at the directive's line; not an internal page's", async () => {
    const page = (dir: string) => `Request / Response Objects\n==========================\n\n.. module:: widget.wrappers\n\nThe request object wraps the WSGI environment.\n\n${dir}\n    :members:\n`;
    const c = await control({ 'README.md': '# widget\n\nA WSGI toolkit.\n', 'docs/wrappers.rst': page('.. autoclass:: Request') }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/wrappers.rst', line: 8, detail: expect.stringContaining('".. autoclass:: Request"') }]);
    const md = await control({ 'README.md': '# widget\n\nA toolkit.\n', 'docs/models.md': '# Models\n\nThe models of widget.\n\n::: widget.models.Model\n' }, 'OSPS-SA-02.01', 'tagged');
    expect([md.status, md.evidence[0]]).toMatchObject(['pass', { path: 'docs/models.md', line: 5 }]);
    // A VitePress container ("::: warning" ... ":::", rollup's docs) is written like it but documents no object.
    const tip = '# Options\n\nThe options of widget.\n\n::: warning\n\nPure functions are dropped.\n\n:::\n\n::: code-group\n\n```shell\nwidget build\n```\n\n:::\n';
    expect((await control({ 'README.md': '# widget\n\nA toolkit.\n', 'docs/options.md': tip }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    const both = await control({ 'README.md': '# widget\n\nA toolkit.\n', 'docs/models.md': `${tip}\n::: widget.models.Model\n    options:\n      members: true\n` }, 'OSPS-SA-02.01', 'tagged');
    expect([both.status, both.evidence[0]]).toMatchObject(['pass', { path: 'docs/models.md', line: 19, detail: expect.stringContaining('"::: widget.models.Model"') }]);
    // `.. module::` only names the module; an internal page's reference is not the external interface.
    expect((await control({ 'README.md': '# widget\n\nA WSGI toolkit.\n', 'docs/wrappers.rst': page('.. module:: widget.other') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': '# widget\n\nA WSGI toolkit.\n', 'docs/internals/wrappers.rst': page('.. autoclass:: Request') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it("passes on a MyST page whose autodoc directives stand in an {eval-rst} block or name the fence (stamina's docs/api.md); not on a ```rst example", async () => {
    const readme = '# widget\n\nA retry toolkit.\n';
    const api = '# API Reference\n\n```{eval-rst}\n.. module:: widget\n\n.. autofunction:: retry\n.. autoclass:: Attempt\n   :members: num\n```\n';
    const c = await control({ 'README.md': readme, 'docs/api.md': api }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/api.md', line: 6, detail: expect.stringContaining('".. autofunction:: retry"') }]);
    const fenced = await control({ 'README.md': readme, 'docs/models.md': '# Models\n\nThe models.\n\n:::{autoclass} widget.Model\n:members:\n:::\n' }, 'OSPS-SA-02.01', 'tagged');
    expect([fenced.status, fenced.evidence[0]]).toMatchObject(['pass', { path: 'docs/models.md', line: 5 }]);
    // A page that shows how to write the directive, in an rst code block, documents no object of its own.
    const howto = '# Writing docs\n\nDocument a class like this:\n\n```rst\n.. autoclass:: Attempt\n```\n\n````markdown\n```{eval-rst}\n.. autofunction:: retry\n```\n````\n';
    expect((await control({ 'README.md': readme, 'docs/writing-docs.md': howto }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it("does not cite a migration guide's sections (h3's MIGRATION.md and docs/5.migration/0.index.md, composer's UPGRADE-2.0.md), but the guide's options", async () => {
    const migration = '# Migration guide for v1 to v2\n\nh3 v2 includes some behavior and API changes.\n\n## App interface and router\n\nRouter is now part of the app: use `new H3()` instead of `createApp()` and `createRouter()`, and register routes on it.\n';
    const options = '# H3\n\nThe app.\n\n## H3 App Options\n\nThe constructor takes an options object: `debug` shows stack traces, `onError` is called with each error, `onRequest` with each request.\n';
    const files = { 'README.md': '# h3\n\nA minimal HTTP framework.\n', 'MIGRATION.md': migration, 'docs/5.migration/0.index.md': migration, 'docs/2.upgrade-notes.md': migration.replace('# Migration guide for v1 to v2', '# Changes in v2'), 'docs/notes.md': migration, 'UPGRADE-2.0.md': migration.replace('# Migration guide for v1 to v2', '# For h3 CLI users') };
    const c = await control({ ...files, 'docs/1.guide/2.app.md': options }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence.filter((e) => e.kind === 'file').map((e) => `${e.path}:${e.line}`)]).toEqual(['pass', ['docs/1.guide/2.app.md:5']]);
    expect((await control(files, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it("does not cite a reference folder's logo or versioning page as interface documentation (quart's docs/reference/)", async () => {
    const prose = 'The project keeps this page so that people who build on it know what to expect from it, and where to ask when something here is not clear enough for them. Each entry below says what it covers and links the pages that say more about it.\n';
    const logo = `Logo\n====\n\nThe logo was kindly provided by an artist of the community. ${prose}`;
    const versioning = `Versioning\n==========\n\nWidget uses Semantic Versioning. ${prose}`;
    const readme = '# widget\n\nA web framework.\n';
    const c = await control({ 'README.md': readme, 'docs/reference/logo.rst': logo, 'docs/reference/versioning.rst': versioning }, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('fail');
    const routing = `Routing\n=======\n\nRoutes map a URL rule to a view function. ${prose}`;
    const ok = await control({ 'README.md': readme, 'docs/reference/logo.rst': logo, 'docs/reference/routing.rst': routing }, 'OSPS-SA-02.01', 'tagged');
    expect([ok.status, ok.evidence.map((e) => e.path)]).toMatchObject(['pass', ['docs/reference/routing.rst', undefined]]);
  });
  it("does not read a section written for contributors as an external interface (keda's CREATE-NEW-SCALER.md \"Scaler interface\"); passes on an operator's generated CRDs", async () => {
    const page =
      '# Creating a new scaler\n\n## Scaler interface\n\nThe scalers are implementations of a `Scaler` Go interface declared in `pkg/scalers/scaler.go`. This documentation describes how scalers work and is targeted towards contributors and maintainers.\n\n### GetMetricsAndActivity\n\nThis is the key function of a scaler; it returns the value of the external metric and whether the scaler is active.\n';
    const readme = '# widget\n\nAn autoscaler.\n';
    expect((await control({ 'README.md': readme, 'CREATE-NEW-SCALER.md': page }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    const users = page.replace(' and is targeted towards contributors and maintainers', '');
    expect((await control({ 'README.md': readme, 'CREATE-NEW-SCALER.md': users }, 'OSPS-SA-02.01', 'tagged')).status).toBe('pass');
    const crd = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: scaledobjects.widget.io\n';
    const c = await control({ 'README.md': readme, 'CREATE-NEW-SCALER.md': page, 'config/crd/bases/widget.io_scaledobjects.yaml': crd, 'config/crd/bases/widget.io_scaledjobs.yaml': crd }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'config/crd/bases/widget.io_scaledjobs.yaml', line: 1, detail: expect.stringContaining('one of 2') }]);
  });
  it("passes on an operator's CRDs kept in a crds/ folder under controller-gen's <group>_<plural>.yaml names (crossplane's cluster/crds/); not a test's, an example's or a proposal's, nor a proposal's OpenAPI file (cluster-api)", async () => {
    const readme = '# widget\n\nA control plane framework.\n';
    const crd = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: compositions.apiextensions.widget.io\n';
    const c = await control({ 'README.md': readme, 'cluster/crds/apiextensions.widget.io_compositions.yaml': crd, 'cluster/crds/pkg.widget.io_providers.yaml': crd }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'cluster/crds/apiextensions.widget.io_compositions.yaml', line: 1, detail: expect.stringContaining('one of 2 in cluster/crds/') }]);
    const notOwn = { 'README.md': readme, 'test/e2e/crds/apiextensions.widget.io_compositions.yaml': crd, 'examples/crds/pkg.widget.io_providers.yaml': crd, 'docs/proposals/crds/pkg.widget.io_providers.yaml': crd, 'docs/proposals/images/hook/runtime-sdk-openapi.yaml': 'openapi: 3.0.0\n', 'cluster/crds/README.yaml': 'x: 1\n' };
    expect((await control(notOwn, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it('does not read hosting or installation choices ("Self-Hosted Options", werkzeug\'s deployment page) as an interface', async () => {
    const doc = (heading: string) => `# Deploying to Production\n\n## ${heading}\n\nWidget is a WSGI application. A WSGI server runs it, converting incoming HTTP requests to the standard WSGI environ.\n`;
    expect((await control({ 'README.md': '# widget\n\nA WSGI toolkit.\n', 'docs/deployment.md': doc('Self-Hosted Options') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': '# widget\n\nA WSGI toolkit.\n', 'docs/deployment.md': doc('Configuration options') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('pass');
  });
  it("does not read a decision record's \"Considered Options\" or \"API changes\" as an interface (flagd's docs/architecture-decisions/, MADR)", async () => {
    const adr = '# Support code defaults\n\n## Background\n\nFlags cannot defer to the default value in code.\n\n## Considered Options\n\n* Use a null variant to fall back to the code default for the flag, keeping the schema small.\n\n## Decision Outcome\n\nThe null variant.\n\n### API changes\n\nThe evaluation response may leave the value out when the flag defers to the code default of the caller.\n';
    const readme = '# widget\n\nA flag daemon.\n';
    expect((await control({ 'README.md': readme, 'docs/architecture-decisions/code-default.md': adr }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    // MADR's sections tell a record outside such a folder.
    expect((await control({ 'README.md': readme, 'docs/code-default.md': adr }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    // The same sections on a product page describe the interface.
    const page = adr.replace('## Decision Outcome\n\nThe null variant.\n\n', '');
    expect((await control({ 'README.md': readme, 'docs/code-default.md': page }, 'OSPS-SA-02.01', 'tagged')).status).toBe('pass');
  });
  it('does not read a third-party package named "…-webhook" or a quoted misconception about the API as an interface', async () => {
    const transports = '# Transports\n\n## Known transports\n\n### widget-discord-webhook\n\nA third-party transport that forwards log lines to a Discord channel from a dedicated worker thread, so that logging never blocks.\n';
    expect((await control({ 'README.md': '# widget\n\nA logger.\n', 'docs/transports.md': transports }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    const myths = '# widget\n\nA middleware.\n\n## Common Misconceptions\n\n### "widget protects my API from unauthorized access"\n\nNo. Any HTTP client can call your API regardless of these headers. Use authentication and authorization to protect your API.\n';
    expect((await control({ 'README.md': myths }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': '# widget\n\nA service.\n\n## Webhooks\n\nThe service posts a JSON event to each registered URL when a job finishes, with its id, status and duration.\n' }, 'OSPS-SA-02.01', 'tagged')).status).toBe('pass');
  });
  it("passes on a manual page at the root (jq's jq.1.prebuilt), at its title line; not on a data file named like one", async () => {
    const man = '.\\" generated from the manual\n.TH "JQ" "1" "May 2025" "" ""\n.\n.SH "NAME"\n\\fBjq\\fR \\- Command\\-line JSON processor\n.\n.SH "SYNOPSIS"\n\\fBjq\\fR [\\fIoptions\\fR\\.\\.\\.] \\fIfilter\\fR [\\fIfiles\\fR\\.\\.\\.]\n';
    const c = await control({ 'README.md': '# jq\n\nA JSON processor.\n', 'jq.1.prebuilt': man }, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'jq.1.prebuilt', line: 2, detail: expect.stringContaining('manual page JQ(1)') });
    expect((await control({ 'README.md': '# jq\n\nA JSON processor.\n', 'doc/sample.1': '1 2 3\n4 5 6\n' }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it("passes on the manual pages kept beside their sources (libarchive's tar/bsdtar.1, an mdoc .Dt title); not on a test's data named like one", async () => {
    const mdoc = '.\\" Copyright (c) 2003-2007 Tim Kientzle\n.\\" All rights reserved.\n.Dd March 1, 2024\n.Dt TAR 1\n.Os\n.Sh NAME\n.Nm tar\n.Nd manipulate tape archives\n';
    const readme = '# widget\n\nAn archive library and its tar tool.\n';
    const c = await control({ 'README.md': readme, 'tar/bsdtar.1': mdoc }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'tar/bsdtar.1', line: 4, detail: expect.stringContaining('manual page TAR(1)') }]);
    expect((await control({ 'README.md': readme, 'tests/data/out.1': mdoc }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it('does not read a test guide\'s "Reference Files" (the data the tests compare against) as an interface reference', async () => {
    const guide = '# Writing tests\n\n## 2. Reference Files (Compatibility Tests)\n\nFor testing compatibility with existing archives, place the sample data in the test directory and encode it with uuencode.\n';
    expect((await control({ 'README.md': '# widget\n\nAn archive library.\n', 'doc/WRITING_TESTS.md': guide }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    const reference = guide.replace('2. Reference Files (Compatibility Tests)', 'Command reference');
    expect((await control({ 'README.md': '# widget\n\nAn archive library.\n', 'doc/WRITING_TESTS.md': reference }, 'OSPS-SA-02.01', 'tagged')).status).toBe('pass');
  });
  it("is attested, not passed, on the README's Documentation section linking the documentation site (nats-server); a website link alone is nothing", async () => {
    const readme = (links: string) => `# NATS Server\n\nA high-performance messaging server.\n\n## Documentation\n\n${links}\n`;
    const c = await control({ 'README.md': readme('- [Official Website](https://nats.io)\n- [Official Documentation](https://docs.nats.io)') }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence]).toMatchObject(['attested', [{ path: 'README.md', line: 8, detail: expect.stringContaining('https://docs.nats.io') }]]);
    expect((await control({ 'README.md': readme('- [Official Website](https://nats.io)') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it('reads a "Docs & Community" section as the documentation pointer too (express); a "Community" section is not', async () => {
    const readme = (heading: string) => `# Express\n\nA web framework.\n\n## ${heading}\n\n  * [Website and Documentation](https://expressjs.com/) - [[website repo](https://github.com/expressjs/expressjs.com)]\n`;
    const c = await control({ 'README.md': readme('Docs & Community') }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence]).toMatchObject(['attested', [{ path: 'README.md', line: 7, detail: expect.stringContaining('"Docs & Community"') }]]);
    expect((await control({ 'README.md': readme('Community') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it("passes on a GitHub Action's root metadata that describes each input and output (harden-runner's action.yml), at its inputs: line; not when one is undescribed, nor on an internal action", async () => {
    const action = (token: string) =>
      `name: Widget\ndescription: Checks a workflow\ninputs:\n  policy:\n    description: "audit or block"\n    default: block\n  token:\n${token}    default: \${{ github.token }}\noutputs:\n  report:\n    description: Path of the report\n    value: x\nruns:\n  using: node24\n  main: dist/index.js\n`;
    const readme = '# Widget\n\nHardens the runner.\n';
    const c = await control({ 'README.md': readme, 'action.yml': action('    description: Used to avoid rate limits\n') }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'action.yml', line: 3, detail: expect.stringContaining('each of its 2 inputs and 1 output') }]);
    expect((await control({ 'README.md': readme, 'action.yml': action('') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': readme, '.github/actions/setup/action.yml': action('    description: Used to avoid rate limits\n') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it('passes with a Usage section in the README, on its line', async () => {
    const c = await control({ 'README.md': '# r\n\nA tool.\n\n## Usage\n\nRun `r check <path>`; it prints one line per finding and exits 1 when any finding is an error. `--json` prints the findings as JSON.\n' }, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 5 });
  });
  it('cites a usage section of commands, not one that only links a page elsewhere (pvtr-github-repo)', async () => {
    const readme =
      '# Scanner\n\n## Docker Usage\n\n```sh\ndocker build . -t local\ndocker run --mount type=bind,source=./config.yml,destination=/config.yml local\n```\n\n## GitHub Actions Usage\n\nSee the [OSPS Security Baseline Scanner](https://github.com/marketplace/actions/open-source-project-security-baseline-scanner)\n';
    const c = await control({ 'README.md': readme }, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence.filter((e) => e.kind === 'file').map((e) => e.line)).toEqual([3]);
  });
  it('passes with an OpenAPI description', async () => {
    const c = await control({ 'api/openapi.yaml': 'openapi: 3.1.0\ninfo:\n  title: r\n  version: 1.0.0\npaths: {}\n' }, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].path).toBe('api/openapi.yaml');
  });
  it("counts a file named openapi only when it opens with the key of an OpenAPI, Swagger or AsyncAPI description (go-github's openapi_operations.yaml lists the operations it wraps)", async () => {
    const operations = 'operations:\n  - name: GET /orgs/{org}\n    documentation_url: https://docs.example.com/rest/orgs\n';
    expect((await control({ 'README.md': '# r\n\nA client.\n', 'openapi_operations.yaml': operations }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    const swagger = await control({ 'README.md': '# r\n\nA server.\n', 'api/swagger.json': '{\n  "info": {"title": "r"},\n  "swagger": "2.0",\n  "paths": {}\n}\n' }, 'OSPS-SA-02.01', 'tagged');
    expect([swagger.status, swagger.evidence[0]]).toMatchObject(['pass', { path: 'api/swagger.json', detail: expect.stringContaining('Swagger') }]);
    // go-swagger sorts the keys: `swagger:` comes after the definitions (kubescape's httphandler/docs/swagger.yaml, line 532).
    const sorted = `basePath: /\ndefinitions:\n${'  Thing:\n    description: A thing of the API, described at length.\n'.repeat(400)}info:\n  title: r\npaths: {}\nswagger: "2.0"\n`;
    expect((await control({ 'README.md': '# r\n\nA server.\n', 'docs/swagger.yaml': sorted }, 'OSPS-SA-02.01', 'tagged')).evidence[0]).toMatchObject({ path: 'docs/swagger.yaml' });
    const events = await control({ 'README.md': '# r\n\nA broker.\n', 'asyncapi.yml': '# The events\nasyncapi: 3.0.0\ninfo:\n  title: r\n' }, 'OSPS-SA-02.01', 'tagged');
    expect([events.status, events.evidence[0]]).toMatchObject(['pass', { path: 'asyncapi.yml', detail: expect.stringContaining('AsyncAPI') }]);
  });
  it("fails after a release with only a test's expected OpenAPI output (ktor) and a section on the internal API (libgit2)", async () => {
    const spec = 'openapi: 3.1.0\ninfo:\n  title: r\n  version: 1.0.0\npaths: {}\n';
    const internal = `# Errors\n\n## The internal error API\n\n${'Functions inside the library set the error with git_error_set before they return. '.repeat(2)}\n`;
    const files = { 'README.md': '# r\n\nA tool.\n', 'plugins/openapi/jvm/test-resources/expected/openapi.yaml': spec, 'src/test/resources/swagger.json': '{}', 'docs/error-handling.md': internal };
    const c = await control(files, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('fail');
  });
  it("a dependency's license record named after it is no OpenAPI description (actions/checkout's .licenses/npm/@octokit/openapi-types.dep.yml)", async () => {
    const record = '---\nname: "@octokit/openapi-types"\nversion: 12.11.0\ntype: npm\nsummary: Generated TypeScript definitions based on GitHub\'s OpenAPI spec\nlicense: mit\n';
    const files = { 'README.md': '# r\n\nA tool.\n', '.licenses/npm/@octokit/openapi-types.dep.yml': record };
    expect((await control(files, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    // The README's usage block, inputs and their comments only, is then the evidence (actions/checkout's "# Usage").
    const usage = '# Usage\n\n```yaml\n- uses: o/r@v1\n  with:\n    # The branch, tag or SHA to check out.\n    ref: \'\'\n```\n';
    const c = await control({ ...files, 'README.md': `# r\n\nA tool.\n\n${usage}` }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence.filter((e) => e.kind === 'file')]).toMatchObject(['pass', [{ path: 'README.md', line: 5 }]]);
  });
  it('passes with a public API dump of the binary-compatibility validator (ktor-utils/api/ktor-utils.api)', async () => {
    const c = await control({ 'ktor-utils/api/ktor-utils.api': 'public final class io/ktor/util/Hash {\n}\n', 'ktor-io/api/ktor-io.api': 'x\n' }, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'ktor-io/api/ktor-io.api', line: 1 });
  });
  it('fails after a release with a README that describes no interface (an FAQ about usage does not count)', async () => {
    const faq = '# FAQ\n\n## Usage questions\n\nPeople often ask whether r works offline. It does, as long as nothing needs the network to be read.\n';
    const c = await control({ 'README.md': '# r\n\n## About\n\nThis project started as a weekend experiment and grew into a small tool we use every day.\n', 'docs/FAQ.md': faq }, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('fail');
    expect(c.remediation).toMatch(/interface/);
  });
  it('a section on memory usage measures the software, it does not describe an interface (rustls BENCHMARKING.md)', async () => {
    const bench = '# Benchmarking\n\n## Throughput and memory usage benchmarks\n\nThese benchmarks measure the throughput and memory footprint you can expect from the library under load.\n';
    const c = await control({ 'README.md': '# r\n\nA library.\n', 'BENCHMARKING.md': bench }, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('fail');
    expect(c.evidence.some((e) => e.path === 'BENCHMARKING.md')).toBe(false);
    const usage = await control({ 'README.md': '# r\n\nA library.\n', 'BENCHMARKING.md': bench + '\n## CLI usage\n\nRun `r bench --json` to print the results as JSON, one object per benchmark, on standard output.\n' }, 'OSPS-SA-02.01', 'tagged');
    expect(usage.status).toBe('pass');
    expect(usage.evidence[0]).toMatchObject({ path: 'BENCHMARKING.md', line: 7 });
    // The interface is on docs.rs, linked from the README's "Documentation" section: the repository's name is not needed to see it is the project's.
    const docs = await control({ 'README.md': '# r\n\nA library.\n\n# Documentation\n\nhttps://docs.rs/r/\n', 'BENCHMARKING.md': bench }, 'OSPS-SA-02.01', 'tagged');
    expect(docs.status).toBe('pass');
    expect(docs.evidence[0]).toMatchObject({ path: 'README.md', line: 7, detail: 'links to its interface reference: https://docs.rs/r/' });
  });
  it("a usage section that only links the module's pkg.go.dev page describes nothing itself: the README's link to the reference is cited (go-viper/mapstructure)", async () => {
    const badge = '[![go.dev reference](https://img.shields.io/badge/go.dev-reference-007d9c)](https://pkg.go.dev/mod/github.com/o/r/v2)';
    const usage = '## Usage & Example\n\nFor usage and examples see the [documentation](https://pkg.go.dev/mod/github.com/o/r/v2).\n\nThe `Decode` function has examples associated with it there.\n';
    const c = await control({ 'README.md': `# r\n\n${badge}\n\nA Go library for decoding generic map values into structures.\n\n${usage}` }, 'OSPS-SA-02.01', 'tagged');
    expect(c.evidence.some((e) => /Usage & Example/.test(e.detail))).toBe(false);
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3, detail: expect.stringContaining('links to its interface reference: "go.dev reference" → https://pkg.go.dev/mod/github.com/o/r/v2') }]);
  });
  it('a section on the minimum Android API level names the platforms, not an interface: the Javadoc link is cited (gson)', async () => {
    const android = '### Minimum Android API level\n\n- Gson 2.11.0 and newer: API level 21\n- Gson 2.10.1 and older: API level 19\n\nOlder Gson versions may also support lower API levels, however this has not been verified.\n';
    const docs = '### Documentation\n\n- [API Javadoc](https://www.javadoc.io/doc/com.acme.r/r): Documentation for the current release\n';
    const deep = 'See [`RBuilder.strict()`](https://www.javadoc.io/doc/com.acme.r/r/latest/RBuilder.html#strict()) for the strict mode.\n\n';
    const c = await control({ 'README.md': `# r\n\nA library.\n\n${android}\n${docs}` }, 'OSPS-SA-02.01', 'tagged');
    expect(c.evidence.some((e) => /API level/.test(e.detail))).toBe(false);
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 14, detail: expect.stringContaining('https://www.javadoc.io/doc/com.acme.r/r') }]);
    // A link into one page of the reference, earlier in the README, is not cited before the one that names the reference.
    const first = await control({ 'README.md': `# r\n\nA library.\n\n${deep}${android}\n${docs}` }, 'OSPS-SA-02.01', 'tagged');
    expect(first.evidence[0]).toMatchObject({ path: 'README.md', line: 16, detail: expect.stringContaining('API Javadoc') });
  });
  it("passes on the README's link to its own Javadoc published on the project's site (moshi), not on one to the javadoc tool's manual", async () => {
    const guide = (target: string) => `# r\n\nA JSON library.\n\n### Built-in Type Adapters\n\n${'r has built-in support for reading and writing core data types. '.repeat(3)}\n\nThe [Javadoc][javadoc] catalogs the complete r library, which we explore below.\n\n [javadoc]: ${target}\n`;
    const c = await control({ 'README.md': guide('https://acme.github.io/r/1.x/r/') }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 9, detail: expect.stringContaining('https://acme.github.io/r/1.x/r/') }]);
    const tool = await control({ 'README.md': guide('https://docs.oracle.com/en/java/javase/21/javadoc/javadoc.html') }, 'OSPS-SA-02.01', 'tagged');
    expect(tool.status).toBe('fail');
  });
  it("passes on the README's link to the docs.rs page of its own crate, named otherwise than the repository (rust-lang/cc-rs's crate cc); not on another crate's", async () => {
    const readme = (target: string) => `# r-rs\n\nA library for build scripts.\n\nRefer to the [documentation](${target}) for detailed usage instructions.\n`;
    const manifest = '[package]\nname = "cc"\nversion = "1.2.0"\n';
    const c = await control({ 'README.md': readme('https://docs.rs/cc'), 'Cargo.toml': manifest }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5, detail: expect.stringContaining('https://docs.rs/cc') }]);
    expect((await control({ 'README.md': readme('https://docs.rs/ccache'), 'Cargo.toml': manifest }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it("passes on the README badge linking the pkg.go.dev page of its own Go module, named otherwise than the repository (opentelemetry-go's go.opentelemetry.io/otel); not on another module's", async () => {
    const readme = (target: string) => `# OpenTelemetry-Go\n\n[![PkgGoDev](https://pkg.go.dev/badge/go.opentelemetry.io/otel)](${target})\n\nA telemetry library.\n`;
    const files = { 'go.mod': 'module go.opentelemetry.io/otel\n\ngo 1.23\n', 'trace/go.mod': 'module "go.opentelemetry.io/otel/trace" // the trace API\n' };
    const c = await control({ ...files, 'README.md': readme('https://pkg.go.dev/go.opentelemetry.io/otel') }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3, detail: expect.stringContaining('https://pkg.go.dev/go.opentelemetry.io/otel') }]);
    expect((await control({ ...files, 'README.md': readme('https://pkg.go.dev/go.opentelemetry.io/otel/trace@v1.2.0') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('pass');
    expect((await control({ ...files, 'README.md': readme('https://pkg.go.dev/go.opentelemetry.io/otelx') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': readme('https://pkg.go.dev/go.opentelemetry.io/otel') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it("passes on the README's link to its own module's page, pkg.go.dev/mod/<module>, when the repository's name is not known (go-viper/mapstructure offline); not on another module's", async () => {
    const readme = (target: string) => `# mapstructure\n\nA Go library for decoding generic map values.\n\n## Usage & Example\n\nFor usage and examples see the [documentation](${target}).\n`;
    const files = { 'go.mod': 'module github.com/go-viper/mapstructure/v2\n\ngo 1.18\n' };
    const c = await control({ ...files, 'README.md': readme('https://pkg.go.dev/mod/github.com/go-viper/mapstructure/v2') }, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 7, detail: expect.stringContaining('https://pkg.go.dev/mod/github.com/go-viper/mapstructure/v2') }]);
    expect((await control({ ...files, 'README.md': readme('https://pkg.go.dev/mod/github.com/mitchellh/mapstructure') }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it('an SDK named inside a product name or an architecture topic about a protocol is no interface (hyper VISION.md)', async () => {
    const vision = `# Vision\n\n## Use Cases\n\n### Low-Level Client Library (curl, reqwest, aws-sdk)\n\n${'These client libraries care that hyper is flexible and fast. '.repeat(3)}\n\n### Protocol Codecs\n\n${'hyper has dedicated codecs for the major HTTP versions. '.repeat(3)}\n`;
    const readme = '# r\n\n[![Released API docs](https://docs.rs/r/badge.svg)](https://docs.rs/r)\n\nA library.\n';
    const c = await control({ 'README.md': readme, 'docs/VISION.md': vision }, 'OSPS-SA-02.01', 'tagged');
    expect(c.evidence.some((e) => e.path === 'docs/VISION.md')).toBe(false);
    // The API documentation badge of the crate is the reference (offline, without the repository's name).
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3 }]);
    const sdk = await control({ 'README.md': '# r\n\nA library.\n', 'docs/sdk.md': `# Go SDK\n\n${'Call r.New with the options to create a client; each method returns an error. '.repeat(2)}\n` }, 'OSPS-SA-02.01', 'tagged');
    expect([sdk.status, sdk.evidence[0]]).toMatchObject(['pass', { path: 'docs/sdk.md', line: 1 }]);
  });
  it("a heading that only names the product is no interface: cli/cli's README title \"GitHub CLI\" and its team and layout pages", async () => {
    const prose = 'This page is for the people who work on the project: how the code is laid out, who reviews what and how releases are cut.';
    const files = {
      'README.md': `# GitHub CLI\n\n\`gh\` is GitHub on the command line. It brings pull requests, issues and other GitHub concepts to the terminal.\n\n## Contributing\n\n${prose}\n`,
      'docs/project-layout.md': `# GitHub CLI project layout\n\n${prose}\n\n## How GitHub CLI works\n\n${prose}\n`,
      'docs/working-with-us.md': `# Working with the GitHub CLI Team: Hubber Edition\n\n${prose}\n`,
    };
    const c = await control(files, 'OSPS-SA-02.01', 'tagged');
    expect([c.status, c.evidence.filter((e) => e.kind === 'file')]).toEqual(['fail', []]);
    // A guide to using the product still describes its interface.
    const guide = await control({ ...files, 'docs/codespaces.md': '# Guide to working with Codespaces using the CLI\n\nRun `gh codespace create` to create a codespace; it prompts for the repository, branch and machine type.\n' }, 'OSPS-SA-02.01', 'tagged');
    expect([guide.status, guide.evidence[0]]).toMatchObject(['pass', { path: 'docs/codespaces.md', line: 1 }]);
  });
  it("passes on a monorepo package's README that describes its functions (sigstore-js's packages/client), not on an example's or a section for contributors", async () => {
    const readme = '# r\n\nLibraries for r.\n\n## Packages\n\n* [`r`](./packages/client) - the client library.\n* [`r-demo`](./examples/demo) - a demo.\n';
    const signature = `${'Signs the payload and returns a bundle; the options name the identity token and the services to use. '.repeat(2)}\n`;
    const files = {
      'README.md': readme,
      'packages/client/README.md': `# r\n\nThe client.\n\n## Development commands\n\n${'Run the build before the tests; the fixtures are regenerated by the script in the folder. '.repeat(2)}\n\n## Usage\n\n\`\`\`js\nconst r = require('r');\n\`\`\`\n\n### sign(payload[, options])\n\n${signature}`,
    };
    const c = await control(files, 'OSPS-SA-02.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence.filter((e) => e.kind === 'file').map((e) => [e.path, e.line])).toEqual([['packages/client/README.md', 9], ['packages/client/README.md', 15]]);
    // An example's README shows the example: no interface of a released package.
    const example = await control({ 'README.md': readme, 'examples/demo/README.md': `# demo\n\n## Usage\n\n${signature}` }, 'OSPS-SA-02.01', 'tagged');
    expect(example.status).toBe('fail');
  });
  it("a changelog of API changes is no description of the API (opentelemetry-collector's CHANGELOG-API.md \"Go API Changelog\")", async () => {
    const changelog = `# Go API Changelog\n\n${'This changelog includes only changes to the Go API of the modules, for developers who import them. '.repeat(2)}\n\n## v1.2.0\n\n### Breaking changes\n\n- \`pkg/confmap\`: Remove the deprecated option. (#15614)\n`;
    expect((await control({ 'README.md': '# r\n', 'CHANGELOG-API.md': changelog }, 'OSPS-SA-02.01', 'tagged')).status).toBe('fail');
  });
  it('is not applicable without a release', async () => {
    expect((await control({ 'README.md': '# r' }, 'OSPS-SA-02.01', 'api-none')).status).toBe('not-applicable');
  });
});

const at = (evidence: string, comment = 'Self-assessment of the design.') => ({ evidence, comment, date: '2026-01-15' });

describe('OSPS-SA-03.01 security assessment', () => {
  it("is attested, not failed, with a threat model section in SECURITY.md that rates nothing (fastify's \"Threat Model\")", async () => {
    const security = `# Security Policy\n\n## Threat Model\n\nThe threat model extends the Node.js security policy.\n\n**Trusted:** application code (plugins, handlers, hooks, schemas), configuration, and the runtime environment.\n\n**Untrusted:** all network input: HTTP headers, bodies, query strings and URL parameters.\n\n### Examples of Vulnerabilities\n\n- Parsing flaws that bypass validation or security controls\n- DoS through malformed input to the core\n- Prototype pollution through request bodies parsed by the default parsers\n`;
    const c = await control({ 'SECURITY.md': security }, 'OSPS-SA-03.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'SECURITY.md', line: 3 }]);
    const none = await control({ 'SECURITY.md': '# Security Policy\n\n## Reporting\n\nE-mail security@example.org with the details of the problem and how to reproduce it; we answer within a week.\n' }, 'OSPS-SA-03.01', 'tagged');
    expect(none.status).toBe('fail');
  });
  it("is attested, not failed, with a threat model whose problems are its security requirements and accepted limitations (pino-pretty's SECURITY.md)", async () => {
    const security = `# Security Policy\n\n## Reporting vulnerabilities\n\nReport them by e-mail to security@example.org.\n\n## Threat model\n\n### Potentially untrusted input\n\nLog record contents may contain malformed or unexpected values derived from external input.\n\n### Security requirements\n\nMalformed or externally influenced log content must not:\n\n* Cause JavaScript code or shell commands to execute\n* Pollute object prototypes through parsed JSON\n\n### Accepted limitations\n\n* Control characters or embedded newlines may distort terminal output\n* Very large or deeply nested records may slow or terminate the formatter\n`;
    const c = await control({ 'SECURITY.md': security }, 'OSPS-SA-03.01', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'SECURITY.md', line: 7, detail: expect.stringContaining('Security requirements') }]);
    // A threat model that only says which input it does not trust names no problem.
    const surface = security.split('### Security requirements')[0];
    expect((await control({ 'SECURITY.md': surface }, 'OSPS-SA-03.01', 'tagged')).status).toBe('fail');
  });
  it('passes with a complete self-assessment referenced from Security Insights', async () => {
    const c = await control(
      { 'docs/security/self-assessment.md': COMPLETE_SELF_ASSESSMENT, 'security-insights.yml': insights({ self: at('https://github.com/o/r/blob/main/docs/security/self-assessment.md') }) },
      'OSPS-SA-03.01',
      'tagged',
    );
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/security/self-assessment.md' });
    expect(c.evidence.some((e) => e.kind === 'security-insights')).toBe(true);
  });
  it('passes with a complete Gemara ThreatCatalog and its CapabilityCatalog', async () => {
    const c = await control({ 'security/threats.yaml': THREAT_CATALOG, 'security/capabilities.yaml': CAPABILITY_CATALOG }, 'OSPS-SA-03.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].path).toBe('security/threats.yaml');
  });
  it('fails after a release when Security Insights says the assessment is not done, even though the file looks complete', async () => {
    const c = await control(
      { 'docs/security/self-assessment.md': COMPLETE_SELF_ASSESSMENT, 'security-insights.yml': insights({ self: at('docs/security/self-assessment.md', 'Not yet completed.') }) },
      'OSPS-SA-03.01',
      'tagged',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml' });
    expect(c.remediation).toMatch(/not done/);
  });
  it('fails after a release with an incomplete self-assessment, naming what is missing', async () => {
    const partial = COMPLETE_SELF_ASSESSMENT.split('## Self-assessment use')[0];
    const c = await control({ 'docs/security/self-assessment.md': partial }, 'OSPS-SA-03.01', 'tagged');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toMatch(/incomplete self-assessment/);
  });
  it('is attested by a self-assessment published outside the repository', async () => {
    const c = await control({ 'security-insights.yml': insights({ self: at('https://r.acme.dev/security/assessment.html') }) }, 'OSPS-SA-03.01', 'tagged');
    expect(c.status).toBe('attested');
    expect(c.evidence[0].url).toBe('https://r.acme.dev/security/assessment.html');
  });
  it('passes with a third-party report committed to the repository; attested when it is elsewhere', async () => {
    const inRepo = await control({ 'audits/2025-ostif.pdf': 'report', 'security-insights.yml': insights({ thirdParty: [at('audits/2025-ostif.pdf', 'OSTIF audit 2025')] }) }, 'OSPS-SA-03.01', 'tagged');
    expect(inRepo.status).toBe('pass');
    expect(inRepo.evidence[0].detail).toMatch(/audits\/2025-ostif\.pdf/);
    const elsewhere = await control({ 'security-insights.yml': insights({ thirdParty: [at('https://ostif.org/r-audit.pdf', 'OSTIF audit 2025')] }) }, 'OSPS-SA-03.01', 'tagged');
    expect(elsewhere.status).toBe('attested');
  });
  it('passes with a committed audit report linked from a section or sentence on a security audit; a report found by name only is unknown', async () => {
    const policy = '# Security\n\n## Security Audit\n\nA third party security audit was performed by Trail of Bits, find the full report [here](SECURITY_AUDIT.pdf).\n';
    const linked = await control({ 'security/README.md': policy, 'security/SECURITY_AUDIT.pdf': 'report', 'SECURITY.md': '# Security\n\nSee [the policy](security/README.md).\n' }, 'OSPS-SA-03.01', 'tagged');
    expect(linked.status).toBe('pass');
    expect(linked.evidence[0]).toMatchObject({ path: 'security/README.md', line: 5, detail: 'security audit report committed at security/SECURITY_AUDIT.pdf (linked from section "Security Audit")' });
    const folder = await control({ 'README.md': '# widget\n\n## Our own security\n\nFull reports of various security audits can be found [here](./audits/).\n', 'audits/SECURITY_AUDIT_2019_07.pdf': 'report' }, 'OSPS-SA-03.01', 'tagged');
    expect(folder.status).toBe('pass');
    expect(folder.evidence[0].detail).toMatch(/committed in audits\/ \(e\.g\. audits\/SECURITY_AUDIT_2019_07\.pdf\)/);
    const named = await control({ 'README.md': '# widget\n', 'SECURITY_AUDIT.pdf': 'report' }, 'OSPS-SA-03.01', 'tagged');
    expect(named.status).toBe('unknown');
    expect(named.evidence[0]).toMatchObject({ path: 'SECURITY_AUDIT.pdf' });
    // A product's "audit" feature is no security audit.
    expect((await control({ 'README.md': '# widget\n\n## Audit\n\nThe [audit report](docs/audit.pdf) lists violations.\n', 'docs/audit.pdf': 'x' }, 'OSPS-SA-03.01', 'tagged')).status).toBe('fail');
  });
  it("is attested with a report on another site linked from a section on a security audit (nats-server's README, Trail of Bits)", async () => {
    const readme = '# widget\n\n## Security\n\n### Security Audit\n\nA third party security audit was performed by Trail of Bits. You can see the [full report from April 2025 here](https://github.com/trailofbits/publications/blob/master/reviews/2025-04-ostif-widget-securityreview.pdf).\n';
    const c = await control({ 'README.md': readme }, 'OSPS-SA-03.01', 'tagged');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 7, url: 'https://github.com/trailofbits/publications/blob/master/reviews/2025-04-ostif-widget-securityreview.pdf' });
    expect(c.evidence[0].detail).toMatch(/kept outside this repository, linked from section "Security Audit"/);
    // A PDF linked from a section that is not about a security audit says nothing of one.
    expect((await control({ 'README.md': '# widget\n\n## Slides\n\nThe [talk](https://example.org/talk.pdf) from KubeCon.\n' }, 'OSPS-SA-03.01', 'tagged')).status).toBe('fail');
  });
  it("passes with a report committed here and linked by this repository's github.com URL (runc's README, docs/Security-Audit.pdf), not kept outside", async () => {
    const readme = (url: string) => `# widget\n\n## Security\n\n### Security Audit\nA third party security audit was performed by Cure53, you can see the full report [here](${url}).\n`;
    const own = await control({ 'README.md': readme('https://github.com/o/r/blob/master/docs/Security-Audit.pdf'), 'docs/Security-Audit.pdf': 'report' }, 'OSPS-SA-03.01', 'tagged');
    expect([own.status, own.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 6, detail: 'security audit report committed at docs/Security-Audit.pdf (linked from section "Security Audit")' }]);
    // The URL names a file this tree does not hold: not seen here, and not another site's report either.
    const gone = await control({ 'README.md': readme('https://github.com/o/r/blob/master/docs/Security-Audit.pdf') }, 'OSPS-SA-03.01', 'tagged');
    expect(gone.status).not.toBe('pass');
    // Another repository's report stays kept outside.
    expect((await control({ 'README.md': readme('https://github.com/other/r/blob/master/docs/Security-Audit.pdf') }, 'OSPS-SA-03.01', 'tagged')).status).toBe('attested');
  });
  it("is attested with the project's blog post on a source code audit linking the report elsewhere (python-tuf's docs/_posts)", async () => {
    const post = '---\ntitle: "Source code audit"\n---\n\nWe are pleased to announce completion of a source code audit.\n\n# Thank you\n\nThanks to X41.\n\nRead the full report here: [Source Code Audit on widget](\n    https://widget.dev/audits/x41-widget-audit-2022.pdf).\n';
    const c = await control({ 'docs/_posts/2022-10-21-widget-security-assessment.md': post }, 'OSPS-SA-03.01', 'tagged');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/_posts/2022-10-21-widget-security-assessment.md', line: 11, url: 'https://widget.dev/audits/x41-widget-audit-2022.pdf' });
    // The same link on a product page of docs/ is not the project speaking.
    expect((await control({ 'docs/guide/audits.md': post.replace('# Thank you', '# Examples') }, 'OSPS-SA-03.01', 'tagged')).status).toBe('fail');
  });
  it("passes with a committed threat model that rates its threats by priority (envoyproxy/gateway's threat-model.md); one that does not is no assessment", async () => {
    const findings = '## High Priority Findings\n\n### TM-001 Private keys are stored as Kubernetes secrets\n\nAn attacker with read access to secrets in the namespace can take the keys and impersonate the gateway.\n';
    const doc = `# Gateway Threat Model\n\n## Introduction\n\nThis work was performed by an outside firm and reviews the deployment, its data flows and its actors in depth, as a threat model. It names the assets, the trust boundaries between them and who may cross each.\n\n${findings}`;
    const rated = await control({ 'site/content/en/docs/security/threat-model.md': doc, 'docs/threat-model.md': doc }, 'OSPS-SA-03.01', 'tagged');
    expect(rated.status).toBe('pass');
    expect(rated.evidence[0]).toMatchObject({ line: 7 });
    expect(rated.evidence[0].detail).toMatch(/^threat model that rates its threats by risk or priority .*section "High Priority Findings"/);
    const unrated = doc.replace(findings, '## Attack surface\n\nThe gateway listens on the network and reads its configuration from the Kubernetes API; both are reached by untrusted parties.\n');
    expect((await control({ 'docs/threat-model.md': unrated }, 'OSPS-SA-03.01', 'tagged')).status).toBe('fail');
  });
  it("passes with a threat model that says its threats are rated by likelihood and impact (aiohttp's THREAT_MODEL.md); a sentence on lowering them is no rating", async () => {
    const method = '## 2. Methodology\n\nWe use STRIDE for each subsystem.\n\nRisk is ranked **High / Medium / Low** based on a rough product of likelihood\nand impact, as judged by maintainers.\n';
    const doc = `# Threat Model\n\nThis document is a STRIDE-based threat model for the library, recording the security assumptions of each subsystem and its mitigations.\n\n${method}\n## 3. HTTP parser\n\nThe parser reads untrusted bytes from the socket before any authentication; request smuggling and memory exhaustion are its threats.\n`;
    const c = await control({ 'THREAT_MODEL.md': doc }, 'OSPS-SA-03.01', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'THREAT_MODEL.md', line: 9, detail: expect.stringMatching(/^threat model that rates its threats by likelihood and impact: "Risk is ranked High .*" \(section "2. Methodology"\)/) });
    const lowered = doc.replace(method, '## 2. Mitigations\n\nRate limiting lowers the likelihood and the impact of a flood of requests on the server.\n');
    expect((await control({ 'THREAT_MODEL.md': lowered }, 'OSPS-SA-03.01', 'tagged')).status).not.toBe('pass');
  });
  it('is not applicable without a release, and unknown when that cannot be told', async () => {
    expect((await control({ 'README.md': '# r' }, 'OSPS-SA-03.01', 'api-none')).status).toBe('not-applicable');
    expect((await control({ 'README.md': '# r' }, 'OSPS-SA-03.01')).status).toBe('unknown');
  });
});

describe('OSPS-SA-03.02 threat model and attack surface', () => {
  it("is attested on a README or SECURITY.md sentence, in a section with links, saying a threat model was made (spire's, kyverno's); not on one that says none was, or tells users to make their own", async () => {
    const spire = '# SPIRE\n\n## Security\n\n### Security Assessments\n\nA third party security firm completed a security audit of SPIRE in 2021. Please find the reports and supporting material, including the threat model exercise results, below.\n\n- [Security Assessment](https://github.com/cncf/tag-security/blob/main/assessments/spire/self-assessment.md)\n';
    const c = await control({ 'README.md': spire }, 'OSPS-SA-03.02', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'README.md', line: 7, detail: expect.stringContaining('threat model exercise results') }]);
    const kyverno = '# Security Policy\n\nFor the project threat model, security audits, and hardening guidance, see the [Kyverno Security Guide](https://kyverno.io/docs/guides/security/).\n';
    expect((await control({ 'SECURITY.md': kyverno }, 'OSPS-SA-03.02', 'tagged')).status).toBe('attested');
    const none = '# Security Policy\n\nWe have not written a threat model yet; see [the tracking issue](https://github.com/o/r/issues/1).\n';
    expect((await control({ 'SECURITY.md': none }, 'OSPS-SA-03.02', 'tagged')).status).toBe('fail');
    const yours = '# Tool\n\n## Security\n\nAdapt the rules to your own threat model, as the [guide](https://tool.dev/guide) explains.\n';
    expect((await control({ 'README.md': yours }, 'OSPS-SA-03.02', 'tagged')).status).toBe('fail');
  });
  it("is not attested on a reporter's instruction to weigh the threat model (rustls/webpki's SECURITY.md \"Consider the threat model.\"): it says nothing of one made", async () => {
    const policy = (line: string) => `# Security Policy\n\n## Reporting a Vulnerability\n\nBefore reporting a security bug, make sure to:\n\n- ${line} Misconfiguration that is unlikely to happen accidentally is unlikely to be a security bug.\n\nPlease report security bugs [via github](https://github.com/o/r/security/advisories/new).\n`;
    expect((await control({ 'SECURITY.md': policy('Consider the threat model.') }, 'OSPS-SA-03.02', 'tagged')).status).toBe('fail');
    expect((await control({ 'SECURITY.md': policy('Please keep in mind the threat model.') }, 'OSPS-SA-03.02', 'tagged')).status).toBe('fail');
    const c = await control({ 'SECURITY.md': policy('Our threat model is published with the audit report.') }, 'OSPS-SA-03.02', 'tagged');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'SECURITY.md', line: 7 }]);
  });
  it('passes with a complete Gemara ThreatCatalog', async () => {
    const c = await control({ 'security/threats.yaml': THREAT_CATALOG, 'security/capabilities.yaml': CAPABILITY_CATALOG }, 'OSPS-SA-03.02', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].path).toBe('security/threats.yaml');
  });
  it('passes with a threat model section under docs/, on its line', async () => {
    const doc = '# Security design\n\n## Threat model\n\nAn attacker who controls the network can replay old bundles; the agent rejects bundles older than the one applied. A stolen operator key lets an attacker sign bundles; keys live in an HSM.\n';
    const c = await control({ 'docs/security.md': doc }, 'OSPS-SA-03.02', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/security.md', line: 3 });
  });
  it('fails after a release when the only assessment is a self-assessment without a threat model', async () => {
    const c = await control({ 'docs/security/self-assessment.md': COMPLETE_SELF_ASSESSMENT }, 'OSPS-SA-03.02', 'tagged');
    expect(c.status).toBe('fail');
    expect(c.remediation).toMatch(/ThreatCatalog/);
  });
  it('fails after a release when the ThreatCatalog references a capability catalog that is not committed', async () => {
    const c = await control({ 'security/threats.yaml': THREAT_CATALOG }, 'OSPS-SA-03.02', 'tagged');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ path: 'security/threats.yaml' });
    expect(c.evidence[0].detail).toMatch(/not complete/);
  });
  it("is unknown for a ThreatCatalog in the layout of Gemara before v1 (privateer's .github/threat-assessment.yaml), saying so and naming its first schema errors", async () => {
    const older = [
      'title: Privateer CLI',
      'metadata:',
      '  id: PrivProj.CLI',
      '  description: Threat catalog for Privateer CLI',
      'imported-threats:',
      '  - reference-id: CCC',
      '    entries:',
      '      - id: CCC.Core.TH07',
      'capabilities:',
      '  - id: PrivProj.CLI.CP03',
      '    title: Plugin Enumeration',
      '    description: Detects plugins available on the local filesystem',
      'threats:',
      '  - id: PrivProj.CLI.TH01',
      '    title: Plugin Binary Hijacking',
      '    description: An attacker with write access to the plugin path places a binary that Privateer will execute.',
      '    capabilities:',
      '      - reference-id: PrivProj.CLI',
      '        entries:',
      '          - reference-id: PrivProj.CLI.CP03',
      '',
    ].join('\n');
    const c = await control({ '.github/threat-assessment.yaml': older }, 'OSPS-SA-03.02', 'tagged');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0].path).toBe('.github/threat-assessment.yaml');
    expect(c.evidence[0].detail).toMatch(/in the layout of Gemara before v1 \(top-level "capabilities", "imported-threats" and no metadata\.type or metadata\.gemara-version\): 1 threat\(s\)/);
    expect(c.evidence[0].detail).toMatch(/first: line 3: \/metadata is missing required field "type"; /);
    expect(c.remediation).toMatch(/^Move \.github\/threat-assessment\.yaml to Gemara v1\.4\.1/);
  });
  it('names the first schema errors of a current-version ThreatCatalog that is not valid, and fails after a release', async () => {
    const invalid = 'title: T\nmetadata:\n  id: T\n  type: ThreatCatalog\nthreats:\n  - id: T.TH01\n    title: Tampering\n    description: d\n';
    const c = await control({ 'security/threats.yaml': invalid }, 'OSPS-SA-03.02', 'tagged');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toMatch(/^Gemara ThreatCatalog "T" that is not complete: \d+ schema error\(s\) against Gemara v1\.4\.1, first: line \d+: /);
  });
  it('is attested by a third-party assessment published elsewhere', async () => {
    const c = await control({ 'security-insights.yml': insights({ thirdParty: [at('https://ostif.org/r-audit.pdf', 'OSTIF audit with threat model')] }) }, 'OSPS-SA-03.02', 'tagged');
    expect(c.status).toBe('attested');
  });
  it('is not applicable without a release', async () => {
    expect((await control({ 'README.md': '# r' }, 'OSPS-SA-03.02', 'api-none')).status).toBe('not-applicable');
  });
});
