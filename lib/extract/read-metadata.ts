import { outletFromHost } from './outlet-from-host';
import { toIsoDate } from './to-iso-date';
import type { PageMetadata } from './types';

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage)$/;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The name of a schema.org Person/Organization, a list of them, or a plain string. */
function names(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const all = value.map(names).filter((name): name is string => Boolean(name));
    return all.length ? all.join(', ') : undefined;
  }
  return isObject(value) ? asText(value.name) : asText(value);
}

/** Every JSON-LD object on the page, flattening arrays and @graph. */
function jsonLdObjects(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      found.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags are the fallback.
    }
  }
  return found;
}

function typeOf(value: Json): string {
  const type = value['@type'];
  return Array.isArray(type) ? type.join(' ') : String(type ?? '');
}

function resolve(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** <meta http-equiv="Content-Language">, whose attribute value pages write in any case. */
function contentLanguage(doc: Document): string | undefined {
  for (const element of doc.querySelectorAll('meta[http-equiv]')) {
    if (element.getAttribute('http-equiv')?.toLowerCase() === 'content-language') return asText(element.getAttribute('content'));
  }
  return undefined;
}

/**
 * Reads page metadata from JSON-LD (schema.org Article), Open Graph / article meta tags, <link
 * rel=canonical>, <time datetime> and <html lang>, in that order of trust; the outlet falls back to a
 * readable form of the host name. The canonical URL is resolved against `url`.
 * @example readMetadata(parseHTML('<html lang="en"><head><meta property="og:site_name" content="The Guardian"></head></html>').document, 'https://www.theguardian.com/a')
 * // -> { outlet: 'The Guardian', lang: 'en', canonicalUrl: 'https://www.theguardian.com/a' }
 */
export function readMetadata(doc: Document, url: string): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const value = asText(doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content'));
      if (value) return value;
    }
    return undefined;
  };
  const objects = jsonLdObjects(doc);
  const article = objects.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o.headline || o.datePublished)) ?? {};
  const publisher = names(article.publisher) ?? objects.map((o) => (/Organization$/.test(typeOf(o)) ? asText(o.name) : undefined)).find(Boolean);

  const canonicalUrl =
    resolve(asText(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')), url) ?? resolve(meta('og:url'), url) ?? resolve(url, url);
  let host = '';
  try {
    host = new URL(canonicalUrl ?? url).hostname;
  } catch {
    // Not a URL (a bare file name): no host to name the outlet after.
  }

  const result: PageMetadata = {
    title: asText(article.headline) ?? meta('og:title', 'twitter:title'),
    outlet: meta('og:site_name', 'application-name') ?? publisher ?? outletFromHost(host),
    byline: names(article.author) ?? meta('author', 'article:author', 'byl', 'parsely-author', 'dc.creator'),
    published:
      toIsoDate(asText(article.datePublished)) ??
      toIsoDate(meta('article:published_time', 'datePublished', 'pubdate', 'publish-date', 'parsely-pub-date', 'dc.date', 'date')) ??
      toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    canonicalUrl,
    lang: asText(doc.documentElement?.getAttribute('lang')) ?? contentLanguage(doc) ?? asText(article.inLanguage),
  };
  // Drop absent fields so callers can spread the result without writing undefined keys.
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined)) as PageMetadata;
}
