// The statement and its predicate: built from real results, valid against our schema, refusing
// results about anything but the run that signs them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContextError, readRunContext, runUrl, type RunContext } from '../../src/attestation/context.ts';
import { buildStatement, PREDICATE_TYPE, predicateProblems, StatementError, STATEMENT_TYPE } from '../../src/attestation/statement.ts';
import { evaluate } from '../../src/engine.ts';
import { sampleResult } from '../helpers/fake-sigstore.ts';
import { makeRepo } from '../helpers/repo.ts';
import { ajv, resultValidator } from '../helpers/schemas.ts';
import { SAMPLE_RUN_CONTEXT } from '../helpers/run-context.ts';

const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'result-predicate.schema.json'), 'utf8'));

const ctx: RunContext = SAMPLE_RUN_CONTEXT;

const bytes = (doc: unknown) => Buffer.from(JSON.stringify(doc, null, 2) + '\n');

describe('buildStatement', () => {
  it('makes an in-toto v1 statement with one subject: the file name and the SHA-256 of its exact bytes', () => {
    const b = bytes(sampleResult());
    const s = buildStatement('security-slam-result.json', b, ctx);
    expect(s._type).toBe(STATEMENT_TYPE);
    expect(s.predicateType).toBe('https://github.com/security-slam/security-slam-action/result/v1');
    expect(s.subject).toEqual([{ name: 'security-slam-result.json', digest: { sha256: createHash('sha256').update(b).digest('hex') } }]);
    // Same document, other bytes (no trailing newline): another digest.
    const other = buildStatement('security-slam-result.json', b.subarray(0, -1), ctx);
    expect(other.subject[0].digest.sha256).not.toBe(s.subject[0].digest.sha256);
  });

  it('fills the predicate from the run and the result', () => {
    const p = buildStatement('r.json', bytes(sampleResult()), ctx).predicate;
    expect(p.repository).toEqual({ name: 'acme/widget', id: 4242, url: 'https://github.com/acme/widget' });
    expect(p.commit).toBe('c'.repeat(40));
    expect(p.ref).toBe('refs/heads/main');
    expect(p.level).toBe(1);
    expect(p.levelSource).toBe('config');
    expect(p.tool).toEqual({ name: 'security-slam-action', version: '0.1.0' });
    expect(p.catalog).toEqual({ id: 'osps-baseline', version: '2026.02.19' });
    expect(p.objectives.map((o) => o.status)).toEqual(['met', 'met', 'unmet', 'unmet', 'unmet', 'unmet']);
    expect(p.run).toEqual({ id: 99, attempt: 2, event: 'push', url: 'https://github.com/acme/widget/actions/runs/99/attempts/2', runnerEnvironment: 'github-hosted' });
    expect(runUrl(ctx)).toBe(p.run.url);
  });

  it('predicates built from real evaluations validate against schemas/result-predicate.schema.json at every level', async () => {
    const repo = makeRepo({ 'README.md': '# Demo\n', 'SECURITY.md': 'Report to security@example.org\n', '.github/security-slam.yml': 'level: 2\n' }, { git: true });
    try {
      const validate = ajv().compile(SCHEMA);
      for (const level of [undefined, 1, 2, 3] as const) {
        const { result } = await evaluate(repo.root, { level, offline: true, repository: 'acme/widget' });
        expect(resultValidator()(result)).toBe(true);
        result.subject.commit = ctx.sha;
        result.subject.ref = ctx.ref;
        const s = buildStatement('security-slam-result.json', bytes(result), ctx);
        expect(validate(s.predicate), JSON.stringify(validate.errors)).toBe(true);
        expect(predicateProblems(s.predicate)).toEqual([]);
        expect(s.predicate.level).toBe(level ?? 2);
        expect(s.predicate.levelSource).toBe(level === undefined ? 'config' : 'input');
        expect(s.predicate.summary).toEqual(result.summary);
        expect(s.predicate.objectives).toEqual(result.objectives.map((o) => ({ id: o.id, status: o.status })));
      }
    } finally {
      repo.cleanup();
    }
  });

  it('the schema rejects what the predicate must not hold', () => {
    const p = buildStatement('r.json', bytes(sampleResult()), ctx).predicate;
    expect(predicateProblems({ ...p, extra: 1 })).toEqual(['/ must NOT have additional properties']);
    expect(predicateProblems({ ...p, commit: 'abc' })[0]).toMatch(/^\/commit must match pattern/);
    expect(predicateProblems({ ...p, run: { ...p.run, url: 'https://evil.example/x' } })[0]).toMatch(/^\/run\/url must match pattern/);
    expect(predicateProblems({ ...p, repository: { ...p.repository, id: '4242' } })[0]).toBe('/repository/id must be integer');
  });

  it('refuses a result about another repository, commit or ref than the run that signs it', () => {
    expect(() => buildStatement('r.json', bytes(sampleResult('other/repo')), ctx)).toThrow(/r\.json is about other\/repo, but this run is in acme\/widget/);
    expect(() => buildStatement('r.json', bytes(sampleResult('acme/widget', 'd'.repeat(40))), ctx)).toThrow(/about commit d{40}, but this run is at c{40}/);
    expect(() => buildStatement('r.json', bytes(sampleResult('acme/widget', 'c'.repeat(40), 'refs/heads/dev')), ctx)).toThrow(/about refs\/heads\/dev, but this run is on refs\/heads\/main/);
    // Case of the repository name does not matter on GitHub; unnamed subjects take the run's.
    expect(buildStatement('r.json', bytes(sampleResult('ACME/Widget')), ctx).predicate.repository.name).toBe('acme/widget');
    expect(buildStatement('r.json', bytes({ ...sampleResult(), subject: { repository: null, commit: null, ref: null } }), ctx).predicate.commit).toBe(ctx.sha);
  });

  it('refuses what is not a result document, with the problem named', () => {
    expect(() => buildStatement('r.json', Buffer.from('{nope'), ctx)).toThrow(StatementError);
    expect(() => buildStatement('r.json', Buffer.from('[1]'), ctx)).toThrow(/not a result document \(not a JSON object\)/);
    expect(() => buildStatement('r.json', bytes({ ...sampleResult(), level: 7 }), ctx)).toThrow(/not a result document this version can sign: \/level must be equal to one of the allowed values/);
    expect(() => buildStatement('r.json', bytes({ subject: {} }), ctx)).toThrow(/must have required property/);
    expect(() => buildStatement('r.json', bytes(sampleResult()), { ...ctx, repositoryId: undefined })).toThrow(/repository id is unknown/);
  });
});

