import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { findCoverage } from '../../../lib/match/find-coverage';
import type { Article } from '../../../lib/types';
import { FIXED_THRESHOLDS } from './fixed-thresholds';

// Two outlets' write-ups of one (invented) event, and stories on other subjects.
const harbourA: Article = {
  id: 'harbour-a', outlet: 'Coast Daily', title: 'Fire destroys warehouses at Port Elwin harbour', url: 'https://coast.test/fire?utm=x',
  text: 'A fire destroyed three warehouses at Port Elwin harbour on Sunday night, the Elwin fire brigade said.\n\nAbout 120 firefighters fought the blaze for nine hours. Nobody was hurt, but 40 tonnes of grain were lost.\n\nHarbour master Ilse Brandt said shipping would resume on Tuesday.',
};
const harbourB: Article = {
  id: 'harbour-b', outlet: 'Northern Post', title: 'Port Elwin harbour blaze: grain warehouses burn',
  text: 'Three grain warehouses burned down at Port Elwin harbour overnight into Monday, the fire brigade reported.\n\nSome 120 firefighters battled the fire for nine hours; 40 tonnes of grain went up in smoke and no one was injured.\n\nHarbour master Ilse Brandt expects ships to dock again on Tuesday.',
};
const football: Article = {
  id: 'football', outlet: 'Sport Now', title: 'Rovers beat United 3-1 in cup semi-final',
  text: 'Rovers reached the cup final with a 3-1 win over United at Castle Park on Saturday.\n\nStriker Tomas Vey scored twice before half-time and captain Leon Dart added a third from a penalty.\n\nUnited coach Maria Ortiz praised her players despite the defeat.',
};
const recipe: Article = {
  id: 'recipe', outlet: 'Kitchen Weekly', title: 'A lemon cake for lazy Sundays',
  text: 'Beat the butter and sugar until pale, then fold in the flour, eggs and the zest of two lemons.\n\nBake for 45 minutes and pour the lemon syrup over the warm cake.',
};
const corpus = buildCorpus([harbourA, football, recipe]);
// A candidate sharing no term is not even retrieved: that is unrelated too.
const decisionOf = async (page: Article, id: string, c = corpus) => (await findCoverage(page, c)).matches.find((m) => m.article.id === id)?.decision ?? 'unrelated';
const page = (text: string, extra: Partial<Article> = {}): Article => ({ id: 'page', outlet: 'Page', title: '', text, ...extra });

