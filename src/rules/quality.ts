// OSPS-QA rules.
import type { Rule } from './types.ts';

export const QA_RULES: readonly Rule[] = [];
