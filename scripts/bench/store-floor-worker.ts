/**
 * The query floor of `OD_BENCH_STORE_ONLY=floor npm run bench:store-chromium`: the least work an exact
 * search over the refresh's snapshot file can do, timed in a worker as the popup's own search is
 * (snapshot-coverage-worker.ts), to tell what the store's design can reach from what this search does.
 * It opens the file through the extension's own reader (openSnapshot), looks up the page's terms in
 * their shards, sums the postings it reads into one array and keeps the ten best cosines; it reads no
 * database (so no check that the file is the store's, no log, no result's record), scores no bundled
 * article, decides nothing and makes no second search. `rareOnly` reads only the terms fewer than
 * 1/256 of the stored articles use (the commonest ones are the pruned search's to leave unread where
 * they cannot matter): what any search must still read. Bundled by store-chromium.ts into the built
 * extension's assets for the run (a worker must come from the extension's own origin).
 */
import { readableSnapshot } from '../../components/services/shard-snapshot-file';
import { articleTerms } from '../../lib/corpus/article-terms';
import { inverseDocumentFrequency } from '../../lib/corpus/inverse-document-frequency';
import { commonFloor } from '../../lib/store/common-terms';
import { openSnapshot } from '../../lib/store/shard-snapshot';
import { shardOfTerm } from '../../lib/store/shard-of-term';
import type { Article } from '../../lib/types';

const LEADING = 10;

/** One query's phases, in milliseconds, and what it read. */
export interface FloorReply {
  /** The file's handle taken (named on start). */
  openMs: number;
  /** The snapshot's header, directory, norms and days. */
  headerMs: number;
  /** The page's terms and weights (articleTerms). */
  termsMs: number;
  /** The terms looked up, their postings read and summed. */
  sumMs: number;
  /** The touched articles' cosines and the ten best kept. */
  rankMs: number;
  totalMs: number;
  postings: number;
  touched: number;
  error?: string;
}

interface SyncHandle {
  getSize(): number;
  read(into: Uint8Array, options: { at: number }): number;
  close(): void;
}

/**
 * Done on start, as the popup's worker does while the popup reads the page: the file named (both files'
 * stamps read), and the term code's tables built (its warm-up query for a page with no words does that).
 */
const named = navigator.storage.getDirectory().then(async (root) => ({ root, name: await readableSnapshot(root) }));
named.catch(() => undefined);
articleTerms({ title: '', text: '' });

/** Times one floor query on the newest snapshot file (the one the popup's worker would read). */
async function floorQuery(article: Article, rareOnly: boolean): Promise<FloorReply> {
  const { root, name } = await named;
  if (!name) throw new Error('no snapshot file: run the norm refresh first');
  const began = performance.now();
  const found = (await root.getFileHandle(name)) as unknown as { createSyncAccessHandle(): Promise<SyncHandle> };
  const handle = await found.createSyncAccessHandle();
  try {
    const opened = performance.now();
    const snapshot = openSnapshot({ size: () => handle.getSize(), read: (into, at) => handle.read(into, { at }) });
    const kept = snapshot?.articles();
    if (!snapshot || !kept) throw new Error(`the snapshot file ${name} is not whole`);
    const { norms } = kept;
    const n = norms.length;
    // The terms the refresh lists as common (commonFloor): the ones the pruned search may leave unread.
    const common = commonFloor(n);
    const headed = performance.now();
    const terms = articleTerms(article);
    const weighed = performance.now();
    const sums = new Float64Array(n);
    let squares = 0;
    let postings = 0;
    for (const [term, weight] of terms) {
      const shard = snapshot.readShard(shardOfTerm(term));
      const df = shard?.df(term) ?? 0;
      const idf = inverseDocumentFrequency(df, n);
      squares += (weight * idf) ** 2;
      if (!shard || df === 0 || (rareOnly && df >= common)) continue;
      const factor = (weight * idf * idf) / 1000;
      for (const { docs, weights } of shard.postings(term)) {
        for (let k = 0; k < docs.length; k++) sums[docs[k] as number] = (sums[docs[k] as number] as number) + factor * (weights[k] as number);
        postings += docs.length;
      }
    }
    const summed = performance.now();
    const norm = Math.sqrt(squares);
    const best: number[] = [];
    let touched = 0;
    for (let doc = 0; doc < n; doc++) {
      const sum = sums[doc] as number;
      if (sum === 0) continue;
      touched++;
      const score = sum / (norm * (norms[doc] as number));
      if (best.length === LEADING && score <= (best[LEADING - 1] as number)) continue;
      best.push(score);
      best.sort((x, y) => y - x);
      best.length = Math.min(best.length, LEADING);
    }
    const ranked = performance.now();
    return { openMs: opened - began, headerMs: headed - opened, termsMs: weighed - headed, sumMs: summed - weighed, rankMs: ranked - summed, totalMs: ranked - began, postings, touched };
  } finally {
    handle.close();
  }
}

self.onmessage = async (event: MessageEvent<{ article: Article; rareOnly: boolean }>) => {
  try {
    self.postMessage(await floorQuery(event.data.article, event.data.rareOnly));
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
