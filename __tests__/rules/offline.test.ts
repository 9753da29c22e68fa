// Offline is unknown, not fail: a requirement whose evidence can be on the forge (release notes in
// a GitHub release, signatures, an SBOM or a license among its assets) is unknown when releases
// could not be read, and says what would decide it. Online, the same repository still fails when
// the releases show nothing (build-release.test.ts, quality.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
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
