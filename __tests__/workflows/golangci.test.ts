import { describe, expect, test } from 'vitest';
import { gosecInGolangci } from '../../src/facts/workflows/golangci.ts';

describe('gosec enabled in the golangci-lint configuration', () => {
  test('version 2: an enable list names gosec, at its line; default: all enables it', () => {
    const v2 = 'version: "2"\nlinters:\n  default: none\n  enable:\n    - govet\n    - gosec\n';
    expect(gosecInGolangci('.golangci.yml', v2)).toEqual({ path: '.golangci.yml', line: 6 });
    expect(gosecInGolangci('.golangci.yml', 'version: 2\nlinters:\n  default: all\n')).toEqual({ path: '.golangci.yml', line: 3 });
    expect(gosecInGolangci('.golangci.yml', 'version: 2\nlinters:\n  default: standard\n')).toBeNull();
    // The old name, in any case.
    expect(gosecInGolangci('.golangci.yml', 'linters:\n  enable:\n    - GAS\n')).toEqual({ path: '.golangci.yml', line: 3 });
  });

  test('version 1: enable-all enables it, unless gosec is disabled', () => {
    expect(gosecInGolangci('.golangci.yml', 'linters:\n  enable-all: true\n')).toEqual({ path: '.golangci.yml', line: 2 });
    expect(gosecInGolangci('.golangci.yml', 'linters:\n  enable-all: true\n  disable:\n    - gosec\n')).toBeNull();
    // default: all is version 2's word, not version 1's.
    expect(gosecInGolangci('.golangci.yml', 'linters:\n  default: all\n')).toBeNull();
  });

  test('YAML the fast reader leaves to the library (anchors, flow lists) and JSON read the same', () => {
    const anchored = 'common: &linters\n  - gosec\nlinters:\n  enable: *linters\n';
    expect(gosecInGolangci('.golangci.yml', anchored)).toEqual({ path: '.golangci.yml', line: 2 });
    expect(gosecInGolangci('.golangci.yml', 'linters:\n  enable: [govet, gosec]\n')).toEqual({ path: '.golangci.yml', line: 2 });
    const json = '{\n  "linters": {\n    "enable": [\n      "gosec"\n    ]\n  }\n}\n';
    expect(gosecInGolangci('.golangci.json', json)).toEqual({ path: '.golangci.json', line: 4 });
  });

  test("a linter's own enable-all is not the linters' (argo-cd's govet settings); four-blank indentation still is", () => {
    const settings = 'linters:\n  enable:\n    - govet\n  settings:\n    govet:\n      enable-all: true\n';
    expect(gosecInGolangci('.golangci.yaml', settings)).toBeNull();
    expect(gosecInGolangci('.golangci.yaml', 'linters:\n    enable-all: true\n')).toEqual({ path: '.golangci.yaml', line: 2 });
    expect(gosecInGolangci('.golangci.json', '{"linters": {"enable-all": true}}')).toEqual({ path: '.golangci.json', line: 1 });
  });

  test('a configuration golangci-lint could not read enables nothing', () => {
    expect(gosecInGolangci('.golangci.yml', 'linters:\n  enable:\n    - gosec\nlinters:\n  enable: []\n')).toBeNull();
    expect(gosecInGolangci('.golangci.yml', 'linters: [unclosed\n  enable:\n    - gosec\n')).toBeNull();
    expect(gosecInGolangci('.golangci.yml', 'linters:\n  enable: gosec\n')).toBeNull();
    expect(gosecInGolangci('.golangci.yml', `linters:\n  enable:\n    - gosec\n#${'x'.repeat(600 * 1024)}\n`)).toBeNull();
  });
});
