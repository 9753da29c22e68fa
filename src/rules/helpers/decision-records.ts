// Architecture decision records: what was decided and why, at a date (dapr's docs/decision_records/, python-tuf's docs/adr/,
// flagd's docs/architecture-decisions/), not the project's description of its design, of its interfaces or of how to
// verify its releases. Their "Considered Options" and "API changes" are the choices weighed, not the software's interface.
import type { DocumentInfo } from '../../facts/documents.ts';

/** A folder of decision records. */
export const DECISION_DIR = /(?:^|\/)(?:decision[-_ ]?records?|adrs?|decisions|architecture[-_ ]decisions?)\//i;

/**
 * A decision record: in such a folder, or by its sections: Context, Decision and Consequences (Nygard's form), or
 * "Considered Options" and "Decision Outcome" (MADR's).
 */
export function isDecisionRecord(doc: DocumentInfo): boolean {
  if (DECISION_DIR.test(doc.path)) return true;
  const names = new Set((doc.outline?.headings ?? []).slice(0, 50).map((h) => h.text.trim().toLowerCase()));
  const decided = names.has('decision') || names.has('decisions') || names.has('decision outcome');
  return (names.has('context') && decided && names.has('consequences')) || (names.has('considered options') && names.has('decision outcome'));
}
