// Unencrypted secrets committed to the tree (OSPS-BR-07.01).
// The tree is hostile and may be huge: files are filtered by name first; in a git work tree,
// `git grep` searches the tracked files for the rules' literals and reports the lines that hold
// one, and the rules run on those lines; a file is read whole here only when a rule needs more of
// it than its lines (a private key block, an AWS key ID paired with a secret nearby), when it is
// not tracked, or when git's lines of it were too long or too many. Files are read through the
// snapshot's uncached byte read (never through a symlink out of the root, so memory stays
// bounded), binaries and files over 1 MiB are skipped, and the scan stops after a total byte budget. A secret is never copied into the facts: a finding
// carries its kind, place and a preview of its first four characters.
//
// Findings under test, fixture, example and documentation directories (also in a compound name,
// test-ca/, or a test-support package's name, e2eutil/, testutil/, fuzz/), in an integration-test folder that holds tests, in a folder whose README says it holds
// test material (test-folders.ts), in a folder named as a stand-in (dummyserver/, fakeserver/), in
// documentation pages and in files named as samples (dummy, fake, example) are still reported, with
// severity 'note' instead of 'error': projects often commit throwaway keys for tests on purpose,
// but a real key there is just as leaked, so the rule can decide what to do and a person can look.
import { derPrivateKey } from './binary-formats.ts';
import { runGitAsync, runGitStatus, type GitOutput } from './git.ts';
import { GrepLineReader, type GrepLine } from './grep-lines.ts';
import { decodeFileName, type FileEntry, type RepoSnapshot } from './snapshot.ts';
import { TEST_INPUT_DIRS, inFolders, testMaterialFolders, testNamedFolder } from './test-folders.ts';

export type SecretConfidence = 'high' | 'low';

export interface SecretFinding {
  /** e.g. private-key, github-token, aws-access-key-id, env-secret, key-file-name. */
  kind: string;
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units of the line. */
  column: number;
  /** First four characters of the secret followed by '…'; never more. */
  preview: string;
  confidence: SecretConfidence;
  /** 'note' under test/fixture/example/docs directories, otherwise 'error'. */
  severity: 'error' | 'note';
  detail: string;
  /**
   * The comment on the secret's line that tells secret scanners it is no secret (`// gitleaks:allow`, `# nosec`,
   * `# pragma: allowlist secret`): the project's word, for a person to confirm.
   */
  allowedBy?: string;
}

/**
 * Inline comments that secret scanners honour as "this is not a secret": gitleaks, trufflehog, gosec and bandit,
 * detect-secrets, GitGuardian (gitleaks's own rule tests keep sample Slack tokens on lines marked `// gitleaks:allow`).
 */
const ALLOW_MARKER = /\b(?:gitleaks:allow|trufflehog:ignore|nosec|ggignore|pragma: ?allowlist[ -]secret)\b/i;

/** A gitleaks configuration (.gitleaks.toml, config/gitleaks.toml): its allowlists hold sample values that are no secrets. */
const GITLEAKS_CONFIG = /(?:^|\/)\.?gitleaks[\w.-]*\.toml$/i;

/** The scanner's allow marker on a line, as written, if any. */
function allowMarker(line: string): string | undefined {
  if (!line.includes('allow') && !line.includes('ignore') && !line.toLowerCase().includes('nosec')) return undefined;
  return ALLOW_MARKER.exec(line)?.[0];
}

/** The line of `text` that holds `offset`. */
function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? Math.min(text.length, start + 16_384) : Math.min(end, start + 16_384));
}

export interface SecretFacts {
  findings: SecretFinding[];
  scannedFiles: number;
  scannedBytes: number;
  /** Files not scanned and why (too large, unreadable); binaries are only counted. */
  skipped: { path: string; reason: string }[];
  skippedBinary: number;
  /** True when the total byte budget or the findings cap stopped the scan early. */
  capped: boolean;
}

export interface SecretScanOptions {
  maxFileBytes?: number;
  maxTotalBytes?: number;
  maxFindings?: number;
}

const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const DEFAULT_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const DEFAULT_MAX_FINDINGS = 500;
const MAX_FINDINGS_PER_FILE = 20;
const MAX_SKIPPED_LISTED = 500;
/** A NUL in this many first bytes makes a file binary (git's own test reads 8000). */
const BINARY_SNIFF_BYTES = 8192;

/** Extensions of files that are binary by format; never read. */
const BINARY_EXT = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp tif tiff psd ai eps pdf zip gz tgz bz2 xz zst 7z rar lz lz4 jar war ear aar apk ipa class ' +
    'so dll dylib exe o a lib obj pdb wasm woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav ogg flac webm pyc pyo ' +
    'bin dat db sqlite sqlite3 parquet npy npz pkl pt onnx h5 tflite deb rpm msi dmg iso img snap whl gem nupkg crx xpi'
  ).split(' '),
);

/** Key-container files judged by name only: they are binary or their encryption cannot be told from text. */
const KEY_CONTAINER_EXT = new Set(['p12', 'pfx', 'jks', 'keystore', 'bks']);
const SSH_KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);

// With the test-input folders of test-folders.ts (testresources/, golden/, corpus/): external-dns keeps the client key its
// tests load in internal/testresources/.
const TEST_DIRS: ReadonlySet<string> = new Set([...TEST_INPUT_DIRS, 'test', 'tests', '__tests__', 'testdata', 'test-data', 'test_data', 'testing', 'fixtures', 'fixture', '__fixtures__', 'spec', 'specs', 'example', 'examples', 'sample', 'samples', 'mock', 'mocks', 'docs', 'doc', 'e2e']);

