// The secret scan in a git work tree: `git grep` searches the tracked files for the rules'
// literals and reports the lines that hold one; the rules run on those lines, and a file is read
// only when they need more of it. The findings must be those of a plain walk that reads every
// file, and a hostile checkout must not hide a file from git or make it read one whole.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { GIT_GREP_PATTERNS, GIT_GREP_STRINGS, prefilterSecrets, scanLines, scanSecrets, scanText, type SecretFinding } from '../../src/facts/secrets.ts';
import { BASE62, UPPER_DIGITS, cleanup, git, gitTree, makeTree, randomFrom } from './helpers.ts';

afterAll(cleanup);

const ghToken = 'gh' + 'p_' + randomFrom(BASE62, 36);
const npmToken = 'np' + 'm_' + randomFrom(BASE62, 36);
const awsId = 'AK' + 'IA' + randomFrom(UPPER_DIGITS, 16);
const awsSecret = randomFrom(BASE62, 38) + '/+';
const rsaPkcs1 = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;

const files: Record<string, string | Buffer> = {
  'README.md': '# nothing here; ghost, high and github are words, not tokens\n',
  'src/app.js': `const t = "${ghToken}";\n`,
  'src/npmrc.txt': `//registry.npmjs.org/:_authToken=${npmToken}\n`,
  'deploy/creds': `[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSecret}\n`,
  'keys/id_rsa': rsaPkcs1,
  'test/fixtures/key.pem': rsaPkcs1,
  '.env': `API_TOKEN="${randomFrom(BASE62, 32)}"\n`,
  'certs/server.p12': Buffer.from([0x30, 0x82, 1, 2]),
  'data/blob': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(ghToken)]),
  'img/logo.png': Buffer.concat([Buffer.from(ghToken), Buffer.from([0, 0])]),
  'vendor/lib/x.js': `// ${ghToken}\n`,
  'docs/guide.md': 'Set AWS_SECRET in the CI secret store.\n',
};

const sortFindings = (f: SecretFinding[]) => [...f].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));

