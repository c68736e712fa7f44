import { describe, expect, it } from 'vitest';
import { postingsByShard } from '../../../lib/store/postings-by-shard';
import { shardOfTerm } from '../../../lib/store/shard-of-term';

const record = (docNo: number, terms: string[], weights: number[]) => ({ docNo, terms: terms.join('\n'), weights: Uint32Array.from(weights) });

describe('postingsByShard', () => {
  it('groups every posting under its term shard, in docNo order whatever the order given', () => {
    const byShard = postingsByShard([record(5, ['kim', 'putin'], [1000, 1414]), record(2, ['kim'], [2000])]);
    expect(byShard.get(shardOfTerm('kim'))).toEqual([
      { term: 'kim', docNo: 2, weight: 2000 },
      { term: 'kim', docNo: 5, weight: 1000 },
    ]);
    expect(byShard.get(shardOfTerm('putin'))).toContainEqual({ term: 'putin', docNo: 5, weight: 1414 });
    expect([...byShard.values()].flat()).toHaveLength(3);
  });

  it('an article without terms adds nothing', () => {
    expect(postingsByShard([record(1, [], [])]).size).toBe(0);
  });
});
