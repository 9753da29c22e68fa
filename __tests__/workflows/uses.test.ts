import { describe, expect, test } from 'vitest';
import { classifyUses, refKind, versionFromComment } from '../../src/facts/workflows/index.ts';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const DIGEST = 'sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b';

describe('classifyUses', () => {
  test.each([
    ['actions/checkout@v4', { kind: 'action', owner: 'actions', repo: 'checkout', path: null, ref: 'v4', refKind: 'tag', pinned: false }],
    ['actions/checkout@v4.1.1', { kind: 'action', refKind: 'tag', pinned: false }],
    ['actions/checkout@1.0', { kind: 'action', refKind: 'tag' }],
    ['actions/checkout@v2.0.0-beta.1', { kind: 'action', refKind: 'tag' }],
    [`actions/checkout@${SHA}`, { kind: 'action', refKind: 'sha', pinned: true }],
    [`actions/checkout@${SHA.toUpperCase()}`, { kind: 'action', refKind: 'sha', pinned: true }],
    ['actions/checkout@b4ffde6', { kind: 'action', refKind: 'branch', pinned: false }],
    ['actions/checkout@main', { kind: 'action', refKind: 'branch', pinned: false }],
    ['actions/checkout@releases/v1', { kind: 'action', refKind: 'branch' }],
    ['github/codeql-action/analyze@v3', { kind: 'action', owner: 'github', repo: 'codeql-action', path: 'analyze', refKind: 'tag' }],
    [
      'octo/shared/.github/workflows/ci.yml@main',
      { kind: 'reusable-workflow', isWorkflow: true, owner: 'octo', repo: 'shared', path: '.github/workflows/ci.yml', refKind: 'branch', pinned: false },
    ],
    [`octo/shared/.github/workflows/ci.yaml@${SHA}`, { kind: 'reusable-workflow', refKind: 'sha', pinned: true }],
    ['./.github/actions/setup', { kind: 'local', path: '.github/actions/setup', pinned: true, isWorkflow: false, refKind: 'none' }],
    ['./.github/workflows/build.yml', { kind: 'local', path: '.github/workflows/build.yml', isWorkflow: true }],
    ['./', { kind: 'local', path: '' }],
    ['docker://alpine:3.19', { kind: 'docker', image: 'alpine', ref: '3.19', refKind: 'tag', pinned: false }],
    ['docker://alpine', { kind: 'docker', image: 'alpine', ref: null, refKind: 'none', pinned: false }],
    ['docker://alpine:latest', { kind: 'docker', refKind: 'branch', pinned: false }],
    [`docker://alpine@${DIGEST}`, { kind: 'docker', image: 'alpine', ref: DIGEST, refKind: 'sha', pinned: true }],
    [`docker://ghcr.io:443/o/img:1.2@${DIGEST}`, { kind: 'docker', image: 'ghcr.io:443/o/img', refKind: 'sha', pinned: true }],
    ['docker://localhost:5000/img', { kind: 'docker', image: 'localhost:5000/img', refKind: 'none' }],
    ['docker://alpine@sha256:short', { kind: 'docker', refKind: 'branch', pinned: false }],
    ['${{ matrix.action }}', { kind: 'expression', pinned: false }],
    ['actions/checkout', { kind: 'invalid', problem: 'no @ref' }],
    ['checkout@v4', { kind: 'invalid' }],
    ['', { kind: 'invalid' }],
    ['a//b@v1', { kind: 'invalid' }],
    ['  actions/checkout@v4  ', { kind: 'action', refKind: 'tag' }],
  ])('%s', (value, expected) => {
    expect(classifyUses(value)).toMatchObject(expected);
  });

  test('same repository when the repository is known (case-insensitive)', () => {
    expect(classifyUses('Octo/Repo/.github/actions/x@main', 'octo/repo')).toMatchObject({ kind: 'same-repository', pinned: true, isWorkflow: false });
    expect(classifyUses('octo/repo/.github/workflows/x.yml@main', 'octo/repo')).toMatchObject({ kind: 'same-repository', isWorkflow: true });
    expect(classifyUses('octo/repo/.github/actions/x@main', 'octo/other')).toMatchObject({ kind: 'action', pinned: false });
    expect(classifyUses('octo/repo/.github/actions/x@main', null)).toMatchObject({ kind: 'action' });
  });

  test('never throws on odd input', () => {
    for (const v of ['@', '@@', '/', 'a/b@', 'docker://', 'docker://@', '\u0000/\u0000@\u0000', 'a/b@' + 'x'.repeat(100000)]) {
      expect(() => classifyUses(v)).not.toThrow();
    }
    expect(classifyUses('docker://').kind).toBe('invalid');
  });
});

test('refKind', () => {
  expect(refKind(null)).toBe('none');
  expect(refKind('')).toBe('none');
  expect(refKind('v1')).toBe('tag');
  expect(refKind('main')).toBe('branch');
  expect(refKind(SHA)).toBe('sha');
});

test('versionFromComment', () => {
  expect(versionFromComment('v4.1.1')).toBe('v4.1.1');
  expect(versionFromComment('tag=v4.1.1')).toBe('v4.1.1');
  expect(versionFromComment('pin @v4')).toBe('v4');
  expect(versionFromComment('v2.0.0-rc.1 (latest)')).toBe('v2.0.0-rc.1');
  expect(versionFromComment('ratchet:actions/checkout@v4')).toBe('v4');
  expect(versionFromComment('no version here')).toBeNull();
  expect(versionFromComment(null)).toBeNull();
});
