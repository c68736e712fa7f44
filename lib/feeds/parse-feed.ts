import { parseFeed as parseAnyFeed, type AnyFeed, type AtomFeed, type RdfFeed, type RssFeed } from 'feedsmith';
import { escapeHtml } from '../format/escape-html';
import { feedDate } from './feed-date';
import { htmlToPlainText } from './html-to-plain-text';
import { resolveUrl } from './resolve-url';
import type { FeedItem, ParseFeedResult, ParsedFeed } from './types';

/** Feeds list tens of items; a feed listing more is cut here so one feed cannot flood a run. */
export const MAX_FEED_ITEMS = 500;
/** The network cap (about 5 MB) in characters: a string handed in directly is held to the same bound. */
export const MAX_FEED_CHARS = 6 * 1024 * 1024;

const notAFeed = (message: string): ParseFeedResult => ({ ok: false, reason: 'not-a-feed', message });

/** Atom text constructs: type="html" is HTML already, "text" (the default) is escaped to stay text. */
function atomHtml(text: { value?: string; type?: string } | undefined): string | undefined {
  const value = text?.value?.trim();
  if (!value) return undefined;
  return text?.type === 'html' || text?.type === 'xhtml' || text?.type?.includes('html') ? value : escapeHtml(value);
}

/** Atom's article link: rel="alternate" (or no rel, which means alternate), HTML first; never self, edit or enclosure. */
function atomLink(links: Array<{ href?: string; rel?: string; type?: string }> | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => link.href && (link.rel === undefined || link.rel === 'alternate'));
  return (alternates.find((link) => !link.type || link.type.includes('html')) ?? alternates[0])?.href;
}

const firstAuthor = (people: Array<{ name?: string }> | undefined, creators: string[] | undefined) =>
  htmlToPlainText(people?.find((p) => p.name)?.name ?? creators?.[0]) || undefined;

function withoutEmpty(item: FeedItem): FeedItem {
  for (const key of Object.keys(item) as Array<keyof FeedItem>) if (item[key] === undefined || item[key] === '') delete item[key];
  if (item.title === undefined) item.title = '';
  return item;
}

function rssItem(item: RssFeed.Item<string>, bases: string[]): FeedItem {
  const guid = item.guid?.value?.trim();
  // RSS: a guid is a permalink unless it says isPermaLink="false"; only an http(s) one can stand in for a missing link.
  const guidLink = item.guid?.isPermaLink !== false && guid ? resolveUrl(guid) : undefined;
  return withoutEmpty({
    guid,
    link: resolveUrl(item.link, ...bases) ?? guidLink,
    title: htmlToPlainText(item.title),
    published: feedDate(item.pubDate ?? item.dc?.dates?.[0]),
    summary: item.description,
    content: item.content?.encoded,
    author: firstAuthor(item.authors, item.dc?.creators),
  });
}

function atomEntry(entry: AtomFeed.Entry<string>, bases: string[]): FeedItem {
  const entryBase = resolveUrl(entry.xml?.base, ...bases);
  const content = entry.content?.src ? undefined : atomHtml(entry.content);
  return withoutEmpty({
    guid: entry.id?.trim(),
    link: resolveUrl(atomLink(entry.links), ...(entryBase ? [entryBase] : []), ...bases),
    title: htmlToPlainText(entry.title?.value),
    published: feedDate(entry.published) ?? feedDate(entry.updated) ?? feedDate(entry.dc?.dates?.[0]),
    summary: atomHtml(entry.summary),
    content,
    author: firstAuthor(entry.authors, entry.dc?.creators),
  });
}

function rdfItem(item: RdfFeed.Item<string>, bases: string[]): FeedItem {
  return withoutEmpty({
    guid: item.rdf?.about?.trim(),
    link: resolveUrl(item.link, ...bases) ?? resolveUrl(item.rdf?.about, ...bases),
    title: htmlToPlainText(item.title),
    published: feedDate(item.dc?.dates?.[0]),
    summary: item.description,
    content: item.content?.encoded,
    author: firstAuthor(undefined, item.dc?.creators),
  });
}

function toFeed(parsed: AnyFeed<string>, feedUrl: string): ParsedFeed | undefined {
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const { feed } = parsed;
    const siteUrl = resolveUrl(feed.link, feedUrl);
    const bases = [siteUrl, feedUrl].filter((b): b is string => b !== undefined);
    const items = (feed.items ?? []).slice(0, MAX_FEED_ITEMS);
    return {
      format: parsed.format,
      title: htmlToPlainText(feed.title) || undefined,
      siteUrl,
      items: parsed.format === 'rss' ? (items as RssFeed.Item<string>[]).map((i) => rssItem(i, bases)) : (items as RdfFeed.Item<string>[]).map((i) => rdfItem(i, bases)),
    };
  }
  if (parsed.format === 'atom') {
    const { feed } = parsed;
    const base = resolveUrl(feed.xml?.base, feedUrl);
    const bases = [base, feedUrl].filter((b): b is string => b !== undefined);
    return {
      format: 'atom',
      title: htmlToPlainText(feed.title?.value) || undefined,
      siteUrl: resolveUrl(atomLink(feed.links), ...bases),
      items: (feed.entries ?? []).slice(0, MAX_FEED_ITEMS).map((e) => atomEntry(e, bases)),
    };
  }
  return undefined;
}

/**
 * Parses an RSS 2.0, Atom or RSS 1.0 (RDF) feed into items of our own shape: links absolute, titles plain
 * text, dates ISO, summary and full content as HTML strings (untrusted: only ever parsed, never rendered).
 * XML entities are never expanded (feedsmith leaves them as written), so an entity bomb stays a few bytes.
 * Anything that is not one of the three formats gives `{ ok: false, reason: 'not-a-feed' }`, never a throw.
 * @example parseFeed('<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>', 'https://example.com/feed')
 * // -> { ok: true, feed: { format: 'rss', title: 'T', items: [{ title: 'A', link: 'https://example.com/a' }] } }
 */
export function parseFeed(xml: string, feedUrl: string): ParseFeedResult {
  if (typeof xml !== 'string' || !xml.trim()) return notAFeed('The feed is empty.');
  if (xml.length > MAX_FEED_CHARS) return notAFeed('The feed is too large to read.');
  let parsed: AnyFeed<string>;
  try {
    parsed = parseAnyFeed<string>(xml, { maxItems: MAX_FEED_ITEMS });
  } catch {
    return notAFeed('This is not an RSS, Atom or RDF feed.');
  }
  try {
    const feed = toFeed(parsed, feedUrl);
    return feed ? { ok: true, feed } : notAFeed('This is a JSON Feed; only RSS, Atom and RDF feeds are read.');
  } catch {
    // feedsmith's output follows its types for real feeds; fuzzed input can still put odd values where
    // strings are expected, and a reader's feed must never take a run down.
    return notAFeed('The feed could not be read.');
  }
}
