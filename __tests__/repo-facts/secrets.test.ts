import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { scanSecrets, scanText, looksLikePlaceholder } from '../../src/facts/secrets.ts';
import { gatherDependencies } from '../../src/facts/dependencies.ts';
import { findVex } from '../../src/facts/vex.ts';
import { BASE62, UPPER_DIGITS, cleanup, makeTree, randomFrom } from './helpers.ts';

afterAll(cleanup);

// Every secret is made up at run time: no token-shaped literal is committed in this repository.
const ghToken = 'gh' + 'p_' + randomFrom(BASE62, 36);
const npmToken = 'np' + 'm_' + randomFrom(BASE62, 36);
const googleKey = 'AI' + 'za' + randomFrom(BASE62 + '_-', 35);
const stripeKey = 'sk' + '_live_' + randomFrom(BASE62, 24);
const stripeTest = 'sk' + '_test_' + randomFrom(BASE62, 24);
const slackToken = 'xo' + 'xb-' + randomFrom('0123456789', 12) + '-' + randomFrom('0123456789', 13) + '-' + randomFrom(BASE62, 24);
const pypiToken = 'pypi-' + 'AgEIcHlwaS5vcmc' + randomFrom(BASE62, 60);
const fineGrained = 'github' + '_pat_' + randomFrom(BASE62, 22) + '_' + randomFrom(BASE62, 59);
const awsId = 'AK' + 'IA' + randomFrom(UPPER_DIGITS, 16);
const awsSecret = randomFrom(BASE62, 38) + '/+';

function pem(label: string, der: Buffer): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const rsaPkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
const rsaPkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const rsaPkcs8Encrypted = rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string;
const rsaPkcs1Encrypted = rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string;

function opensshKey(cipher: string): string {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(cipher.length);
  return pem('OPENSSH PRIVATE KEY', Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), len, Buffer.from(cipher), randomBytes(300)]));
}

