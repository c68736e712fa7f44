import { parseOpml as parseOpmlDocument, type Opml } from 'feedsmith';
import { resolveUrl } from './resolve-url';
import type { OpmlResult, Subscription } from './types';

/** Reading lists hold hundreds of feeds; a file with more is cut here, so an import stays a reading list. */
export const MAX_OPML_FEEDS = 5_000;
/** Folders nest a few levels; deeper nesting is a malformed or hostile file, and recursion stops there. */
const MAX_DEPTH = 32;
const MAX_OPML_CHARS = 5 * 1024 * 1024;

type Outline = Opml.Outline<string>;

/** OPML names are plain text once the XML reader has decoded them ("Tom & Jerry <News>" is a name, not markup). */
const plainName = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** OPML 2.0 categories are comma-separated slash paths ("/News/World,/Tech"): each as "News/World". */
function categoryPaths(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((path) => path.split('/').map((part) => part.trim()).filter(Boolean).join('/'))
    .filter(Boolean);
}

/** The feed URL of an outline: xmlUrl (any spelling; feedsmith folds the case), or `url` on type="rss"/"atom" outlines. */
function outlineFeedUrl(outline: Outline): string | undefined {
  const typed = /^(rss|atom|rdf|feed)$/i.test(outline.type ?? '') ? outline.url : undefined;
  return resolveUrl(outline.xmlUrl) ?? resolveUrl(typed);
}

function collect(outlines: Outline[] | undefined, folders: string[], depth: number, into: Map<string, Subscription>): void {
  if (!Array.isArray(outlines) || depth > MAX_DEPTH) return;
  for (const outline of outlines) {
    if (into.size >= MAX_OPML_FEEDS) return;
    if (typeof outline !== 'object' || outline === null) continue;
    const name = plainName(outline.title ?? outline.text) || undefined;
    const feedUrl = outlineFeedUrl(outline);
    if (feedUrl) {
      const categories = [...new Set([...(folders.length ? [folders.join('/')] : []), ...categoryPaths(outline.category)])];
      const known = into.get(feedUrl);
      // The same feed filed in two folders is one subscription in both categories.
      if (known) known.categories = [...new Set([...(known.categories ?? []), ...categories])];
      else {
        const subscription: Subscription = { feedUrl };
        if (name) subscription.title = name;
        const siteUrl = resolveUrl(outline.htmlUrl);
        if (siteUrl) subscription.siteUrl = siteUrl;
        if (categories.length) subscription.categories = categories;
        into.set(feedUrl, subscription);
      }
    }
    // A folder is an outline with children; its name (or "Untitled") becomes part of its feeds' category.
    if (outline.outlines) collect(outline.outlines, [...folders, name ?? 'Untitled'], depth + 1, into);
  }
}

/**
 * Reads an OPML reading list (what every feed reader imports and exports) into subscriptions: nested
 * folders and `category` attributes become categories ("News/World"), a missing title stays missing (the
 * feed's own title is used when it is read), `xmlUrl`/`xmlurl` and `type="rss" url=` both name a feed,
 * and the same feed twice is one subscription. Not OPML, or no feed in it: `{ ok: false }`, never a throw.
 * @example parseOpml('<opml version="2.0"><body><outline text="News"><outline text="BBC" xmlUrl="https://feeds.bbci.co.uk/news/rss.xml"/></outline></body></opml>')
 * // -> { ok: true, subscriptions: [{ feedUrl: 'https://feeds.bbci.co.uk/news/rss.xml', title: 'BBC', categories: ['News'] }] }
 */
export function parseOpml(xml: string): OpmlResult {
  if (typeof xml !== 'string' || !xml.trim()) return { ok: false, message: 'The OPML file is empty.' };
  if (xml.length > MAX_OPML_CHARS) return { ok: false, message: 'The OPML file is too large.' };
  let opml: Opml.Document<string>;
  try {
    opml = parseOpmlDocument(xml);
  } catch {
    return { ok: false, message: 'This is not an OPML file.' };
  }
  const found = new Map<string, Subscription>();
  try {
    collect(opml.body?.outlines, [], 0, found);
  } catch {
    return { ok: false, message: 'The OPML file could not be read.' };
  }
  if (found.size === 0) return { ok: false, message: 'The OPML file lists no feed (no outline with an http or https xmlUrl).' };
  const title = plainName(opml.head?.title) || undefined;
  return title ? { ok: true, title, subscriptions: [...found.values()] } : { ok: true, subscriptions: [...found.values()] };
}
