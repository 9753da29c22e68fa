// Offline is unknown, not fail: a requirement whose evidence can be on the forge (release notes in
// a GitHub release, signatures, an SBOM or a license among its assets) is unknown when releases
// could not be read, and says what would decide it. Online, the same repository still fails when
// the releases show nothing (build-release.test.ts, quality.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import type { Facts } from '../../src/facts/types.ts';
import { releaseState } from '../../src/rules/helpers/release.ts';
import { makeRepo, type TempRepo } from '../helpers/repo.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

async function offlineReleased(files: Record<string, string>) {
  const r = makeRepo(files, { git: true, tag: 'v1.0.0' });
  repos.push(r);
  return (await evaluate(r.root, { level: 3, offline: true, repository: 'acme/lantern' })).result;
}

describe('requirements with evidence on the forge, evaluated offline on a released project', () => {
  it('release notes written by the release tool on every release: unknown, naming the tool and what would decide it', async () => {
    const result = await offlineReleased({
      'README.md': '# lantern\n\nRenders status pages.\n',
      'release-please-config.json': '{"packages": {".": {"release-type": "go"}}}\n',
      '.release-please-manifest.json': '{".": "1.0.0"}\n',
    });
    const c = result.controls.find((x) => x.id === 'OSPS-BR-04.01');
    expect(c?.status).toBe('unknown');
    const text = c?.evidence.map((e) => e.detail).join('\n') ?? '';
    expect(text).toMatch(/release-please/);
    expect(text).toMatch(/were not read \(offline run\).*would decide it/);
    expect(c?.evidence.some((e) => e.path === 'release-please-config.json')).toBe(true);
  });

  it('every rule that reads releases online is unknown, not fail, offline', async () => {
    const result = await offlineReleased({ 'README.md': '# lantern\n\nRenders status pages.\n' });
    for (const id of ['OSPS-BR-02.02', 'OSPS-BR-04.01', 'OSPS-BR-06.01', 'OSPS-QA-02.02', 'OSPS-LE-03.02']) {
      const c = result.controls.find((x) => x.id === id);
      expect(c?.status, `${id}: ${c?.evidence.map((e) => e.detail).join(' / ')}`).toBe('unknown');
    }
  });

  it('near miss: evidence in the repository still decides offline (a CHANGELOG passes; a license-less tree still fails LE-02.02, which no release asset could fix)', async () => {
    const result = await offlineReleased({
      'README.md': '# lantern\n\nRenders status pages.\n',
      'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n\n- First release: renders status pages from YAML, with incident history.\n- Security: the YAML loader refuses aliases.\n',
    });
    expect(result.controls.find((x) => x.id === 'OSPS-BR-04.01')?.status).toBe('pass');
    expect(result.controls.find((x) => x.id === 'OSPS-LE-02.02')?.status).toBe('fail');
  });
});

describe('the release state read from the tags of the checkout', () => {
  it('gives the newest release by version as its example, not the tag that sorts last as text (v0.9.7 after v0.24.1)', () => {
    const facts = (tags: string[], files: string[] = []) => ({ github: { releases: { state: 'unknown', reason: 'offline run' } }, git: { tags }, files: files.map((path) => ({ path, kind: 'file' })) }) as unknown as Facts;
    const state = releaseState(facts(['v0.1.1', 'v0.10.0', 'v0.24.1', 'v0.25.0-alpha.1', 'v0.9.7']));
    expect(state).toMatchObject({ state: 'released', evidence: { kind: 'git', detail: '5 tag(s) in the checkout, e.g. v0.24.1' } });
    // The project's own release before a module's in a subfolder of the same version (viper's remote/v1.21.0).
    expect(releaseState(facts(['remote/v1.21.0', 'v1.20.1', 'v1.21.0'], ['remote/go.mod']))).toMatchObject({ evidence: { detail: '3 tag(s) in the checkout, e.g. v1.21.0' } });
    expect(releaseState(facts(['remote/v1.22.0', 'v1.21.0'], ['remote/go.mod']))).toMatchObject({ evidence: { detail: '2 tag(s) in the checkout, e.g. v1.21.0' } });
    // A prefix that names no folder is a release marker (Apache's rel/): the project's own, newest by version.
    expect(releaseState(facts(['commons-io-2.6', 'IO_1_3_RC3', 'rel/commons-io-2.22.0', 'rel/commons-io-2.9.0']))).toMatchObject({ evidence: { detail: '4 tag(s) in the checkout, e.g. rel/commons-io-2.22.0' } });
    expect(releaseState(facts(['tools/setup/v0.2.0']))).toMatchObject({ evidence: { detail: '1 tag(s) in the checkout, e.g. tools/setup/v0.2.0' } });
    // Tags that name no version: the last one, as before.
    expect(releaseState(facts(['first', 'second']))).toMatchObject({ evidence: { detail: '2 tag(s) in the checkout, e.g. second' } });
  });
});
