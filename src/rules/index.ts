// The registry: every rule, one file per OSPS Baseline requirement
// (src/rules/osps-<family>-<nn>-<nn>.ts), sorted by requirement ID. Each rule file exports `id`,
// `evaluate(facts)` and, when the requirement begins "While active", `whileActive = true`.
// Requirements without a rule are reported unknown, never guessed. To add a requirement: its rule
// file, its import and entry below, its catalog line and a fixture folder (CONTRIBUTING.md).
import * as OSPS_AC_01_01 from './osps-ac-01-01.ts';
import * as OSPS_AC_02_01 from './osps-ac-02-01.ts';
import * as OSPS_AC_03_01 from './osps-ac-03-01.ts';
import * as OSPS_AC_03_02 from './osps-ac-03-02.ts';
import * as OSPS_AC_04_01 from './osps-ac-04-01.ts';
import * as OSPS_AC_04_02 from './osps-ac-04-02.ts';
import * as OSPS_BR_01_01 from './osps-br-01-01.ts';
import * as OSPS_BR_01_03 from './osps-br-01-03.ts';
import * as OSPS_BR_01_04 from './osps-br-01-04.ts';
import * as OSPS_BR_02_01 from './osps-br-02-01.ts';
import * as OSPS_BR_02_02 from './osps-br-02-02.ts';
import * as OSPS_BR_03_01 from './osps-br-03-01.ts';
import * as OSPS_BR_03_02 from './osps-br-03-02.ts';
import * as OSPS_BR_04_01 from './osps-br-04-01.ts';
import * as OSPS_BR_05_01 from './osps-br-05-01.ts';
import * as OSPS_BR_06_01 from './osps-br-06-01.ts';
import * as OSPS_BR_07_01 from './osps-br-07-01.ts';
import * as OSPS_BR_07_02 from './osps-br-07-02.ts';
import * as OSPS_DO_01_01 from './osps-do-01-01.ts';
import * as OSPS_DO_02_01 from './osps-do-02-01.ts';
import * as OSPS_DO_03_01 from './osps-do-03-01.ts';
import * as OSPS_DO_03_02 from './osps-do-03-02.ts';
import * as OSPS_DO_04_01 from './osps-do-04-01.ts';
import * as OSPS_DO_05_01 from './osps-do-05-01.ts';
import * as OSPS_DO_06_01 from './osps-do-06-01.ts';
import * as OSPS_DO_07_01 from './osps-do-07-01.ts';
import * as OSPS_GV_01_01 from './osps-gv-01-01.ts';
import * as OSPS_GV_01_02 from './osps-gv-01-02.ts';
import * as OSPS_GV_02_01 from './osps-gv-02-01.ts';
import * as OSPS_GV_03_01 from './osps-gv-03-01.ts';
import * as OSPS_GV_03_02 from './osps-gv-03-02.ts';
import * as OSPS_GV_04_01 from './osps-gv-04-01.ts';
import * as OSPS_LE_01_01 from './osps-le-01-01.ts';
import * as OSPS_LE_02_01 from './osps-le-02-01.ts';
import * as OSPS_LE_02_02 from './osps-le-02-02.ts';
import * as OSPS_LE_03_01 from './osps-le-03-01.ts';
import * as OSPS_LE_03_02 from './osps-le-03-02.ts';
import * as OSPS_QA_01_01 from './osps-qa-01-01.ts';
import * as OSPS_QA_01_02 from './osps-qa-01-02.ts';
import * as OSPS_QA_02_01 from './osps-qa-02-01.ts';
import * as OSPS_QA_02_02 from './osps-qa-02-02.ts';
import * as OSPS_QA_03_01 from './osps-qa-03-01.ts';
import * as OSPS_QA_04_01 from './osps-qa-04-01.ts';
import * as OSPS_QA_04_02 from './osps-qa-04-02.ts';
import * as OSPS_QA_05_01 from './osps-qa-05-01.ts';
import * as OSPS_QA_05_02 from './osps-qa-05-02.ts';
import * as OSPS_QA_06_01 from './osps-qa-06-01.ts';
import * as OSPS_QA_06_02 from './osps-qa-06-02.ts';
import * as OSPS_QA_06_03 from './osps-qa-06-03.ts';
import * as OSPS_QA_07_01 from './osps-qa-07-01.ts';
import * as OSPS_SA_01_01 from './osps-sa-01-01.ts';
import * as OSPS_SA_02_01 from './osps-sa-02-01.ts';
import * as OSPS_SA_03_01 from './osps-sa-03-01.ts';
import * as OSPS_SA_03_02 from './osps-sa-03-02.ts';
import * as OSPS_VM_01_01 from './osps-vm-01-01.ts';
import * as OSPS_VM_02_01 from './osps-vm-02-01.ts';
import * as OSPS_VM_03_01 from './osps-vm-03-01.ts';
import * as OSPS_VM_04_01 from './osps-vm-04-01.ts';
import * as OSPS_VM_04_02 from './osps-vm-04-02.ts';
import * as OSPS_VM_05_01 from './osps-vm-05-01.ts';
import * as OSPS_VM_05_02 from './osps-vm-05-02.ts';
import * as OSPS_VM_05_03 from './osps-vm-05-03.ts';
import * as OSPS_VM_06_01 from './osps-vm-06-01.ts';
import * as OSPS_VM_06_02 from './osps-vm-06-02.ts';
import { whileActive } from './helpers/while-active.ts';
import type { Rule } from './types.ts';

