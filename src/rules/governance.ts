// OSPS-GV rules.
import type { Rule } from './types.ts';

export const GV_RULES: readonly Rule[] = [];
