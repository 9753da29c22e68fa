// The release workflow's decisions (src/dev/release-check.ts): what must stop a release before
// anything is published, and the notes taken from CHANGELOG.md. The pure functions with good and
// bad inputs, then the script itself run on throwaway git repositories, as the workflow runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changelogSection, distProblems, parseTag, preflight, releaseNotes, withoutEmptyGroups } from '../../src/dev/release-check.ts';
import { makeRepo, type TempRepo } from '../helpers/repo.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', 'src', 'dev', 'release-check.ts');

const CHANGELOG = `# Changelog

Intro text.

## Unreleased

### Added

- something not released yet

## [0.2.0] - 2026-12-05

### Added

- The release workflow.

\`\`\`
## 9.9.9 inside a code fence is not a heading
\`\`\`

### Security

- Nothing yet.

## 0.2.0-rc.1 - 2026-12-01

- A release candidate.

## 0.1.0 (never released)

Old notes.

[0.2.0]: https://github.com/security-slam/security-slam-action/releases/tag/v0.2.0
`;

describe('parseTag', () => {
  it('reads a release tag, its major tag and whether it is a pre-release', () => {
    expect(parseTag('v0.2.0')).toEqual({ version: '0.2.0', major: 'v0', prerelease: false });
    expect(parseTag('v1.10.3')).toEqual({ version: '1.10.3', major: 'v1', prerelease: false });
    expect(parseTag('v2.0.0-rc.1')).toEqual({ version: '2.0.0-rc.1', major: 'v2', prerelease: true });
  });

  it.each(['0.2.0', 'v1', 'v1.2', 'v01.2.3', 'v1.2.3.4', 'v1.2.3+build', 'v1.2.3-', 'release-1.2.3', 'v1.2.3 ', ''])('refuses %j with the expected form', (tag) => {
    const r = parseTag(tag);
    expect(typeof r).toBe('string');
    expect(r).toContain('expected v<major>.<minor>.<patch>');
  });
});

describe('changelogSection', () => {
  it('finds the bracketed heading, its date and its body up to the next level-2 heading, ignoring fenced code', () => {
    const s = changelogSection(CHANGELOG, '0.2.0')!;
    expect(s.heading).toBe('[0.2.0] - 2026-12-05');
    expect(s.line).toBe(11);
    expect(s.date).toBe('2026-12-05');
    expect(s.body).toContain('- The release workflow.');
    expect(s.body).toContain('## 9.9.9 inside a code fence is not a heading');
    expect(s.body).toContain('### Security');
    expect(s.body).not.toContain('release candidate');
  });

  it('does not take a pre-release section for its release, nor the reverse', () => {
    expect(changelogSection(CHANGELOG, '0.2.0-rc.1')!.body).toBe('- A release candidate.');
    expect(changelogSection(CHANGELOG.replace('## [0.2.0] - 2026-12-05', '## Something else'), '0.2.0')).toBeNull();
  });

  it('leaves the link definitions that follow the last section out of its body', () => {
    expect(changelogSection(CHANGELOG, '0.1.0')).toMatchObject({ body: 'Old notes.', date: null });
  });

  it('has no section for a version only mentioned in text or in a code fence', () => {
    expect(changelogSection(CHANGELOG, '9.9.9')).toBeNull();
    expect(changelogSection(CHANGELOG, '0.2')).toBeNull();
  });

  it('reads CRLF changelogs and plain or v-prefixed headings', () => {
    const crlf = '# Changelog\r\n\r\n## v1.0.0 - 2026-01-02\r\n\r\n- First.\r\n';
    expect(changelogSection(crlf, '1.0.0')).toMatchObject({ date: '2026-01-02', body: '- First.' });
    expect(changelogSection('## 1.0.0\n\n- Undated.\n', '1.0.0')).toMatchObject({ date: null, body: '- Undated.' });
  });
});

describe('preflight: what stops a release before anything is published', () => {
  const good = { tag: 'v0.2.0', packageVersion: '0.2.0', lockVersion: '0.2.0', changelog: CHANGELOG, onMain: true };

  it('passes a tag that names the version, with a dated changelog section, on main', () => {
    expect(preflight(good)).toEqual({ tag: { version: '0.2.0', major: 'v0', prerelease: false }, problems: [] });
  });

  it('stops a tag that does not match package.json, saying both versions and what to do', () => {
    const r = preflight({ ...good, tag: 'v0.3.0' });
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toBe('tag v0.3.0 does not match package.json\'s version 0.2.0: bump the version (npm version 0.3.0 --no-git-tag-version), commit, and tag that commit');
    expect(r.problems[1]).toContain('CHANGELOG.md has no section for 0.3.0');
  });

  it('stops a changelog without a section for the version, or with an undated or empty one', () => {
    expect(preflight({ ...good, changelog: '# Changelog\n\n## Unreleased\n\n- x\n' }).problems).toEqual([
      'CHANGELOG.md has no section for 0.2.0: rename "## Unreleased" to "## 0.2.0 - YYYY-MM-DD" (see RELEASING.md)',
    ]);
    expect(preflight({ ...good, changelog: '## 0.2.0\n\n- x\n' }).problems).toEqual([
      'CHANGELOG.md\'s section for 0.2.0 (line 1) has no release date: write its heading as "## 0.2.0 - YYYY-MM-DD"',
    ]);
    expect(preflight({ ...good, changelog: '## 0.2.0 - 2026-12-05\n\n## 0.1.0\n' }).problems).toEqual(['CHANGELOG.md\'s section for 0.2.0 (line 1) is empty: say what changed']);
  });

  it('stops a malformed tag, a lock file with another version, and a commit that is not on main', () => {
    expect(preflight({ ...good, tag: 'v0.2' }).problems).toHaveLength(1);
    expect(preflight({ ...good, lockVersion: '0.1.0' }).problems).toEqual([
      'package-lock.json says version 0.1.0, package.json 0.2.0: run npm install --package-lock-only and commit the lock file',
    ]);
    expect(preflight({ ...good, onMain: false }).problems).toEqual(['the commit of v0.2.0 is not on the main branch: releases are tagged on main, after review']);
  });
});

