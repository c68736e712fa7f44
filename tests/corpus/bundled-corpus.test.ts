import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import type { BundledCorpus } from '../../lib/corpus/types';
import { cleanArticleText } from '../../lib/extract/clean-article-text';
import { findCoverage } from '../../lib/match/find-coverage';
import { segmentSentences } from '../../lib/text/segment-sentences';
import type { Article } from '../../lib/types';
import { BUNDLE_PATH, CORPUS_DIR } from '../../scripts/build-corpus';

// Written by tests/setup/build-corpus.ts (vitest globalSetup) from corpus/ before any test runs.
const bundle = JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')) as BundledCorpus;
const { corpus } = bundle;
const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; file: string }> };
const ids = manifest.articles.map((e) => e.id);
const page = (title: string, text: string): Article => ({ id: 'page', outlet: 'Page', title, text });

describe('the bundled corpus', () => {
  it('holds every manifest article, cleaned, with its sentences', () => {
    expect(bundle.format).toBe('outlet-diff-bundle');
    expect(corpus.articles.map((a) => a.id)).toEqual(ids);
    for (const article of corpus.articles) {
      expect(article.text.length).toBeGreaterThan(1000);
      expect(bundle.sentences[article.id]).toEqual(segmentSentences(article));
    }
  });

  it.each([
    ['000', 'Leave a Comment'],
    ['001', 'Recent Posts'],
    ['002', "Don't Miss"],
    ['003', 'Leave a Reply'],
    ['004', 'Trending Stories'],
  ])('article %s is cleaned of page furniture such as "%s"', (id, furniture) => {
    const raw = readFileSync(join(CORPUS_DIR, 'articles', manifest.articles.find((e) => e.id === id)!.file), 'utf8');
    expect(raw).toContain(furniture);
    expect(corpus.articles.find((a) => a.id === id)?.text).not.toContain(furniture);
  });

  it('ships the index the articles give (nothing to recompute at run time)', () => {
    expect(corpus).toEqual(JSON.parse(JSON.stringify(buildCorpus(corpus.articles))));
  });
});

describe('matching the seeds as pages', () => {
  it.each(ids)('article %s finds itself as this-article and the four others as same-story', async (id) => {
    const article = corpus.articles.find((a) => a.id === id)!;
    const { matches } = await findCoverage(article, corpus);
    expect(matches[0]).toMatchObject({ article: { id }, decision: 'this-article' });
    expect(matches.slice(1).map((m) => m.article.id).sort()).toEqual(ids.filter((x) => x !== id));
    for (const m of matches.slice(1)) expect(m.decision).toBe('same-story');
  });

  it.each(manifest.articles.map((e) => [e.id, e.file]))('raw file of %s, cleaned as the CLI cleans text, is this-article', async (id, file) => {
    const { title, text } = cleanArticleText(readFileSync(join(CORPUS_DIR, 'articles', file), 'utf8'));
    expect((await findCoverage(page(title, text), corpus)).matches[0]).toMatchObject({ article: { id }, decision: 'this-article' });
  });
});

// Real stories on other subjects, written for this test (same style and length as a short news item).
const otherStories: Array<[string, Article]> = [
  ['a flood in Germany', page('Floods force thousands from homes in Bavaria', 'Thousands of people were evacuated in southern Germany on Sunday after days of heavy rain swelled the Danube and its tributaries.\n\nFirefighters in the Bavarian town of Pfaffenhofen used boats to rescue residents, and one firefighter died when his boat capsized, officials said.\n\nChancellor Olaf Scholz visited the flooded town of Reichertshofen and promised federal help. The German weather service warned of more rain on Monday.')],
  ['a football final', page('Real Madrid win 15th Champions League title', 'Real Madrid beat Borussia Dortmund 2-0 at Wembley on Saturday to win the Champions League for a record 15th time.\n\nDani Carvajal headed in the first goal in the 74th minute and Vinicius Junior added the second nine minutes later.\n\nIt was the last club match for Toni Kroos, who is retiring after the European Championship.')],
  ['a central bank decision', page('ECB cuts interest rates for first time since 2019', 'The European Central Bank cut its key interest rate by a quarter point to 3.75% on Thursday, its first cut in five years, as inflation in the euro zone eased.\n\nECB President Christine Lagarde said the bank was not committing to further cuts, and staff raised their inflation forecasts for 2024 and 2025.\n\nThe decision came ahead of the US Federal Reserve, which is expected to keep rates unchanged next week.')],
  ['another Putin story (a different event)', page('Putin meets Xi in Beijing to deepen ties', 'Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit, his first trip abroad since starting a new six-year term.\n\nChinese leader Xi Jinping welcomed Putin in Tiananmen Square, and the two signed a joint statement on deepening their strategic partnership.\n\nPutin also travelled to Harbin, where he visited a trade fair and a university.')],
];

describe('stories on other subjects', () => {
  it.each(otherStories)('%s is not same-story with any bundled article', async (_name, story) => {
    const decisions = (await findCoverage(story, corpus)).matches.map((m) => m.decision);
    expect(decisions).not.toContain('same-story');
    expect(decisions).not.toContain('this-article');
  });

  it.each(otherStories.slice(0, 3))('%s is unrelated to every bundled article', async (_name, story) => {
    for (const m of (await findCoverage(story, corpus)).matches) expect(m.decision).toBe('unrelated');
  });

  it('a different event with the same leader is related, not same-story', async () => {
    const [, putinXi] = otherStories[3]!;
    expect((await findCoverage(putinXi, corpus)).matches[0]?.decision).toBe('related');
  });

  const basil = join(import.meta.dirname, '..', '..', '..', 'shared', 'evaldata', 'basil', 'articles');
  it.runIf(existsSync(basil))('no BASIL article (300 US news stories, 2010-2019) is same-story with a bundled article', async () => {
    const judged: string[] = [];
    for (const year of readdirSync(basil)) {
      for (const name of readdirSync(join(basil, year))) {
        const file = JSON.parse(readFileSync(join(basil, year, name), 'utf8')) as { title: string; 'body-paragraphs': string[][] };
        const story = page(file.title, file['body-paragraphs'].map((p) => p.join(' ')).join('\n\n'));
        for (const m of (await findCoverage(story, corpus)).matches) if (m.decision === 'same-story' || m.decision === 'this-article') judged.push(name);
      }
    }
    expect(judged).toEqual([]);
  });
});
