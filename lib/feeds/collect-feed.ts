import { articleId } from '../extract/article-id';
import { outletFromHost } from '../extract/outlet-from-host';
import type { Article } from '../types';
import { canonicalUrl } from './canonical-url';
import { classifyPage } from './classify-page';
import { createHostQueue } from './create-host-queue';
import { feedItemArticle } from './feed-item-article';
import { feedStatusMessage } from './feed-status-message';
import { fetchText } from './fetch-text';
import { NETWORK_RULES } from './network-rules';
import { parseFeed } from './parse-feed';
import type { CollectDeps, CollectEvent, FeedArticle, FeedItem, FeedStatus, FetchDeps, ItemProblemKind, Subscription } from './types';

type ItemOutcome = Extract<CollectEvent, { type: 'item' }>['outcome'];

/**
 * The page's own canonical URL when it is plausible (same host, not the home page); sites that point
 * every article's canonical at the home page would otherwise make all their articles one duplicate.
 */
function pageUrl(article: Article, fetchedUrl: string): string | undefined {
  const fetched = canonicalUrl(fetchedUrl);
  const declared = canonicalUrl(article.url);
  if (!declared || !fetched) return fetched;
  const a = new URL(declared);
  const b = new URL(fetched);
  const host = (h: string) => h.replace(/^www\./, '');
  return host(a.host) === host(b.host) && a.pathname !== '/' ? declared : fetched;
}

/** The article of one item: the feed's full text, else the page fetched and extracted; or why there is none. */
async function itemArticle(item: FeedItem, feedUrl: string, deps: CollectDeps, fetchDeps: FetchDeps): Promise<{ article: Article; url?: string; textFrom: 'feed' | 'page' } | ItemProblemKind> {
  const fromFeed = feedItemArticle(item, deps.parseHtml, feedUrl);
  if (fromFeed) return { article: fromFeed, url: canonicalUrl(item.link), textFrom: 'feed' };
  if (!item.link) return 'not-an-article';
  const page = await fetchText(item.link, fetchDeps, 'page');
  if (page.kind !== 'ok') return page.kind;
  const result = classifyPage(deps.parseHtml(page.text, page.finalUrl), page.finalUrl);
  if (!result.ok) return result.problem;
  return { article: result.article, url: pageUrl(result.article, page.finalUrl), textFrom: 'page' };
}

/** Sites of not-allowed items a status names: enough for the reader to act on, never a long list. */
const NOT_ALLOWED_LISTED = 5;

function noteNotAllowed(status: Omit<FeedStatus, 'message'>, origin: string): void {
  const listed = (status.notAllowed ??= []);
  if (!listed.includes(origin) && listed.length < NOT_ALLOWED_LISTED) listed.push(origin);
}

/**
 * Collects one feed: fetch it (network rules), parse it, and for each item not yet kept (by guid or
 * canonical URL, never by date) take the full text the feed carries or else fetch the article page and
 * extract it, then hand the article (source 'feed', the outlet's name, its date, canonical URL, guid and
 * feed URL) to the sink. Items older than `since` are left alone. Returns the feed's status, in words
 * too; nothing throws for a bad feed, a bad page or a cancelled run.
 * @example await collectFeed({ feedUrl: 'https://example.com/feed.xml', outlet: 'Example' }, { fetch, isGranted, parseHtml, sink, now: Date.now, sleep: wait })
 * // -> { feedUrl, outlet: 'Example', lastFetched: '2026-12-01T10:00:00.000Z', items: 20, newItems: 3, seen: 17, old: 0, itemProblems: {}, message: '3 new articles; 17 already kept' }
 */
export async function collectFeed(subscription: Subscription, deps: CollectDeps): Promise<FeedStatus> {
  const queue = deps.queue ?? createHostQueue({ sleep: deps.sleep, now: deps.now, delayMs: deps.rules?.hostDelayMs ?? NETWORK_RULES.hostDelayMs });
  const fetchDeps: FetchDeps = { fetch: deps.fetch, isGranted: deps.isGranted, hiddenRedirect: deps.hiddenRedirect, queue, sleep: deps.sleep, rules: deps.rules, signal: deps.signal };
  const { feedUrl } = subscription;
  const status: Omit<FeedStatus, 'message'> = {
    feedUrl,
    outlet: subscription.outlet ?? subscription.title ?? (URL.canParse(feedUrl) ? outletFromHost(new URL(feedUrl).host) : undefined) ?? feedUrl,
    lastFetched: new Date(deps.now()).toISOString(),
    items: 0,
    newItems: 0,
    seen: 0,
    old: 0,
    itemProblems: {},
  };
  const done = (): FeedStatus => {
    const final = { ...status, message: feedStatusMessage(status) };
    deps.onProgress?.({ type: 'feed-done', status: final });
    return final;
  };

  const response = await fetchText(feedUrl, fetchDeps, 'feed');
  if (response.kind !== 'ok') {
    status.error = response.kind;
    if (response.kind === 'http-status') Object.assign(status, { httpStatus: response.status, httpProblem: response.problem });
    return done();
  }
  const parsed = parseFeed(response.text, response.finalUrl);
  if (!parsed.ok) {
    status.error = 'not-a-feed';
    return done();
  }
  const { feed } = parsed;
  // A subscription without an outlet name takes the feed's title (the outlet names itself there).
  if (!subscription.outlet && !subscription.title && feed.title) status.outlet = feed.title;
  status.items = feed.items.length;
  deps.onProgress?.({ type: 'feed-parsed', feedUrl, links: feed.items.flatMap((i) => (i.link ? [i.link] : [])) });

  for (const item of feed.items) {
    if (deps.signal?.aborted) {
      status.error = 'cancelled';
      break;
    }
    const outcome = await collectItem(item, feedUrl, status.outlet, deps, fetchDeps);
    if (outcome === 'added' || outcome === 'updated') status.newItems++;
    else if (outcome === 'seen' || outcome === 'duplicate') status.seen++;
    else if (outcome === 'old') status.old++;
    else if (outcome === 'cancelled') status.error = 'cancelled';
    else status.itemProblems[outcome] = (status.itemProblems[outcome] ?? 0) + 1;
    if (outcome === 'not-granted' && item.link && URL.canParse(item.link)) noteNotAllowed(status, new URL(item.link).origin);
    deps.onProgress?.({ type: 'item', feedUrl, link: item.link, outcome });
    if (status.error) break;
  }
  return done();
}

async function collectItem(item: FeedItem, feedUrl: string, outlet: string, deps: CollectDeps, fetchDeps: FetchDeps): Promise<ItemOutcome> {
  const published = item.published ? Date.parse(item.published) : NaN;
  if (deps.since !== undefined && published < deps.since) return 'old';
  const keys = { feedUrl, guid: item.guid, url: canonicalUrl(item.link) };
  if ((keys.guid || keys.url) && (await deps.sink.seen(keys))) return 'seen';
  const found = await itemArticle(item, feedUrl, deps, fetchDeps);
  if (typeof found === 'string') return found;
  const { article, url, textFrom } = found;
  const kept: FeedArticle = {
    ...article,
    id: articleId(url, article.text),
    outlet,
    title: item.title || article.title,
    source: 'feed',
    feedUrl,
    collected: new Date(deps.now()).toISOString(),
    textFrom,
  };
  if (url) kept.url = url;
  else delete kept.url;
  // The feed's date is the outlet's own statement of when the item went out; the page's is the fallback.
  const date = item.published ?? article.published;
  if (date) kept.published = date;
  if (item.guid) kept.guid = item.guid;
  if (!kept.byline && item.author) kept.byline = item.author;
  return deps.sink.add(kept);
}