/**
 * A Go-style package of test support, its name one word: rekor's pkg/util/e2eutil/ and pkg/pki/x509/e2ex509/ (built only
 * with the e2e tag), testutil/, testhelpers/, testcerts/; and the fuzz harnesses of pkg/fuzz/ (OSS-Fuzz targets), which
 * are tests too. "latest" or "contest" is no such name.
 */
const TEST_SUPPORT_DIR = /^(?:e2e[a-z0-9]*|test(?:utils?|helpers?|support|lib|env|certs?|keys?|servers?)|fuzz(?:ing|ers?)?)$/;

function isTestPath(path: string): boolean {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    const dir = parts[i].toLowerCase();
    // A compound name (rustls's test-ca/) or a stand-in's folder (urllib3's dummyserver/): the test folders of
    // test-folders.ts, but integration-tests/ counts only with tests in it (integrationSuites below).
    if (TEST_DIRS.has(dir) || TEST_SUPPORT_DIR.test(dir) || (testNamedFolder(dir) && !INTEGRATION_DIRS.has(dir))) return true;
  }
  const name = parts[parts.length - 1];
  // A key in a Markdown or reStructuredText page is shown to readers (okhttp-tls/README.md prints one
  // "Be careful with these!"); a file named dummy or fake is one on purpose (spire's dummy_upstream_ca.key).
  // So is one named test and what it is in one word (goreleaser's internal/http/testkey.pem, which only its _test.go reads).
  return /(^|[._-])(test|tests|spec|example|sample|fixture|dummy|fake)([._-]|$)|^test(?:keys?|certs?|ca|server|client|tls)(?:[._-]|$)/i.test(name) || /\.(md|markdown|mdx|rst|adoc|asciidoc)$/i.test(name);
}

/** Folders named for integration tests; their keys count as the tests' only when test code sits in them (below). */
const INTEGRATION_DIRS = new Set(['integration', 'integration-test', 'integration-tests', 'integration_test', 'integration_tests', 'integrationtest', 'integrationtests']);
/** A test file's name: Go, Python, Ruby, JavaScript/TypeScript, JVM and .NET conventions. */
const TEST_FILE = /_test\.(?:go|py)$|^test_[^/]*\.py$|_spec\.rb$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:Tests?|IT)\.(?:java|kt|scala|cs)$/;

/**
 * The integration-test folders of a tree: an `integration/` (or `integration-tests/`) folder with a
 * test file under it (trivy's integration/registry_test.go beside integration/data/certs/key.pem).
 * A folder of that name without tests may be integration code, whose keys are not the tests'.
 */
function integrationSuites(files: readonly FileEntry[]): Set<string> {
  const suites = new Set<string>();
  for (const f of files) {
    if (!f.path.includes('ntegration')) continue;
    const parts = f.path.split('/');
    if (!TEST_FILE.test(parts[parts.length - 1])) continue;
    for (let i = 0; i < parts.length - 1; i++) if (INTEGRATION_DIRS.has(parts[i].toLowerCase())) suites.add(`${parts.slice(0, i + 1).join('/')}/`);
  }
  return suites;
}


interface TokenRule {
  kind: string;
  /** Cheap literals, one of which must be present before the regex runs. */
  literal: string[];
  /** Global regex; capture group 1 (or the whole match) is the secret. */
  re: RegExp;
  detail: string;
}

const B = '(?<![A-Za-z0-9_])';
const E = '(?![A-Za-z0-9_])';

const TOKEN_RULES: TokenRule[] = [
  { kind: 'github-token', literal: ['gh'], re: new RegExp(`${B}(gh[pousr]_[A-Za-z0-9]{36})${E}`, 'g'), detail: 'GitHub token' },
  { kind: 'github-token', literal: ['github_pat_'], re: new RegExp(`${B}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`, 'g'), detail: 'GitHub fine-grained personal access token' },
  { kind: 'gitlab-token', literal: ['glpat-'], re: new RegExp(`${B}(glpat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])`, 'g'), detail: 'GitLab personal access token' },
  { kind: 'slack-token', literal: ['xox'], re: new RegExp(`${B}(xox[baprs]-[0-9]{6,}-[0-9A-Za-z-]{8,})(?![A-Za-z0-9-])`, 'g'), detail: 'Slack token' },
  { kind: 'slack-webhook', literal: ['hooks.slack.com'], re: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{16,})/g, detail: 'Slack incoming webhook URL' },
  { kind: 'google-api-key', literal: ['AIza'], re: new RegExp(`${B}(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])`, 'g'), detail: 'Google API key' },
  { kind: 'stripe-secret-key', literal: ['_live_'], re: new RegExp(`${B}((?:sk|rk)_live_[0-9A-Za-z]{24,})${E}`, 'g'), detail: 'Stripe live secret key' },
  { kind: 'npm-token', literal: ['npm_'], re: new RegExp(`${B}(npm_[A-Za-z0-9]{36})${E}`, 'g'), detail: 'npm access token' },
  { kind: 'pypi-token', literal: ['pypi-AgEIcHlwaS5vcmc'], re: /(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g, detail: 'PyPI API token' },
  { kind: 'aws-access-key-id', literal: ['AKIA', 'ASIA'], re: new RegExp(`${B}((?:AKIA|ASIA)[0-9A-Z]{16})${E}`, 'g'), detail: 'AWS access key ID' },
  {
    kind: 'aws-secret-access-key',
    literal: ['ecret', 'ECRET'],
    re: /(?:aws_?secret_?access_?key|aws_?secret_?key|secretaccesskey)["']?\s*[:=]+\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    detail: 'AWS secret access key',
  },
];

const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |SSH2 ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;

const PLACEHOLDER_WORDS = /example|xxxx|placeholder|dummy|your[_-]?|redacted|changeme|sample|fake|insert|replace|<|>|\$\{|\*\*\*|1234567|abcdefg/i;

/** True for values that are obviously not real secrets: documentation examples, masks, one repeated character. */
export function looksLikePlaceholder(value: string, prefixLength = 0): boolean {
  const body = value.slice(prefixLength);
  if (body.length === 0) return true;
  if (PLACEHOLDER_WORDS.test(body)) return true;
  const distinct = new Set(body).size;
  return distinct <= Math.min(5, Math.max(1, Math.floor(body.length / 4)));
}

function preview(secret: string): string {
  return secret.slice(0, 4) + '…';
}

/** Maps offsets in a text to 1-based lines and columns. */
class LineIndex {
  private starts: number[] | null = null;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  at(offset: number): { line: number; column: number } {
    if (!this.starts) {
      const s = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) s.push(i + 1);
      this.starts = s;
    }
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo] + 1 };
  }
}

