// Facts with a gap (see FactGap): which of them a rule or an objective read, and the warnings a
// person must see before trusting the report (not a git checkout, no files, time limit reached).
import type { FactGap, FactGaps, FactKey, Facts } from './types.ts';

/**
 * A view of `facts` that records each fact with a gap it is asked for. Rules and objectives read
 * facts through it unchanged; afterwards `read()` says which gaps their verdict may rest on.
 */
export function trackGaps(facts: Facts): { facts: Facts; read(): FactGap[]; reset(): void } {
  const gaps: FactGaps = facts.gaps ?? {};
  const seen = new Set<FactKey>();
  if (Object.keys(gaps).length === 0) return { facts, read: () => [], reset: () => {} };
  const view = new Proxy(facts, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.prototype.hasOwnProperty.call(gaps, key)) seen.add(key as FactKey);
      return Reflect.get(target, key, receiver);
    },
  });
  return {
    facts: view,
    read: () => [...seen].map((k) => gaps[k]).filter((g): g is FactGap => g !== undefined),
    reset: () => seen.clear(),
  };
}

/** The reasons of a set of gaps, once each, joined for one sentence. */
export function gapReasons(gaps: readonly FactGap[]): string {
  return [...new Set(gaps.map((g) => g.reason))].join('; ');
}

/** Lines a person must read before the report: shown as warnings by the command line and the action. */
export function runWarnings(facts: Facts): string[] {
  const out: string[] = [];
  if (facts.listing === 'empty') out.push(`${facts.root} holds no files: requirements that depend on the file list are reported unknown`);
  else if (facts.listing === 'walk') out.push(`${facts.root} is not a git checkout (or git could not be used on it): its files were listed from the folder, and requirements that depend on what is in version control or on history are reported unknown`);
  const unread = Object.values(facts.gaps ?? {}).filter((g) => g?.kind === 'unread');
  if (unread.length > 0) out.push(`${unread[0]?.reason}: requirements that depend on what was not read are reported unknown`);
  return out;
}
