// Baseline results built by hand, so objective tests do not depend on rules still being written.
import { helpUrl, requirementsAt, requirement, type Level } from '../../src/catalog/catalog.ts';
import type { ControlResult } from '../../src/result/types.ts';
import type { Evidence, Status } from '../../src/model/evidence.ts';

export type ControlOverride = Partial<Omit<ControlResult, 'id'>> & { status: Status };

/** One ControlResult per requirement at `level`, passing with file evidence unless overridden. */
export function makeControls(level: Level, overrides: Record<string, ControlOverride> = {}, base: Status = 'pass'): ControlResult[] {
  return requirementsAt(level).map((r) => {
    const o = overrides[r.id];
    const status = o?.status ?? base;
    const evidence: Evidence[] = o?.evidence ?? (status === 'pass' ? [{ kind: 'file', path: 'README.md', line: 1, detail: `${r.id} observed` }] : [{ kind: 'note', detail: status === 'unknown' ? 'offline run' : `${r.id} not met` }]);
    const c: ControlResult = { id: r.id, family: r.family, level: r.level, title: r.title, status, evidence, helpUri: helpUrl(r.id) };
    if (status !== 'pass') c.remediation = o?.remediation ?? `do what ${r.id} asks`;
    return c;
  });
}

/** Replaces controls in an existing list (from an evaluation) by id. */
export function withControls(controls: ControlResult[], overrides: Record<string, ControlOverride>): ControlResult[] {
  return controls.map((c) => {
    const o = overrides[c.id];
    if (!o) return c;
    const r = requirement(c.id);
    return { ...c, ...o, title: r.title, evidence: o.evidence ?? [{ kind: 'file', path: 'README.md', line: 1, detail: `${c.id} observed` }] };
  });
}

