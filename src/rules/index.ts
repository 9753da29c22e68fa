// Every rule, by requirement ID. Requirements without a rule are reported unknown, never guessed.
// Each family file exports its rules; add a rule there, not here.
import { AC_RULES } from './access.ts';
import { ARTIFACT_RULES } from './artifacts.ts';
import { SA_RULES } from './assessment.ts';
import { BR_RULES } from './build-release.ts';
import { COMMUNITY_RULES } from './community.ts';
import { DO_RULES } from './documentation.ts';
import { GV_RULES } from './governance.ts';
import { WHILE_ACTIVE, whileActive } from './helpers.ts';
import { LE_RULES } from './legal.ts';
import { QA_RULES } from './quality.ts';
import type { Rule } from './types.ts';
import { VM_RULES } from './vulnerability.ts';

/** A "While active" requirement is not applicable once Security Insights says the repository is not active. */
function whileActiveGate(rule: Rule): Rule {
  if (!WHILE_ACTIVE.has(rule.id)) return rule;
  return { id: rule.id, evaluate: (facts) => whileActive(facts) ?? rule.evaluate(facts) };
}

export const RULES: readonly Rule[] = [
  ...AC_RULES,
  ...BR_RULES,
  ...DO_RULES,
  ...COMMUNITY_RULES,
  ...GV_RULES,
  ...LE_RULES,
  ...QA_RULES,
  ...ARTIFACT_RULES,
  ...SA_RULES,
  ...VM_RULES,
].map(whileActiveGate);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
