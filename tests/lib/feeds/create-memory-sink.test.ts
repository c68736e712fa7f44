import { describe, expect, it } from 'vitest';
import { createMemorySink } from '../../../lib/feeds/create-memory-sink';
import type { FeedArticle } from '../../../lib/feeds/types';

const article = (over: Partial<FeedArticle> = {}): FeedArticle => ({
  id: 'u-1', outlet: 'A', title: 'T', text: 'Body.', url: 'https://a.example/1', guid: 'g1', source: 'feed', feedUrl: 'https://a.example/f', collected: '2026-12-01T12:00:00.000Z', textFrom: 'feed', ...over,
});

describe('createMemorySink', () => {
  it.each([
    ['a new article', [], article(), 'added'],
    ['the same again', [article()], article(), 'duplicate'],
    ['same guid, other URL and id', [article()], article({ id: 'u-2', url: 'https://a.example/2' }), 'duplicate'],
    ['same URL, other guid and id', [article()], article({ id: 'u-2', guid: 'g2' }), 'duplicate'],
    ['same guid in another feed, other URL and id: feeds number their items', [article()], article({ id: 'u-2', url: 'https://b.example/1', feedUrl: 'https://b.example/f' }), 'added'],
    ['same id, new text: the outlet revised it', [article()], article({ text: 'Revised body.' }), 'updated'],
    ['same date, nothing else: a new article (never dedupe on date)', [article({ published: '2026-12-01' })], article({ id: 'u-2', url: 'https://a.example/2', guid: 'g2', published: '2026-12-01' }), 'added'],
  ])('%s: %s', async (_name, initial, next, expected) => {
    const sink = createMemorySink(initial);
    expect(await sink.add(next)).toBe(expected);
  });

  const FEED = 'https://a.example/f';
  it.each([
    ['the guid in its feed', { feedUrl: FEED, guid: 'g1' }, true],
    ['the same guid in another feed', { feedUrl: 'https://b.example/f', guid: 'g1' }, false],
    ['the URL (from any feed)', { feedUrl: 'https://b.example/f', url: 'https://a.example/1' }, true],
    ['another guid and URL', { feedUrl: FEED, guid: 'g9', url: 'https://a.example/9' }, false],
    ['no keys but the feed', { feedUrl: FEED }, false],
  ])('seen: %s -> %s', async (_name, keys, expected) => {
    const sink = createMemorySink([article()]);
    expect(await sink.seen(keys)).toBe(expected);
  });

  it('an update replaces in place', async () => {
    const sink = createMemorySink([article(), article({ id: 'u-2', url: 'https://a.example/2', guid: 'g2' })]);
    await sink.add(article({ text: 'New.' }));
    expect(sink.articles.map((a) => [a.id, a.text])).toEqual([
      ['u-1', 'New.'],
      ['u-2', 'Body.'],
    ]);
  });
});
