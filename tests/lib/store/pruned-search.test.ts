import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { findCoverage } from '../../../lib/match/find-coverage';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { importArticles } from '../../../lib/store/import-articles';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { searchCounts } from '../../../lib/store/store-coverage-source';
import type { Article } from '../../../lib/types';
import { memoryStore } from './helpers';

// A store big enough for common words to weigh little (the IDF prior of 500 articles flattens a small
// store's weights): 48 stories of 10 outlets' versions, each sentence a common word among its story's
// rare names and names from anywhere; and pages that are an eleventh version of 24 of the stories. Ten
// versions put the tenth best score high, so a page's common words cannot lift an article that far.
const SYLLABLES = 'ka lo ren vi da mo sel tar ni gu bre fa'.split(' ');
const COMMON = 'council vote minister police budget market court school'.split(' ');
const name = (i: number) => `${SYLLABLES[i % 12]}${SYLLABLES[Math.floor(i / 12) % 12]}${SYLLABLES[Math.floor(i / 144) % 12]}`.replace(/^./, (c) => c.toUpperCase());
let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
const STORY_NAMES = Array.from({ length: 150 }, (_, story) => Array.from({ length: 12 }, (_, k) => name(story * 11 + k * 3)));
const version = (story: number, v: number): Article => {
  const sentences = Array.from({ length: 8 }, () => [pick(COMMON), ...Array.from({ length: 6 }, () => (random() < 0.8 ? pick(STORY_NAMES[story]!) : name(Math.floor(random() * 1700))))].join(' '));
  return { id: `s${story}v${v}`, outlet: `O${v}`, title: sentences[0]!, text: `${sentences.join('. ')}.` };
};
const STORED = Array.from({ length: 48 }, (_, story) => Array.from({ length: 10 }, (_, v) => version(story, v))).flat();
const PAGES = Array.from({ length: 24 }, (_, i) => version(i * 2, 10));

const summary = (c: Awaited<ReturnType<typeof findCoverage>>) => c.matches.map((m) => `${m.article.id} ${m.score} ${m.decision}`);

describe('the refreshed store leaves common terms unread', async () => {
  const db = memoryStore();
  await importArticles(
    db,
    async function* () {
      yield* STORED;
    },
    { now: 1 },
  );
  await refreshNorms(db);
  const batch = buildCorpus(STORED);

  const skipped: number[] = [];
  it.each(PAGES.map((page) => [page.id, page] as const))("page %s: the batch build's matches, every score exact", async (_id, page) => {
    for (const limit of [3, 10]) {
      const counts = searchCounts();
      const store = await findStoreCoverage(db, page, { limit, counts });
      expect(summary(store)).toEqual(summary(await findCoverage(page, batch, { limit })));
      if (limit === 10) skipped.push(counts.skipped);
    }
  });

  it('left common terms unread for most of the pages', () => {
    expect(skipped).toHaveLength(PAGES.length);
    expect(skipped.filter((n) => n > 0).length).toBeGreaterThanOrEqual(PAGES.length * 0.75);
  });

  it('reads every term when asked for the whole ranking', async () => {
    const counts = searchCounts();
    const store = await findStoreCoverage(db, PAGES[0]!, { limit: STORED.length, counts });
    expect(counts.skipped).toBe(0);
    expect(summary(store)).toEqual(summary(await findCoverage(PAGES[0]!, batch, { limit: STORED.length })));
  });
});