/**
 * Credentials their vendor publishes for everyone to use with a public demo server, found in many projects' examples
 * (guac's `export AWS_SECRET_ACCESS_KEY=zuf+…`, MinIO's play.min.io keys from MinIO's documentation): no leak, shown
 * for review only.
 */
// Written in two parts: secret scanners (ours included) read this file too.
const PUBLISHED_DEMO_SECRETS = new Map([['zuf+tfteSlswRu7' + 'BJ86wekitnifILbZam1KYY3TG', "MinIO's public demo server play.min.io, published in MinIO's documentation"]]);

/** How sure a token rule's match is a secret: a published demo key is for review only. */
function tokenJudgement(rule: TokenRule, secret: string): { confidence: SecretConfidence; detail: string } {
  const demo = PUBLISHED_DEMO_SECRETS.get(secret);
  return demo === undefined ? { confidence: 'high', detail: rule.detail } : { confidence: 'low', detail: `${rule.detail}: the key of ${demo}, not a secret` };
}

/** A token's known prefix (ghp_, sk_live_, xoxb-, AKIA, ...), left out when judging whether the rest is a placeholder. */
const TOKEN_PREFIX = /^[a-z]+_(live_)?|^[A-Za-z]{3,4}[-_]|^AIza|^AKIA|^ASIA/;

/** Each match of `rule` in `text` that is not a placeholder: the secret (its group, or the match) and where it starts. */
function* ruleMatches(rule: TokenRule, text: string): Generator<{ secret: string; offset: number }> {
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
    const secret = m[1] ?? m[0];
    if (!looksLikePlaceholder(secret, TOKEN_PREFIX.exec(secret)?.[0].length ?? 0)) yield { secret, offset: m.index + m[0].indexOf(secret) };
  }
}

/** Scans one file's text for secrets. Exported for tests and for callers that already hold text. */
export function scanText(path: string, text: string): SecretFinding[] {
  const out: SecretFinding[] = [];
  const idx = new LineIndex(text);
  const severity: 'error' | 'note' = isTestPath(path) ? 'note' : 'error';
  const add = (kind: string, offset: number, secret: string, confidence: SecretConfidence, detail: string) => {
    if (out.length >= MAX_FINDINGS_PER_FILE) return;
    const { line, column } = idx.at(offset);
    const allowedBy = GITLEAKS_CONFIG.test(path) ? 'a gitleaks configuration' : allowMarker(lineOf(text, offset));
    out.push({ kind, path, line, column, preview: preview(secret), confidence, severity, detail, ...(allowedBy ? { allowedBy } : {}) });
  };

  if (text.includes('PRIVATE KEY')) {
    PEM_BEGIN.lastIndex = 0;
    let judged = 0;
    for (let m = PEM_BEGIN.exec(text); m && judged++ < 100; m = PEM_BEGIN.exec(text)) {
      const label = m[1];
      const verdict = judgePrivateKey(label, text, m.index + m[0].length);
      if (verdict.finding) add('private-key', m.index, verdict.body, verdict.confidence, `${label} (${verdict.why})`);
    }
  }

  const awsIds: { offset: number; line: number }[] = [];
  const awsSecrets: { offset: number; line: number }[] = [];
  for (const rule of TOKEN_RULES) {
    if (!rule.literal.some((l) => text.includes(l))) continue;
    for (const { secret, offset } of ruleMatches(rule, text)) {
      if (rule.kind === 'aws-access-key-id') {
        if (awsIds.length >= MAX_FINDINGS_PER_FILE) break;
        awsIds.push({ offset, line: idx.at(offset).line });
        continue;
      }
      const judged = tokenJudgement(rule, secret);
      if (rule.kind === 'aws-secret-access-key' && judged.confidence === 'high') awsSecrets.push({ offset, line: idx.at(offset).line });
      add(rule.kind, offset, secret, judged.confidence, judged.detail);
      if (out.length >= MAX_FINDINGS_PER_FILE) break;
    }
  }
  // An access key ID alone identifies a key but is not the secret; with a secret key within five
  // lines it is a usable credential pair.
  for (const id of awsIds) {
    const paired = awsSecrets.some((s) => Math.abs(s.line - id.line) <= 5) || hasAwsSecretNear(text, id.offset);
    const secret = text.slice(id.offset, id.offset + 20);
    add('aws-access-key-id', id.offset, secret, paired ? 'high' : 'low', paired ? 'AWS access key ID with a secret access key nearby' : 'AWS access key ID (no secret key seen nearby)');
  }
  return out;
}