describe('secret scan in a git work tree', () => {
  it('reports exactly what a walk reading every file reports, reading only files git found a literal in', async () => {
    const walked = scanSecrets(RepoSnapshot.open(makeTree(files)));
    const root = gitTree(files);
    const snap = RepoSnapshot.open(root);
    expect(snap.fromGit).toBe(true);
    const prefilter = await prefilterSecrets(snap);
    expect(prefilter).not.toBeNull();
    // img/logo.png is binary by its extension: the scan passes it over, and git does not search it.
    expect([...(prefilter?.candidates ?? [])].sort()).toEqual(['data/blob', 'deploy/creds', 'docs/guide.md', 'keys/id_rsa', 'src/app.js', 'src/npmrc.txt', 'test/fixtures/key.pem', 'vendor/lib/x.js']);
    expect(prefilter?.searched.has('img/logo.png')).toBe(false);
    const viaGit = scanSecrets(snap, { prefilter });
    expect(sortFindings(viaGit.findings)).toEqual(sortFindings(walked.findings));
    expect(viaGit.findings.map((f) => f.path)).toEqual(walked.findings.map((f) => f.path));
    expect(viaGit.scannedFiles).toBe(walked.scannedFiles);
    expect(viaGit.capped).toBe(false);
    // Without a prefilter given, the scan runs git grep itself.
    expect(sortFindings(scanSecrets(RepoSnapshot.open(root)).findings)).toEqual(sortFindings(walked.findings));
  });

  it('leaves the binary extensions of the tree out of git\'s search, as spelled, and reads a text file named only `.png` itself', async () => {
    const tree = { 'img/Logo.PNG': Buffer.concat([Buffer.from(ghToken), Buffer.from([0, 0])]), 'img/icon.png': Buffer.from([0x89, 0x50, 0, 0]), 'conf/.png': `token ${ghToken}\n`, 'a.png.txt': `token ${npmToken}\n`, 'b.txt': 'nothing\n' };
    const snap = RepoSnapshot.open(gitTree(tree));
    const prefilter = await prefilterSecrets(snap);
    expect([...(prefilter?.searched ?? [])].sort()).toEqual(['a.png.txt', 'b.txt']);
    expect([...(prefilter?.candidates ?? [])]).toEqual(['a.png.txt']);
    const viaGit = scanSecrets(snap, { prefilter });
    expect(sortFindings(viaGit.findings).map((f) => [f.path, f.kind])).toEqual([['a.png.txt', 'npm-token'], ['conf/.png', 'github-token']]);
    expect(sortFindings(viaGit.findings)).toEqual(sortFindings(scanSecrets(RepoSnapshot.open(makeTree(tree))).findings));
  });

  it('is not blinded by a .gitattributes marking every file binary or -diff', () => {
    const root = gitTree({ ...files, '.gitattributes': '* binary\n*.js -diff\n' });
    const found = scanSecrets(RepoSnapshot.open(root)).findings.map((f) => f.path);
    expect(found).toContain('src/app.js');
    expect(found).toContain('src/npmrc.txt');
  });

  it('reads untracked files and files git answers for from the index itself', () => {
    const root = gitTree({ 'a.txt': 'nothing\n', 'b.txt': 'nothing\n' });
    writeFileSync(join(root, 'untracked.txt'), `token ${ghToken}\n`);
    git(root, 'update-index', '--assume-unchanged', 'b.txt');
    writeFileSync(join(root, 'b.txt'), `token ${ghToken}\n`);
    const facts = scanSecrets(RepoSnapshot.open(root));
    expect(facts.findings.map((f) => f.path).sort()).toEqual(['b.txt', 'untracked.txt']);
  });

  it('reads no file over the size limit here; git searches it within its memory limit', async () => {
    const root = gitTree({ 'small.txt': `x ${ghToken}\n`, 'big.txt': 'x'.repeat(2 * 1024 * 1024) + ghToken, 'big-clean.txt': 'x'.repeat(2 * 1024 * 1024) });
    const snap = RepoSnapshot.open(root);
    const prefilter = await prefilterSecrets(snap);
    expect([...(prefilter?.candidates ?? [])].sort()).toEqual(['big.txt', 'small.txt']);
    const facts = scanSecrets(snap, { prefilter });
    expect(facts.findings.map((f) => f.path)).toEqual(['small.txt']);
    expect(facts.skipped).toEqual([{ path: 'big.txt', reason: expect.stringContaining('over the') }]);
    expect(facts.scannedFiles).toBe(2);
  });

  it('keeps its pathspecs literal whatever GIT_LITERAL_PATHSPECS says', async () => {
    const root = gitTree({ 'a.txt': `x ${ghToken}\n`, 'b.txt': 'x\n' });
    git(root, 'update-index', '--assume-unchanged', 'b.txt');
    const saved = process.env.GIT_LITERAL_PATHSPECS;
    process.env.GIT_LITERAL_PATHSPECS = '1';
    try {
      const prefilter = await prefilterSecrets(RepoSnapshot.open(root));
      expect(prefilter?.candidates).toEqual(new Set(['a.txt']));
      expect(prefilter?.searched).toEqual(new Set(['a.txt']));
    } finally {
      if (saved === undefined) delete process.env.GIT_LITERAL_PATHSPECS;
      else process.env.GIT_LITERAL_PATHSPECS = saved;
    }
  });

  it('a 1 GiB tracked file stops git at its memory limit and is skipped here, not read', async () => {
    const root = gitTree({ 'small.txt': `x ${ghToken}\n`, 'huge.txt': 'x' });
    truncateSync(join(root, 'huge.txt'), 1024 * 1024 * 1024); // sparse: no disk used
    const t0 = performance.now();
    const snap = RepoSnapshot.open(root);
    expect(await prefilterSecrets(snap)).toBeNull();
    const facts = scanSecrets(snap);
    expect(facts.findings.map((f) => f.path)).toEqual(['small.txt']);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(facts.skipped).toEqual([{ path: 'huge.txt', reason: expect.stringContaining('over the') }]);
  });

  it('does not follow a tracked file replaced by a symlink out of the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'slam-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), `token ${ghToken}\n`);
      const root = gitTree({ 'a.txt': 'nothing\n', 'leak.txt': 'nothing\n' });
      unlinkSync(join(root, 'leak.txt'));
      symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
      const facts = scanSecrets(RepoSnapshot.open(root));
      expect(facts.findings).toEqual([]);
      expect(JSON.stringify(facts)).not.toContain(ghToken.slice(0, 12));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('secret rules run on the lines git reports', () => {
  const pair = (id: string, secret: string) => `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`;
  const tricky: Record<string, string | Buffer> = {
    // Hostile names: git prints them as they are (-z); a newline or a colon must not cut a record.
    'name\nwith newline.txt': `x = "${ghToken}"\n`,
    'a:1:b.txt': `one\ntwo ${npmToken} three\n`,
    // A matching line longer than git's lines are kept: the file is read whole.
    'min/bundle.js': 'var a="' + 'q'.repeat(40 * 1024) + `";var t="${ghToken}";\n`,
    // Rules that look past their line: a key block, an ID paired with a secret on another line,
    // a secret key's value on the line after its name.
    'src/key.go': `const k = \`\n${rsaPkcs1}\``,
    'deploy/creds': pair(awsId, awsSecret),
    'deploy/next-line.yaml': `aws_secret_access_key:\n  ${awsSecret}\n`,
    // A mixed-case secret key name, its gate literal on a line git does not report; and without one.
    'conf/mixed.ini': `# keep the secret out\nAws_SeCret_Access_Key = ${awsSecret}\n`,
    'conf/mixed-alone.ini': `Aws_SeCret_Access_Key = ${awsSecret}\n`,
    // Columns: a byte-order mark, CRLF, non-UTF-8 bytes and wide characters before the token.
    'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${ghToken}\r\nnext ${npmToken}\r\n`)]),
    'bad-utf8.txt': Buffer.concat([Buffer.from('é😀 '), Buffer.from([0xff, 0xe2, 0x82]), Buffer.from(` ${ghToken}\n`)]),
    // More findings than a file may give.
    'many.txt': Array.from({ length: 30 }, () => `t = ${'gh' + 'p_' + randomFrom(BASE62, 36)}\n`).join(''),
    // A vendor's published demo key (MinIO's play.min.io), for review only on either path; split so this file holds none.
    'cmd/s3.go': `$ export AWS_ACCESS_KEY_ID=Q3AM3UQ867SPQQA43P2F\n$ export AWS_SECRET_ACCESS_KEY=${'zuf+tfteSlswRu7' + 'BJ86wekitnifILbZam1KYY3TG'}\n`,
    // An AWS secret key's name without its 'aws' (the SDKs' JSON and camel case).
    'conf/sdk.json': `{"AccessKeyId": "${awsId}", "SecretAccessKey": "${awsSecret}"}\n`,
    'conf/sdk.js': `const c = { secretAccessKey: "${awsSecret}" };\n`,
    // Words that hold git's strings ignoring case, and nothing a rule reports.
    'prose.md': 'A private key, an npm_config value, Asia/Tokyo, XOXO.\n',
    'case.md': 'A private key in Asia/Tokyo, XOXO, an Aws Secret.\n',
  };

  it('finds exactly what a walk reading every file finds, file, line, column and all', async () => {
    const walked = scanSecrets(RepoSnapshot.open(makeTree(tricky)));
    const root = gitTree(tricky);
    const snap = RepoSnapshot.open(root);
    const prefilter = await prefilterSecrets(snap);
    expect(prefilter).not.toBeNull();
    // The long line was not kept: that file is read whole; the others are judged by their lines.
    expect(prefilter?.lines.get('min/bundle.js')).toBeNull();
    expect(prefilter?.lines.get('name\nwith newline.txt')).toEqual([{ line: 1, text: `x = "${ghToken}"` }]);
    expect(prefilter?.lines.get('a:1:b.txt')).toEqual([{ line: 2, text: `two ${npmToken} three` }]);
    const viaGit = scanSecrets(snap, { prefilter });
    expect(viaGit.findings).toEqual(walked.findings);
    expect(viaGit.scannedFiles).toBe(walked.scannedFiles);
    const kinds = new Set(viaGit.findings.map((f) => `${f.kind} ${f.path}`));
    for (const k of ['aws-secret-access-key conf/sdk.json', 'aws-secret-access-key conf/sdk.js', 'github-token name\nwith newline.txt', 'npm-token a:1:b.txt', 'github-token min/bundle.js', 'private-key src/key.go', 'aws-access-key-id deploy/creds', 'aws-secret-access-key deploy/next-line.yaml', 'aws-secret-access-key conf/mixed.ini', 'github-token bom.txt', 'github-token bad-utf8.txt'])
      expect(kinds, k).toContain(k);
    expect(kinds).not.toContain('aws-secret-access-key conf/mixed-alone.ini');
    expect(viaGit.findings.filter((f) => f.path === 'many.txt')).toHaveLength(20);
    expect(viaGit.findings.find((f) => f.path === 'bom.txt')).toMatchObject({ line: 1, column: 1 });
    // The patterns report fewer lines than the fixed strings ignoring case, never a finding less.
    const fixed = await prefilterSecrets(snap, undefined, false);
    expect(scanSecrets(snap, { prefilter: fixed }).findings).toEqual(walked.findings);
    expect(prefilter?.candidates.has('case.md')).toBe(false);
    expect(fixed?.candidates.has('case.md')).toBe(true);
  });

  it('asks a git built without Perl-compatible patterns again with fixed strings', async () => {
    const root = gitTree(tricky);
    const bin = mkdtempSync(join(tmpdir(), 'slam-git-'));
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    // Apple's git: "fatal: cannot use Perl-compatible regexes when not compiled with USE_LIBPCRE", status 128.
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nfor a in "$@"; do [ "$a" = -P ] && { echo "fatal: cannot use Perl-compatible regexes" >&2; exit 128; }; done\nexec ${realGit} "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const snap = RepoSnapshot.open(root);
      const prefilter = await prefilterSecrets(snap);
      expect(prefilter).not.toBeNull();
      // The fixed strings ignoring case report case.md's "private key", which no pattern does.
      expect(prefilter?.candidates.has('case.md')).toBe(true);
      expect(scanSecrets(snap).findings).toEqual(scanSecrets(RepoSnapshot.open(makeTree(tricky))).findings);
    } finally {
      process.env.PATH = path;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  // Lines of text built from pieces that make rules match, almost match, or match across lines.
  const piece = fc.constantFrom(
    ghToken, npmToken, awsId, awsSecret, 'aws_secret_access_key', 'AWS_SECRET_KEY', 'Aws_SeCret_Key', 'SecretAccessKey', 'secret', 'ECRET',
    ' = ', ': ', '"', "'", ' ', '\t', '\r', '\n', '\n\n', 'x', 'é', '\uFFFD', '-----BEGIN RSA PRIVATE KEY-----', 'PRIVATE KEY', 'ghp_', 'AKIA', '_live_', 'xox',
    // Near misses in case, and the AWS names in pieces.
    'private key', 'akia', 'GHP_', 'XOXB-', 'aws', 'Ws_', 'secretAccess', 'AccessKey',
    'sk_live_' + randomFrom(BASE62, 24), 'xo' + 'xb-' + randomFrom('0123456789', 8) + '-' + randomFrom(BASE62, 10),
    // Whole cases, so that the rare ones come up often.
    `aws_secret_access_key:\n  ${awsSecret}\n`, `AWS_SECRET_KEY=\n"${awsSecret}"\n`, `Aws_SeCret_Key = ${awsSecret}\n`, `# the secret\n`,
    `id ${awsId}\n`, `${rsaPkcs1}`, `k = "${ghToken}"\n`,
  );

  const GREP_PATTERNS = GIT_GREP_PATTERNS.map((p) => new RegExp(p));
  it('never disagrees with a scan of the whole text: the same findings, or null to read the file whole', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('src/a.txt', 'test/b.txt'), (pieces, path) => {
        const text = pieces.join('');
        const lines = text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
        // What git reports with the patterns (JavaScript reads them alike), and with the fixed strings ignoring case.
        const reported = lines.filter((l) => GREP_PATTERNS.some((p) => p.test(l.text)));
        const reportedFixed = lines.filter((l) => GIT_GREP_STRINGS.some((g) => l.text.toLowerCase().includes(g.toLowerCase())));
        expect(reportedFixed).toEqual(expect.arrayContaining(reported));
        const whole = scanText(path, text);
        for (const given of [reported, reportedFixed, lines]) {
          const byLines = scanLines(path, given);
          if (byLines !== null) expect(byLines).toEqual(whole);
        }
        // When no line is reported, no rule can find anything.
        if (reported.length === 0) expect(whole).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