function pgpKey(s2kUsage: number): string {
  const n = Buffer.concat([Buffer.from([0x08, 0x00]), randomBytes(256)]); // 2048-bit MPI
  n[2] |= 0x80;
  const e = Buffer.from([0x00, 0x11, 0x01, 0x00, 0x01]); // 65537
  const body = Buffer.concat([Buffer.from([4, 0x60, 0, 0, 0, 1]), n, e, Buffer.from([s2kUsage]), randomBytes(400)]);
  const header = Buffer.from([0xc5, 0xff, 0, 0, 0, 0]);
  header.writeUInt32BE(body.length, 2);
  const b64 = Buffer.concat([header, body]).toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${b64}\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----\n`;
}

describe('scanText', () => {
  it.each([
    ['github-token', `token = "${ghToken}"`],
    ['github-token', `GH=${fineGrained}`],
    ['npm-token', `//registry.npmjs.org/:_authToken=${npmToken}`],
    ['google-api-key', `key: ${googleKey}`],
    ['stripe-secret-key', `Stripe.api_key = '${stripeKey}'`],
    ['slack-token', `SLACK=${slackToken}`],
    ['pypi-token', `password = ${pypiToken}`],
  ])('finds a %s, with a redacted preview only', (kind, line) => {
    const text = `first line\n  ${line}\n`;
    const found = scanText('src/config.txt', text);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f).toMatchObject({ kind, path: 'src/config.txt', line: 2, confidence: 'high', severity: 'error' });
    const secret = line.slice(f.column - 3);
    expect(f.preview).toBe(secret.slice(0, 4) + '…');
    expect(JSON.stringify(found)).not.toContain(secret.slice(0, 12));
  });

  it("keeps a vendor's published demo credential for review, not as a leak (MinIO's play.min.io keys in guac's help text)", () => {
    // Split so that this file holds no such line itself.
    const secret = 'zuf+tfteSlswRu7' + 'BJ86wekitnifILbZam1KYY3TG';
    const found = scanText('cmd/s3.go', `Set access variables:\n\n$ export AWS_ACCESS_KEY_ID=Q3AM3UQ867SPQQA43P2F\n$ export AWS_SECRET_ACCESS_KEY=${secret}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'aws-secret-access-key', line: 4, confidence: 'low', detail: expect.stringContaining('play.min.io') });
    // Any other key in its place is a finding.
    const other = scanText('cmd/s3.go', `export AWS_SECRET_ACCESS_KEY=${secret.replace('zuf', 'zug')}\n`);
    expect(other[0]).toMatchObject({ kind: 'aws-secret-access-key', confidence: 'high', severity: 'error' });
  });

  it.each([
    ['AWS documentation example', 'AKIAIOSFODNN7EXAMPLE'],
    ['masked GitHub token', 'gh' + 'p_' + 'x'.repeat(36)],
    ['one repeated character', 'gh' + 'p_' + 'A'.repeat(36)],
    ['sequential example', 'gh' + 'p_' + '1234567890abcdefghijklmnopqrstuvwxyz'],
    ['Stripe test key', stripeTest],
    ['too short', 'gh' + 'p_' + randomFrom(BASE62, 20)],
    ['embedded in a longer word', 'xgh' + 'p_' + randomFrom(BASE62, 36)],
    ['placeholder', 'token: <your-token>'],
  ])('ignores a near-miss: %s', (_name, text) => {
    expect(scanText('a.txt', text)).toEqual([]);
  });

  it('rates an AWS key ID alone low and with a secret key nearby high', () => {
    expect(scanText('a.env', `id=${awsId}\n`)).toMatchObject([{ kind: 'aws-access-key-id', confidence: 'low', line: 1, column: 4 }]);
    const pair = scanText('creds', `[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSecret}\n`);
    expect(pair.map((f) => `${f.kind}:${f.confidence}:${f.line}`).sort()).toEqual(['aws-access-key-id:high:2', 'aws-secret-access-key:high:3']);
    expect(JSON.stringify(pair)).not.toContain(awsSecret.slice(0, 10));
  });

  it('finds unencrypted private keys and ignores encrypted ones', () => {
    for (const key of [rsaPkcs1, rsaPkcs8, opensshKey('none'), pgpKey(0)]) {
      const found = scanText('deploy/key.txt', `# key\n${key}`);
      expect(found, key.slice(0, 40)).toMatchObject([{ kind: 'private-key', line: 2, column: 1, confidence: 'high' }]);
      expect(found[0].preview).toMatch(/^[A-Za-z0-9+/]{4}…$/);
    }
    for (const key of [rsaPkcs8Encrypted, rsaPkcs1Encrypted, opensshKey('aes256-ctr'), pgpKey(254)]) {
      expect(scanText('deploy/key.txt', key), key.slice(0, 60)).toEqual([]);
    }
  });

  it('finds a key whose base64 happens to spell a placeholder word, and not a documentation stand-in', () => {
    // One random key in about 30,000 spells "your", "fake" or "xxxx" in its first 64 base64 characters.
    const spell = (key: string, word: string): string => {
      const lines = key.split('\n');
      const i = lines.findIndex((l) => /^[A-Za-z0-9+/]{64}$/.test(l));
      lines[i] = lines[i].slice(0, 48) + word + lines[i].slice(52);
      return lines.join('\n');
    };
    for (const key of [rsaPkcs1, rsaPkcs8, opensshKey('none'), pgpKey(0)]) {
      for (const word of ['pYOU', 'your', 'fake', 'xxxx']) {
        expect(scanText('deploy/key.txt', spell(key, word)), `${key.slice(0, 40)} ${word}`).toMatchObject([{ kind: 'private-key', confidence: 'high' }]);
      }
    }
    expect(scanText('docs/keys.md', '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAyour+private+key+goes+here+and+it+is+not+a+real+one+at+all+right\n-----END RSA PRIVATE KEY-----\n')).toEqual([]);
  });

  it('finds a key pasted into JSON with \\n escapes, and not a parser constant', () => {
    const json = JSON.stringify({ private_key: rsaPkcs8 });
    expect(scanText('sa.json', json)).toMatchObject([{ kind: 'private-key', line: 1, confidence: 'high' }]);
    expect(scanText('parse.go', 'const header = "-----BEGIN RSA PRIVATE KEY-----"\nconst footer = "-----END RSA PRIVATE KEY-----"\n')).toEqual([]);
    expect(scanText('README.md', '```\n-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----\n```\n')).toEqual([]);
  });

  it('lowers severity under test and fixture directories', () => {
    expect(scanText('pkg/testdata/key.pem', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('test/fixtures/x.txt', ghToken)[0].severity).toBe('note');
    expect(scanText('src/contest/x.txt', ghToken)[0].severity).toBe('error');
  });

  it('lowers severity in documentation pages and in files named as dummies (okhttp-tls/README.md, spire\'s conf/server/dummy_upstream_ca.key)', () => {
    expect(scanText('okhttp-tls/README.md', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('guide/keys.rst', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('conf/server/dummy_upstream_ca.key', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('conf/server/fake-ca.key', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('conf/server/upstream_ca.key', rsaPkcs1)[0].severity).toBe('error');
    expect(scanText('conf/server/dummyfile.key', rsaPkcs1)[0].severity).toBe('error');
    // A file named test and what it holds, in one word (goreleaser's internal/http/testkey.pem); not a word that only starts so.
    expect(scanText('internal/http/testkey.pem', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('internal/http/testcert.key', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('internal/http/testimony.key', rsaPkcs1)[0].severity).toBe('error');
  });

  it("lowers severity in a Go test-support package (rekor's pkg/util/e2eutil/, pkg/pki/x509/e2ex509/) and in fuzz harnesses (pkg/fuzz/)", () => {
    expect(scanText('pkg/util/e2eutil/util.go', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('pkg/pki/x509/e2ex509/util.go', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('internal/testutil/certs.go', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('pkg/testhelpers/keys.go', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('pkg/fuzz/jar_utils.go', rsaPkcs1)[0].severity).toBe('note');
    // Words that only contain "test" or "fuzz" are not test folders.
    expect(scanText('deploy/latest/server.key', rsaPkcs1)[0].severity).toBe('error');
    expect(scanText('pkg/testament/keys.go', rsaPkcs1)[0].severity).toBe('error');
    expect(scanText('pkg/fuzzy/match.go', rsaPkcs1)[0].severity).toBe('error');
  });

  it('lowers severity in a folder of test inputs named as test-folders.ts names them (internal/testresources/, test-resources/, golden/)', () => {
    expect(scanText('internal/testresources/client-cert-key.pem', rsaPkcs8)[0].severity).toBe('note');
    expect(scanText('src/test-resources/tls/server.key', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('pkg/golden/key.pem', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('internal/resources/client-key.pem', rsaPkcs8)[0].severity).toBe('error');
  });

  it("lowers severity in a folder named as a stand-in (urllib3's dummyserver/certs/), not in one that only contains the word", () => {
    expect(scanText('dummyserver/certs/server.key', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('internal/fake-gcs/ca.key', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('deploy/mockserver/tls.key', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('deploy/mydummyserver/server.key', rsaPkcs1)[0].severity).toBe('error');
    expect(scanText('deploy/server/tls.key', rsaPkcs1)[0].severity).toBe('error');
  });

  it('placeholder detection spares random values', () => {
    expect(looksLikePlaceholder(randomFrom(BASE62, 36))).toBe(false);
    expect(looksLikePlaceholder('REPLACE_ME_WITH_TOKEN')).toBe(true);
  });
});

describe('scanSecrets', () => {
  const root = makeTree({
    'README.md': '# nothing here\n',
    'src/app.js': `const t = "${ghToken}";\n`,
    // A strong value has a lower-case letter, a capital and a digit: 32 random base-62 characters lack a digit one time in 280, so they are given.
    '.env': `DEBUG=true\nAPI_TOKEN="aZ7${randomFrom(BASE62, 29)}"\nDB_PASSWORD=changeme\nSECRET_KEY=\nAUTH_SECRET=\${OTHER}\n`,
    '.env.example': `API_TOKEN=${randomFrom(BASE62, 32)}\n`,
    'certs/server.p12': randomBytes(64),
    'certs/server.key': rsaPkcs1Encrypted,
    'keys/id_rsa': rsaPkcs1,
    'img/logo.png': Buffer.concat([Buffer.from(ghToken), randomBytes(16)]),
    'data/blob': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(ghToken)]),
    'big/huge.txt': 'a'.repeat(2 * 1024 * 1024),
    'link': Buffer.from('x'),
  });
  const facts = scanSecrets(RepoSnapshot.open(root));
  const at = (path: string) => facts.findings.filter((f) => f.path === path);

  it('reports each committed secret with kind, place and preview, never the value', () => {
    expect(at('src/app.js')).toMatchObject([{ kind: 'github-token', line: 1, column: 12, preview: ghToken.slice(0, 4) + '…' }]);
    expect(at('keys/id_rsa')).toMatchObject([{ kind: 'private-key', confidence: 'high' }]);
    expect(JSON.stringify(facts)).not.toContain(ghToken);
  });

  it('reads .env files for secret-looking variables with real values only', () => {
    expect(at('.env')).toMatchObject([{ kind: 'env-secret', line: 2, column: 12, confidence: 'high' }]);
    expect(at('.env.example')).toEqual([]);
  });

  it('lowers severity in an integration-test folder that holds tests (trivy), not in one without', () => {
    const suite = scanSecrets(RepoSnapshot.open(makeTree({ 'integration/registry_test.go': 'package integration\n', 'integration/data/certs/key.pem': rsaPkcs1, 'integration/data/cert.p12': randomBytes(16) })));
    expect(suite.findings.map((f) => [f.path, f.severity])).toEqual([['integration/data/cert.p12', 'note'], ['integration/data/certs/key.pem', 'note']]);
    const code = scanSecrets(RepoSnapshot.open(makeTree({ 'integration/slack/client.go': 'package slack\n', 'integration/slack/key.pem': rsaPkcs1 })));
    expect(code.findings.map((f) => [f.path, f.severity])).toEqual([['integration/slack/key.pem', 'error']]);
  });

  it("lowers severity in a folder named for tests in a compound (rustls's test-ca/) or whose README says it holds test material (rustls's bogo/)", () => {
    const tree = scanSecrets(RepoSnapshot.open(makeTree({
      'test-ca/README.md': '# Rustls Test CA\n\nThis directory contains various test certificate authorities used by the integration tests.\n',
      'test-ca/rsa-2048/end.key': rsaPkcs1,
      'bogo/README.md': '# BoGo\n\n[BoGo](https://github.com/google/boringssl/tree/master/ssl/test) is the TLS test suite for boringssl, which we run against rustls as well.\n',
      'bogo/keys/key.pem': rsaPkcs1,
      // A README that mentions tests further down, or not as its subject, says nothing of its folder's keys.
      'deploy/README.md': '# Deployment\n\nThe production certificates.\n\n## Tests\n\nRun the test suite first.\n',
      'deploy/server.key': rsaPkcs1,
      'contest-ca/server.key': rsaPkcs1,
      'integration-tests/server.key': rsaPkcs1,
    })));
    expect(tree.findings.map((f) => [f.path, f.severity])).toEqual([
      ['bogo/keys/key.pem', 'note'],
      ['contest-ca/server.key', 'error'],
      ['deploy/server.key', 'error'],
      ['integration-tests/server.key', 'error'],
      ['test-ca/rsa-2048/end.key', 'note'],
    ]);
    expect(scanText('rustls-test/src/key.pem', rsaPkcs1)[0].severity).toBe('note');
    expect(scanText('certs/latest/key.pem', rsaPkcs1)[0].severity).toBe('error');
  });

  it('finds an unencrypted private key in DER, which no text search can, and not a DER certificate or encrypted key', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const tree = scanSecrets(RepoSnapshot.open(makeTree({
      'certs/server.der': rsa.privateKey.export({ type: 'pkcs8', format: 'der' }),
      'certs/ec.key': ec.privateKey.export({ type: 'sec1', format: 'der' }),
      'certs/public.der': rsa.publicKey.export({ type: 'spki', format: 'der' }),
      'certs/locked.der': rsa.privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' }),
      'test-ca/end.der': rsa.privateKey.export({ type: 'pkcs1', format: 'der' }),
    })));
    expect(tree.findings.map((f) => [f.path, f.kind, f.confidence, f.severity, f.detail])).toEqual([
      ['certs/ec.key', 'private-key', 'high', 'error', 'EC private key (DER), not encrypted'],
      ['certs/server.der', 'private-key', 'high', 'error', 'PKCS#8 private key (DER), not encrypted'],
      ['test-ca/end.der', 'private-key', 'high', 'note', 'RSA private key (DER), not encrypted'],
    ]);
  });

  it('flags key stores by name at low confidence, not encrypted key files', () => {
    expect(at('certs/server.p12')).toMatchObject([{ kind: 'key-file-name', confidence: 'low' }]);
    expect(at('certs/server.key')).toEqual([]);
  });

  it('skips binaries and files over the size limit, and says so', () => {
    expect(at('img/logo.png')).toEqual([]);
    expect(at('data/blob')).toEqual([]);
    expect(facts.skippedBinary).toBe(2);
    expect(facts.skipped).toEqual([{ path: 'big/huge.txt', reason: expect.stringContaining('over the') }]);
    expect(facts.capped).toBe(false);
    expect(facts.scannedFiles).toBe(7);
  });

  it('stops at the total byte budget and notes it', () => {
    const snap = RepoSnapshot.open(root);
    const capped = scanSecrets(snap, { maxTotalBytes: 200 });
    expect(capped.capped).toBe(true);
    expect(capped.scannedBytes).toBeLessThanOrEqual(200);
    expect(snap.notes.some((n) => n.detail.startsWith('secret scan stopped early'))).toBe(true);
  });
});

describe('scan order', () => {
  it("scans the project's own files before vendored ones, so a budget cut falls on vendored code", () => {
    const root = makeTree({ 'node_modules/pkg/index.js': '//'.repeat(150), 'src/leak.txt': ghToken });
    const facts = scanSecrets(RepoSnapshot.open(root), { maxTotalBytes: 200 });
    expect(facts.findings.map((f) => f.path)).toEqual(['src/leak.txt']);
    expect(facts.capped).toBe(true);
  });
});

describe('pathological input', () => {
  it.each([
    ['repeated key headers', '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(20_000)],
    ['a header followed by one huge line', '-----BEGIN PRIVATE KEY-----\n' + 'A'.repeat(1_000_000)],
    ['many access key IDs', Array.from({ length: 30_000 }, () => 'AK' + 'IA' + randomFrom(UPPER_DIGITS, 16)).join('\n')],
    ['many near tokens', 'gh'.repeat(500_000)],
    ['a long secret assignment', 'aws_secret_access_key=' + 'A'.repeat(1_000_000)],
  ])('%s: scanned in bounded time with capped findings', (_name, text) => {
    const t0 = performance.now();
    const found = scanText('x.txt', text);
    const ms = performance.now() - t0;
    expect(found.length).toBeLessThanOrEqual(20);
    expect(ms).toBeLessThan(1500);
  });
});

describe('bounded time', () => {
  it('scans a tree of 20,000 small files quickly', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20_000; i++) {
      files[`pkg${i % 200}/sub${i % 7}/file${i}.${['js', 'go', 'json', 'md', 'txt'][i % 5]}`] = `// file ${i}\nexport const v${i} = "gh is not a token ${i}";\n`;
    }
    files['pkg3/package.json'] = '{"dependencies":{"a":"1"}}';
    files['pkg4/leak.txt'] = ghToken;
    const root = makeTree(files);
    const t0 = performance.now();
    const snap = RepoSnapshot.open(root);
    const t1 = performance.now();
    const secrets = scanSecrets(snap);
    const t2 = performance.now();
    const deps = gatherDependencies(snap);
    const vex = findVex(snap);
    const t3 = performance.now();
    console.log(`20,002 files: listing ${(t1 - t0).toFixed(0)} ms, secret scan ${(t2 - t1).toFixed(0)} ms (${secrets.scannedBytes} bytes), dependencies + VEX ${(t3 - t2).toFixed(0)} ms`);
    expect(secrets.scannedFiles).toBe(20_002);
    expect(secrets.findings.map((f) => f.path)).toEqual(['pkg4/leak.txt']);
    expect(deps.manifests.map((m) => m.path)).toEqual(['pkg3/package.json']);
    expect(vex.documents).toEqual([]);
    // Alone this takes well under a second; the margin is for a loaded CI runner running other suites.
    expect(t2 - t1).toBeLessThan(4000);
    expect(t3 - t2).toBeLessThan(4000);
  }, 60_000);
});