const PEM_BEGIN_ANY = new RegExp(PEM_BEGIN.source);
const AWS_SECRET_NAME_AT_END = /(?:aws_?secret_?access_?key|aws_?secret_?key|secretaccesskey)$/i;
const NAME_VALUE_SEPARATOR = /["'\s:=]/;

/**
 * True when the line ends in an AWS secret key's name followed by nothing but what the rule allows
 * between a name and its value (quotes, blanks, ':' or '='): the value may be on a following line.
 */
function awsSecretNameEndsLine(text: string): boolean {
  let end = text.length;
  while (end > 0 && NAME_VALUE_SEPARATOR.test(text[end - 1])) end--;
  return AWS_SECRET_NAME_AT_END.test(text.slice(Math.max(0, end - 24), end));
}

/**
 * scanText() of a file known by the lines git grep reported of it (every line that holds a rule's
 * literal, in order): the same findings, or null when they cannot be told from those lines and the
 * file is to be scanned whole. That is when a rule looks past its own line (a private key's body,
 * an AWS key ID's neighbours, a secret key's value on the line after its name) or its literal gate
 * may have been met on a line not reported.
 */
export function scanLines(path: string, lines: readonly GrepLine[]): SecretFinding[] | null {
  const out: SecretFinding[] = [];
  const severity: 'error' | 'note' = isTestPath(path) ? 'note' : 'error';
  for (const l of lines) {
    if (l.text.includes('PRIVATE KEY') && PEM_BEGIN_ANY.test(l.text)) return null;
    if (awsSecretNameEndsLine(l.text)) return null;
  }
  for (const rule of TOKEN_RULES) {
    const gate = lines.some((l) => rule.literal.some((lit) => l.text.includes(lit)));
    for (const l of lines) {
      if (out.length >= MAX_FINDINGS_PER_FILE) break;
      for (const { secret, offset } of ruleMatches(rule, l.text)) {
        // An ID is paired with secrets on nearby lines; a match whose gate is not on a reported line
        // (a mixed-case secret key name) is judged by the whole file.
        if (rule.kind === 'aws-access-key-id' || !gate) return null;
        const allowedBy = GITLEAKS_CONFIG.test(path) ? 'a gitleaks configuration' : allowMarker(l.text);
        out.push({ kind: rule.kind, path, line: l.line, column: offset + 1, preview: preview(secret), severity, ...tokenJudgement(rule, secret), ...(allowedBy ? { allowedBy } : {}) });
        if (out.length >= MAX_FINDINGS_PER_FILE) break;
      }
    }
  }
  return out;
}

/** A 40-character base64-ish string on a line near the offset that is not the ID itself. */
function hasAwsSecretNear(text: string, offset: number): boolean {
  let start = offset;
  for (let n = 0; n < 5 && start > 0; n++) start = text.lastIndexOf('\n', start - 2) + 1;
  let end = offset;
  for (let n = 0; n < 6 && end >= 0 && end < text.length; n++) {
    const next = text.indexOf('\n', end + 1);
    end = next < 0 ? text.length : next;
  }
  const window = text.slice(start, Math.min(end, start + 4096));
  const re = /(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const v = m[1];
    if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9/+]/.test(v) && !looksLikePlaceholder(v)) return true;
  }
  return false;
}

interface KeyVerdict {
  finding: boolean;
  confidence: SecretConfidence;
  why: string;
  body: string;
}

