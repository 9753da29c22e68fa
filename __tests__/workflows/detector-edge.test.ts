import { describe, expect, it } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import type { FileEntry, ReadResult } from '../../src/facts/snapshot.ts';

function source(files: Record<string, string>) {
  const entries: FileEntry[] = Object.keys(files).map((path) => ({ path, kind: 'file', tracked: true }));
  return { files: entries, read: (p: string): ReadResult => (p in files ? { ok: true, text: files[p], size: files[p].length, invalidUtf8: false } : { ok: false, reason: 'missing' }) };
}

const wf = (steps: string) => `name: ci\non: [pull_request]\npermissions:\n  contents: read\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

describe('detectors on real-world shapes', () => {
  it('`make check-readme` is not a test run, `make test` and `make check && x` are', () => {
    const no = analyzeWorkflows(source({ '.github/workflows/a.yml': wf('      - run: make check-readme\n      - run: make test-image\n') }));
    expect(no.detectors.tests.hits).toEqual([]);
    const yes = analyzeWorkflows(source({ '.github/workflows/a.yml': wf('      - run: make test\n      - run: make check && echo ok\n') }));
    expect(yes.detectors.tests.hits.map((h) => h.line)).toEqual([9, 10]);
  });

  it('installing cosign is not signing; `cosign sign-blob` is', () => {
    const install = analyzeWorkflows(source({ '.github/workflows/r.yml': 'on:\n  release:\n    types: [published]\npermissions:\n  contents: read\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: sigstore/cosign-installer@d7d6bc7722e3daa8354c50bcb52f4837da5e9b6a # v3.8.1\n      - run: cosign verify-blob --bundle x.json x\n' }));
    expect(install.detectors.signing.hits).toEqual([]);
    const sign = analyzeWorkflows(source({ '.github/workflows/r.yml': 'on:\n  release:\n    types: [published]\npermissions:\n  contents: read\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cosign sign-blob --bundle x.json x\n' }));
    expect(sign.detectors.signing.found).toBe(true);
  });
});
