import { describe, expect, it } from 'vitest';
import { articleSlot, blockOfArticle, slotInBlock, slotKey } from '../../../lib/store/article-slot';

describe('articleSlot', () => {
  it.each([
    [0, { block: 0, slot: 0 }],
    [8191, { block: 0, slot: 8191 }],
    [8192, { block: 1, slot: 0 }],
    [100_000, { block: 12, slot: 1696 }],
  ])('docNo %i -> %j', (docNo, place) => {
    expect(articleSlot(docNo)).toEqual(place);
    expect([blockOfArticle(docNo), slotInBlock(docNo)]).toEqual([place.block, place.slot]);
  });

  it('keys a block by number and kind', () => {
    expect(slotKey(3, 'norms')).toEqual([3, 'norms']);
  });
});