/** Decides whether a PEM/PGP/OpenSSH private key block holds an unencrypted key. */
function judgePrivateKey(label: string, text: string, afterHeader: number): KeyVerdict {
  const no = (why: string): KeyVerdict => ({ finding: false, confidence: 'low', why, body: '' });
  if (label.startsWith('ENCRYPTED') || label.startsWith('SSH2 ENCRYPTED')) return no('encrypted');
  // The body runs to the next armour line (END, or another BEGIN), within 64 KiB.
  const window = text.slice(afterHeader, afterHeader + 65536);
  const endAt = window.indexOf('-----');
  const block = endAt < 0 ? window.slice(0, 16384) : window.slice(0, endAt);
  // Headers (Proc-Type, DEK-Info, Version, Comment) come before a blank line in PEM/PGP armour.
  if (/Proc-Type:\s*4\s*,\s*ENCRYPTED/i.test(block) || /DEK-Info:/i.test(block)) return no('encrypted PEM');
  // Keys pasted into code or JSON: literal \n escapes, quotes and concatenation around each line.
  const bodyLines = block
    .replace(/\\n/g, '\n')
    .split('\n')
    .map((l) => {
      const t = l.trim();
      const q = /^[+\s]*["'`]([^"'`]*)["'`]/.exec(t);
      return q ? q[1].trim() : t;
    })
    .filter((l) => l !== '' && !/^[A-Za-z-]+:\s/.test(l) && /^[A-Za-z0-9+/=]+$/.test(l));
  const body = bodyLines.join('');
  if (body.length < 64) return no('no key material');
  const bytes = Buffer.from(body.replace(/=[A-Za-z0-9+/]{4}$/, ''), 'base64');
  // A body that decodes to the labelled structure is key material even when its base64 happens to
  // spell a placeholder word ("…pYOURJ…" turns up in about one random key in 30,000); only a body
  // that does not decode is judged by its words.
  const unparsed = (why: string): KeyVerdict =>
    looksLikePlaceholder(body.slice(0, 64)) ? no('placeholder') : { finding: true, confidence: 'low', why, body };
  if (label === 'OPENSSH PRIVATE KEY') {
    const cipher = opensshCipher(bytes);
    if (cipher === null) return unparsed('unrecognised OpenSSH key body');
    return cipher === 'none' ? { finding: true, confidence: 'high', why: 'not encrypted', body } : no(`encrypted with ${cipher}`);
  }
  if (label === 'PGP PRIVATE KEY BLOCK') {
    const s2k = pgpS2kUsage(bytes);
    if (s2k === null) return unparsed('PGP secret key; protection not determined');
    return s2k === 0 ? { finding: true, confidence: 'high', why: 'PGP secret key without passphrase protection', body } : no('passphrase-protected PGP key');
  }
  // PKCS#1 / SEC1 / PKCS#8: one DER SEQUENCE (0x30) whose length is the whole body.
  if (!isDerSequence(bytes)) return unparsed('body is not DER');
  return { finding: true, confidence: 'high', why: 'not encrypted', body };
}

/** True when `b` is exactly one DER SEQUENCE: tag 0x30 and a definite length that ends at the last byte. */
function isDerSequence(b: Buffer): boolean {
  if (b.length < 2 || b[0] !== 0x30) return false;
  const l0 = b[1];
  if (l0 < 0x80) return 2 + l0 === b.length;
  const n = l0 & 0x7f;
  if (n === 0 || n > 3 || b.length < 2 + n) return false;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + b[2 + i];
  return 2 + n + len === b.length;
}

/** The cipher name of an openssh-key-v1 body, or null when it is not one. */
function opensshCipher(b: Buffer): string | null {
  const magic = 'openssh-key-v1\0';
  if (b.length < magic.length + 4 || b.toString('latin1', 0, magic.length) !== magic) return null;
  const len = b.readUInt32BE(magic.length);
  if (len > 64 || magic.length + 4 + len > b.length) return null;
  return b.toString('latin1', magic.length + 4, magic.length + 4 + len);
}

/** The S2K usage octet of the first PGP secret-key packet (0 = unprotected), or null when unparseable. */
function pgpS2kUsage(b: Buffer): number | null {
  if (b.length < 2 || (b[0] & 0x80) === 0) return null;
  let tag: number;
  let p: number;
  if (b[0] & 0x40) {
    tag = b[0] & 0x3f;
    const l0 = b[1];
    p = l0 < 192 ? 2 : l0 < 224 ? 3 : l0 === 255 ? 6 : 2;
  } else {
    tag = (b[0] >> 2) & 0x0f;
    const lt = b[0] & 0x03;
    p = 1 + (lt === 0 ? 1 : lt === 1 ? 2 : lt === 2 ? 4 : 0);
  }
  if (tag !== 5) return null; // secret-key packet
  const version = b[p];
  if (version !== 4 && version !== 5 && version !== 6) return null;
  p += 1 + 4; // version, creation time
  const algo = b[p++];
  if (version >= 5) p += 4; // public key material length
  const mpi = (): boolean => {
    if (p + 2 > b.length) return false;
    const bits = b.readUInt16BE(p);
    p += 2 + Math.ceil(bits / 8);
    return p <= b.length;
  };
  const oid = (): boolean => {
    if (p >= b.length) return false;
    p += 1 + b[p];
    return p <= b.length;
  };
  let ok: boolean;
  switch (algo) {
    case 1:
    case 2:
    case 3:
      ok = mpi() && mpi();
      break;
    case 16:
    case 20:
      ok = mpi() && mpi() && mpi();
      break;
    case 17:
      ok = mpi() && mpi() && mpi() && mpi();
      break;
    case 19:
    case 22:
      ok = oid() && mpi();
      break;
    case 18:
      ok = oid() && mpi() && p < b.length && (p += 1 + b[p]) <= b.length;
      break;
    default:
      return null;
  }
  if (!ok || p >= b.length) return null;
  return b[p];
}

const ENV_SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH_?KEY|CLIENT_?SECRET|_PWD$|^PWD$)/i;
const ENV_PLACEHOLDER = /^(changeme|change_me|secret|password|passw0rd|token|none|null|nil|undefined|true|false|yes|no|test|testing|dev|development|local|localhost|admin|root|todo|tbd|empty|default)$/i;

function isEnvFile(base: string): boolean {
  if (base !== '.env' && !base.startsWith('.env.') && !base.endsWith('.env')) return false;
  return !/(example|sample|template|dist|defaults?|tmpl|tpl|schema)$/i.test(base);
}

/** KEY=value lines of a dotenv file whose key names a secret and whose value looks real. */
export function scanEnvFile(path: string, text: string): SecretFinding[] {
  const out: SecretFinding[] = [];
  const severity: 'error' | 'note' = isTestPath(path) ? 'note' : 'error';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && out.length < MAX_FINDINGS_PER_FILE; i++) {
    const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(lines[i]);
    if (!m || !ENV_SECRET_NAME.test(m[2])) continue;
    let value = m[3].trim();
    const quoted = /^(["'])(.*)\1/.exec(value);
    // An unquoted value ends where a comment starts: at the first '#' after a blank.
    const comment = quoted ? -1 : value.search(/\s#/);
    value = quoted ? quoted[2] : comment >= 0 ? value.slice(0, comment).trimEnd() : value;
    if (value.length < 8 || ENV_PLACEHOLDER.test(value) || looksLikePlaceholder(value) || value.toLowerCase() === m[2].toLowerCase()) continue;
    if (/^\$|^%|^\{\{/.test(value)) continue; // a reference to another variable or a template
    const column = m[0].indexOf(value, m[1].length + m[2].length) + 1;
    const strong = value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
    out.push({ kind: 'env-secret', path, line: i + 1, column, preview: preview(value), confidence: strong ? 'high' : 'low', severity, detail: `dotenv variable ${m[2]} holds a value` });
  }
  return out;
}

/**
 * Literals of which a text needs one before scanText can report anything: the rules' own
 * literal gates, made tighter where a rule's pattern allows ('gh' → 'ghp_' … 'ghr_', 'xox' →
 * 'xoxb-' …). Case-sensitive ASCII, so a byte search finds exactly what a search of the decoded
 * text finds (a UTF-8 decoder never merges an ASCII byte into a replaced sequence).
 */
const GATE_LITERALS = [
  'PRIVATE KEY', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-',
  'hooks.slack.com', 'AIza', '_live_', 'npm_', 'pypi-AgEIcHlwaS5vcmc', 'AKIA', 'ASIA', 'ecret', 'ECRET',
];
const GATE_BYTES = GATE_LITERALS.map((l) => Buffer.from(l, 'latin1'));

function mayHoldToken(bytes: Buffer): boolean {
  for (const g of GATE_BYTES) if (bytes.includes(g)) return true;
  return false;
}

/**
 * What `git grep` learnt of the tracked files, so that the scan looks only at files with a line a
 * rule could match, and reads only those its rules cannot judge from the lines git reported. Built by
 * prefilterSecrets; a snapshot that is not a git work tree, or a git grep that fails (or stops at
 * its memory, output or time limit), gets null and the scan reads every file itself.
 */
export interface SecretPrefilter {
  /** Tracked regular files git searched, whole. */
  searched: Set<string>;
  /** Paths git found one of its strings in. */
  candidates: Set<string>;
  /** Each candidate's lines that hold one of git's strings, in order; null when they were not all kept (the file is read whole). */
  lines: Map<string, GrepLine[] | null>;
}

/** Tracked files git is told to leave out at most (each is a pathspec); past it the scan reads every file itself. */
const MAX_GIT_EXCLUDES = 500;
/**
 * Binary extensions git is told to leave out at most (each pathspec costs git a match per file): past
 * it, files of further ones are searched by git and still passed over by the scan.
 */
const MAX_EXTENSION_EXCLUDES = 40;

/** What follows a path's last dot, if it is short enough to be an extension ('' otherwise). */
function suffixAfterDot(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 || path.length - dot > 11 ? '' : path.slice(dot + 1);
}

/** A file name's extension as spelled ('' for none): letters and digits only, so that it is safe in a pathspec. */
function extensionOf(path: string): string {
  const ext = suffixAfterDot(path);
  if (ext === '' || path.length - ext.length - 2 <= path.lastIndexOf('/')) return '';
  for (let i = 0; i < ext.length; i++) {
    const c = ext.charCodeAt(i) | 0x20;
    if (!((c >= 97 && c <= 122) || (ext.charCodeAt(i) >= 48 && ext.charCodeAt(i) <= 57))) return '';
  }
  return ext;
}
/**
 * git grep reads each file whole into one allocation: GIT_ALLOC_LIMIT makes git stop (and the
 * scan fall back to reading every file itself, within its limits) rather than read a file over
 * this. One thread keeps one file in memory at a time, costs the least CPU, and leaves the other
 * core to JavaScript: git's search ends long before the scan needs it.
 */
const GIT_GREP_ALLOC_LIMIT = '64m';
const GIT_GREP_THREADS = 1;
const GIT_GREP_TIMEOUT_MS = 30_000;
/** What git may print in all; past it git is stopped and the scan reads every file itself. */
const GIT_GREP_MAX_OUTPUT = 256 * 1024 * 1024;
/**
 * The lines kept of git's answer: a file with a longer line (minified code, a binary searched as
 * text) or more lines is read whole, within the scan's own limits; past the total, every further
 * file is.
 */
const GREP_LINE_LIMITS = { maxLineBytes: 16 * 1024, maxLinesPerFile: 1000, maxTotalBytes: 32 * 1024 * 1024 };
/**
 * What git searches for (Perl-compatible, bytes, LC_ALL=C): every match of a rule holds one of
 * these on its line, matched as the rule matches it (case only for the AWS secret key's names), so
 * every line a rule can report from is reported, and few others. Each is a literal with at most a
 * character class or an optional '_': nothing can backtrack. One pattern each, because git runs
 * each pattern over a file on its own, and PCRE2 skips fast to a pattern's first two bytes but
 * tries every byte of a common first byte: the AWS names start at their rare 'ws' and 'cc' with
 * the rest looked behind. On argo-cd this is 0.10 s of git's CPU against 0.25 s for the strings
 * below, 0.04 s of which is reading the files.
 */
export const GIT_GREP_PATTERNS: readonly string[] = [
  'PRIVATE KEY', 'gh[pousr]_', 'github_pat_', 'glpat-', 'xox[baprs]-', 'hooks\\.slack\\.com', 'AIza', '_live_', 'npm_', 'pypi-AgEIcHlwaS5vcmc',
  'A[KS]IA', '(?i:(?<=a)ws_?secret)', '(?i:(?<=secreta)ccesskey)',
];

/**
 * For a git built without Perl-compatible patterns: fixed strings ignoring ASCII case, which
 * report every line the patterns above report ('gh[pousr]_' → 'ghp_' …, 'xox[baprs]-' → 'xox').
 */
export const GIT_GREP_STRINGS: readonly string[] = [
  'PRIVATE KEY', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'xox', 'hooks.slack.com', 'AIza', '_live_', 'npm_',
  'pypi-AgEIcHlwaS5vcmc', 'AKIA', 'ASIA', 'aws_secret', 'awssecret', 'secretaccesskey',
];

interface GrepPlan {
  /** git grep's arguments, by whether git takes the Perl-compatible patterns. */
  args: (pcre: boolean) => string[];
  searched: Set<string>;
}

/**
 * Leaves out of git's search every file whose content git would take from the index, not the
 * work tree (assume-unchanged, skip-worktree). Never textconv, never -I, and every file searched
 * as text (-a): a hostile .gitattributes ('-diff', 'binary') must not hide a file, nor turn its
 * lines into a "Binary file … matches" message; the scan judges binaries itself. The output is
 * "name NUL number NUL line" whatever the configuration says (no column, no colour, full names),
 * and the strings are matched byte for byte, ignoring ASCII case only (LC_ALL=C). Symlinks and submodules git skips by itself
 * without reading them; git never follows a symlink to a file.
 */
function planGrep(snapshot: RepoSnapshot): GrepPlan | null {
  // A .gitattributes git would wait on (a FIFO) stalls git grep: the scan reads every file itself.
  if (!snapshot.fromGit || snapshot.hazards.attributeFiles.length > 0) return null;
  const searched = new Set<string>();
  const excludes: string[] = [];
  // git grep follows a tracked folder replaced by a symlink out of the tree: it is left out (and
  // the snapshot refuses to read through it).
  const linked = snapshot.hazards.symlinkedDirs;
  for (const d of linked) {
    if (excludes.length >= MAX_GIT_EXCLUDES || d.includes('\\x')) return null;
    excludes.push(`:(exclude,literal)${d}`);
  }
  // Files binary by their extension are never scanned (scanSecrets passes them over): git is told to
  // leave out each such extension the tree has, as it is spelled there (argo-cd: 15 MB of images).
  const binaryExts = new Set<string>();
  const files = snapshot.files;
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const ext = f.tracked && f.kind === 'file' ? extensionOf(f.path) : '';
    if (ext !== '' && !binaryExts.has(ext) && BINARY_EXT.has(ext.toLowerCase()) && binaryExts.size < MAX_EXTENSION_EXCLUDES) binaryExts.add(ext);
  }
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    if (!f.tracked || f.kind === 'submodule' || f.kind === 'symlink') continue;
    if (linked.length > 0 && linked.some((d) => f.path.startsWith(d + '/'))) continue;
    // Left out by `*.<ext>`: every path that ends so, a text file named `.png` too, which the scan then reads itself.
    if (binaryExts.size > 0 && binaryExts.has(suffixAfterDot(f.path))) continue;
    if (snapshot.gitReadsIndex.has(f.path)) {
      // A name that is not UTF-8 cannot be passed to git as a pathspec.
      if (excludes.length >= MAX_GIT_EXCLUDES || snapshot.nameBytes(f.path) !== undefined) return null;
      excludes.push(`:(exclude,literal)${f.path}`);
    } else {
      searched.add(f.path);
    }
  }
  // `*` in a plain pathspec crosses folders: `*.png` is every .png of the tree.
  const pathspecs = ['--', ...excludes, ...[...binaryExts].map((e) => `:(exclude)*.${e}`)];
  const args = (pcre: boolean) => [
    '-c', 'grep.fallbackToNoIndex=false', '-c', 'submodule.recurse=false',
    'grep', `--threads=${GIT_GREP_THREADS}`, '-z', '-n', '-a', ...(pcre ? ['-P'] : ['-i', '-F']), '--no-column', '--no-color', '--no-textconv', '--full-name', '--no-recurse-submodules',
    ...(pcre ? GIT_GREP_PATTERNS : GIT_GREP_STRINGS).flatMap((l) => ['-e', l]),
    ...pathspecs,
  ];
  return { args, searched };
}

// File names come back byte for byte and are decoded as the snapshot decodes them.
const GREP_LIMITS = { env: { GIT_ALLOC_LIMIT: GIT_GREP_ALLOC_LIMIT, LC_ALL: 'C' }, timeoutMs: GIT_GREP_TIMEOUT_MS } as const;

function prefilterFrom(plan: GrepPlan, reader: GrepLineReader, out: GitOutput | null): SecretPrefilter | null {
  // git grep exits 1 when nothing matches; anything else (a limit hit, a failure) and the scan reads every file.
  if (out === null || (out.status !== 0 && out.status !== 1) || !reader.end()) return null;
  const lines = new Map<string, GrepLine[] | null>();
  if (out.status === 0) for (const [name, found] of reader.files) lines.set(decodeFileName(name).path, found);
  return { searched: plan.searched, candidates: new Set(lines.keys()), lines };
}

/**
 * Starts git grep on the tracked files at once and returns without blocking: git searches on
 * another core while JavaScript gathers other facts; pass the answer to scanSecrets.
 */
export async function prefilterSecrets(snapshot: RepoSnapshot, signal?: AbortSignal, pcre = true): Promise<SecretPrefilter | null> {
  const plan = planGrep(snapshot);
  if (plan === null) return null;
  const reader = new GrepLineReader(GREP_LINE_LIMITS);
  const limits = { ...GREP_LIMITS, signal, onStdout: (chunk: Buffer) => reader.push(chunk) };
  const out = await runGitAsync(snapshot.root, plan.args(pcre), GIT_GREP_MAX_OUTPUT, limits);
  if (pcre && refusedPatterns(out, reader)) return prefilterSecrets(snapshot, signal, false);
  return prefilterFrom(plan, reader, out);
}

function prefilterSecretsSync(snapshot: RepoSnapshot, pcre = true): SecretPrefilter | null {
  const plan = planGrep(snapshot);
  if (plan === null) return null;
  const reader = new GrepLineReader(GREP_LINE_LIMITS);
  const out = runGitStatus(snapshot.root, plan.args(pcre), GIT_GREP_MAX_OUTPUT, { ...GREP_LIMITS, onStdout: (chunk: Buffer) => reader.push(chunk) });
  if (pcre && refusedPatterns(out, reader)) return prefilterSecretsSync(snapshot, false);
  return prefilterFrom(plan, reader, out);
}

/**
 * git failed before printing a line: a git built without Perl-compatible patterns (Apple's) says
 * so and exits 128, and is asked again with the fixed strings. Any other such failure (a memory
 * limit on the first file) costs one more search, then the scan reads every file itself.
 */
function refusedPatterns(out: GitOutput | null, reader: GrepLineReader): boolean {
  return out !== null && out.status === 128 && reader.files.size === 0;
}

const VENDORED = /(^|\/)(node_modules|vendor|third_party|third-party|thirdparty)\//;

/**
 * Scans the snapshot's files for committed secrets. In a git work tree, tracked files are first
 * searched by `git grep` for the rules' literals (options.prefilter, or run here), and a file with
 * a hit is judged by the lines git reported, or read when the rules need more of it; untracked
 * files, files named like env or key files, and every file of a plain directory are read here.
 * Either way the findings are the same.
 *
 * `scannedFiles` counts the files searched, by git or here; `scannedBytes` the size of the files
 * scanned here (read whole, or judged by git's lines after a look at their head), and `skipped`
 * the files not scanned here (a file over the size limit that git searched without a hit is
 * counted as scanned). The total byte budget bounds those sizes; git's search of the tracked files
 * is bounded by its memory, output and time limits instead.
 */
export function scanSecrets(snapshot: RepoSnapshot, options: SecretScanOptions & { prefilter?: SecretPrefilter | null } = {}): SecretFacts {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const prefilter = options.prefilter === undefined ? prefilterSecretsSync(snapshot) : options.prefilter;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const findings: SecretFinding[] = [];
  const skipped: { path: string; reason: string }[] = [];
  let skippedBinary = 0;
  let scannedFiles = 0;
  let readBytes = 0;
  let capped = false;
  const skip = (path: string, reason: string) => {
    if (skipped.length < MAX_SKIPPED_LISTED) skipped.push({ path, reason });
  };
  // Integration-test folders with tests in them, and folders whose README says they hold test material (rustls's bogo/).
  const suites = new Set([...integrationSuites(snapshot.files), ...testMaterialFolders(snapshot)]);
  /** Adds a file's findings up to the cap, as notes in an integration-test folder; false when the cap was reached. */
  const keep = (found: SecretFinding[], inTests: boolean): boolean => {
    for (const x of found) {
      if (findings.length >= maxFindings) {
        capped = true;
        return false;
      }
      findings.push(inTests ? { ...x, severity: 'note' } : x);
    }
    return true;
  };

  // The project's own files first, so that a large vendored tree cannot use up the byte budget.
  const own: FileEntry[] = [];
  const vendored: FileEntry[] = [];
  for (const f of snapshot.files) (VENDORED.test(f.path) ? vendored : own).push(f);
  for (const f of own.concat(vendored)) {
    if (findings.length >= maxFindings) {
      capped = true;
      break;
    }
    if (f.kind === 'symlink' || f.kind === 'submodule') continue;
    const slash = f.path.lastIndexOf('/');
    const base = f.path.slice(slash + 1);
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
    const inTests = inFolders(f.path, suites);
    const severity = (): 'error' | 'note' => (inTests || isTestPath(f.path) ? 'note' : 'error');

    if (KEY_CONTAINER_EXT.has(ext)) {
      findings.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity: severity(), detail: `a .${ext} key store; whether it is password-protected cannot be told` });
      continue;
    }
    if (BINARY_EXT.has(ext)) {
      skippedBinary++;
      continue;
    }
    const keyNamed = ext === 'key' || SSH_KEY_NAMES.has(base);
    // A .der (or PKCS#8 .p8/.pk8) file may be a binary private key, which git grep's literals cannot find.
    const derNamed = ext === 'der' || ext === 'p8' || ext === 'pk8';
    const envFile = isEnvFile(base);
    if (prefilter !== null && !keyNamed && !derNamed && !envFile && !prefilter.candidates.has(f.path) && prefilter.searched.has(f.path)) {
      // Searched by git: none of its strings is in it, so no rule could report anything here.
      scannedFiles++;
      continue;
    }
    if (readBytes >= maxTotal) {
      capped = true;
      break;
    }
    // The lines git reported, when the rules can judge the file by them: only its head is read,
    // to tell a binary as a whole read would.
    const lines = prefilter !== null && !keyNamed && !derNamed && !envFile ? prefilter.lines.get(f.path) : undefined;
    const byLines = lines ? scanLines(f.path, lines) : null;
    const r = byLines ? snapshot.readHead(f.path, maxFileBytes, BINARY_SNIFF_BYTES) : snapshot.readBytes(f.path, maxFileBytes);
    if (!r.ok) {
      skip(f.path, r.size !== undefined && r.size > maxFileBytes ? `skipped: ${r.size} bytes is over the ${maxFileBytes}-byte scan limit` : r.reason);
      continue;
    }
    const bytes = r.bytes;
    const derKey = keyNamed || derNamed ? derPrivateKey(bytes, r.size) : null;
    if (derKey) {
      findings.push({ kind: 'private-key', path: f.path, line: 1, column: 1, preview: '', confidence: 'high', severity: severity(), detail: `${derKey}, not encrypted` });
      scannedFiles++;
      continue;
    }
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skippedBinary++;
      if (keyNamed) {
        findings.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity: severity(), detail: `binary file named like a private key` });
      }
      continue;
    }
    const size = byLines ? r.size : bytes.length;
    if (readBytes + size > maxTotal) {
      capped = true;
      break;
    }
    readBytes += size;
    scannedFiles++;
    if (byLines) {
      if (!keep(byLines, inTests)) break;
      continue;
    }
    const tokens = mayHoldToken(bytes);
    if (!tokens && !keyNamed && !envFile) continue;
    const text = decoder.decode(bytes);
    const found = tokens ? scanText(f.path, text) : [];
    if (envFile) found.push(...scanEnvFile(f.path, text));
    if (found.length === 0 && keyNamed && text.trim() !== '' && !/ENCRYPTED|Proc-Type|PUBLIC KEY|CERTIFICATE/.test(text)) {
      found.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity: severity(), detail: 'file named like a private key; no unencrypted key block recognised in it' });
    }
    if (!keep(found, inTests)) break;
  }
  const scannedBytes = readBytes;
  if (capped) snapshot.note('.', `secret scan stopped early: ${scannedBytes} bytes in ${scannedFiles} files scanned`);
  return { findings, scannedFiles, scannedBytes, skipped, skippedBinary, capped };
}
