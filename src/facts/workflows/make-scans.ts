// Dependency (SCA) scans the root Makefile offers as a target, for repositories whose CI is
// configured outside this tree (Prow's jobs live in kubernetes/test-infra): etcd's
// `run-govulncheck` (Makefile:183) is what its presubmit job runs, and no workflow shows it. Read
// only when no workflow runs a dependency scan; a target counts by its name or its recipe lines.
import type { Makefile } from './makefile.ts';

export interface MakeScan {
  path: string;
  /** The line of the target, or of the recipe line that names the tool. */
  line: number;
  target: string;
  tool: string;
}

/** Tools that check dependencies for known vulnerabilities, as a target or a command names them. */
const SCA_TOOL = /\b(?:govulncheck|osv-scanner|nancy|pip-audit|cargo[- ](?:audit|deny)|bundler?-audit|(?:npm|yarn|pnpm) audit|dependency-check|trivy|grype)\b/i;

const MAX_SCANS = 3;

/** The root Makefile's targets that run a dependency scan (by name or recipe), at most MAX_SCANS, in file order. */
export function makeScansIn(path: string, mk: Makefile): MakeScan[] {
  const out: MakeScan[] = [];
  for (const [target, rule] of mk.rules) {
    if (out.length >= MAX_SCANS) break;
    if (rule.file !== undefined) continue;
    const named = SCA_TOOL.exec(target);
    if (named) {
      out.push({ path, line: rule.line, target, tool: named[0].toLowerCase() });
      continue;
    }
    for (const r of rule.recipe) {
      const m = r.file === undefined ? SCA_TOOL.exec(r.text) : null;
      if (m) {
        out.push({ path, line: r.line, target, tool: m[0].toLowerCase() });
        break;
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
