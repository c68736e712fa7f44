import { compareArticles } from '../compare';
import type { Corpus } from '../corpus/types';
import { findCoverage } from '../match/find-coverage';

/**
 * Runs matching and one comparison on the corpus's own first two articles, so the JavaScript engine
 * has compiled the hot paths before the page's text arrives. The popup calls it while the content
 * script is still reading the page (its main thread is idle then): measured in Node, a cold first
 * findCoverage + compareArticles on a 1,000-word page takes about twice as long as a warm one.
 * Returns how many groups the comparison had (0 with fewer than two articles), so the work is not dead code.
 * @example await warmUpEngine(bundle.corpus) // -> 23
 */
export async function warmUpEngine(corpus: Corpus): Promise<number> {
  const [first, second] = corpus.articles;
  if (!first || !second) return 0;
  await findCoverage(first, corpus);
  return compareArticles(first, second).groups.length;
}
