// OSPS-AC rules.
import type { Rule } from './types.ts';

export const AC_RULES: readonly Rule[] = [];
