// What every objective asks of the Baseline results: the controls by id, whether one counts as met
// (pass, not applicable, or attested with a link to real evidence), and its help page.
import { helpUrl } from '../catalog/catalog.ts';
import type { ControlResult } from '../model/control.ts';

const URL_RE = /\bhttps?:\/\/[^\s"'<>)]+/i;
const LINKS_TO_RE = /\blinks to ([^\s"']+)/i;

/**
 * The link an attestation gives to real evidence: a URL (API evidence, a Security Insights field
 * whose value is a URL), or a document in the repository. Null for a bare declaration ("true").
 */
export function attestationLink(c: Pick<ControlResult, 'evidence'>): string | null {
  for (const e of c.evidence) {
    if (e.url && /^https?:\/\//i.test(e.url)) return e.url;
    if (e.kind === 'file' && e.path) return e.path;
    const u = URL_RE.exec(e.detail);
    if (u) return u[0];
    if (e.kind === 'security-insights') {
      const l = LINKS_TO_RE.exec(e.detail);
      if (l) return l[1];
    }
  }
  return null;
}

export type Satisfaction =
  | { state: 'ok'; how: 'pass' | 'not-applicable' | 'attested'; link?: string }
  | { state: 'weak-attestation' }
  | { state: 'fail' }
  | { state: 'unknown' }
  | { state: 'missing' };

/** Whether a control counts as met for the objectives: pass, not applicable, or attested with a link. */
export function satisfaction(c: ControlResult | undefined): Satisfaction {
  if (!c) return { state: 'missing' };
  switch (c.status) {
    case 'pass':
      return { state: 'ok', how: 'pass' };
    case 'not-applicable':
      return { state: 'ok', how: 'not-applicable' };
    case 'attested': {
      const link = attestationLink(c);
      return link ? { state: 'ok', how: 'attested', link } : { state: 'weak-attestation' };
    }
    case 'fail':
      return { state: 'fail' };
    default:
      return { state: 'unknown' };
  }
}

export function controlMap(controls: readonly ControlResult[]): Map<string, ControlResult> {
  return new Map(controls.map((c) => [c.id, c]));
}

/** The control's help page: from the result, else from the catalog. */
export function helpFor(id: string, byId: Map<string, ControlResult>): string | undefined {
  const c = byId.get(id);
  if (c) return c.helpUri;
  try {
    return helpUrl(id);
  } catch {
    return undefined;
  }
}
