// OSPS-DO rules.
import type { Rule } from './types.ts';

export const DO_RULES: readonly Rule[] = [];