const ALL: readonly Rule[] = [
  OSPS_AC_01_01,
  OSPS_AC_02_01,
  OSPS_AC_03_01,
  OSPS_AC_03_02,
  OSPS_AC_04_01,
  OSPS_AC_04_02,
  OSPS_BR_01_01,
  OSPS_BR_01_03,
  OSPS_BR_01_04,
  OSPS_BR_02_01,
  OSPS_BR_02_02,
  OSPS_BR_03_01,
  OSPS_BR_03_02,
  OSPS_BR_04_01,
  OSPS_BR_05_01,
  OSPS_BR_06_01,
  OSPS_BR_07_01,
  OSPS_BR_07_02,
  OSPS_DO_01_01,
  OSPS_DO_02_01,
  OSPS_DO_03_01,
  OSPS_DO_03_02,
  OSPS_DO_04_01,
  OSPS_DO_05_01,
  OSPS_DO_06_01,
  OSPS_DO_07_01,
  OSPS_GV_01_01,
  OSPS_GV_01_02,
  OSPS_GV_02_01,
  OSPS_GV_03_01,
  OSPS_GV_03_02,
  OSPS_GV_04_01,
  OSPS_LE_01_01,
  OSPS_LE_02_01,
  OSPS_LE_02_02,
  OSPS_LE_03_01,
  OSPS_LE_03_02,
  OSPS_QA_01_01,
  OSPS_QA_01_02,
  OSPS_QA_02_01,
  OSPS_QA_02_02,
  OSPS_QA_03_01,
  OSPS_QA_04_01,
  OSPS_QA_04_02,
  OSPS_QA_05_01,
  OSPS_QA_05_02,
  OSPS_QA_06_01,
  OSPS_QA_06_02,
  OSPS_QA_06_03,
  OSPS_QA_07_01,
  OSPS_SA_01_01,
  OSPS_SA_02_01,
  OSPS_SA_03_01,
  OSPS_SA_03_02,
  OSPS_VM_01_01,
  OSPS_VM_02_01,
  OSPS_VM_03_01,
  OSPS_VM_04_01,
  OSPS_VM_04_02,
  OSPS_VM_05_01,
  OSPS_VM_05_02,
  OSPS_VM_05_03,
  OSPS_VM_06_01,
  OSPS_VM_06_02,
];

/** Requirements whose text begins "While active" in OSPS Baseline v2026.02.19, as their rule files declare. */
export const WHILE_ACTIVE: ReadonlySet<string> = new Set(ALL.filter((r) => r.whileActive).map((r) => r.id));

/** A "While active" requirement is not applicable once Security Insights says the repository is not active. */
function whileActiveGate(rule: Rule): Rule {
  if (!rule.whileActive) return rule;
  return { id: rule.id, whileActive: true, evaluate: (facts) => whileActive(facts) ?? rule.evaluate(facts) };
}

export const RULES: readonly Rule[] = ALL.map(whileActiveGate);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