describe('findCoverage', () => {
  it.each([
    ['the article itself', 'this-article', harbourA, 'harbour-a'],
    ['the same text under another id and title', 'this-article', page(harbourA.text), 'harbour-a'],
    ['the same text with page furniture around it', 'this-article', page(`Home > News\n\n${harbourA.text}\n\nRead more: Council votes on new budget\n\nSign up for our newsletter\n\nMost popular: Ten best beaches in the region`), 'harbour-a'],
    ['most of the text (extraction lost the last paragraph)', 'this-article', page(harbourA.text.split('\n\n').slice(0, 2).join('\n\n'), { title: harbourA.title }), 'harbour-a'],
    ['the same URL with tracking parameters, text since rewritten', 'this-article', page('Updated: the warehouses were rebuilt.', { title: harbourA.title, url: 'https://coast.test/fire/?utm=y#top' }), 'harbour-a'],
    ["another outlet's write-up of the event", 'same-story', harbourB, 'harbour-a'],
    ['a football report, against the harbour story', 'unrelated', football, 'harbour-a'],
    ['a football report, against itself', 'this-article', football, 'football'],
    ['a recipe, against the football report', 'unrelated', recipe, 'football'],
  ])('%s -> %s', async (_case, decision, query, id) => {
    expect(await decisionOf(query, id)).toBe(decision);
  });

  it('ranks best first and puts this-article first', async () => {
    const { matches } = await findCoverage(harbourA, buildCorpus([harbourB, harbourA, football]));
    expect(matches[0]?.article.id).toBe('harbour-a');
    const scores = matches.slice(1).map((m) => m.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('scores in 0..1 with the article itself at 1', async () => {
    const { matches } = await findCoverage(harbourA, corpus);
    expect(matches[0]?.score).toBeCloseTo(1, 2);
    for (const m of matches) expect(m.score).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['a limit of 1', { limit: 1 }, 1],
    ['a limit of 0', { limit: 0 }, 0],
  ])('returns at most the limit: %s', async (_case, options, n) => {
    expect((await findCoverage(harbourB, buildCorpus([harbourA, football, recipe]), options)).matches.length).toBeLessThanOrEqual(n);
  });

  // A third write-up of the harbour fire: with the absolute limit out of reach, only the story group can say same-story.
  const harbourC: Article = {
    id: 'harbour-c', outlet: 'Bay Herald', title: 'Grain lost as Port Elwin warehouses burn',
    text: 'Fire gutted three warehouses at Port Elwin harbour, where 120 firefighters worked for nine hours.\n\nForty tonnes of grain were destroyed. Harbour master Ilse Brandt said ships could return on Tuesday.',
  };
  // A neighbour sharing a few words, so the ranking goes on past the group.
  const kitchenFire: Article = { id: 'kitchen', outlet: 'City News', title: 'Kitchen fire on Tuesday', text: 'Firefighters put out a small kitchen fire in a flat on Tuesday. Nobody was hurt.' };
  const groupOnly = { ...FIXED_THRESHOLDS, sameStory: 0.99, related: 0.05, groupJoin: 0.5 };
  it.each([
    ['two other write-ups standing apart together', [harbourA, harbourC, kitchenFire, football], ['same-story', 'same-story']],
    ['one other write-up alone', [harbourA, kitchenFire, football], ['related']],
  ])('story group: %s', async (_case, articles, decisions) => {
    const { matches } = await findCoverage(harbourB, buildCorpus(articles), { thresholds: groupOnly });
    expect(matches.filter((m) => m.article.id.startsWith('harbour')).map((m) => m.decision)).toEqual(decisions);
  });

  // Only the mutual pair can say same-story: no absolute limit in reach, no story group (no drop is steep
  // enough); without its sparse-corpus guard, so the nearest-other test alone decides.
  const mutualOnly = { ...groupOnly, groupDrop: 0.01, mutualJoin: 0 };
  // A fire in another port: the same kind of event, none of its names.
  const dunmoreFire: Article = {
    id: 'dunmore', outlet: 'Shore Times', title: 'Warehouse fire at Dunmore docks',
    text: 'A grain warehouse burned at Dunmore docks on Friday. Sixty firefighters fought the fire for five hours.\n\nDock manager Paul Riis said nobody was injured and shipping would resume on Monday.',
  };
  it.each([
    ['two write-ups of the event, nothing closer to either than the page', harbourB, [harbourA, harbourC, kitchenFire, football], ['harbour-a', 'harbour-c'], 'same-story'],
    ['a fire elsewhere: the leading two have a third write-up closer to them than the page', dunmoreFire, [harbourA, harbourB, harbourC, kitchenFire, football], ['harbour-a', 'harbour-b', 'harbour-c'], 'related'],
  ])('mutual pair: %s', async (_case, query, articles, ids, decision) => {
    const { matches } = await findCoverage(query, buildCorpus(articles), { thresholds: mutualOnly });
    const leadingTwo = matches.slice(0, 2);
    expect(leadingTwo.every((m) => ids.includes(m.article.id))).toBe(true);
    expect(leadingTwo.map((m) => m.decision)).toEqual([decision, decision]);
  });

  it.each([
    ['published the same day', '2024-06-01', '2024-06-01', 1],
    ['three days apart', '2024-06-01', '2024-06-04', 1],
    ['a month apart: the date factor', '2024-06-01', '2024-07-01', 0.6],
    ['the page undated', undefined, '2024-07-01', 1],
  ])('scores reports %s', async (_case, pageDate, articleDate, factor) => {
    const dated = (article: Article, published: string | undefined): Article => (published ? { ...article, published } : article);
    const scoreOf = async (page: Article, article: Article) => (await findCoverage(page, buildCorpus([article, football, recipe]), { thresholds: FIXED_THRESHOLDS })).matches.find((m) => m.article.id === article.id)?.score;
    const undatedScore = (await scoreOf(harbourB, harbourA)) as number;
    expect(await scoreOf(dated(harbourB, pageDate), dated(harbourA, articleDate))).toBeCloseTo(undatedScore * factor, 3);
  });

  it('takes threshold overrides', async () => {
    const strict = { ...FIXED_THRESHOLDS, sameStory: 0.99, related: 0.98, groupDrop: 0.01, groupJoin: 0.99, mutualJoin: 0.99, thisArticleContainment: 0.9 };
    expect((await findCoverage(harbourB, corpus, { thresholds: strict })).matches[0]?.decision).toBe('unrelated');
  });

  it.each([
    ['an empty page', page('')],
    ['a page of stop words', page('It was what it is.')],
    ['an empty corpus', harbourA, buildCorpus([])],
  ])('finds nothing for %s', async (_case, query, c = corpus) => {
    expect((await findCoverage(query, c)).matches).toEqual([]);
  });

  it('gives the same answer from a corpus loaded back from JSON', async () => {
    const loaded = JSON.parse(JSON.stringify(corpus));
    expect((await findCoverage(harbourB, loaded))).toEqual((await findCoverage(harbourB, corpus)));
  });

  // Random "articles" from a small vocabulary: share many words, but never long runs of them.
  const vocabulary = 'harbour fire council vote minister river flood storm court trial police school budget tax market bank rate price'.split(' ');
  const randomArticle = fc.array(fc.constantFrom(...vocabulary), { minLength: 12, maxLength: 60 }).map((w) => `${w.join(' ')}.`);

  it('finds every corpus article, queried as a page, first and as this-article (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(randomArticle, { minLength: 1, maxLength: 8 }), async (texts) => {
        const articles = texts.map((text, i) => ({ id: String(i), outlet: 'X', title: '', text }));
        const c = buildCorpus(articles);
        for (const a of articles) expect((await findCoverage({ ...a, id: 'page' }, c)).matches[0]).toMatchObject({ article: { id: a.id }, decision: 'this-article' });
      }),
      { numRuns: 50 },
    );
  });
});