describe('distProblems', () => {
  it('passes an empty git status and names the files of a dirty dist/', () => {
    expect(distProblems('')).toEqual([]);
    expect(distProblems('\n')).toEqual([]);
    const p = distProblems(' M dist/cli/index.js\n?? dist/cli/999.index.js\n');
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('(2 file(s)): M dist/cli/index.js, ?? dist/cli/999.index.js');
    expect(p[0]).toContain('Run npm run build, commit dist/, and tag again');
  });
});

describe('withoutEmptyGroups', () => {
  it('leaves out a group heading with nothing under it, and keeps groups with content', () => {
    const body = '### Added\n\n- a\n\n### Changed\n\n### Fixed\n\n- b\n\n### Security\n\n';
    expect(withoutEmptyGroups(body)).toBe('### Added\n\n- a\n\n### Fixed\n\n- b');
    expect(withoutEmptyGroups('### Added\n\n#### Details\n\n- c\n')).toBe('### Added\n\n#### Details\n\n- c');
    expect(withoutEmptyGroups('Plain text.\n')).toBe('Plain text.');
    expect(withoutEmptyGroups('### Added\n\n```sh\n# install\n\nnpm ci\n```\n')).toBe('### Added\n\n```sh\n# install\n\nnpm ci\n```');
  });
});

describe('releaseNotes', () => {
  it('is the changelog section followed by the verification command for the tag', () => {
    const notes = releaseNotes(changelogSection(CHANGELOG, '0.2.0')!, 'security-slam/security-slam-action', 'v0.2.0');
    expect(notes.startsWith('### Added\n\n- The release workflow.')).toBe(true);
    expect(notes).toContain(
      'gh attestation verify dist/index.js --repo security-slam/security-slam-action --source-ref refs/tags/v0.2.0 --signer-workflow security-slam/security-slam-action/.github/workflows/release.yml',
    );
    expect(notes).toContain('(https://github.com/security-slam/security-slam-action/blob/v0.2.0/README.md#verifying-a-release)');
    expect(notes).not.toContain('Unreleased');
  });
});

describe('release-check.ts as the workflow runs it', () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.cleanup());

  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [SCRIPT, ...args, '--root', repo!.root], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const files = (version: string, changelog = CHANGELOG) => ({
    'package.json': JSON.stringify({ name: 'x', version }),
    'package-lock.json': JSON.stringify({ name: 'x', version, lockfileVersion: 3 }),
    'CHANGELOG.md': changelog,
    'dist/index.js': 'export {};\n',
  });

  it('preflight passes a good tag and writes version, major and prerelease for the next jobs', () => {
    repo = makeRepo(files('0.2.0'), { git: true });
    const output = join(repo.root, 'github-output.txt');
    writeFileSync(output, '');
    const r = run(['preflight', '--tag', 'v0.2.0', '--main', 'main'], { GITHUB_OUTPUT: output });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('v0.2.0: version 0.2.0 matches package.json, CHANGELOG.md has its section, the commit is on main; the major tag is v0');
    expect(readFileSync(output, 'utf8')).toBe('version=0.2.0\nmajor=v0\nprerelease=false\n');
  });

  it('preflight stops a tag that is not the version and a changelog without its section, as annotated errors', () => {
    repo = makeRepo(files('0.1.0', '# Changelog\n\n## Unreleased\n\n- x\n'), { git: true });
    const r = run(['preflight', '--tag', 'v0.2.0'], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('::error::tag v0.2.0 does not match package.json\'s version 0.1.0');
    expect(r.stderr).toContain('::error::CHANGELOG.md has no section for 0.2.0');
  });

  it('preflight stops a tagged commit that is not on main', () => {
    repo = makeRepo(files('0.2.0'), { git: true });
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...a], { cwd: repo!.root, stdio: 'ignore' });
    git('checkout', '-q', '-b', 'side');
    git('commit', '-q', '--allow-empty', '-m', 'not reviewed');
    const r = run(['preflight', '--tag', 'v0.2.0', '--main', 'main']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the commit of v0.2.0 is not on the main branch');
  });

  it('dist passes a clean dist/ and stops one that a build changed or added to', () => {
    repo = makeRepo(files('0.2.0'), { git: true });
    expect(run(['dist']).code).toBe(0);
    appendFileSync(join(repo.root, 'dist', 'index.js'), '// rebuilt differently\n');
    writeFileSync(join(repo.root, 'dist', 'new-chunk.js'), '');
    const r = run(['dist']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dist/ differs from a build of the tagged sources (2 file(s)): M dist/index.js, ?? dist/new-chunk.js');
  });

  it('notes writes the section and the verification footer to a file', () => {
    repo = makeRepo(files('0.2.0'), { git: true });
    const out = join(repo.root, 'notes.md');
    const r = run(['notes', '--tag', 'v0.2.0', '--repo', 'example/demo', '--out', out]);
    expect(r.code).toBe(0);
    const notes = readFileSync(out, 'utf8');
    expect(notes).toContain('- The release workflow.');
    expect(notes).toContain('--repo example/demo --source-ref refs/tags/v0.2.0');
  });

  it('notes refuses a tag with no changelog section', () => {
    repo = makeRepo(files('0.2.0'), { git: true });
    const r = run(['notes', '--tag', 'v7.0.0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CHANGELOG.md has no section for 7.0.0');
  });
});
