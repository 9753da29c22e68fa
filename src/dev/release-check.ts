// `node src/dev/release-check.ts <command> --tag vX.Y.Z`: the release workflow's decisions, made
// before anything is published, each failure with its reason.
//
//   preflight  the tag is vMAJOR.MINOR.PATCH[-PRERELEASE], names package.json's (and the lock
//              file's) version, its commit is on the main branch (--main REF), and CHANGELOG.md
//              has a dated, non-empty section for the version;
//   dist       dist/ is clean after `npm run build`: the committed bundle is what the tagged
//              sources build (run it after the build);
//   notes      prints the release notes: the version's CHANGELOG.md section, then how to verify.
//
// --root DIR checks another checkout than this one (the tests use it).
// On GitHub Actions, preflight also writes version, major (v1, the tag to move) and prerelease
// to GITHUB_OUTPUT, and failures are annotated as errors.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TagInfo {
  version: string;
  /** The major tag actions users pin, e.g. v1. */
  major: string;
  prerelease: boolean;
}

// Semantic Versioning 2.0.0 core with an optional pre-release; no build metadata (GitHub tags are
// compared as plain names). Each part is a bounded character class: no backtracking to speak of.
const TAG = /^v(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function parseTag(tag: string): TagInfo | string {
  const m = TAG.exec(tag);
  if (!m) return `tag "${tag}" is not a release tag: expected v<major>.<minor>.<patch>, e.g. v1.2.3 or v1.3.0-rc.1`;
  return { version: tag.slice(1), major: `v${m[1]}`, prerelease: m[4] !== undefined };
}

export interface ChangelogSection {
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  date: string | null;
  body: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const LINK_DEFINITION = /^\[[^\]\n]+\]:\s*\S+\s*$/;
const DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

/** The level-2 headings of a changelog outside code fences, with their lines (0-based). */
function sections(lines: string[]): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | null = null;
  lines.forEach((l, i) => {
    const f = FENCE.exec(l);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      return;
    }
    if (fence === null && l.startsWith('## ')) out.push({ line: i, text: l.slice(3).trim() });
  });
  return out;
}

/** Whether a heading is the section of `version`: "0.2.0", "[0.2.0]" or "v0.2.0", then the end, a space or a dash. */
function headingNames(text: string, version: string): boolean {
  for (const candidate of [version, `v${version}`, `[${version}]`, `[v${version}]`]) {
    if (!text.startsWith(candidate)) continue;
    const next = text.charAt(candidate.length);
    if (next === '' || next === ' ' || next === '\t' || (next === '-' && candidate.endsWith(']'))) return true;
  }
  return false;
}

/** The section of CHANGELOG.md for `version`, or null. Its body stops at the next level-2 heading. */
export function changelogSection(changelog: string, version: string): ChangelogSection | null {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const all = sections(lines);
  const i = all.findIndex((s) => headingNames(s.text, version));
  if (i < 0) return null;
  const start = all[i].line + 1;
  const end = i + 1 < all.length ? all[i + 1].line : lines.length;
  const body = lines.slice(start, end);
  // Keep a Changelog puts link definitions ("[0.2.0]: https://...") after the last section.
  while (body.length > 0 && (body[body.length - 1].trim() === '' || LINK_DEFINITION.test(body[body.length - 1]))) body.pop();
  return { heading: all[i].text, line: all[i].line + 1, date: DATE.exec(all[i].text)?.[1] ?? null, body: body.join('\n').trim() };
}

export interface PreflightInput {
  tag: string;
  packageVersion: string;
  lockVersion: string | null;
  changelog: string;
  /** Whether the tagged commit is on the main branch; null when not checked. */
  onMain: boolean | null;
}

export function preflight(input: PreflightInput): { tag: TagInfo | null; problems: string[] } {
  const problems: string[] = [];
  const tag = parseTag(input.tag);
  if (typeof tag === 'string') return { tag: null, problems: [tag] };
  if (tag.version !== input.packageVersion)
    problems.push(`tag ${input.tag} does not match package.json's version ${input.packageVersion}: bump the version (npm version ${tag.version} --no-git-tag-version), commit, and tag that commit`);
  if (input.lockVersion !== null && input.lockVersion !== input.packageVersion)
    problems.push(`package-lock.json says version ${input.lockVersion}, package.json ${input.packageVersion}: run npm install --package-lock-only and commit the lock file`);
  if (input.onMain === false) problems.push(`the commit of ${input.tag} is not on the main branch: releases are tagged on main, after review`);
  const section = changelogSection(input.changelog, tag.version);
  if (!section) problems.push(`CHANGELOG.md has no section for ${tag.version}: rename "## Unreleased" to "## ${tag.version} - YYYY-MM-DD" (see RELEASING.md)`);
  else {
    if (!section.date) problems.push(`CHANGELOG.md's section for ${tag.version} (line ${section.line}) has no release date: write its heading as "## ${tag.version} - YYYY-MM-DD"`);
    if (!section.body) problems.push(`CHANGELOG.md's section for ${tag.version} (line ${section.line}) is empty: say what changed`);
  }
  return { tag, problems };
}

