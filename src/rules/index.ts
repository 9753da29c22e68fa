// Every rule, by requirement ID. Requirements without a rule are reported unknown, never guessed.
import { qa0501, qa0502 } from './artifacts.ts';
import { do0201, gv0301, vm0201 } from './community.ts';
import { le0201, le0301 } from './legal.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [le0301, le0201, gv0301, do0201, vm0201, qa0501, qa0502];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
