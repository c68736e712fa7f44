import type { QuoteDiff, QuoteKind } from '../types';

// Reworded says most about a group, identical least.
const WEIGHT: Record<QuoteKind, number> = { identical: 0, trimmed: 1, reworded: 2 };

/**
 * For each group of this outlet's text that holds a quote of a remark both outlets carry, the class to
 * flag it with: the most changed of its quotes (reworded over trimmed over identical).
 * @example groupQuoteKinds([{ group: 2, kind: 'trimmed' }, { group: 2, kind: 'reworded' }] as QuoteDiff[]).get(2) // -> 'reworded'
 */
export function groupQuoteKinds(quotes: readonly Pick<QuoteDiff, 'group' | 'kind'>[]): Map<number, QuoteKind> {
  const kinds = new Map<number, QuoteKind>();
  for (const q of quotes) {
    const current = kinds.get(q.group);
    if (!current || WEIGHT[q.kind] > WEIGHT[current]) kinds.set(q.group, q.kind);
  }
  return kinds;
}
