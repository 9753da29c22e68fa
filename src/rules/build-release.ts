// OSPS-BR rules.
import type { Rule } from './types.ts';

export const BR_RULES: readonly Rule[] = [];
