// Evidence from the right kind of document: project documents (governance, contributing, security
// policy, ...) speak for the project; product documents (user guides, operator manuals, API
// references) count for governance-type requirements only in a section under a project-level
// heading. The kind is shown in the evidence. Regression folders: __tests__/fixtures/*/ (IAM role,
// pod-selector access control, user quickstart, announcement list, badge image, survey report).
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import { documentKind } from '../../src/facts/documents.ts';
import { parseMarkdown } from '../../src/facts/markdown.ts';
import { contactEmails } from '../../src/rules/helpers/security-policy.ts';
import { makeRepo, type TempRepo } from '../helpers/repo.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

async function control(files: Record<string, string>, id: string) {
  const r = makeRepo(files);
  repos.push(r);
  const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'octo-org/demo' });
  const c = result.controls.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
}

describe('documentKind', () => {
  it.each([
    ['governance', 'GOVERNANCE.md', 'project'],
    ['readme', 'README.md', 'project'],
    ['docs', 'docs/governance.md', 'project'],
    ['docs', 'docs/contributing/setup.md', 'project'],
    ['docs', 'docs/release-process.md', 'project'],
    ['docs', 'docs/development.md', 'project'],
    // A contributor book beside the user guide (rust-lang/rustup's doc/dev-guide/, rustc-dev-guide-style books).
    ['docs', 'doc/dev-guide/src/coding-standards.md', 'project'],
    ['docs', 'docs/devguide/index.md', 'project'],
    ['docs', 'dev_docs/linting.md', 'project'],
    ['docs', 'doc/user-guide/src/basics.md', 'product'],
    ['docs', 'docs/quickstart.md', 'product'],
    ['docs', 'docs/operator-guide.md', 'product'],
    ['docs', 'docs/api/reference.md', 'product'],
    ['docs', 'docs/blog/2025-launch.md', 'product'],
    ['docs', 'ARCHITECTURE.md', 'product'],
    ['docs', 'docs/rbac/roles.md', 'product'],
    // A policy named for what it governs is the project's (kyverno/kyverno's DEPENDENCY-POLICY.md); a policy engine's policies are its product.
    ['docs', 'DEPENDENCY-POLICY.md', 'project'],
    ['docs', 'docs/deprecation_policy.md', 'project'],
    ['docs', 'docs/dependency-management.md', 'project'],
    ['docs', 'docs/policies/restrict-image-registries.md', 'product'],
    ['docs', 'docs/writing-policies.md', 'product'],
    // A security page is the project's when "security" leads its name; after another word it is the product's (curl's libcurl-security.md).
    ['docs', 'docs/security.md', 'project'],
    ['docs', 'docs/security-policy.md', 'project'],
    ['docs', 'docs/security/response.rst', 'project'],
    ['docs', 'docs/libcurl/libcurl-security.md', 'product'],
    ['docs', 'docs/app_security.rst', 'product'],
    // Deeper in the documentation, a security folder or page is the product's (Strimzi's modules, argo-cd's operator manual).
    ['docs', 'documentation/modules/security/ref-certificates-and-secrets.adoc', 'product'],
    ['docs', 'docs/operator-manual/security.md', 'product'],
    ['docs', 'security/threat-model.md', 'project'],
    // Instructions to coding agents at the root say how to build and test the project (kyverno's, flux2's AGENTS.md).
    ['docs', 'AGENTS.md', 'project'],
    ['docs', 'CLAUDE.md', 'project'],
    ['docs', 'docs/agents.md', 'product'],
    // How the project is funded and who backs it (mocha's FUNDING.md "Fund Usage Guidelines": rates paid from its collective) is the project's.
    ['docs', 'FUNDING.md', 'project'],
    ['docs', 'BACKERS.md', 'project'],
    ['docs', 'docs/sponsors.md', 'project'],
    // A folder of how the project is maintained (jekyll's docs/_docs/maintaining/: team captains' responsibilities, becoming a maintainer).
    ['docs', 'docs/_docs/maintaining/affinity-team-captain.md', 'project'],
  ] as const)('%s %s is a %s document', (role, path, kind) => {
    expect(documentKind(role, path)).toBe(kind);
  });
});

describe('the evidence says which kind of document it came from', () => {
  it('a GOVERNANCE.md section: project document', async () => {
    const c = await control({ 'GOVERNANCE.md': '# Governance\n\n## Roles and responsibilities\n\nMaintainers merge changes and cut releases; reviewers approve changes in the areas they know well.\n' }, 'OSPS-GV-01.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].detail).toMatch(/\(project document\)$/);
  });

  it('a docs/ page under "Project governance": product document, project-level section', async () => {
    const c = await control(
      { 'docs/about.md': '# About\n\n## Project governance\n\nThe maintainers meet in public every two weeks.\n\n### Roles\n\nMaintainers review and merge changes and publish releases; triagers label incoming issues.\n' },
      'OSPS-GV-01.02',
    );
    expect(c.status).toBe('pass');
    expect(c.evidence[0].detail).toMatch(/\(product document, project-level section\)$/);
  });

  it('the same roles section in an operator guide, under a product heading, is no evidence', async () => {
    const c = await control(
      { 'docs/about.md': '# About\n\n## Running the collector\n\nThe collector runs as a deployment.\n\n### Roles\n\nThe collector role reads pod logs and writes objects to the bucket; nothing else is granted to it.\n' },
      'OSPS-GV-01.02',
    );
    expect(c.status).toBe('fail');
  });

  it('a statement of policy is read from project documents only: a secrets section of a user guide is not the project\'s secrets policy', async () => {
    const guide = '# User guide\n\n## Managing secrets\n\nStore the API token in a Kubernetes secret, restrict who can read it with RBAC, and rotate it every ninety days.\n';
    expect((await control({ 'docs/user-guide.md': guide }, 'OSPS-BR-07.02')).status).toBe('fail');
    const policy = '# Security\n\n## Managing secrets\n\nRelease credentials are stored as GitHub Actions environment secrets, readable only by maintainers, and rotated every year.\n';
    expect((await control({ 'SECURITY.md': policy }, 'OSPS-BR-07.02')).status).toBe('pass');
  });
});

describe('a large docs/ tree', () => {
  it('past the cap on pages read, reads pages named for a topic first: curl\'s test suite guide after 500 library reference pages', async () => {
    const files: Record<string, string> = { 'README.md': '# Demo\n' };
    for (let i = 0; i < 320; i++) files[`docs/libcurl/opts/curlopt-${String(i).padStart(3, '0')}.md`] = `# CURLOPT_${i}\n\nAn option of the library, described at length for its users.\n`;
    files['docs/tests/TEST-SUITE.md'] = '# The test suite\n\nRun the whole suite with `make test` before you open a pull request.\n';
    const c = await control(files, 'OSPS-QA-06.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/tests/TEST-SUITE.md' });
  });
});

describe('contactEmails: who receives a private report', () => {
  it('keeps security contacts (a private security list too) and leaves out announcement and discussion lists', () => {
    const text = '# Security\n\n## Reporting\n\nsecurity@acme.dev, security-announce@acme.dev, lantern-announce@lists.acme.dev, security@lists.acme.dev, dev@acme.dev, psirt@acme.dev, users@groups.acme.dev\n\n## Announcements\n\nWe post advisories from releases@acme.dev.\n';
    const doc = { path: 'SECURITY.md', role: 'security' as const, kind: 'project' as const, outline: parseMarkdown(text) };
    expect(contactEmails(doc).map((e) => e.address)).toEqual(['security@acme.dev', 'security@lists.acme.dev', 'psirt@acme.dev']);
  });
});
