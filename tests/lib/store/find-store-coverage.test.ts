import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { findCoverage } from '../../../lib/match/find-coverage';
import { baseIndex } from '../../../lib/store/base-index';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { BUNDLE, STORIES, addOneByOne, memoryStore } from './helpers';

const base = baseIndex(BUNDLE.corpus);
const summary = (c: Awaited<ReturnType<typeof findCoverage>>) => c.matches.map((m) => [m.article.id, m.score, m.decision]);

describe('findStoreCoverage', () => {
  it.each(BUNDLE.corpus.articles.map((a) => [a.id, a] as const))('an empty store with the bundled corpus answers as the bundled corpus alone (page %s)', async (_id, page) => {
    expect(summary(await findStoreCoverage(memoryStore(), page, { base }))).toEqual(summary(await findCoverage(page, BUNDLE.corpus)));
  });

  it.each(STORIES.map((a) => [a.id, a] as const))('the store and the bundled corpus answer as one batch build (page %s)', async (_id, page) => {
    const db = memoryStore();
    await addOneByOne(db, [...STORIES].reverse(), 'saved', base);
    const corpus = buildCorpus([...BUNDLE.corpus.articles, ...[...STORIES].reverse()]);
    const probe = { ...page, id: 'page', url: undefined };
    expect(summary(await findStoreCoverage(db, probe, { base }))).toEqual(summary(await findCoverage(probe, corpus)));
  });

  it('finds the stored reports of the same event as same-story', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(1), 'saved', base);
    const { matches } = await findStoreCoverage(db, STORIES[0]!, { base });
    const sameStory = matches.filter((m) => m.decision === 'same-story').map((m) => m.article.id);
    expect(sameStory).toEqual(expect.arrayContaining(['fire-b', 'fire-c']));
    expect(sameStory).not.toContain('cake');
  });
});
