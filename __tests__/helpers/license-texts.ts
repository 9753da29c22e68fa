// Canonical license texts from the maintained SPDX list, for fixtures.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const full = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>;

export function licenseText(id: string, holder = 'Example Maintainers'): string {
  const t = full[id]?.licenseText;
  if (!t) throw new Error(`no SPDX text for ${id}`);
  return t.replace(/<year>/g, '2026').replace(/<copyright holders>/g, holder);
}
