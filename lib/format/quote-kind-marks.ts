import type { QuoteKind } from '../types';

/**
 * A sign for each class of quote pair, shown before its name wherever quotes are listed (popup, side
 * by side, exports, CLI), so the class reads without colour: "=" the same words, "✂" a shorter span
 * (something was cut), "≈" other words.
 */
export const QUOTE_KIND_MARKS: Readonly<Record<QuoteKind, string>> = { identical: '=', trimmed: '\u2702', reworded: '\u2248' };
