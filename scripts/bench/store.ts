/**
 * The reader's store in Node: the extension's IndexedDB adapter on fake-indexeddb, the bench of
 * store-workload.ts for each size. Sizes: OD_BENCH_STORE_SIZES (default 10000, every CI run; the
 * README's 100,000 figures come from OD_BENCH_STORE_SIZES=10000,100000, too slow for CI).
 * fake-indexeddb is a JavaScript model of IndexedDB, not a browser's: store-chromium.ts gives the
 * browser's figures.
 */
import 'fake-indexeddb/auto';
import { openIdbDatabase } from '../../components/services/idb-database';
import { baseIndex } from '../../lib/store/base-index';
import { loadBundledCorpus } from '../cli/load-article';
import { benchSizes } from './bench-sizes';
import { realSource } from './real-source';
import { runStoreBench, storeBenchLines } from './store-workload';

export async function benchStore(): Promise<void> {
  const out = (line: string) => void process.stdout.write(`${line}\n`);
  const source = realSource();
  const base = baseIndex(loadBundledCorpus().corpus);
  out(`store in Node (the IndexedDB adapter on fake-indexeddb), articles generated from ${source.name}, the bundled corpus searched with it:`);
  for (const n of benchSizes('10000')) {
    const name = `od-bench-store-${n}`;
    const db = await openIdbDatabase(name);
    storeBenchLines(await runStoreBench(db, source, n, { base, reopen: () => openIdbDatabase(name) })).forEach(out);
    db.close();
    await new Promise((resolve) => {
      indexedDB.deleteDatabase(name).onsuccess = resolve;
    });
  }
}
