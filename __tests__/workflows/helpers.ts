// Test helpers: an in-memory WorkflowSource and fixture loading.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkflowSource } from '../../src/facts/workflows/index.ts';
import type { ReadResult } from '../../src/facts/snapshot.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A source holding the given files (path -> text, or an error reason for unreadable files). */
export function memorySource(files: Record<string, string | { unreadable: string }>): WorkflowSource {
  return {
    files: Object.keys(files)
      .sort()
      .map((path) => ({ path, kind: 'file' as const, tracked: true })),
    read(path: string): ReadResult {
      const v = files[path];
      if (v === undefined) return { ok: false, reason: 'missing from the working tree' };
      if (typeof v !== 'string') return { ok: false, reason: v.unreadable };
      return { ok: true, text: v, size: v.length, invalidUtf8: false };
    },
  };
}

/** A source with one fixture mounted as `.github/workflows/<name>`, plus extra files. */
export function workflowSource(name: string, extra: Record<string, string> = {}): WorkflowSource {
  return memorySource({ [`.github/workflows/${name}`]: fixture(name), ...extra });
}
