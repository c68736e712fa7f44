import { discoverFeeds } from './discover-feeds';
import { fetchText } from './fetch-text';
import { parseFeed } from './parse-feed';
import { HTTP_PROBLEM_WORDS, PROBLEM_WORDS } from './problem-words';
import type { DiscoveredFeed, FetchDeps, FetchResult, ParseHtml, Subscription } from './types';

/** What an address the reader typed turned out to be. */
export type FeedAddress =
  /** A feed: the subscription, and the origins its articles live on (asked for before a refresh reads them). */
  | { kind: 'feed'; subscription: Subscription; articleOrigins: string[] }
  /** A site page that links feeds: the reader picks one. `pageUrl` is where the page was read (after redirects): its articles' likely site. */
  | { kind: 'site'; feeds: DiscoveredFeed[]; pageUrl: string }
  | { kind: 'problem'; message: string };

const problem = (url: string, result: Exclude<FetchResult, { kind: 'ok' }>): FeedAddress => {
  const words = result.kind === 'http-status' ? `${HTTP_PROBLEM_WORDS[result.problem]} (${result.status})` : PROBLEM_WORDS[result.kind];
  return { kind: 'problem', message: `${url}: ${words}` };
};

const originOf = (link: string) => (URL.canParse(link) ? new URL(link).origin : undefined);

/**
 * Reads an address the reader typed under the network rules: a feed (RSS, Atom, RDF) gives a
 * subscription named by the feed's own title; a site page gives the feeds it links with
 * `<link rel="alternate">`; anything else one line saying why. Nothing is kept here.
 * @example await readFeedAddress('https://coast.test/', { ...fetchDeps, parseHtml }) // -> { kind: 'site', feeds: [{ url: 'https://coast.test/rss.xml', title: 'Coast News', format: 'rss' }], pageUrl: 'https://coast.test/' }
 */
export async function readFeedAddress(url: string, deps: FetchDeps & { parseHtml: ParseHtml }): Promise<FeedAddress> {
  const asFeed = await fetchText(url, deps, 'feed');
  if (asFeed.kind === 'ok') {
    const parsed = parseFeed(asFeed.text, asFeed.finalUrl);
    if (parsed.ok) {
      const { feed } = parsed;
      const subscription: Subscription = { feedUrl: url, ...(feed.title ? { title: feed.title, outlet: feed.title } : {}), ...(feed.siteUrl ? { siteUrl: feed.siteUrl } : {}) };
      const origins = new Set(feed.items.flatMap((item) => (item.link ? [originOf(item.link)] : [])).filter((o): o is string => o !== undefined));
      return { kind: 'feed', subscription, articleOrigins: [...origins] };
    }
  } else if (asFeed.kind !== 'not-a-feed') return problem(url, asFeed);
  const asPage = await fetchText(url, deps, 'page');
  if (asPage.kind !== 'ok') return asPage.kind === 'not-a-page' ? { kind: 'problem', message: `${url}: ${PROBLEM_WORDS['not-a-feed']}` } : problem(url, asPage);
  const feeds = discoverFeeds(deps.parseHtml(asPage.text, asPage.finalUrl), asPage.finalUrl);
  return feeds.length ? { kind: 'site', feeds, pageUrl: asPage.finalUrl } : { kind: 'problem', message: `${url}: not a feed, and the page links no feed` };
}
