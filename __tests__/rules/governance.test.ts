// OSPS-GV rules: members, roles, public discussion, contribution guide and requirements, vetting.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import type { ControlResult } from '../../src/result/types.ts';
import { FakeGitHub, defaultState } from '../github/fake-github.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';

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

async function control(files: Tree, id: string, api?: { hasIssues: boolean; hasDiscussions: boolean }, repository = 'o/r'): Promise<ControlResult> {
  const r = makeRepo(files);
  repos.push(r);
  let options: Parameters<typeof evaluate>[1] = { level: 3, offline: true, repository };
  if (api) {
    const s = defaultState();
    gh.state = { ...s, owner: 'o', repo: 'r', repository: { ...s.repository, full_name: 'o/r', html_url: 'https://github.com/o/r', has_issues: api.hasIssues, has_discussions: api.hasDiscussions } };
    options = { level: 3, offline: false, token: 'test-token', repository: 'o/r', apiUrl: gh.baseUrl, defaultBranch: 'main' };
  }
  const { result } = await evaluate(r.root, options);
  const c = result.controls.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
}

/** A small valid Security Insights 2.2.0 file; `team` adds administrators and core-team. */
function insights(repoDocs: Record<string, string> = {}, team = true): string {
  const docs = Object.entries(repoDocs).map(([k, v]) => `    ${k}: ${v}`).join('\n');
  return `header:
  schema-version: 2.2.0
  last-updated: '2026-01-01'
  last-reviewed: '2026-01-01'
  url: https://github.com/o/r/raw/main/security-insights.yml
project:
  name: R
  administrators:
    - name: ${team ? 'Ada Admin' : "''"}
      primary: true
  repositories:
    - name: r
      url: https://github.com/o/r
      comment: The repository.
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
repository:
  url: https://github.com/o/r
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: ${team ? 'Alice Maintainer' : "''"}
      primary: true
${docs ? `  documentation:\n${docs}\n` : ''}  license:
    url: https://github.com/o/r/blob/main/LICENSE
    expression: MIT
`;
}

const para = (s: string) => `${s} ${'This paragraph explains the rule in enough words for a reader to follow it. '.repeat(2)}`;

