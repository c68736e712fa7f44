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
    ['same id, new text: the outlet revised it', [article()], article({ text: 'Revised body.' }), 'updated'],
    ['same date, nothing else: a new article (never dedupe on date)', [article({ published: '2026-12-01' })], article({ id: 'u-2', url: 'https://a.example/2', guid: 'g2', published: '2026-12-01' }), 'added'],
  ])('%s: %s', async (_name, initial, next, expected) => {
    const sink = createMemorySink(initial);
    expect(await sink.add(next)).toBe(expected);
  });

  it('seen by guid or URL, not otherwise', async () => {
    const sink = createMemorySink([article()]);
    expect(await sink.seen({ guid: 'g1' })).toBe(true);
    expect(await sink.seen({ url: 'https://a.example/1' })).toBe(true);
    expect(await sink.seen({ guid: 'g9', url: 'https://a.example/9' })).toBe(false);
    expect(await sink.seen({})).toBe(false);
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
