import { describe, expect, it } from 'vitest';
import { addArticles } from '../../../lib/store/add-articles';
import { ALL_STORES } from '../../../lib/store/corpus-schema';
import { retentionVictims } from '../../../lib/store/retention-victims';
import type { ArticleSource, RetentionSettings } from '../../../lib/store/types';
import { STORIES, memoryStore } from './helpers';

const DAY = 86_400_000;
const now = 100 * DAY;
// Eight articles added on days 10, 20, … 80; the second and the fifth saved by hand.
const filled = async () => {
  const db = memoryStore();
  for (const [i, article] of STORIES.entries()) {
    const source: ArticleSource = i === 1 || i === 4 ? 'saved' : 'feed';
    await addArticles(db, [{ article: { ...article, url: undefined }, source }], { now: (i + 1) * 10 * DAY });
  }
  return db;
};

describe('retentionVictims', () => {
  it.each<[string, RetentionSettings, number[]]>([
    ['no limits', {}, []],
    ['keep 45 days: added before day 55, but not the saved ones', { keepDays: 45 }, [0, 2, 3]],
    ['at most 5 articles: the three oldest not saved', { maxArticles: 5 }, [0, 2, 3]],
    ['at most 6 and keep 75 days', { maxArticles: 6, keepDays: 75 }, [0, 2]],
    ['at most 1: every article not saved (two saved ones stay)', { maxArticles: 1 }, [0, 2, 3, 5, 6, 7]],
    ['keep 1000 days and at most 100: nothing', { keepDays: 1000, maxArticles: 100 }, []],
  ])('%s', async (_case, settings, expected) => {
    const db = await filled();
    expect(await db.read(ALL_STORES, (tx) => retentionVictims(tx, settings, now))).toEqual(expected);
  });
});
