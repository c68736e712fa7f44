import { describe, expect, it } from 'vitest';
import type { QuoteKind } from '../../../lib/types';
import { groupQuoteKinds } from '../../../lib/ui/group-quote-kinds';

const q = (group: number, kind: QuoteKind) => ({ group, kind });

describe('groupQuoteKinds', () => {
  it.each([
    ['one quote', [q(2, 'trimmed')], [[2, 'trimmed']]],
    ['reworded over trimmed over identical', [q(2, 'identical'), q(2, 'reworded'), q(2, 'trimmed')], [[2, 'reworded']]],
    ['trimmed over identical', [q(1, 'trimmed'), q(1, 'identical')], [[1, 'trimmed']]],
    ['groups apart', [q(1, 'identical'), q(3, 'reworded')], [[1, 'identical'], [3, 'reworded']]],
    ['no quotes', [], []],
  ] as const)('%s', (_name, quotes, expected) => {
    expect([...groupQuoteKinds(quotes)]).toEqual(expected);
  });
});
