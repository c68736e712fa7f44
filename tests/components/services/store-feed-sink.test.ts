import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../components/services/corpus-store';
import { storeFeedSink } from '../../../components/services/store-feed-sink';
import type { FeedArticle } from '../../../lib/feeds/types';
import { STORIES, memoryStore } from '../../lib/store/helpers';

const FEED = 'https://coast.test/rss.xml';
const [fire, , , vote, , cup] = STORIES as [FeedArticle, FeedArticle, FeedArticle, FeedArticle, FeedArticle, FeedArticle];

/** A collected article as collectFeed hands it over. */
const collected = (article: FeedArticle, extra: Partial<FeedArticle> = {}): FeedArticle => ({ ...article, source: 'feed', feedUrl: FEED, collected: '2026-12-01T10:00:00.000Z', textFrom: 'feed', ...extra });

const setup = () => {
  const store = new CorpusStore(memoryStore());
  return { store, sink: storeFeedSink(store, (url) => (url === FEED ? 'Coast News' : undefined)) };
};

describe('storeFeedSink', () => {
  it('keeps a feed article with source feed, its outlet, its feed named, date and canonical URL', async () => {
    const { store, sink } = setup();
    expect(await sink.add(collected(fire, { guid: 'coast-41', url: 'https://coast.test/fire?id=41' }))).toBe('added');
    const page = await store.list({ sort: 'newest', offset: 0, limit: 10 });
    expect(page.entries.map((e) => [e.source, e.outlet, e.url])).toEqual([['feed', 'Coast Daily', 'https://coast.test/fire?id=41']]);
    const origins = await store.origins([fire.id]);
    expect(origins[fire.id]).toMatchObject({ source: 'feed', feed: { url: FEED, title: 'Coast News' }, published: '2024-06-02' });
  });

  // seen() is asked before any page is fetched: guid or URL, never the date.
  it.each([
    ['the same guid in the same feed, another URL', { feedUrl: FEED, guid: 'coast-41', url: 'https://coast.test/elsewhere' }, true],
    ['the same guid in another feed (feeds number their items): a new item', { feedUrl: 'https://bay.test/rss.xml', guid: 'coast-41', url: 'https://bay.test/41' }, false],
    ['the same URL with tracking parameters gone (as collectFeed gives it)', { feedUrl: FEED, url: 'https://coast.test/fire?id=41' }, true],
    ['the same URL as a stored article from another source', { feedUrl: FEED, url: 'https://coast.test/vote' }, true],
    ['another guid and URL', { feedUrl: FEED, guid: 'coast-42', url: 'https://coast.test/other' }, false],
    ['no keys but the feed', { feedUrl: FEED }, false],
  ])('seen: %s -> %s', async (_name, keys, expected) => {
    const { store, sink } = setup();
    await sink.add(collected(fire, { guid: 'coast-41', url: 'https://coast.test/fire?id=41' }));
    await store.add({ ...vote, url: 'https://coast.test/vote' }, 'saved');
    expect(await sink.seen(keys)).toBe(expected);
  });

  it('never dedupes on the date: two items published the same minute are both kept', async () => {
    const { sink } = setup();
    const at = '2026-12-01T08:00:00Z';
    expect(await sink.add(collected(fire, { guid: 'a', url: 'https://coast.test/a', published: at }))).toBe('added');
    expect(await sink.add(collected(cup, { guid: 'b', url: 'https://coast.test/b', published: at }))).toBe('added');
  });

  it('says duplicate for the same text again, updated for a revised text, and files the keys either way', async () => {
    const { sink } = setup();
    await sink.add(collected(fire, { guid: 'g1', url: 'https://coast.test/fire' }));
    expect(await sink.add(collected(fire, { guid: 'g2', url: 'https://coast.test/fire' }))).toBe('duplicate');
    expect(await sink.seen({ feedUrl: FEED, guid: 'g2' })).toBe(true);
    expect(await sink.add(collected({ ...fire, text: `${fire.text}\n\nUpdate: the harbour reopened on Monday.` }, { guid: 'g3', url: 'https://coast.test/fire' }))).toBe('updated');
  });

  it('remembers an item whose article the reader deleted, so a refresh does not bring it back', async () => {
    const { store, sink } = setup();
    await sink.add(collected(fire, { guid: 'coast-41', url: 'https://coast.test/fire' }));
    expect(await store.removeSource('feed')).toBe(1);
    expect(await sink.seen({ feedUrl: FEED, guid: 'coast-41' })).toBe(true);
  });
});
