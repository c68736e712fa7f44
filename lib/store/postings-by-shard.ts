import { recordTerms } from './record-terms';
import type { ShardPosting } from './shard-head';
import { shardOfTerm } from './shard-of-term';
import type { StoredArticle } from './types';

/**
 * The postings of some stored articles grouped by the shard of their term, each shard's in docNo order:
 * what an add or a delete writes, one shard record at a time.
 * @example postingsByShard([record]).get(shardOfTerm('putin')) // -> [{ term: 'putin', docNo: 7, weight: 1414 }, …]
 */
export function postingsByShard(records: ReadonlyArray<Pick<StoredArticle, 'docNo' | 'terms' | 'weights'>>): Map<number, ShardPosting[]> {
  const byShard = new Map<number, ShardPosting[]>();
  for (const record of [...records].sort((x, y) => x.docNo - y.docNo)) {
    recordTerms(record).forEach((term, i) => {
      const shard = shardOfTerm(term);
      let list = byShard.get(shard);
      if (!list) byShard.set(shard, (list = []));
      list.push({ term, docNo: record.docNo, weight: record.weights[i] as number });
    });
  }
  return byShard;
}
