// OSPS-SA rules.
import type { Rule } from './types.ts';

export const SA_RULES: readonly Rule[] = [];