describe('OSPS-GV-01.01 members with access to sensitive resources', () => {
  it('passes with MAINTAINERS.md listing people', async () => {
    const c = await control({ 'MAINTAINERS.md': '# Maintainers\n\n- Jane Doe <jane@acme.dev> [@jane](https://github.com/jane)\n' }, 'OSPS-GV-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'MAINTAINERS.md' });
    expect(c.evidence[0].detail).toMatch(/2 e-mail/);
  });
  it("a MAINTAINERS.md that names no one and links the list in another repository is attested, and an OWNERS.md that names people is cited instead (kyverno)", async () => {
    const pointer = '## Maintainers\n\nThe list of maintainers for [Tool and its sub-projects](https://github.com/tool-org#projects) is managed at: https://github.com/tool-org/community/blob/main/MAINTAINERS.md.\n';
    const c = await control({ 'README.md': '# Tool\n', 'MAINTAINERS.md': pointer }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'MAINTAINERS.md', line: 3 }]);
    expect(c.evidence[0].detail).toMatch(/names no member; it links the list kept outside this repository: https:\/\/github\.com\/tool-org\/community\/blob\/main\/MAINTAINERS\.md/);
    const owners = '# Owners\n\n- Jane Doe [@jane](https://github.com/jane)\n- Ann Lee [@ann](https://github.com/ann)\n';
    const both = await control({ 'README.md': '# Tool\n', 'MAINTAINERS.md': pointer, 'OWNERS.md': owners }, 'OSPS-GV-01.01');
    expect([both.status, both.evidence.map((e) => e.path)]).toEqual(['pass', ['OWNERS.md']]);
    // A short file that names its members by handle is a list, whatever it links.
    expect((await control({ 'README.md': '# Tool\n', 'MAINTAINERS.md': `${pointer}\nHere: @jane and @ann.\n` }, 'OSPS-GV-01.01')).status).toBe('pass');
  });
  it("a plain-text MAINTAINERS that links the list of another repository and names only retired maintainers is attested, not a list (flux's controllers)", async () => {
    const file = (after: string) =>
      'The maintainers are generally available in Slack at\nhttps://cloud-native.slack.com in #tool (https://cloud-native.slack.com/messages/CLAJ40HV3)\n(obtain an invitation at https://slack.cncf.io/).\n\n\n' +
      'In additional to those listed below, this project shares maintainers\nfrom the main Tool v2 git repository, as listed in\n\n    https://github.com/tool-org/tool2/blob/main/MAINTAINERS\n\n' +
      `${after}\n\nThank you for your involvement, and let us not say "farewell" ...\n`;
    const c = await control({ 'README.md': '# Tool\n', MAINTAINERS: file('Retired maintainers:\n\n- Sean Eagan') }, 'OSPS-GV-01.01');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'MAINTAINERS', line: 9, detail: expect.stringContaining('https://github.com/tool-org/tool2/blob/main/MAINTAINERS') }] });
    // Current maintainers named after the retired ones make it a list.
    expect((await control({ 'README.md': '# Tool\n', MAINTAINERS: file('Retired maintainers:\n\n- Sean Eagan\n\nCurrent maintainers:\n\n- Jane Doe\n- Ann Lee') }, 'OSPS-GV-01.01')).status).toBe('pass');
  });
  it("does not cite a MAINTAINERS.md of guidelines that names no one and sends the reader to CODEOWNERS (spire's); CODEOWNERS is the list", async () => {
    const guidelines =
      '# Maintainership Guidelines and Processes\n\nThis document captures the values, guidelines, and processes that the maintainers adhere to.\n\nFor a list of active maintainers, please see the [CODEOWNERS](CODEOWNERS) file.\n\n## Onboarding a New Maintainer\n\nNew maintainers participate in an onboarding period during which they fulfill all code review responsibilities.\n';
    const c = await control({ 'README.md': '# Tool\n', 'MAINTAINERS.md': guidelines, CODEOWNERS: '* @jane @ann\n' }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence.map((e) => [e.path, e.line])]).toEqual(['pass', [['CODEOWNERS', 1], ['MAINTAINERS.md', 5]]]);
    expect(c.evidence[1].detail).toMatch(/names no member; it sends the reader to CODEOWNERS for the list/);
    // Without the file it points to, there is no list: it fails.
    expect((await control({ 'README.md': '# Tool\n', 'MAINTAINERS.md': guidelines }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it("counts a Prow OWNERS file's approvers and reviewers, aliases of OWNERS_ALIASES expanded, not its emeritus approvers (etcd's)", async () => {
    const owners =
      '# See the OWNERS docs at https://go.k8s.io/owners\n\napprovers:\n  - sig-chairs     # Defined in OWNERS_ALIASES\n  - spzala         # Sahdev Zala <spzala@us.example>\nemeritus_approvers:\n  - bdarnell       # Ben Darnell <ben@example.org>\n  - gyuho          # Gyuho Lee <gyuhox@example.org>\n  - xiang90        # Xiang Li <xiangli@example.org>\n';
    const aliases = 'aliases:\n  sig-chairs:\n    - ivanvc     # Ivan Valdes <ivan@example.org>\n    - jmhbnz     # James Blair <james@example.org>\n';
    const c = await control({ 'README.md': '# Tool\n', OWNERS: owners, OWNERS_ALIASES: aliases }, 'OSPS-GV-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'OWNERS', line: 4, detail: 'Prow OWNERS: 3 approver(s) and reviewer(s), 1 alias(es) of OWNERS_ALIASES expanded; 3 emeritus entries, former members, not counted' });
    // Its comments are notes, not headings: "membership" in the address of the first is no roles section (kustomize's).
    const roles = await control({ 'README.md': '# Tool\n', OWNERS: `# See https://github.com/kubernetes/community/blob/master/community-membership.md\n\n${owners}` }, 'OSPS-GV-01.02');
    expect(roles.evidence.some((e) => e.path === 'OWNERS')).toBe(false);
    const former = await control({ 'README.md': '# Tool\n', OWNERS: 'emeritus_approvers:\n  - bdarnell       # Ben Darnell <ben@example.org>\n  - gyuho          # Gyuho Lee <gyuhox@example.org>\n' }, 'OSPS-GV-01.01');
    expect(former.status).toBe('fail');
  });
  it("does not take an \"Emeritus\" section for the members with access: they have moved on (goreleaser's maintainers page)", async () => {
    const page = (current: string) => `# Governance\n\n${para('The project is led by its maintainers, who review and merge changes.')}\n${current}\n## Emeritus\n\nThese people helped along the way, but have now moved on into other things.\n\n- [Radek](https://github.com/radek)\n- [Nick](https://github.com/nick)\n`;
    const c = await control({ 'README.md': '# Tool\n', 'GOVERNANCE.md': page('') }, 'OSPS-GV-01.01');
    expect(c.status).toBe('fail');
    expect(c.evidence.some((e) => (e.detail ?? '').includes('Emeritus'))).toBe(false);
    // With the current maintainers under their own heading, that section is cited.
    const both = await control({ 'README.md': '# Tool\n', 'GOVERNANCE.md': page('\n## Maintainers\n\n- [Carlos](https://github.com/carlos)\n') }, 'OSPS-GV-01.01');
    expect([both.status, both.evidence[0]]).toMatchObject(['pass', { path: 'GOVERNANCE.md', line: 5 }]);
  });
  it('does not cite a governance role description that names no one beside the member list (hyper)', async () => {
    const governance = '# Governance\n\n### Maintainer\n\nMaintainers are the project admins. Besides being a collaborator, they take care of house-keeping duties.\n';
    const c = await control({ 'docs/MAINTAINERS.md': '# Maintainers\n\n- Jane Doe [@jane](https://github.com/jane)\n', 'docs/GOVERNANCE.md': governance }, 'OSPS-GV-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.path)).toEqual(['docs/MAINTAINERS.md']);
  });
  it('passes with CODEOWNERS, and with Security Insights core-team names (field position as evidence)', async () => {
    expect((await control({ '.github/CODEOWNERS': '* @o/maintainers @jane\n' }, 'OSPS-GV-01.01')).status).toBe('pass');
    const c = await control({ 'README.md': '# T\n', 'security-insights.yml': insights() }, 'OSPS-GV-01.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.kind === 'security-insights' && e.path === 'security-insights.yml' && (e.line ?? 0) > 1 && /Alice Maintainer/.test(e.detail))).toBe(true);
  });
  it('a CODEOWNERS of teams only, or a maintainers section that links a list elsewhere and names no one, is attested (dapr, pvtr-github-repo)', async () => {
    const teams = await control({ '.github/CODEOWNERS': '# owners\n* @o/maintainers @o/approvers\n' }, 'OSPS-GV-01.01');
    expect(teams.status).toBe('attested');
    expect(teams.evidence[0]).toMatchObject({ path: '.github/CODEOWNERS', line: 2 });
    expect(teams.evidence[0].detail).toMatch(/only GitHub team\(s\) \(@o\/maintainers, @o\/approvers\)/);
    const governance = '# Governance\n\n## Project Maintainers\n[Project maintainers](https://github.com/o/community/blob/master/MAINTAINERS.md) are responsible for maintaining the project.\n';
    const linked = await control({ 'GOVERNANCE.md': governance }, 'OSPS-GV-01.01');
    expect(linked.status).toBe('attested');
    expect(linked.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 4 });
    expect(linked.evidence[0].detail).toMatch(/names no member.*o\/community/);
  });
  it('"Members" of a class in an API reference under docs/ is not a member list', async () => {
    expect((await control({ 'docs/api/client.md': `# Client\n\n## Members\n\n${para('timeout: number.')}\n` }, 'OSPS-GV-01.01')).status).toBe('fail');
    expect((await control({ 'docs/community/team.md': '# Team\n\n## Maintainers\n\n- Jane Doe (@jane)\n' }, 'OSPS-GV-01.01')).status).toBe('pass');
  });
  it('passes on the "Maintainers" of an authors page under docs/ (hatch\'s docs/meta/authors.md)', async () => {
    const authors = '# Authors\n\n-----\n\n## Maintainers\n\n- Jane Doe [:material-github:](https://github.com/jane)\n- Ann Lee [:material-github:](https://github.com/ann)\n\n## Contributors\n\n- Bo Chen [:material-github:](https://github.com/bo)\n';
    const c = await control({ 'README.md': '# Tool\n', 'docs/meta/authors.md': authors }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/meta/authors.md', line: 5, detail: expect.stringContaining('"Maintainers"') }]);
  });
  it('a README section on the product\'s "members" (cJSON\'s "Duplicate Object Members") is not a member list', async () => {
    const readme = `# cJSON\n\n## Usage\n\n### Caveats\n\n#### Duplicate Object Members\n\n${para('cJSON supports objects that have multiple members with the same name.')}\n`;
    expect((await control({ 'README.md': readme }, 'OSPS-GV-01.01')).status).toBe('fail');
    const named = await control({ 'README.md': '# Tool\n\n## Members\n\n- Jane Doe ([@jane](https://github.com/jane))\n- Ann Lee (@ann)\n' }, 'OSPS-GV-01.01');
    expect([named.status, named.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3 }]);
    const project = await control({ 'README.md': `# Tool\n\n## Community\n\n${para('Join us.')}\n\n### Members\n\n${para('Jane Doe and Ann Lee maintain the project.')}\n` }, 'OSPS-GV-01.01');
    expect([project.status, project.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 7 }]);
  });
  it('passes with a README "Project Membership" section naming people (rustls), not with one on how to become a member', async () => {
    const readme =
      '# rustls\n\n# Project Membership\n\n- Joe Birr-Pixton ([@ctz], Project Founder)\n- Dirkjan Ochtman ([@djc], Co-maintainer)\n\n[@ctz]: https://github.com/ctz\n[@djc]: https://github.com/djc\n\n# Code of conduct\n\nBe kind.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3 }]);
    expect(c.evidence[0].detail).toMatch(/2 GitHub profile/);
    const process = `# Governance\n\n## Membership\n\n${para('Anyone who contributes regularly may ask to join; the existing members vote on it at the next meeting.')}\n`;
    expect((await control({ 'GOVERNANCE.md': process }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it('passes with a README "Maintainers" section that is only a list of GitHub profile links (bat), not with a list of other links', async () => {
    const profiles = ['sharkdp', 'eth-p', 'keith-hall'].map((u) => `- [${u}](https://github.com/${u})`).join('\n');
    const readme = `# Tool\n\n${para('A tool.')}\n\n## Development\n\n${para('Run cargo build.')}\n\n## Maintainers\n\n${profiles}\n\n## License\n\nMIT.\n`;
    const c = await control({ 'README.md': readme }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 9 }]);
    expect(c.evidence[0].detail).toMatch(/3 GitHub profile link\(s\).*section "Maintainers"/);
    const toc = '# Tool\n\n## Maintainers\n\n- [Becoming one](docs/becoming.md)\n- [Handbook](https://example.org/handbook)\n';
    expect((await control({ 'README.md': toc }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it("counts in a Credits section the maintainer it names, by any link, not the people credited with the idea (structlog's README)", async () => {
    const readme =
      '# widget\n\n## Credits\n\n*widget* is written and maintained by [Ana Lee](https://analee.me/).\nThe idea of bound loggers is inspired by previous work by [Bo Kim](https://github.com/bo) and [Cy Park](https://github.com/cy).\n\n## License\n\nMIT\n';
    const c = await control({ 'README.md': readme }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3, detail: expect.stringContaining('(maintained by "Ana Lee")') }]);
    // A company named as maintainer is no member.
    expect((await control({ 'README.md': readme.replace('[Ana Lee](https://analee.me/)', '[Example Corporation](https://example.com/)') }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it("reads the Credits of the docs' front page (pipx's docs/index.rst), its maintainers, not its emeritus ones nor a page elsewhere in docs/", async () => {
    const credits = (current: string) =>
      `Welcome\n=======\n\nA tool.\n\nCredits\n=======\n\nwidget was inspired by \`pipsi <https://github.com/mitsuhiko/pipsi>\`_. It was created by \`Chad Smith <https://github.com/cs01/>\`_. The logo was created by \`@ana <https://github.com/ana>\`_.\n\n${current}Emeritus maintainers, who shaped earlier releases:\n\n- \`Chad Smith <https://github.com/cs01>\`_\n- \`Robert Offner <https://github.com/gitznik>\`_\n`;
    const maintainers = 'widget is maintained by a team of volunteers (in alphabetical order):\n\n- `Bernat Gabor <https://github.com/gaborbernat>`_\n- `Henry Schreiner <https://github.com/henryiii>`_\n\n';
    const c = await control({ 'README.md': '# widget\n\nA tool.\n', 'docs/index.rst': credits(maintainers) }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/index.rst', line: 6, detail: expect.stringContaining('(maintained by "Bernat Gabor", "Henry Schreiner")') }]);
    // Former members alone, and the creator among them, list no one with access; nor does a page of docs/ that is not its front page.
    expect((await control({ 'README.md': '# widget\n\nA tool.\n', 'docs/index.rst': credits('') }, 'OSPS-GV-01.01')).status).toBe('fail');
    expect((await control({ 'README.md': '# widget\n\nA tool.\n', 'docs/usage.rst': credits(maintainers) }, 'OSPS-GV-01.01')).status).toBe('fail');
    const readme = '# widget\n\n## Credits\n\nIt was created by [Chad Smith](https://github.com/cs01/).\n\nEmeritus maintainers, who shaped earlier releases:\n\n- [Chad Smith](https://github.com/cs01)\n- [Robert Offner](https://github.com/gitznik)\n';
    expect((await control({ 'README.md': readme }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it('does not take a section on joining the team for a list of members (pytest\'s "Joining the Development Team")', async () => {
    const guide = `# Contributing\n\n## Joining the Development Team\n\n${para('Commit access is an invitation the development team extends once a contributor has shown a developed sense for the project.')}\n`;
    expect((await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it('passes on a contact page whose prose names the core team and lists its members by e-mail (pytest\'s doc/en/contact.rst "Mail")', async () => {
    const people = ['bruno', 'freya', 'pierre'].map((n) => `  * ${n[0].toUpperCase()}${n.slice(1)} (\`${n}@pytest.org <mailto:${n}@pytest.org>\`_)`).join('\n');
    const contact = `Contact channels\n================\n\nMail\n----\n\n- Mail to \`core@pytest.org <mailto:core@pytest.org>\`_ for topics that cannot be\n  discussed in public. Mails sent there will be distributed among the members\n  in the pytest core team, who can also be contacted individually:\n\n${people}\n`;
    const c = await control({ 'README.md': '# T\n', 'doc/en/contact.rst': contact }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'doc/en/contact.rst', line: 4 }]);
    // Not a blog post's thanks to the team, nor people listed in a subsection below prose on the core team (TIDELIFT.rst's "Funds").
    const thanks = `# Announcing v3\n\n## Acknowledgments\n\n${para('We thank the core team:')}\n\n${['a', 'b', 'c'].map((u) => `- [@${u}](https://github.com/${u})`).join('\n')}\n`;
    expect((await control({ 'README.md': '# T\n', 'docs/blog/announcing-v3.md': thanks }, 'OSPS-GV-01.01')).status).toBe('fail');
    const funds = `# Tidelift\n\n${para('This document describes how the core team manages Tidelift.')}\n\n## Funds\n\n${para('Those receiving funding:')}\n\n${['a', 'b', 'c'].map((u) => `- [@${u}](https://github.com/${u})`).join('\n')}\n`;
    expect((await control({ 'README.md': '# T\n', 'GOVERNANCE.md': funds }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it('does not take a process section whose heading names the core team for a list of members (cli/cli)', async () => {
    const guide = `# Contributing\n\n### (core team only) Reviewing a design\n\n${para('A member of the core team will triage the design proposal and may add the help wanted label.')}\n`;
    expect((await control({ '.github/CONTRIBUTING.md': guide }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it('is attested, not failed, on the developers a Maven POM names (apache/commons-lang); not on a commented-out or profile-only list', async () => {
    const pom = (devs: string) => `<project>\n  <artifactId>commons-lang3</artifactId>\n${devs}\n</project>\n`;
    const devs = '  <developers>\n    <developer>\n      <name>Daniel Rall</name>\n      <id>dlr</id>\n    </developer>\n    <developer>\n      <id>scolebourne</id>\n    </developer>\n  </developers>';
    const c = await control({ 'README.md': '# Apache Commons Lang\n', 'pom.xml': pom(devs) }, 'OSPS-GV-01.01', undefined, 'apache/commons-lang');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'pom.xml', line: 3 }]);
    expect(c.evidence[0].detail).toContain('names 2 person(s), e.g. "Daniel Rall"');
    expect((await control({ 'README.md': '# T\n', 'pom.xml': pom(`<!--\n${devs}\n-->`) }, 'OSPS-GV-01.01')).status).toBe('fail');
    expect((await control({ 'README.md': '# T\n', 'pom.xml': pom(`<profiles><profile>\n${devs}\n</profile></profiles>`) }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it('does not take a POM developer entry that names only its organization for a member (google/gson)', async () => {
    const pom = (devs: string) => `<project>\n  <artifactId>gson-parent</artifactId>\n  <developers>\n${devs}\n  </developers>\n</project>\n`;
    const company = '    <developer>\n      <id>google</id>\n      <organization>Google</organization>\n      <organizationUrl>https://www.google.com</organizationUrl>\n    </developer>';
    expect((await control({ 'README.md': '# Gson\n', 'pom.xml': pom(company) }, 'OSPS-GV-01.01')).status).toBe('fail');
    const person = '    <developer>\n      <id>jdoe</id>\n      <name>Jane Doe</name>\n      <organization>Google</organization>\n    </developer>';
    const c = await control({ 'README.md': '# Gson\n', 'pom.xml': pom(`${company}\n${person}`) }, 'OSPS-GV-01.01');
    expect([c.status, c.evidence[0].detail]).toEqual(['attested', expect.stringContaining('names 1 person(s), e.g. "Jane Doe"')]);
  });
  it('fails with nothing listing members, and for an empty-named Security Insights team', async () => {
    const c = await control({ 'README.md': '# T\n' }, 'OSPS-GV-01.01');
    expect(c.status).toBe('fail');
    expect(c.remediation).toMatch(/MAINTAINERS\.md/);
    expect((await control({ 'README.md': '# T\n', 'security-insights.yml': insights({}, false) }, 'OSPS-GV-01.01')).status).toBe('fail');
  });
  it('fails when Security Insights links a governance document that does not exist, even with MAINTAINERS.md', async () => {
    const c = await control(
      { 'MAINTAINERS.md': '# Maintainers\n\n- Jane Doe <jane@acme.dev>\n', 'security-insights.yml': insights({ governance: 'https://github.com/o/r/blob/main/GOVERNANCE.md' }) },
      'OSPS-GV-01.01',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml' });
    expect(c.evidence[0].detail).toContain('repository.documentation.governance');
    expect(c.remediation).toContain('repository.documentation.governance');
  });
});

describe('OSPS-GV-01.02 roles and responsibilities', () => {
  it("reads the proposal process's README (gittuf's docs/gaps/README.md, \"gittuf Maintainers\"), not a proposal's sections, for the roles", async () => {
    const roles = `# gittuf Augmentation Proposals\n\n${para('A proposal changes the design of the project.')}\n\n## Maintainers\n\n${para('The maintainers are responsible for reviewing each proposal in a timely manner and for keeping merged proposals up to date.')}\n`;
    const process = await control({ 'README.md': '# widget\n', 'docs/gaps/README.md': roles }, 'OSPS-GV-01.02');
    expect([process.status, process.evidence[0]]).toMatchObject(['pass', { path: 'docs/gaps/README.md', line: 5 }]);
    expect((await control({ 'README.md': '# widget\n', 'docs/gaps/1/README.md': roles }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('attests, not passes, a contributor ladder section that only links the ladder on the website (guac)', async () => {
    const guide = `# How to Contribute\n\n${para('Open an issue first; we read every one.')}\n\n## Contributor ladder\n\nSee the GUAC website for the\n[contributor ladder](https://guac.sh/contributing/#contributor-ladder).\n`;
    for (const id of ['OSPS-GV-01.02', 'OSPS-GV-04.01']) {
      const c = await control({ 'README.md': '# widget\n', 'CONTRIBUTING.md': guide }, id);
      expect([id, c.status, c.evidence[0]]).toMatchObject([id, 'attested', { path: 'CONTRIBUTING.md', line: 8 }]);
      expect(c.evidence[0].detail).toMatch(/kept outside this repository: section "Contributor ladder" links https:\/\/guac\.sh/);
    }
    // A ladder described here still passes.
    const here = guide.replace('See the GUAC website for the\n[contributor ladder](https://guac.sh/contributing/#contributor-ladder).', para('Contributors become reviewers after ten merged pull requests; maintainers nominate and vote on new maintainers.'));
    expect((await control({ 'README.md': '# widget\n', 'CONTRIBUTING.md': here }, 'OSPS-GV-01.02')).status).toBe('pass');
  });
  it("does not read the membership criteria of the distributors' mailing list as the members' roles (projectcontour/contour's security-process.md)", async () => {
    const process = `# Security Process\n\n## Early Disclosure to Distributors List\n\n${para('The private list is used to give actionable information to distributors.')}\n\n### Membership Criteria\n\nTo join the list, you should:\n1. Be an active distributor of the software.\n2. Have a user base that is not limited to your own organization.\n3. Be a participant and active contributor in the community.\n`;
    const c = await control({ 'README.md': '# widget\n', 'docs/security-process.md': process }, 'OSPS-GV-01.02');
    expect(c.status).toBe('fail');
    // The membership of the project's own team still counts.
    const team = process.replace('## Early Disclosure to Distributors List', '## Security Team').replace('To join the list, you should:', 'Members of the security team are maintainers who triage reports and are responsible for the fix and its release.');
    const t = await control({ 'README.md': '# widget\n', 'docs/security-process.md': team }, 'OSPS-GV-01.02');
    expect([t.status, t.evidence[0]]).toMatchObject(['pass', { path: 'docs/security-process.md', line: 7 }]);
  });
  it("attests a role holders' section that sends the reader elsewhere for the role (opentelemetry-go's CONTRIBUTING \"Maintainers\")", async () => {
    const guide = (pointer: string) =>
      `# Contributing\n\n${para('Open an issue first; we read every one.')}\n\n## Approvers and Maintainers\n\n### Maintainers\n\n- [Jane Doe](https://github.com/jane), Example Corp\n- [Joe Bloggs](https://github.com/joe), Example Corp\n\n${pointer}\n`;
    const c = await control({ 'README.md': '# widget\n', 'CONTRIBUTING.md': guide('For more information about the maintainer role, see the [community repository](https://github.com/o/community/blob/main/membership.md#maintainer).') }, 'OSPS-GV-01.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 12, detail: expect.stringContaining('section "Maintainers" sends the reader to https://github.com/o/community/') }]);
    // A link that says nothing of the role is no pointer to its description.
    expect((await control({ 'README.md': '# widget\n', 'CONTRIBUTING.md': guide('Say hello on [our chat](https://chat.example.org/widget).') }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('cites the governance page of a docs/ tree before another page that speaks of a responsibility', async () => {
    const files = {
      'README.md': '# widget\n',
      'docs/contribute/ai-policy.md': `# AI policy\n\n## Human Responsibility\n\n${para('Contributors remain responsible for every change they submit, whoever or whatever wrote it.')}\n`,
      // The roles are the subsections: the section's own prose is empty.
      'docs/contribute/governance.md': `# Governance\n\n## Roles and Responsibilities\n\n### Committers\n\n${para('They review and merge pull requests, triage issues and vote on releases.')}\n`,
    };
    const c = await control(files, 'OSPS-GV-01.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/contribute/governance.md', line: 3 });
  });
  it('passes on a collaborator guide that says it sets out the role and its responsibilities (axios)', async () => {
    const guide = '# Collaborator Guide\n\nAs a collaborator, you will be involved with the project with some administrative responsibilities. This guide will help you understand your role and the responsibilities that come with being a collaborator.\n\n1. __Triage issues.__ Apply the appropriate labels and respond as needed.\n\n1. __Assist with PRs.__ Keep a few things in mind as you review PRs.\n';
    const c = await control({ 'README.md': '# widget\n', 'COLLABORATOR_GUIDE.md': guide }, 'OSPS-GV-01.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'COLLABORATOR_GUIDE.md', line: 1 }]);
    // The same title over a page that names no duty is not a description of the role.
    expect((await control({ 'README.md': '# widget\n', 'COLLABORATOR_GUIDE.md': '# Collaborator Guide\n\nSee the wiki.\n' }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('does not take the behaviour expected of contributors for roles (fastify\'s "Ground Rules & Expectations"); "Maintainer expectations" counts', async () => {
    const rules = `# Contributing\n\n## Ground Rules & Expectations\n\n${para('Be respectful and thoughtful in your conversations around this project, which is maintained by a diverse set of people. We have a Code of Conduct.')}\n`;
    const c = await control({ 'docs/Guides/Contributing.md': rules }, 'OSPS-GV-01.02');
    expect(c.status).not.toBe('pass');
    const duty = await control({ 'GOVERNANCE.md': `# Governance\n\n## Maintainer expectations\n\n${para('Maintainers review pull requests within a week and cut the releases.')}\n` }, 'OSPS-GV-01.02');
    expect([duty.status, duty.evidence[0]]).toMatchObject(['pass', { path: 'GOVERNANCE.md', line: 3 }]);
    const triage = `# Triage role\n\n${para('We have a weekly rotation triage role.')}\n\n## Expectations for incoming issues\n\n${para('The person in the role reviews and labels open issues.')}\n`;
    const rota = await control({ 'GOVERNANCE.md': triage }, 'OSPS-GV-01.02');
    expect(rota.status).toBe('pass');
  });
  it("does not read a Prow OWNERS file's comment that links community-membership.md as a roles section (kustomize's); cites the contribution guide's ladder", async () => {
    const owners = '# See https://github.com/kubernetes/community/blob/master/community-membership.md\n\napprovers:\n  - widget-approvers\n  - jane-doe\nreviewers:\n  - widget-reviewers\n  - joe-bloggs\n';
    const alone = await control({ 'README.md': '# widget\n', OWNERS: owners }, 'OSPS-GV-01.02');
    expect(alone.status).not.toBe('pass');
    const guide = `# Contributing\n\n${para('Open an issue first.')}\n\n## Contributor Ladder\n\n${para('Reviewers have LGTM rights on the repository; approvers also approve pull requests and hold maintain permissions.')}\n`;
    const c = await control({ 'README.md': '# widget\n', OWNERS: owners, 'CONTRIBUTING.md': guide }, 'OSPS-GV-01.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 5 }]);
  });
  it('passes with a "Roles and responsibilities" section in GOVERNANCE.md', async () => {
    const c = await control({ 'GOVERNANCE.md': `# Governance\n\n## Roles and responsibilities\n\n${para('Maintainers review and merge; reviewers review.')}\n` }, 'OSPS-GV-01.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 3 });
  });
  it('passes on a governance "Access Levels" section whose levels say what their holders may do (puma), not on a product page\'s', async () => {
    const gov =
      '# Governance\n\n## Access Levels\n\nWe have two levels of access and privileges:\n\n### Gem Release Access\n\nThis is kept intentionally small for security reasons. If you can cut a gem release, you can push code to a lot of production systems.\n\n' +
      '### Commit Bit ("Maintainers" or "Core Team")\n\nIf you have commit bit, we trust you enough to merge to `main` without necessarily getting review first.\n';
    const c = await control({ 'GOVERNANCE.md': gov }, 'OSPS-GV-01.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 3 });
    const product = '# Admin guide\n\n## Access levels\n\nTeam members get one of two access levels: viewers can read dashboards, editors can change them and invite other members.\n';
    expect((await control({ 'README.md': '# widget\n', 'docs/admin.md': product }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('passes when GOVERNANCE.md describes two roles under their own headings', async () => {
    const c = await control({ 'GOVERNANCE.md': `# Governance\n\n## Maintainers\n\n${para('Maintainers merge changes and cut releases.')}\n\n## Reviewers\n\n${para('Reviewers approve pull requests in their area.')}\n` }, 'OSPS-GV-01.02');
    expect(c.status).toBe('pass');
  });
  it('is unknown, not passed, for a "Membership" list that gives each member a title but no responsibility (rustls)', async () => {
    const readme = '# rustls\n\nA TLS library.\n\n# Project Membership\n\n- Joe Birr-Pixton ([@ctz], Project Founder - full-time funded by [Prossimo])\n- Dirkjan Ochtman ([@djc], Co-maintainer)\n- Daniel McCarney ([@cpu], Co-maintainer)\n- Josh Aas ([@bdaehlie], Project Management)\n\n[@ctz]: https://github.com/ctz\n[@djc]: https://github.com/djc\n[@cpu]: https://github.com/cpu\n[@bdaehlie]: https://github.com/bdaehlie\n[Prossimo]: https://www.memorysafety.org/initiative/rustls/\n';
    const c = await control({ 'README.md': readme }, 'OSPS-GV-01.02');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 5, detail: expect.stringMatching(/title.*no responsibilit/) });
    // The same list that says what the members do describes their roles.
    const described = readme.replace('Co-maintainer)\n- Daniel', 'Co-maintainer: reviews and merges pull requests, cuts releases)\n- Daniel');
    expect((await control({ 'README.md': described }, 'OSPS-GV-01.02')).status).toBe('pass');
  });
  it("does not count a roadmap item about the product's roles (gittuf's docs/roadmap.md \"Support For Different Hats (Roles)\")", async () => {
    const roadmap = `# gittuf Roadmap\n\n## Planned\n\n### Support For Different Hats (Roles)\n\n${para('Suppose Alice is both a maintainer and also on the security team: she may wish to choose how an action is perceived.')}\n`;
    expect((await control({ 'README.md': '# gittuf\n', 'docs/roadmap.md': roadmap }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('is attested, not failed, when the README links "Governance for <the project>" in the organization\'s repository (notation)', async () => {
    const readme = '# Notation\n\n## Community\n\n- [Governance for Notary Project](https://github.com/notaryproject/.github/blob/master/GOVERNANCE.md)\n';
    const c = await control({ 'README.md': readme, 'MAINTAINERS': 'Jane <jane@acme.dev>\n' }, 'OSPS-GV-01.02', undefined, 'notaryproject/notation');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 5 });
    expect(c.evidence[0].detail).toContain('notaryproject/.github/blob/master/GOVERNANCE.md');
    // A link that only begins with the word is not the governance document ("Governance meeting notes for 2024").
    const notes = readme.replace('Governance for Notary Project', 'Governance meeting notes for 2024');
    expect((await control({ 'README.md': notes }, 'OSPS-GV-01.02', undefined, 'notaryproject/notation')).status).toBe('fail');
  });
  it('passes on a governance section titled for a role holder that says what the role is expected to do (python-tuf)', async () => {
    const gov = `# TUF governance\n\n${para('This document covers the governance and committer process.')}\n\n## Maintainership and Consensus Builder\n\nThe project is maintained by the people indicated in [MAINTAINERS](MAINTAINERS.txt). A maintainer is expected to (1) submit and review GitHub pull requests and (2) open issues. A maintainer has the authority to approve or reject pull requests submitted by contributors.\n`;
    const c = await control({ 'docs/GOVERNANCE.md': gov }, 'OSPS-GV-01.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/GOVERNANCE.md', line: 5 }]);
    // A maintainers section that only lists who they are describes no role.
    const list = `# Governance\n\n## Maintainers\n\n${para('The maintainers are Jane Doe, Joe Bloggs and Ann Other, listed with their e-mail addresses in MAINTAINERS.')}\n`;
    expect((await control({ 'GOVERNANCE.md': list }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('passes on a team page whose "The Core Team" section says what the team does (rubocop\'s docs/…/about/team.adoc)', async () => {
    const team = '= Team\n\n== The Core Team\n\nThe direction of the project is stewarded by the core team. This group of long-term\ncontributors manages releases, evaluates pull-requests, and does a lot of the groundwork on\nmajor new features. Here are the current members:\n\n* https://github.com/jane[Jane Doe] (author & head maintainer)\n* https://github.com/joe[Joe Bloggs]\n';
    const c = await control({ 'README.md': '# widget\n', 'docs/modules/ROOT/pages/about/team.adoc': team }, 'OSPS-GV-01.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/modules/ROOT/pages/about/team.adoc', line: 3 }]);
    // The same section that only names the members describes no role.
    const names = team.replace(/This group[^:]*:/, 'Here are the current members:');
    expect((await control({ 'README.md': '# widget\n', 'docs/modules/ROOT/pages/about/team.adoc': names }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('passes on a governance section titled for a team whose prose says what the team is responsible for (lodash\'s "Release Team")', async () => {
    const gov = '# Project Governance\n\n## Steering Committee Members\n\n- Jane Doe (@jane)\n- Joe Bloggs (@joe)\n\n## Security Triage Team\n\nThe Security Triage Team is responsible for assessing and managing vulnerability and incident reports.\n\n## Release Team\n\nThe Release Team is solely responsible for publishing new versions to npm. Its current member is:\n\n- Jane Doe (@jane)\n';
    const c = await control({ 'GOVERNANCE.md': gov }, 'OSPS-GV-01.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'GOVERNANCE.md', line: 8 }]);
    // With only the second team, "is solely responsible" says the duty just as plainly.
    const release = gov.replace(/## Security Triage Team\n\n[^\n]*\n\n/, '');
    expect((await control({ 'GOVERNANCE.md': release }, 'OSPS-GV-01.02')).status).toBe('pass');
    // A team in a product's documentation is its users' (a "Team settings" page), not the project's members.
    const product = '# Admin guide\n\n## Team settings\n\nThe team owner is responsible for inviting users to the workspace and setting their permissions.\n';
    expect((await control({ 'README.md': '# widget\n', 'docs/admin.md': product }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('passes on a docs page on how the project is organized whose "Core developers" section says what access they have and what they may do (sphinx)', async () => {
    const page =
      '# Organization of the Tool project\n\nThe guide explains how the Tool project is organized.\n\n## Core developers\n\nThe core developers of Tool have write access to the main repository. They can commit changes, accept or reject pull requests, and manage items on the issue tracker.\n';
    const c = await control({ 'README.md': '# Tool\n', 'docs/internals/organization.md': page }, 'OSPS-GV-01.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/internals/organization.md', line: 5, detail: expect.stringContaining('section "Core developers"') }]);
    // The same heading that only says who they are describes no role.
    const names = page.replace(/The core developers of Tool have[^\n]*/, 'The core developers of Tool are listed in the authors file, with thanks for all their work over many years.');
    expect((await control({ 'README.md': '# Tool\n', 'docs/internals/organization.md': names }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('fails for a bare list of maintainers', async () => {
    expect((await control({ 'MAINTAINERS.md': '# Maintainers\n\n- Jane <jane@acme.dev>\n- Joe <joe@acme.dev>\n' }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('is attested, not failed, when GOVERNANCE.md opens by handing governance to the community repository, then covers this repository\'s pull requests (in-toto)', async () => {
    const gov =
      "# in-toto Governance\n\nin-toto's\n[governance](https://github.com/in-toto/community/blob/main/GOVERNANCE.md) and\n[code of conduct](https://github.com/in-toto/community/blob/main/CODE-OF-CONDUCT.md)\nare described in the [in-toto/community](https://github.com/in-toto/community)\nrepository.\n\n## Reference Implementation Contributions\n\n" +
      `${para('Pull requests must be submitted to the develop branch where they undergo review and automated testing, including unit tests, static analysis and checks for Signed-off-by commits.')}\n`;
    for (const id of ['OSPS-GV-01.02', 'OSPS-GV-04.01']) {
      const c = await control({ 'GOVERNANCE.md': gov }, id);
      expect(c.status).toBe('attested');
      expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 4, detail: expect.stringContaining('in-toto/community/blob/main/GOVERNANCE.md') });
      expect(c.evidence.map((e) => e.detail).join('\n')).not.toContain('CODE-OF-CONDUCT');
    }
    // A long opening that only mentions a model it follows hands nothing over.
    const long = gov.replace('repository.\n', `repository. ${para('We keep our own decisions in this repository as well, and this page records them.').repeat(3)}\n`);
    expect((await control({ 'GOVERNANCE.md': long }, 'OSPS-GV-01.02')).status).toBe('fail');
  });
  it('is attested when governance is linked elsewhere, and fails when it links into the repository at nothing', async () => {
    const a = await control({ 'README.md': '# T\n', 'security-insights.yml': insights({ governance: 'https://acme.dev/governance' }) }, 'OSPS-GV-01.02');
    expect(a.status).toBe('attested');
    expect(a.evidence[0].detail).toContain('repository.documentation.governance');
    const f = await control({ 'README.md': '# T\n', 'security-insights.yml': insights({ governance: 'https://github.com/o/r/blob/main/docs/governance.md' }) }, 'OSPS-GV-01.02');
    expect(f.status).toBe('fail');
  });
});

describe('OSPS-GV-02.01 public discussion', () => {
  it('passes with a README link to a chat, pointing at its line', async () => {
    const c = await control({ 'README.md': '# T\n\nJoin us on [Discord](https://discord.gg/abc123).\n' }, 'OSPS-GV-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 3 });
  });
  it("passes on a README.rst's chat badge defined as a substitution (pluggy's |gitter|), pointing at the line that shows it", async () => {
    const readme = 'pluggy\n======\n\n|pypi| |gitter|\n\nA plugin system.\n\n.. |pypi| image:: https://img.shields.io/pypi/v/pluggy.svg\n    :target: https://pypi.org/pypi/pluggy\n.. |gitter| image:: https://badges.gitter.im/o/r.svg\n    :alt: Join the chat at https://gitter.im/o/r\n    :target: https://gitter.im/o/r\n';
    const c = await control({ 'README.rst': readme }, 'OSPS-GV-02.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.rst', line: 4, detail: expect.stringContaining('https://gitter.im/o/r') }]);
  });
  it("does not cite a chat service's home page (eslint's sponsor logo linking https://discord.com), but a workspace's host counts", async () => {
    const sponsors = '# T\n\n## Sponsors\n\n<p><a href="https://discord.com"><img src="https://images.example/discord.png" alt="Discord" height="32"></a> <a href="https://www.slack.com/"><img src="https://images.example/slack.png" alt="Slack"></a></p>\n';
    expect((await control({ 'README.md': sponsors }, 'OSPS-GV-02.01')).status).toBe('unknown');
    const workspace = await control({ 'README.md': '# T\n\nChat with us at [Slack](https://widget.slack.com).\n' }, 'OSPS-GV-02.01');
    expect([workspace.status, workspace.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3 }]);
  });
  it("passes on a link named for the chat in a section inviting people to it (buf's \"join us on [Slack](https://buf.build/links/slack)\"); not on a notification target", async () => {
    const c = await control({ 'README.md': '# T\n\n## Community\n\nFor help and discussion around widgets, join us on [Slack][slack].\n\n[slack]: https://widget.dev/links/slack\n' }, 'OSPS-GV-02.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 5, detail: expect.stringContaining('"Slack" → https://widget.dev/links/slack') }]);
    const notify = '# T\n\n## Notifications\n\nThe scanner can send its report to [Slack](https://widget.dev/docs/integrations/slack) or by e-mail.\n';
    expect((await control({ 'README.md': notify }, 'OSPS-GV-02.01')).status).toBe('unknown');
  });
  it("cites the link to the Discussions before links to single threads in them (pydantic's docs/help_with_pydantic.md)", async () => {
    const perf = '# Performance tips\n\nSee [this comment](https://github.com/o/r/discussions/6388#discussioncomment-8193105) and\n[that one](https://github.com/o/r/discussions/6388#discussioncomment-8194048).\n';
    const help = '# Getting help\n\n## GitHub Discussions\n\n[GitHub Discussions](https://github.com/o/r/discussions) are useful for asking questions.\n';
    const c = await control({ 'README.md': '# T\n', 'docs/concepts/performance.md': perf, 'docs/help_with_pydantic.md': help }, 'OSPS-GV-02.01', undefined, 'o/r');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => [e.path, e.line])).toEqual([['docs/help_with_pydantic.md', 5], ['docs/concepts/performance.md', 3], ['docs/concepts/performance.md', 4]]);
  });
  it.each([
    ['https://discuss.widget-project.org/latest', 'pass'],
    ['https://forum.widget-project.org/', 'pass'],
    ['https://elixirforum.com/c/widget', 'pass'],
    ['https://community.widget-project.org/t/1', 'pass'],
    // A word inside a host's label names something else: Steam's BBCode help, in a list of output formats.
    ['https://steamcommunity.com/comment/ForumTopic/formattinghelp', 'unknown'],
    ['https://www.discussionsoftware.com/widget', 'unknown'],
  ])('a forum by its host: %s gives %s', async (url, status) => {
    expect((await control({ 'README.md': `# T\n\nSee [the site](${url}).\n` }, 'OSPS-GV-02.01')).status).toBe(status);
  });
  it('is unknown offline without documented channels, saying the API could not be read', async () => {
    const c = await control({ 'README.md': '# T\n' }, 'OSPS-GV-02.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.detail).join(' ')).toMatch(/GitHub API/);
  });
  // logging-log4j2: .asf.yaml github.features, which the ASF infrastructure applies to the repository.
  it('is attested offline by issues or Discussions that .asf.yaml or .github/settings.yml declares enabled', async () => {
    const asf = 'github:\n  features:\n    issues: false\n    discussions: true\n';
    const c = await control({ 'README.md': '# T\n', '.asf.yaml': asf }, 'OSPS-GV-02.01', undefined, 'apache/r');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: '.asf.yaml', line: 4 });
    expect(c.evidence[0].detail).toMatch(/GitHub Discussions declared enabled \(the ASF infrastructure applies it/);
    expect(c.evidence).toHaveLength(3);
    expect((await control({ 'README.md': '# T\n', '.asf.yaml': asf.replace('true', 'false') }, 'OSPS-GV-02.01', undefined, 'apache/r')).status).toBe('unknown');
    const probot = await control({ 'README.md': '# T\n', '.github/settings.yml': 'repository:\n  has_issues: true\n' }, 'OSPS-GV-02.01');
    expect([probot.status, probot.evidence[0]?.path, probot.evidence[0]?.line]).toEqual(['attested', '.github/settings.yml', 2]);
  });
  it('is attested offline by issue templates in the tree (grpc-go\'s bug, feature and question templates), not by a chooser config alone', async () => {
    const bug = '---\nname: Bug Report\nabout: Report a non-security bug in gRPC-Go\n---\n\nPlease see the FAQ in our main README.md before submitting your issue.\n';
    const c = await control({ 'README.md': '# gRPC-Go\n', '.github/ISSUE_TEMPLATE/bug.md': bug, '.github/ISSUE_TEMPLATE/question.md': bug }, 'OSPS-GV-02.01', undefined, 'grpc/grpc-go');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: '.github/ISSUE_TEMPLATE/bug.md', line: 1 }]);
    expect(c.evidence[0].detail).toContain('issue template (and 1 more)');
    expect((await control({ 'README.md': '# T\n', '.github/ISSUE_TEMPLATE/config.yml': 'blank_issues_enabled: false\n' }, 'OSPS-GV-02.01')).status).toBe('unknown');
    // The API's word decides: issues and Discussions disabled fail, templates or not.
    expect((await control({ 'README.md': '# T\n', '.github/ISSUE_TEMPLATE/bug.md': bug }, 'OSPS-GV-02.01', { hasIssues: false, hasDiscussions: false })).status).toBe('fail');
  });
  it('is attested offline by a contribution guide that asks for changes to be discussed in an issue (sigstore/model-transparency), on its line', async () => {
    const guide = '# Contributing\n\nWhen contributing to a repository in the Widget organization, please first discuss the change you wish\nto make via an issue in the repository.\n\n## Pull Request Process\n\n1. Create an issue in the repository outlining the fix or feature.\n';
    const c = await control({ 'README.md': '# T\n', 'CONTRIBUTING.md': guide }, 'OSPS-GV-02.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 3 }]);
    expect(c.evidence[0].detail).toMatch(/raised in GitHub issues: "When contributing .* via an issue in the repository\."/);
    // Not a sentence that keeps reports out of issues, nor an issue tracker elsewhere.
    // Nor one sending the issue to another project's repository (zstd's README on its vcpkg port).
    for (const sentence of [
      'Do not open a public issue for a security vulnerability; write to the security team.',
      'Please open an issue in our JIRA project before you start.',
      'If the version is out of date, please [create an issue or pull request](https://github.com/Microsoft/vcpkg) on the vcpkg repository.',
    ])
      expect((await control({ 'README.md': '# T\n', 'CONTRIBUTING.md': `# Contributing\n\n${sentence}\n` }, 'OSPS-GV-02.01')).status, sentence).toBe('unknown');
    // The API's word decides.
    expect((await control({ 'README.md': '# T\n', 'CONTRIBUTING.md': guide }, 'OSPS-GV-02.01', { hasIssues: false, hasDiscussions: false })).status).toBe('fail');
  });
  it('follows the API over a declaration: issues and Discussions disabled fail', async () => {
    const c = await control({ 'README.md': '# T\n', '.github/settings.yml': 'repository:\n  has_issues: true\n' }, 'OSPS-GV-02.01', { hasIssues: false, hasDiscussions: false });
    expect(c.status).toBe('fail');
  });
  it('passes when the API says issues are enabled, with the endpoint as evidence', async () => {
    const c = await control({ 'README.md': '# T\n' }, 'OSPS-GV-02.01', { hasIssues: true, hasDiscussions: false });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ kind: 'api', url: 'https://github.com/o/r/issues' });
    expect(c.evidence[0].detail).toMatch(/has_issues true/);
  });
  it('fails when issues and discussions are disabled and no channel is documented', async () => {
    const c = await control({ 'README.md': '# T\n' }, 'OSPS-GV-02.01', { hasIssues: false, hasDiscussions: false });
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toMatch(/has_issues false/);
  });
});

describe('OSPS-GV-03.01 a guide on the documentation site built from this tree', () => {
  const guide = `# Developer guide\n\n## Pull requests\n\n${para('Fork the repository, create a branch, run the tests and open a pull request that describes the change.')}\n`;
  const pointer = '# Contributing\n\nPlease refer to [the Contribution Guide](https://widget.dev/latest/developer-guide/code-changes/).\n';
  it('follows the link to the page\'s source in docs/ and cites it', async () => {
    const c = await control({ 'README.md': '# widget\n', 'CONTRIBUTING.md': pointer, 'mkdocs.yml': 'site_name: widget\nsite_url: https://widget.dev/\n', 'docs/developer-guide/code-changes.md': guide }, 'OSPS-GV-03.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/developer-guide/code-changes.md' });
    expect(c.evidence[0].detail).toMatch(/linked from CONTRIBUTING\.md:3/);
  });
  it('without a site built from this tree the page is kept elsewhere: attested', async () => {
    const c = await control({ 'README.md': '# widget\n', 'CONTRIBUTING.md': pointer, 'docs/developer-guide/code-changes.md': guide }, 'OSPS-GV-03.01');
    expect(c.status).toBe('attested');
  });
  it('a guide that only points elsewhere stays attested under link reference definitions no reader sees', async () => {
    const defs = ['guide', 'ladder', 'chat', 'meetings'].map((k) => `[${k}]: https://widget.dev/community/contributors/${k}/and/a/long/path/to/the/page/${k}.html`).join('\n');
    const c = await control({ 'README.md': '# widget\n', 'CONTRIBUTING.md': `# Contributing\n\nPlease refer to the [Contribution Guide][guide].\n\n${defs}\n` }, 'OSPS-GV-03.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('https://widget.dev/community/contributors/guide/') }]);
  });
});

describe('OSPS-GV-03.01 the development page of a documentation site', () => {
  const readme = '= Widget\n\n== Development\n\nLooking for build instructions? See https://logging.widget.dev/widget/2.x/development.html[the Development page] at the website.\n';
  const site = { 'README.adoc': readme, 'antora-playbook.yaml': 'site:\n  url: "https://logging.widget.dev/widget/2.x"\n', 'src/site/antora/antora.yml': 'name: home\n' };
  const page = 'src/site/antora/modules/ROOT/pages/development.adoc';
  it('a section that says how to submit a change passes, cited at its heading (logging-log4j2\'s development.adoc)', async () => {
    const dev = `= Development\n\n== How can I build the project?\n\n${para('Run ./mvnw verify with Java 17.')}\n\n== I am not a committer. How shall I submit a patch?\n\n${para('Simply submit a pull request and make sure ./mvnw verify succeeds.')}\n`;
    const c = await control({ ...site, [page]: dev }, 'OSPS-GV-03.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: page, line: 7 });
  });
  it('near miss: a development page that only says how to build, or to open an issue, is no contribution guide', async () => {
    const dev = `= Development\n\n== How can I build the project?\n\n${para('Run ./mvnw verify with Java 17. If it fails, open an issue.')}\n`;
    // Not a guide, so not a pass; offline, the owner's default CONTRIBUTING.md could still supply one (unknown).
    expect((await control({ ...site, [page]: dev }, 'OSPS-GV-03.01')).status).toBe('unknown');
    // A product page on developing plugins is not the project's development page.
    const plugins = { 'README.md': '# widget\n', 'docs/plugins/writing.md': `# Writing plugins\n\n## Publishing\n\n${para('Open a pull request against the plugin index to list your plugin.')}\n` };
    expect((await control(plugins, 'OSPS-GV-03.01')).status).toBe('unknown');
  });
});

describe('OSPS-GV-03.01 contribution process with Security Insights', () => {
  it('fails when contributing-guide links to a missing file although CONTRIBUTING.md exists', async () => {
    const c = await control(
      { 'CONTRIBUTING.md': `# Contributing\n\n${para('Open a pull request.')}\n`, 'security-insights.yml': insights({ 'contributing-guide': 'https://github.com/o/r/blob/main/CONTRIBUTE.md' }) },
      'OSPS-GV-03.01',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toContain('repository.documentation.contributing-guide');
  });
  it('is attested for a guide kept elsewhere, and passes with both', async () => {
    expect((await control({ 'README.md': '# T\n', 'security-insights.yml': insights({ 'contributing-guide': 'https://acme.dev/contribute' }) }, 'OSPS-GV-03.01')).status).toBe('attested');
    const c = await control(
      { 'CONTRIBUTING.md': `# Contributing\n\n${para('Open a pull request.')}\n`, 'security-insights.yml': insights({ 'contributing-guide': 'https://github.com/o/r/blob/main/CONTRIBUTING.md' }) },
      'OSPS-GV-03.01',
    );
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.kind === 'security-insights')).toBe(true);
  });
});

describe('OSPS-GV-03.01 a guide that only links to a website', () => {
  it('is attested, naming the link; a guide that also says something passes', async () => {
    const stub = 'The Widget contributing guide can be found in the [Widget documentation](https://widget.dev/docs/contributions).';
    const c = await control({ 'CONTRIBUTING.md': `# Widget Contribution Guide\n\n${stub}\n` }, 'OSPS-GV-03.01');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'CONTRIBUTING.md', line: 3 }] });
    expect(c.evidence[0].detail).toContain('https://widget.dev/docs/contributions');
    const docs = '# Contributing\n\nFirst, you might want to see the ways to [help Widget](help.md).\n\n## Developing\n\nTo contribute code to the project, please follow the guidelines in [widget.dev - Contributing](https://widget.dev/contributing/).\n';
    expect((await control({ 'README.md': '# Widget\n', 'docs/en/docs/contributing.md': docs }, 'OSPS-GV-03.01')).status).toBe('attested');
    expect((await control({ 'CONTRIBUTING.md': `# Widget Contribution Guide\n\nOpen a pull request against main. ${stub}\n` }, 'OSPS-GV-03.01')).status).toBe('pass');
    const readme = `# Widget\n\n## Contributing\n\nThank you for considering contributing to Widget! ${stub}\n\n## Top Contributors\n\n${para('Most changes are made by the team; many others sent fixes.')}\n`;
    expect(await control({ 'README.md': readme }, 'OSPS-GV-03.01')).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 5 }] });
    // With the guide handed over, an aside on contributions in another page is no guide; a contributing page in docs/ is.
    const aside = `# Compatibility\n\n## Contributions\n\n${para('Reviewers should be on guard against changes that break compatibility.')}\n`;
    const handed = { 'CONTRIBUTING.md': `# Contributing\n\n${stub}\n`, 'docs/compat.md': aside };
    expect((await control(handed, 'OSPS-GV-03.01')).status).toBe('attested');
    expect((await control({ ...handed, 'docs/dev/contributing.md': aside }, 'OSPS-GV-03.01')).status).toBe('pass');
  });
  it('is attested on a README "Contributing" section that says what the project is and welcomes contributions before its pointer (crossplane-runtime)', async () => {
    const readme = (how: string) =>
      `# Widget\n\n## Contributing\n\nwidget-runtime is a community driven project and we welcome contributions.\n${how}\n\n## Contact\n\nJoin our [slack channel].\n\n[contributing]: https://github.com/widget/widget/blob/main/CONTRIBUTING.md\n[slack channel]: https://slack.widget.io\n`;
    const c = await control({ 'README.md': readme('See the Widget [contributing] guidelines to get started.') }, 'OSPS-GV-03.01');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', detail: expect.stringContaining('https://github.com/widget/widget/blob/main/CONTRIBUTING.md (section "Contributing")') }] });
    // A sentence that says how to contribute still makes the section a guide of its own.
    expect((await control({ 'README.md': readme('Open a pull request against main; the Widget [contributing] guidelines say more.') }, 'OSPS-GV-03.01')).status).toBe('pass');
  });
  it('is attested on a README "Contributing" section of one short pointer sentence (sigstore-js: "See the contributing docs for details.")', async () => {
    const readme = '# Widget\n\nLibraries for Widget.\n\n## Contributing\n\nSee [the contributing docs][7] for details.\n\n## Info\n\nWidget is developed as part of the Widget project.\n\n[7]: https://github.com/widget/.github/blob/main/CONTRIBUTING.md\n';
    const c = await control({ 'README.md': readme }, 'OSPS-GV-03.01');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 7, detail: expect.stringContaining('https://github.com/widget/.github/blob/main/CONTRIBUTING.md (section "Contributing")') }] });
    // The link's definition under the section is no prose of its own: still a pointer, not a guide that passes.
    const last = '# Widget\n\nLibraries for Widget.\n\n## Contributing\n\nSee [the contributing docs][7] for details.\n\n[7]: https://github.com/widget/.github/blob/main/CONTRIBUTING.md\n';
    expect(await control({ 'README.md': last }, 'OSPS-GV-03.01')).toMatchObject({ status: 'attested', evidence: [{ path: 'README.md', line: 7 }] });
  });
});

describe('OSPS-GV-03.01 a README "Contribution" section that only grants the license of contributions', () => {
  const grant = 'Unless you explicitly state otherwise, any contribution intentionally submitted\nfor inclusion in `widget` by you, shall be licensed as MIT, without any additional\nterms or conditions.';
  it('does not pass on the inbound license clause under "### Contribution" (tokio-rs/bytes): it says how a contribution is licensed, not how to make one', async () => {
    const readme = `# Widget\n\nA utility library.\n\n## License\n\nThis project is licensed under the [MIT license](LICENSE).\n\n### Contribution\n\n${grant}\n`;
    const c = await control({ 'README.md': readme }, 'OSPS-GV-03.01');
    expect(c.status).not.toBe('pass');
    expect(c.evidence.some((e) => e.detail.includes('contribution process explained'))).toBe(false);
  });
  it('still passes when the section also says how to contribute', async () => {
    const readme = `# Widget\n\n## Contribution\n\nOpen a pull request against main; a maintainer reviews it within a week.\n${grant}\n`;
    expect(await control({ 'README.md': readme }, 'OSPS-GV-03.01')).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 3 }] });
  });
});

describe('OSPS-GV-03.02 requirements for acceptable contributions', () => {
  it("passes on a contribution guide's \"Coverage\" section that every change must keep at 100% (filelock's)", async () => {
    const guide =
      '# Contributing\n\nThis page lists the steps needed to set up a development environment and contribute to the project.\n\n1. Fork and clone this repo.\n1. Run tests: `tox run`\n\n## Coverage\n\nEvery environment in the matrix must reach 100%, and so must the combined report. Cover a line rather than excluding it wherever it is reachable.\n';
    const c = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 8 }]);
    const fact = guide.replace('Every environment in the matrix must reach 100%, and so must the combined report.', 'We have 100% coverage.');
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': fact }, 'OSPS-GV-03.02')).status).toBe('fail');
  });
  it("passes on a docs/ page's \"Pull Requests\" section that sets what a PR must clear before it is merged (sidekiq's docs/sdlc.md)", async () => {
    const guide = '# Contributing\n\n## Issues\n\nWhen opening an issue, include the full backtrace with your error and the versions you are using.\n';
    const sdlc = (prs: string) =>
      `# Software development lifecycle\n\n## 1. Introduction\n\nThis document outlines the development process of the project for all contributors.\n\n## 3. Workflow on GitHub\n\n### Pull Requests\n\n${prs}\n`;
    const rule = 'To contribute code, a developer must open a pull request.\nA PR will not be merged until all automated checks pass and it has been approved by at least one maintainer.\nAll PRs require a review.';
    const c = await control({ 'README.md': '# Tool\n', '.github/contributing.md': guide, 'docs/sdlc.md': sdlc(rule) }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/sdlc.md', line: 9 }]);
    // A section on pull requests that sets no bar is none.
    const none = 'Pull requests are opened once the code is ready for review and public discussion, and we read every one of them.';
    expect((await control({ 'README.md': '# Tool\n', '.github/contributing.md': guide, 'docs/sdlc.md': sdlc(none) }, 'OSPS-GV-03.02')).status).toBe('fail');
  });
  it("attests, not passes, a requirements section that only links another repository's guide (kubewarden's \"Code conventions\")", async () => {
    const guide = '# Contributing\n\nThank you for your interest.\n\n## Code conventions\n\nPlease follow the [code conventions](https://github.com/acme/community/blob/main/CONVENTIONS.md).\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 7, detail: expect.stringContaining('acme/community') });
    // A section that states its requirements passes.
    const own = guide.replace('Please follow the', 'All code must pass `make lint` and follow the');
    expect((await control({ 'CONTRIBUTING.md': own }, 'OSPS-GV-03.02')).status).toBe('pass');
  });
  it("passes on the pull request template's checklist of what every change must meet (witness's \"Acceptance Criteria Met\"), not on one box", async () => {
    const guide = `# Contributing to Witness\n\n## Getting Started\n\n${para('We welcome many different types of contributions.')}\n`;
    const tpl = '## What this PR does / why we need it\n\nDescription\n\n## Acceptance Criteria Met\n\n- [ ] Docs changes if needed\n- [ ] Testing changes if needed\n- [ ] All workflow checks passing (automatically enforced)\n- [ ] [DCO Sign-off](https://github.com/apps/dco)\n';
    const c = await control({ 'README.md': '# witness\n', 'CONTRIBUTING.md': guide, '.github/PULL_REQUEST_TEMPLATE.md': tpl }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/PULL_REQUEST_TEMPLATE.md', line: 5, detail: expect.stringContaining("pull request template's checklist") }]);
    const one = tpl.replace(/- \[ \] (?:Docs|Testing|All).*\n/g, '');
    expect((await control({ 'README.md': '# witness\n', 'CONTRIBUTING.md': guide, '.github/PULL_REQUEST_TEMPLATE.md': one }, 'OSPS-GV-03.02')).status).toBe('fail');
  });
  it("passes on a pull request template's checklist of plain list items, with no contribution guide (logging-log4j2's \"Checklist\")", async () => {
    const tpl = '**INSERT HERE** a description of the change.\n\n## Checklist\n\n* Base your changes on the `2.x` branch\n* `./mvnw verify` succeeds\n* Non-trivial changes contain a changelog entry\n* Tests are provided\n';
    const c = await control({ 'README.md': '# log\n', '.github/pull_request_template.md': tpl }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/pull_request_template.md', line: 3, detail: expect.stringContaining("pull request template's checklist") }]);
    // One item is a single reminder, not a checklist.
    const one = tpl.replace(/\* (?:Base|`|Non).*\n/g, '');
    expect((await control({ 'README.md': '# log\n', '.github/pull_request_template.md': one }, 'OSPS-GV-03.02')).status).not.toBe('pass');
  });
  it('a contributor ladder that opens with the ladder it follows hands no contribution guide over (allstar)', async () => {
    const ladder =
      '# Contributor Ladder\n\n***Allstar follows the [OpenSSF Scorecard contributor ladder](https://github.com/ossf/scorecard/blob/main/CONTRIBUTOR_LADDER.md).***\n\n## Roles\n\n' +
      `${para('Maintainers review and merge pull requests; reviewers approve them.')}\n\n## Becoming a reviewer\n\n${para('Review ten pull requests, then ask a maintainer.')}\n\n## Becoming a maintainer\n\n${para('Be a reviewer for six months, then ask the maintainers.')}\n`;
    const guide = `# Contributing\n\n${para('Open an issue first; we read every one.')}\n\n## Contributor Ladder\n\nDetails on the previous contributor ladder can be found [here](/contributor-ladder.md).\n`;
    const c = await control({ 'CONTRIBUTING.md': guide, 'contributor-ladder.md': ladder }, 'OSPS-GV-03.02');
    expect(c.status).toBe('fail');
    // The same opening in CONTRIBUTING.md itself does hand the guide over.
    const handed = await control({ 'CONTRIBUTING.md': ladder.replace('# Contributor Ladder', '# Contributing').replace('OpenSSF Scorecard contributor ladder', 'OpenSSF contributing guide').replace('CONTRIBUTOR_LADDER.md', 'CONTRIBUTING.md') }, 'OSPS-GV-03.02');
    expect(handed.status).toBe('attested');
  });
  it('cites a section that asks each contribution for a changelog entry, not a later one that only encourages tests (bat)', async () => {
    const guide = `# Contributing\n\n## Add an entry to the changelog\n\n${para('Please update the changelog if your contribution changes the behavior of the tool.')}\n\n## Regression tests\n\nYou are **strongly encouraged** to add regression tests. They ensure that your contribution will never completely stop working.\n`;
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('section "Add an entry to the changelog"') }] });
    const none = `# Contributing\n\n## Changelog entries\n\n${para('You do not need to add a changelog entry: the maintainers write them at release time.')}\n`;
    expect((await control({ 'CONTRIBUTING.md': none }, 'OSPS-GV-03.02')).status).toBe('fail');
  });
  it('cites the section on submitting a patch, not an earlier one inviting readers to review pull requests (go-github)', async () => {
    const reviewing = `## Reviewing PRs\n\n${para('If you are willing to review PRs please open a PR to add your GitHub username to the REVIEWERS file; contributors may then ask you for a review.')}\n\n`;
    const submitting = `## Submitting a patch\n\n${para('Any significant changes should almost always be accompanied by tests. Run the formatter, the tests and the linters before you push.')}\n`;
    const c = await control({ 'CONTRIBUTING.md': `# How to contribute\n\n${reviewing}${submitting}` }, 'OSPS-GV-03.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 7, detail: expect.stringContaining('section "Submitting a patch"') }] });
    // Alone, an invitation to review states nothing a contribution must meet; review criteria do.
    expect((await control({ 'CONTRIBUTING.md': `# How to contribute\n\n${reviewing}` }, 'OSPS-GV-03.02')).status).toBe('fail');
    const criteria = `# How to contribute\n\n## Reviewing PRs: criteria\n\n${para('A pull request is merged when it has tests, passes the linters and has a review from a maintainer.')}\n`;
    expect((await control({ 'CONTRIBUTING.md': criteria }, 'OSPS-GV-03.02')).status).toBe('pass');
  });
  it('reads "ensure" as an obligation only when it is asked of the reader, not when tests are said to ensure something (bat)', async () => {
    const descriptive = '# Contributing\n\n## Regression tests\n\nYou are **strongly encouraged** to add regression tests. They ensure that your contribution will never completely stop working.\n';
    expect((await control({ 'CONTRIBUTING.md': descriptive }, 'OSPS-GV-03.02')).status).not.toBe('pass');
    const asked = '# Contributing\n\n## Regression tests\n\nAdding regression tests is encouraged. Ensure that the whole test suite passes before you open a pull request.\n';
    expect((await control({ 'CONTRIBUTING.md': asked }, 'OSPS-GV-03.02')).status).toBe('pass');
  });
  it('cites a bare "Code Contributions" section whose prose obliges, before a tests section that only says how to run them (okhttp)', async () => {
    const guide = '# Contributing\n\nCode Contributions\n------------------\n\nGet working code on a personal branch with tests passing before you submit a PR:\n\n```\n./gradlew clean check\n```\n\nPlease make every effort to follow existing conventions and style in order to keep the code as readable as possible.\n\nRunning Android Tests\n---------------------\n\nRun the tests on a device with the command below, which takes a few minutes to complete.\n\n```\n./gradlew connectedCheck\n```\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('section "Code Contributions"') }] });
    // A "Contributions" section that only thanks people asks nothing.
    const thanks = '# Contributing\n\n## Contributions\n\nWe are grateful for every contribution we have received over the years from many people.\n';
    expect((await control({ 'CONTRIBUTING.md': thanks }, 'OSPS-GV-03.02')).status).not.toBe('pass');
  });
  it('cites a "Contributing Code" section of a contribution guide page in docs/ whose list says what merge requests should do (flake8), not the website CONTRIBUTING links', async () => {
    const pointer = 'Please refer to [Contributing to Tool](https://tool.example.org/en/latest/internal/contributing.html) on our website.\n';
    const page =
      '# Contributing to Tool\n\nThere are many ways to contribute to Tool, and we encourage them all.\n\n## Contributing Code\n\nTool development happens on GitHub. Code contributions should be submitted there.\n\nMerge requests should:\n\n- Fix one issue and fix it well, and add sufficient testing around it\n- Have descriptive titles and descriptions\n- Have commits that follow the style below\n';
    const c = await control({ 'CONTRIBUTING.md': pointer, 'docs/internal/contributing.md': page }, 'OSPS-GV-03.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/internal/contributing.md', line: 5, detail: expect.stringContaining('section "Contributing Code"') }] });
  });
  it("takes a Contributor License Agreement to sign as a requirement, as a sign-off is (retrofit's guide, a title and its prose), not one said to be unneeded", async () => {
    const guide = 'Contributing\n============\n\nIf you would like to contribute code you can do so through GitHub by\nforking the repository and sending a pull request.\n\nBefore your code can be accepted into the project you must also sign the\n[Individual Contributor License Agreement (CLA)][1].\n\n [1]: https://cla.example.com/\n';
    const c = await control({ '.github/CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: '.github/CONTRIBUTING.md', line: 7, detail: expect.stringContaining('you must also sign the') }] });
    const unneeded = guide.replace('you must also sign the', 'you do not need to sign the');
    expect((await control({ '.github/CONTRIBUTING.md': unneeded }, 'OSPS-GV-03.02')).status).toBe('fail');
  });
  it("takes Google's template: a \"Code Reviews\" section (the plural too) and a CLA that must accompany contributions", async () => {
    const cla = '## Contributor License Agreement\n\nContributions to this project must be accompanied by a Contributor License\nAgreement (CLA). Head over to <https://cla.example.com/> to sign a new one.\n';
    const reviews = '## Code Reviews\n\nAll submissions, including submissions by project members, require review. We\nuse GitHub pull requests for this purpose.\n';
    const both = await control({ 'CONTRIBUTING.md': `# How to Contribute\n\n${para('We would love to accept your patches.')}\n\n${cla}\n${reviews}` }, 'OSPS-GV-03.02');
    expect([both.status, both.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', detail: expect.stringContaining('section "Code Reviews"') }]);
    const claOnly = await control({ 'CONTRIBUTING.md': `# How to Contribute\n\n${para('We would love to accept your patches.')}\n\n${cla}` }, 'OSPS-GV-03.02');
    expect([claOnly.status, claOnly.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 7, detail: expect.stringContaining('must be accompanied by a Contributor License') }]);
  });
  it('takes a heading that names the pull request "PR" (clap\'s "Preparing the PR": the checks a PR must pass, atomic commits)', async () => {
    const gauntlet = "As a heads up, we'll be running your PR through the following gauntlet:\n- warnings turned to compile errors\n- `cargo test`\n- `rustfmt`\n- `clippy`\n\nWe ask that commits are atomic. A complete commit should build, pass tests, update documentation and tests, and not have dead code.\n";
    const guide = `# How to Contribute\n\n${para('Contributions are always welcome.')}\n\n## General Overview\n\n### Where to Start\n\n${para('Discussions can be useful for getting help.')}\n\n### Preparing the PR\n\n${gauntlet}`;
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 11, detail: expect.stringContaining('section "Preparing the PR"') }] });
    // How a reviewer tries a PR out (external-dns's "How to test a PR") states nothing a contribution must meet.
    const trying = `# Contributing\n\n${para('Welcome.')}\n\n## How to test a PR\n\n${para('Run `gh pr checkout 123`, then start the binary against a cluster and check the change.')}\n`;
    expect((await control({ 'CONTRIBUTING.md': trying }, 'OSPS-GV-03.02')).status).toBe('fail');
  });
  it("takes no section on a bot's pull requests (a \"Renovate-Bot PRs\" section on rebuilding its dependency updates) as requirements", async () => {
    const bot = `# Contributing\n\n## Updating Github Actions Dependencies\n\n### Renovate-Bot PRs\n\n${para('`renovate-bot` will periodically send PRs to update the `package.json` and `package-lock.json` in the Github Actions of this repo. Maintainers run the update workflow to recompile them against a PR.')}\n`;
    expect((await control({ 'docs/CONTRIBUTING.md': bot }, 'OSPS-GV-03.02')).status).toBe('fail');
    // A section on a contributor's pull requests still states requirements.
    const own = bot.replace('### Renovate-Bot PRs', '### Opening PRs').replace(/`renovate-bot`[^\n]*/, 'Every PR must pass the linters and include tests for the behaviour it changes.');
    expect(await control({ 'docs/CONTRIBUTING.md': own }, 'OSPS-GV-03.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/CONTRIBUTING.md', line: 5, detail: expect.stringContaining('section "Opening PRs"') }] });
  });
  it('cites the pull request page of a docs/ tree before a narrower policy page', async () => {
    const files = {
      'README.md': '# widget\n',
      'docs/contribute/ai-policy.md': `# AI policy\n\n## Pull Request Acceptance Criteria\n\n${para('Generated pull requests are considered only for issues marked as accepted.')}\n`,
      'docs/contribute/pull-requests.md': `# Pull requests\n\n## Pull Request Requirements\n\n${para('Every commit message follows the commit format, and every change comes with tests.')}\n`,
    };
    const c = await control(files, 'OSPS-GV-03.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/contribute/pull-requests.md', line: 3 });
  });
  it('cites the section that states requirements, not the guide\'s title "Contribution Guidelines" (requests\'s .github/CONTRIBUTING.md)', async () => {
    const guide = `# Contribution Guidelines\n\n${para('Please read our guide before opening issues or pull requests.')}\n\n## Good Bug Reports\n\n${para('Avoid raising duplicate issues; include the complete traceback.')}\n\n## Good Pull Requests\n\n1. When filing a pull request, always include tests that fail without your changes.\n2. Write commit messages that explain why a change was made.\n`;
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 9, detail: expect.stringContaining('section "Good Pull Requests"') }] });
    // With no such section below it, the title still counts.
    const only = await control({ 'CONTRIBUTING.md': `# Contribution Guidelines\n\n${para('Every pull request must pass the linters and include tests.')}\n\n## Questions\n\n${para('Ask on the forum.')}\n` }, 'OSPS-GV-03.02');
    expect(only).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 1 }] });
  });
  it("cites the guide's sentence that requires a CLA, not a title whose own text states nothing (Kubernetes' CONTRIBUTING template)", async () => {
    const guide = `# Contributing Guidelines\n\n${para('Welcome to the project. We are excited about the prospect of you joining our community.')}\n\n## Getting Started\n\n- [Contributor License Agreement](https://example.org/CLA.md) Our projects require that you sign a Contributor License Agreement (CLA) before we can accept your pull requests\n- [Contributor Guide](https://example.org/guide) - Main contributor documentation\n\n## Mentorship\n\n- [Mentoring Initiatives](https://example.org/mentoring) - Mentorship programs\n`;
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: guide.split('\n').findIndex((l) => l.includes('(CLA)')) + 1, detail: expect.stringContaining('Contributor License Agreement') }]);
  });
  it('passes with a "Coding standards" or a "Pull request checklist" section', async () => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Coding standards\n\n${para('Run the linter; follow the style guide.')}\n` }, 'OSPS-GV-03.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
    expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Pull request checklist\n\n${para('Tests added, docs updated.')}\n` }, 'OSPS-GV-03.02')).status).toBe('pass');
  });
  it('cites the "Pull requests" section, not the guidance before suggesting an enhancement (poetry, the Atom-derived template)', async () => {
    const guide = `# Contributing\n\n### Suggesting enhancements\n\n${para('This section guides you through submitting an enhancement suggestion.')}\n\n#### Before submitting a suggested enhancement\n\n* **Check the FAQ** for a list of common questions and problems.\n* **Check that your issue does not already exist** in the issue tracker.\n\n#### Pull requests\n\n${para('Be sure that your pull request contains tests that cover the changed or added code.')}\n`;
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: guide.split('\n').indexOf('#### Pull requests') + 1 }]);
  });
  it("passes with a \"Rules\" section on pull requests or a \"Developer's Certificate of Origin\" (fastify), not with rules of something else", async () => {
    const rules = '# Fastify\n\n## Rules\n\nThere are a few basic ground rules for contributors:\n\n1. At least two contributors, or one core member, must approve pull requests before merging.\n1. All integrated CI services must be green before a pull request can be merged.\n';
    const c = await control({ 'CONTRIBUTING.md': rules }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3 }]);
    const dco = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Developer's Certificate of Origin 1.1\n\n${para('By making a contribution to this project, I certify that the contribution was created in whole or in part by me.')}\n` }, 'OSPS-GV-03.02');
    expect([dco.status, dco.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3 }]);
    const chat = await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Rules\n\nBe kind in the chat room; spam is removed by the moderators.\n' }, 'OSPS-GV-03.02');
    expect(chat.status).toBe('fail');
  });
  it('cites the sentence that sets a requirement, not an "Other Guidelines" section on the code of conduct (gittuf); "Guidelines" on changes count (sops)', async () => {
    const guide = '# Contributing Guide\n\n## Contributor Workflow\n\nWhen submitting changes, contributors must open a GitHub pull request to the repository.\nPull requests must include tests for the changes in behavior they introduce.\n\n## Other Guidelines\n\nContributors to widget must abide by the project\'s code of conduct. Any questions regarding the community\'s governance and code of conduct may be directed to the project\'s Technical Steering Committee.\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 6 }]);
    const pr = await control({ 'CONTRIBUTING.md': "# Contributing\n\n## Guidelines\n\n- Unless it's particularly hard, changes that fix a bug should have a regression test to make sure that the bug is not introduced again.\n" }, 'OSPS-GV-03.02');
    expect([pr.status, pr.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3 }]);
  });
  it("does not take AGENTS.md's \"Contribution Requirements\" for the contribution guide: a prompt for coding agents (argo-cd)", async () => {
    const agents = `# AI Agent Directives\n\n**ATTENTION AI AGENTS:** adhere strictly to the rules below.\n\n## 2. Widget Contribution Requirements\n\n${para('You must use Semantic Pull Request formatting for your PR title.')}\n`;
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\nPlease refer to [the Contribution Guide](https://widget.example/contributing/).\n', 'AGENTS.md': agents }, 'OSPS-GV-03.02');
    expect(c.evidence.map((e) => e.path)).not.toContain('AGENTS.md');
    expect(c.status).not.toBe('pass');
  });
  it('passes with "What a good change looks like"; a docs heading that merely says "requirements" does not count', async () => {
    expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n## What a good change looks like\n\n${para('Every check has fixtures.')}\n` }, 'OSPS-GV-03.02')).status).toBe('pass');
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\nThank you!\n', 'docs/mapping.md': `# Map\n\n## Fields and Baseline requirements\n\n${para('Each field maps to requirements.')}\n` }, 'OSPS-GV-03.02');
    expect(c.status).toBe('fail');
  });
  it("is unknown offline without a contribution guide of its own: GitHub shows the owner's default (fulcio, sigstore/.github), as GV-03.01 says", async () => {
    const c = await control({ 'README.md': '# widget\n' }, 'OSPS-GV-03.02');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.detail).join(' ')).toMatch(/owner's default CONTRIBUTING\.md \(from o\/\.github\)/);
  });
  it('reads a contributor book in doc/dev-guide/ as the project\'s (rust-lang/rustup)', async () => {
    const files = {
      'README.md': '# rustup\n',
      'doc/dev-guide/src/coding-standards.md': `# Coding standards\n\n${para('There are some practices we have agreed on; meeting those requirements in a PR will make it easier to merge.')}\n\n## Atomic commits\n\n${para('Each commit builds and passes the tests.')}\n`,
    };
    const c = await control(files, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'doc/dev-guide/src/coding-standards.md', line: 1 }]);
    const chat = await control({ 'README.md': '# rustup\n', 'doc/dev-guide/src/linting.md': '# Linting\n\nIf you are unsure about a lint, please ask us in the [rustup Zulip channel](https://rust-lang.zulipchat.com/#narrow/channel/490103-t-rustup).\n' }, 'OSPS-GV-02.01');
    expect([chat.status, chat.evidence[0]]).toMatchObject(['pass', { path: 'doc/dev-guide/src/linting.md', line: 3 }]);
  });
  it("is attested when the repository has no contribution guide and the README links one elsewhere (jinja's \"detailed contributing documentation\")", async () => {
    const readme = '# Jinja\n\nA template engine.\n\n## Contributing\n\nSee our [detailed contributing documentation](https://palletsprojects.com/contributing/) for many ways to contribute.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-GV-03.02');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 7 });
    expect(c.evidence[0].detail).toMatch(/kept outside this repository; the README links to https:\/\/palletsprojects\.com\/contributing\//);
  });
  it("is attested, as GV-03.01 is, when a docs/ contributing page only hands the guide to a website (fastapi's docs/en/docs/contributing.md)", async () => {
    const page = '# Contributing\n\nFirst, you might want to see the basic ways to [help and get help](help.md).\n\n## Developing\n\nTo contribute code to the project, please follow the guidelines in [widget.dev - Contributing](https://widget.dev/open-source/contributing/).\n';
    const files = { 'README.md': '# widget\n', 'docs/en/docs/contributing.md': page, 'docs/en/docs/help.md': '# Help\n' };
    for (const id of ['OSPS-GV-03.01', 'OSPS-GV-03.02', 'OSPS-QA-06.02', 'OSPS-QA-06.03', 'OSPS-DO-07.01']) {
      const c = await control(files, id);
      expect([c.status, c.evidence[0]], id).toMatchObject(['attested', { path: 'docs/en/docs/contributing.md', line: 7 }]);
      expect(c.evidence[0].detail, id).toMatch(/kept outside this repository; links to https:\/\/widget\.dev\/open-source\/contributing\/ \(section "Contributing"\)/);
    }
    // A docs/ page with a contributing section of its own says something; a pointer out of it is not sought.
    expect((await control({ ...files, 'docs/en/docs/contributing.md': `# Contributing\n\n${para('Open a pull request against main and describe the change in it.')}\n` }, 'OSPS-DO-07.01')).status).toBe('fail');
  });
  it("is attested when a longer contribution guide hands its \"Developing\" section to a website, beside a section of its own on something else (typer's docs/contributing.md)", async () => {
    const completion = `## Completion\n\n${para('To try the completion in several shells, run the container in scripts/docker and install the completion there.').repeat(6)}\n`;
    const page = `# Development - Contributing\n\nFirst, you might want to see the basic ways to [help and get help](https://widget.dev/help/).\n\n## Developing\n\nTo contribute code to the project, please follow the guidelines in [widget.dev - Contributing](https://widget.dev/open-source/contributing/).\n\n${completion}`;
    const files = { 'README.md': '# widget\n', 'docs/contributing.md': page };
    for (const id of ['OSPS-GV-03.02', 'OSPS-QA-06.02', 'OSPS-QA-06.03', 'OSPS-DO-07.01']) {
      const c = await control(files, id);
      expect([c.status, c.evidence[0]], id).toMatchObject(['attested', { path: 'docs/contributing.md', line: 7 }]);
      expect(c.evidence[0].detail, id).toMatch(/kept outside this repository; links to https:\/\/widget\.dev\/open-source\/contributing\/ \(section "Developing"\)/);
    }
    // A section that hands over something else (a license agreement to sign) is no contribution guide kept elsewhere.
    const cla = page.replace('To contribute code to the project, please follow the guidelines in [widget.dev - Contributing](https://widget.dev/open-source/contributing/).', 'To contribute code, please sign the [Contributor License Agreement](https://widget.dev/contributing/cla/).');
    expect((await control({ ...files, 'docs/contributing.md': cla }, 'OSPS-QA-06.02')).status).toBe('fail');
    // Nor is a section on one part of contributing that links that part on the website (guac's "Contributor ladder").
    const ladder = page.replace('## Developing', '## Contributor ladder').replace('To contribute code to the project, please follow the guidelines in [widget.dev - Contributing](https://widget.dev/open-source/contributing/).', 'See the website for the [contributor ladder](https://widget.dev/contributing/#contributor-ladder).');
    expect((await control({ ...files, 'docs/contributing.md': ladder }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it('cites a requirement in the list under the title: "All git commits must have [DCO](…)" (allstar)', async () => {
    const guide = '# Contributing\n\n* Feel free to open issues for bugs, feature requests, discussion.\n* If you want to contribute a small fix or feature, open a PR.\n* Please update docs when contributing features.\n* All git commits must have [DCO](https://wiki.linuxfoundation.org/dco)\n\n## Community\n\nWe meet in the chat room.\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 6 }]);
    expect(c.evidence[0].detail).toMatch(/"All git commits must have DCO" \(section "Contributing"\)/);
    const optional = await control({ 'CONTRIBUTING.md': guide.replace('must have', 'do not have to have') }, 'OSPS-GV-03.02');
    expect(optional.status).toBe('fail');
  });
  it('cites "Don\'t forget that all commits require a [sign-off](…)" in a guide that otherwise links a website (syft)', async () => {
    const guide = '# Contributing\n\nPlease see the [contribution guide](https://widget.example/contributing/) for development requirements.\n\n**Ready to submit code?** Our [pull request guide](https://widget.example/pull-requests/) covers the review process. Don\'t forget that ***all commits require a [sign-off](https://widget.example/sign-off/)***.\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 5 }]);
    expect(c.evidence[0].detail).toMatch(/all commits require a sign-off/);
    // A negation still lifts it: "commits do not require a sign-off".
    const lifted = await control({ 'CONTRIBUTING.md': guide.replace("Don't forget that ***all commits require", '***Commits do not require') }, 'OSPS-GV-03.02');
    expect(lifted.status).not.toBe('pass');
  });
  it('cites a guide\'s list item "Be sure to sign off on the [DCO](…)" (the Prometheus repositories\' guide)', async () => {
    const guide =
      '# Contributing\n\nThank you for contributing to our project! Here are the steps and guidelines to follow when creating a pull request (PR).\n\n* If you have a trivial fix or improvement, go ahead and create a pull request,\n  addressing the maintainer of this repository in the description of the pull request.\n\n* If you plan to do something more involved, first discuss your ideas\n  on our [mailing list](https://widget.example/list).\n\n* Be sure to sign off on the [DCO](https://github.com/probot/dco#how-it-works)\n';
    const c = await control({ 'README.md': '# Widget\n', 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 11 }]);
    expect(c.evidence[0].detail).toMatch(/Be sure to sign off on the DCO/);
    // Signing off is not asked when the guide says it is not needed.
    const lifted = await control({ 'README.md': '# Widget\n', 'CONTRIBUTING.md': guide.replace('Be sure to sign off on', 'You do not need to sign off on') }, 'OSPS-GV-03.02');
    expect(lifted.status).toBe('fail');
  });
  it("does not take a \"Running the test suite\" section that only encourages running the tests for a requirement (serde's)", async () => {
    const section = '## Running the test suite\n\nWe encourage you to check that the test suite passes locally before submitting a\npull request with your changes. If anything does not pass, typically it will be\neasier to iterate and fix it locally than waiting for the CI servers to run\ntests for you.\n\n```sh\ncargo test\n```\n';
    const guide = `# Contributing to Widget\n\n## Submitting bug reports and feature requests\n\n${para('When reporting a bug, please include enough details to reproduce it.')}\n\n${section}`;
    expect((await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02')).status).toBe('fail');
    // A Tests section that obliges, or says only how to run them, still counts.
    const must = guide.replace('We encourage you to check', 'You must check');
    expect(await control({ 'CONTRIBUTING.md': must }, 'OSPS-GV-03.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 7 }] });
    expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Testing\n\n${para('Run `make test` before you push.')}\n` }, 'OSPS-GV-03.02')).status).toBe('pass');
  });
  it("does not read what the test suite requires to run (serde_json's \"requires a nightly compiler\") as an obligation beside an encouragement", async () => {
    const section = '## Running the test suite\n\nWe encourage you to check that the test suite passes locally before submitting a\npull request with your changes.\n\nThe test suite requires a nightly compiler.\n\n```sh\ncargo test\n```\n';
    const guide = `# Contributing to Widget\n\n## Submitting bug reports and feature requests\n\n${para('When reporting a bug, please include enough details to reproduce it.')}\n\n${section}`;
    expect((await control({ 'CONTRIBUTING.md': guide }, 'OSPS-GV-03.02')).status).toBe('fail');
    // A change that requires tests still obliges.
    const obliged = guide.replace('The test suite requires a nightly compiler.', 'Every bug fix requires a regression test.');
    expect(await control({ 'CONTRIBUTING.md': obliged }, 'OSPS-GV-03.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 7 }] });
  });
  it('does not cite what happens after a pull request is submitted (h11\'s "After you submit a PR": review, pings)', async () => {
    const after = '# Contributing\n\n## After you submit a PR\n\nWe will try to review it promptly and give feedback, and you must ping us if you have not heard from us after a week.\n';
    expect((await control({ 'CONTRIBUTING.md': after }, 'OSPS-GV-03.02')).status).toBe('fail');
    const both = `${after}\n## Contributor responsibilities\n\nCode must be formatted using black and isort as configured in the project.\n`;
    expect(await control({ 'CONTRIBUTING.md': both }, 'OSPS-GV-03.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 9 }] });
  });
  it('cites a "Code Submissions" section, not a "Test Failures" section under "Bugs and other Issues" that asks reporters for logs (libarchive)', async () => {
    const bugs = '# Bugs and other Issues\n\nIf you encounter any problems, please file an issue on our issue tracker.\n\n## Test Failures\n\nIf you see any test failures, please include the information above and also the names of the tests that failed and their .log files.\n';
    const code = '\n# Code Submissions\n\nWe welcome all code submissions. The best code submissions:\n\n* Follow existing code style and conventions.\n\n* Include a test case.\n';
    const c = await control({ 'CONTRIBUTING.md': `Thank you for helping us improve widget.\n\n${bugs}${code}` }, 'OSPS-GV-03.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 11, detail: expect.stringContaining('"Code Submissions"') }]);
    expect((await control({ 'CONTRIBUTING.md': `Thank you for helping us improve widget.\n\n${bugs}` }, 'OSPS-GV-03.02')).status).toBe('fail');
  });
  it('fails for a guide that only says how to open a pull request, with no requirements', async () => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## How to help\n\n${para('Fork and open one.')}\n` }, 'OSPS-GV-03.02');
    expect(c.status).toBe('fail');
    expect(c.remediation).toMatch(/CONTRIBUTING\.md/);
  });
});

describe('OSPS-GV-04.01 vetting before escalated permissions', () => {
  it('passes with a "Becoming a maintainer" section', async () => {
    const c = await control({ 'GOVERNANCE.md': `# Governance\n\n## Becoming a maintainer\n\n${para('A maintainer nominates you; two thirds of maintainers must approve.')}\n` }, 'OSPS-GV-04.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 3 });
  });
  it("passes on a docs page titled in its front matter \"Becoming a Maintainer\", whose headings are its steps (jekyll's docs/_docs/maintaining/)", async () => {
    const page = `---\ntitle: "Becoming a Maintainer"\n---\n\n${para('Here are some things we like to see from community members before we promote them to maintainers.')}\n## 1. Use Jekyll\n\n${para('Use it often.')}\n## 2. Help Triage Issues\n\n${para('Watch the repository.')}\n`;
    const c = await control({ 'README.md': '# Tool\n', 'docs/maintaining/becoming-a-maintainer.md': page }, 'OSPS-GV-04.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/maintaining/becoming-a-maintainer.md', line: 2 }]);
  });
  it("is attested, not failed, when the repository has no governance and its MAINTAINERS.md links the project's governance elsewhere (chainsaw)", async () => {
    const maintainers =
      '## Maintainers\n\nMaintainers are approvers who have shown good technical judgment in guiding feature design.\n\n| Maintainer | GitHub ID |\n|---|---|\n| Jane Doe | [@jane](https://github.com/jane) |\n\n' +
      '**Note**: Please refer to the [Project Governance](https://tool.io/community/#project-governance) for more information on the responsibilities and privileges of a maintainer in `tool-org/tool`.\n';
    const c = await control({ 'README.md': '# Tool\n', 'MAINTAINERS.md': maintainers }, 'OSPS-GV-04.01');
    expect(c).toMatchObject({ status: 'attested', evidence: [{ path: 'MAINTAINERS.md', line: 9, detail: expect.stringContaining('MAINTAINERS.md links to https://tool.io/community/#project-governance') }] });
    // A governance document of its own is read instead: what it lacks is not handed elsewhere.
    expect((await control({ 'README.md': '# Tool\n', 'MAINTAINERS.md': maintainers, 'GOVERNANCE.md': `# Governance\n\n## Maintainers\n\n${para('Jane and Joe.')}\n` }, 'OSPS-GV-04.01')).status).toBe('fail');
  });
  it("is attested, not failed, when the repository has no governance and its contribution guide's \"Project governance\" only links the governance elsewhere (keda's \"learn about the governance [here]\")", async () => {
    const guide = (body: string) => `# Contributing\n\n## Project governance\n\n${body}\n\n## Getting Help\n\n${para('Ask in the chat.')}\n`;
    const handed = guide('You can learn about the governance of Tool [here](https://github.com/tool-org/governance).');
    for (const id of ['OSPS-GV-01.02', 'OSPS-GV-04.01']) {
      const c = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': handed }, id);
      expect(c, id).toMatchObject({ status: 'attested', evidence: [{ path: 'CONTRIBUTING.md', line: 5, detail: expect.stringContaining('links to https://github.com/tool-org/governance (section "Project governance")') }] });
    }
    // A section that says something of its own, or links a page that does not name the governance, hands nothing over.
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide('Decisions are made by lazy consensus of the maintainers on the mailing list, see [here](https://github.com/tool-org/governance).') }, 'OSPS-GV-04.01')).status).toBe('fail');
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide('You can learn about Tool [here](https://tool.io/about).') }, 'OSPS-GV-04.01')).status).toBe('fail');
  });
  it('fails for a governance file that only lists maintainers', async () => {
    const c = await control({ 'GOVERNANCE.md': `# Governance\n\n## Maintainers\n\n${para('Jane and Joe.')}\n` }, 'OSPS-GV-04.01');
    expect(c.status).toBe('fail');
    expect(c.remediation).toMatch(/Becoming a maintainer/);
  });
  it('passes on a docs site governance page that says how new committers are nominated, quoting it', async () => {
    const page = '# Governance\n\n### Committers\n\nCommitters are community members who keep working on the project.\n\nNew Committers can be nominated by any existing Committer. Once they have been nominated, the TSC votes.\n';
    const c = await control({ 'docs/src/contribute/governance.md': page }, 'OSPS-GV-04.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/src/contribute/governance.md', line: 7 });
    expect(c.evidence[0].detail).toMatch(/New Committers can be nominated/);
  });
  it('passes on a governance sentence in the present tense saying new maintainers are proposed and elected (cni\'s "Changes in Maintainership")', async () => {
    const page = '# Governance\n\n## Changes in Maintainership\n\nNew maintainers are proposed by an existing maintainer and are elected by a 2/3 majority organization vote.\n\nMaintainers can be removed by a 2/3 majority organization vote.\n';
    const c = await control({ 'GOVERNANCE.md': page }, 'OSPS-GV-04.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 5 });
    expect(c.evidence[0].detail).toMatch(/New maintainers are proposed/);
    const invited = await control({ 'GOVERNANCE.md': '# Governance\n\n## Meetings\n\nMembers are invited to the community call every week.\n' }, 'OSPS-GV-04.01');
    expect(invited.status).toBe('fail');
  });
  it('a "Joining the Core Team" section passes when it names a track record or a step, not when it only welcomes', async () => {
    const joining = (body: string) => control({ 'docs/about/team.md': `# Team\n\n## Joining the Core Team\n\n${para(body)}\n` }, 'OSPS-GV-04.01');
    const vetted = await joining('Contribute consistently over an extended period of time; eventually an invitation will be extended to you.');
    expect(vetted.status).toBe('pass');
    expect(vetted.evidence[0]).toMatchObject({ path: 'docs/about/team.md', line: 3 });
    expect((await joining('If you are interested, stop by our chat and introduce yourself.')).status).toBe('fail');
  });
  it('a "Joining the Development Team" section passes when commit access is an invitation after a track record (pytest)', async () => {
    const joining = (body: string) => control({ 'CONTRIBUTING.rst': `Contributing\n============\n\nJoining the Development Team\n----------------------------\n\n${para(body)}\n` }, 'OSPS-GV-04.01');
    const vetted = await joining('Commit access is an invitation the development team extends once a contributor has shown a developed sense for the project, across contributions, reviews and discussions.');
    expect([vetted.status, vetted.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.rst', line: 4 }]);
    expect((await joining('If you are interested, stop by our chat and introduce yourself.')).status).toBe('fail');
  });
  it('an "Adding a maintainer" checklist passes only when its prose names a review step (twine: settings and PyPI roles only)', async () => {
    const adding = (body: string) => control({ 'docs/contributing.md': `# Contributing\n\n## Adding a maintainer\n\n${para(body)}\n` }, 'OSPS-GV-04.01');
    const checklist = await adding('A checklist for adding a new maintainer. Add them as a Member in the GitHub repo settings. Add them as a Maintainer on our PyPI project.');
    expect(checklist.status).toBe('fail');
    expect(checklist.evidence[0]).toMatchObject({ path: 'docs/contributing.md', line: 3 });
    expect(checklist.evidence[0].detail).toMatch(/names no review step/);
    const vetted = await adding('A new maintainer is nominated by an existing maintainer and approved by a vote of the maintainers.');
    expect(vetted.status).toBe('pass');
    expect(vetted.evidence[0]).toMatchObject({ path: 'docs/contributing.md', line: 3 });
  });
  it("passes on a sentence that access is granted to those who have earned trust (mocha's MAINTAINERS.md \"About Owners\")", async () => {
    const page = '# Maintainer\'s Handbook\n\n## Maintainer\n\nA maintainer has certain rights to the project.\n\n#### About "Owners"\n\nSome maintainers will have full admin rights to the GitHub org and/or will have access to publish to npm.\n\n- Those with publish access must use npm\'s 2FA.\n- This level of access will be granted by the current owners to those maintainers who have earned the project\'s trust.\n';
    const c = await control({ 'MAINTAINERS.md': page }, 'OSPS-GV-04.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'MAINTAINERS.md', line: 12 });
    expect(c.evidence[0].detail).toMatch(/granted by the current owners to those maintainers who have earned/);
    const anyone = await control({ 'MAINTAINERS.md': page.replace('who have earned the project\'s trust', 'who ask for it') }, 'OSPS-GV-04.01');
    expect(anyone.status).toBe('fail');
  });
  it('passes on a governance sentence in the active voice that says on what record commit access is given (puma\'s "We give commit bit")', async () => {
    const page =
      '# Governance\n\n## Access Levels\n\nWe have two levels of access and privileges.\n\n### Commit Bit\n\nWe give commit bit if you make significant contributions to minor (or major) releases, consistently over time. Show up, do good work, stick around.\n';
    const c = await control({ 'GOVERNANCE.md': page }, 'OSPS-GV-04.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 9 });
    expect(c.evidence[0].detail).toMatch(/We give commit bit if you make significant contributions/);
    expect((await control({ 'GOVERNANCE.md': page.replace('We give commit bit if', 'We never give commit bit, even if') }, 'OSPS-GV-04.01')).status).toBe('fail');
  });
  it('passes on a "Collaborator / How to become:" role list that says who nominates and seconds (hyper)', async () => {
    const page = '# Governance\n\n### Collaborator\n\nCollaborators are contributors who have been helping out in a consistent basis.\n\nPrivileges:\n\n- Can review and merge pull requests\n\nHow to become:\n\n- Work at fulfilling the above responsibilities.\n- Any collaborator may nominate a contributor who has been around for some time.\n- Another collaborator must second the nomination.\n';
    const c = await control({ 'docs/GOVERNANCE.md': page }, 'OSPS-GV-04.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/GOVERNANCE.md', line: 14 });
    expect(c.evidence[0].detail).toMatch(/Any collaborator may nominate/);
  });
  it("an access heading counts only when its prose speaks of people: envoyproxy/gateway's design note \"Escalated Privilege\" is about the proxy", async () => {
    const design = '# TCP and UDP proxy design\n\n## Implications\n\n### Escalated Privilege\n\nEnvoy needs to bind to the downstream IP when connecting to the upstream, which means Envoy requires escalated CAP_NET_ADMIN privileges.\n';
    expect((await control({ 'docs/community/design/tcp-udp-design.md': design }, 'OSPS-GV-04.01')).status).toBe('fail');
    const policy = '# Access\n\n## Granting elevated permissions\n\nA contributor asks the maintainers for write access; two maintainers review their past pull requests before it is given.\n';
    const c = await control({ 'GOVERNANCE.md': policy }, 'OSPS-GV-04.01');
    expect([c.status, c.evidence[0].line]).toEqual(['pass', 3]);
  });
  it("a distributors mailing list's \"Membership Criteria\" chooses who reads embargoed reports, not who gets access (contour's security process)", async () => {
    const process = '# Security\n\n## Early Disclosure to Widget Distributors List\n\nThe private list distributors@widget.dev gives distributors early notice.\n\n### Membership Criteria\n\nTo be eligible to join the Widget Distributors mailing list, you should be an active distributor of Widget and have someone already on the list vouch for you.\n';
    expect((await control({ 'SECURITY.md': process }, 'OSPS-GV-04.01')).status).toBe('fail');
    const members = `# Governance\n\n## Membership Criteria\n\n${para('A contributor with ten merged pull requests may be nominated by a maintainer; two maintainers must approve.')}\n`;
    expect((await control({ 'GOVERNANCE.md': members }, 'OSPS-GV-04.01')).status).toBe('pass');
  });
});