describe('readRunContext', () => {
  const env = {
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_REPOSITORY_ID: '4242',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '99',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_ENVIRONMENT: 'github-hosted',
  };

  it('reads the GITHUB_* variables and the default branch from the event payload', () => {
    const repo = makeRepo({ 'event.json': JSON.stringify({ repository: { default_branch: 'trunk', id: 555 } }) });
    try {
      expect(readRunContext({ ...env, GITHUB_EVENT_PATH: join(repo.root, 'event.json') })).toEqual({ ...ctx, defaultBranch: 'trunk' });
      const noId = readRunContext({ ...env, GITHUB_REPOSITORY_ID: '', GITHUB_EVENT_PATH: join(repo.root, 'event.json'), GITHUB_SERVER_URL: 'https://ghe.example.com/' });
      expect(noId.repositoryId).toBe(555);
      expect(noId.serverUrl).toBe('https://ghe.example.com');
    } finally {
      repo.cleanup();
    }
    const noEvent = readRunContext({ ...env, GITHUB_EVENT_PATH: '/nonexistent/event.json', RUNNER_ENVIRONMENT: 'weird' });
    expect(noEvent.defaultBranch).toBeUndefined();
    expect(noEvent.runnerEnvironment).toBeUndefined();
  });

  it.each([
    ['GITHUB_REPOSITORY', undefined, /GITHUB_REPOSITORY is not set/],
    ['GITHUB_REPOSITORY', 'no-slash', /GITHUB_REPOSITORY is not owner\/name/],
    ['GITHUB_SHA', 'abc', /GITHUB_SHA is not a full commit SHA/],
    ['GITHUB_REF', 'main', /GITHUB_REF is not a full ref/],
    ['GITHUB_RUN_ID', '0', /GITHUB_RUN_ID is not a positive integer/],
    ['GITHUB_RUN_ATTEMPT', '1e3', /GITHUB_RUN_ATTEMPT is not a positive integer/],
    ['GITHUB_EVENT_NAME', undefined, /GITHUB_EVENT_NAME is not set/],
    ['GITHUB_SERVER_URL', 'http://github.com', /GITHUB_SERVER_URL is not an https origin/],
  ])('%s=%s is a ContextError', (name, value, why) => {
    const e = { ...env, [name]: value };
    if (value === undefined) delete (e as Record<string, string | undefined>)[name];
    expect(() => readRunContext(e)).toThrow(ContextError);
    expect(() => readRunContext(e)).toThrow(why);
  });

  it('the predicate type, the default signer and the other tools\' commands are documented as the code has them', async () => {
    const { DEFAULT_SIGNER_WORKFLOW_PATTERN, REJECT_REASONS } = await import('../../src/attestation/verify.ts');
    const root = join(import.meta.dirname, '..', '..');
    const doc = readFileSync(join(root, 'docs', 'attestation.md'), 'utf8');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const text of [doc, readme]) {
      expect(text).toContain(PREDICATE_TYPE);
      expect(text).toContain(`--certificate-identity-regexp '${DEFAULT_SIGNER_WORKFLOW_PATTERN}'`);
      expect(text).toMatch(/gh attestation verify security-slam-result\.json \\\n\s+--bundle security-slam-result\.json\.sigstore\.json/);
      expect(text).toContain(`--predicate-type ${PREDICATE_TYPE}`);
      expect(text).toContain('--certificate-oidc-issuer https://token.actions.githubusercontent.com');
      for (const reason of REJECT_REASONS) expect(text).toContain(`\`${reason}\``);
    }
  });
});
