import { describe, expect, it } from 'vitest';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { shardOfTerm } from '../../../lib/store/shard-of-term';

describe('shardOfTerm', () => {
  it.each([['pyongyang'], ['putin visit'], [''], ['constructor'], ['北京']])('%s: a stable shard in range', (term) => {
    const shard = shardOfTerm(term);
    expect(shard).toBe(shardOfTerm(term));
    expect(Number.isInteger(shard) && shard >= 0 && shard < INDEX_LAYOUT.shards).toBe(true);
  });

  it('spreads terms evenly: 50,000 terms, no shard holds more than three times its share', () => {
    const counts = new Uint32Array(INDEX_LAYOUT.shards);
    for (let i = 0; i < 50_000; i++) counts[shardOfTerm(`term${i} word${i % 97}`)]!++;
    expect(Math.max(...counts)).toBeLessThan((3 * 50_000) / INDEX_LAYOUT.shards + 3);
  });

  it.each([
    ['a', 0xe40c292c % INDEX_LAYOUT.shards],
    ['putin', 12017],
    ['pyongyang', 1337],
  ])('%s stays in shard %i (FNV-1a: a change would scatter every stored index)', (term, shard) => {
    expect(shardOfTerm(term)).toBe(shard);
  });
});