/** `git status --porcelain -- dist` after a build: any line means the committed dist/ is not what the sources build. */
export function distProblems(porcelain: string): string[] {
  const changed = porcelain.split('\n').filter((l) => l.trim() !== '');
  if (changed.length === 0) return [];
  return [`dist/ differs from a build of the tagged sources (${changed.length} file(s)): ${changed.slice(0, 20).map((l) => l.trim()).join(', ')}${changed.length > 20 ? ', ...' : ''}. Run npm run build, commit dist/, and tag again`];
}

/** A section's body without its empty groups: a heading followed only by blank lines, then a heading of the same or a higher level, or the end. */
export function withoutEmptyGroups(body: string): string {
  const lines = body.split('\n');
  // Lines in fenced code are never headings ("# install" in a shell example).
  let fence: string | null = null;
  const fenced = lines.map((l) => {
    const f = FENCE.exec(l);
    if (f && (fence === null || f[1][0] === fence)) {
      fence = fence === null ? f[1][0] : null;
      return true;
    }
    return fence !== null;
  });
  const level = (i: number) => (fenced[i] ? 0 : (/^(#{1,6})\s/.exec(lines[i])?.[1].length ?? 0));
  const keep = lines.map(() => true);
  for (let i = 0; i < lines.length; i++) {
    const h = level(i);
    if (h === 0) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    if (j === lines.length || (level(j) > 0 && level(j) <= h)) for (let k = i; k < j; k++) keep[k] = false;
  }
  return lines.filter((_, i) => keep[i]).join('\n').trim();
}

/** The release notes: the changelog section without empty groups, then how to verify the release. */
export function releaseNotes(section: ChangelogSection, repository: string, tag: string): string {
  return [
    withoutEmptyGroups(section.body),
    '',
    '---',
    '',
    `Verify this release: \`dist/\` of ${tag} carries a build provenance attestation, and the SBOM attached here lists the bundled dependencies. With a clone of the repository at ${tag}:`,
    '',
    '```sh',
    `gh attestation verify dist/index.js --repo ${repository} --source-ref refs/tags/${tag} --signer-workflow ${repository}/.github/workflows/release.yml`,
    '```',
    '',
    `To verify every file, offline, or the SBOM, see [Verifying a release](https://github.com/${repository}/blob/${tag}/README.md#verifying-a-release).`,
    '',
  ].join('\n');
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function fail(problems: string[]): never {
  for (const p of problems) console.error(process.env.GITHUB_ACTIONS === 'true' ? `::error::${p}` : `release check: ${p}`);
  process.exit(1);
}

if (import.meta.main) {
  const [command, ...args] = process.argv.slice(2);
  const root = option(args, '--root') ?? join(import.meta.dirname, '..', '..');
  const tag = option(args, '--tag') ?? process.env.GITHUB_REF_NAME ?? '';
  const read = (f: string) => readFileSync(join(root, f), 'utf8');
  if (command === 'preflight') {
    const main = option(args, '--main');
    let onMain: boolean | null = null;
    if (main) {
      try {
        execFileSync('git', ['merge-base', '--is-ancestor', 'HEAD', main], { cwd: root, stdio: 'ignore' });
        onMain = true;
      } catch {
        onMain = false;
      }
    }
    const lock = JSON.parse(read('package-lock.json')) as { version?: string };
    const r = preflight({ tag, packageVersion: (JSON.parse(read('package.json')) as { version: string }).version, lockVersion: lock.version ?? null, changelog: read('CHANGELOG.md'), onMain });
    if (r.problems.length > 0) fail(r.problems);
    const t = r.tag!;
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `version=${t.version}\nmajor=${t.major}\nprerelease=${t.prerelease}\n`);
    console.log(`${tag}: version ${t.version} matches package.json, CHANGELOG.md has its section${onMain ? ', the commit is on main' : ''}${t.prerelease ? ' (a pre-release: the major tag is not moved)' : `; the major tag is ${t.major}`}`);
  } else if (command === 'dist') {
    const problems = distProblems(execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { cwd: root, encoding: 'utf8' }));
    if (problems.length > 0) fail(problems);
    console.log('dist/ is exactly what the tagged sources build');
  } else if (command === 'notes') {
    const t = parseTag(tag);
    if (typeof t === 'string') fail([t]);
    const section = changelogSection(read('CHANGELOG.md'), t.version);
    if (!section) fail([`CHANGELOG.md has no section for ${t.version}`]);
    const notes = releaseNotes(section, option(args, '--repo') ?? process.env.GITHUB_REPOSITORY ?? 'security-slam/security-slam-action', tag);
    const out = option(args, '--out');
    if (out) writeFileSync(out, notes);
    else process.stdout.write(notes);
  } else {
    console.error('usage: release-check.ts preflight|dist|notes --tag vX.Y.Z [--main REF] [--out FILE] [--repo OWNER/NAME] [--root DIR]');
    process.exit(2);
  }
}
