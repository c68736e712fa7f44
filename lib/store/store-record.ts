import { canonicalUrl } from '../match/canonical-url';
import { wordShingles } from '../match/word-shingles';
import type { Article } from '../types';
import { articleVector } from './article-vector';
import { textKey } from './text-key';
import { sketchKey } from './sketch-key';
import { textSketch } from './text-sketch';
import type { ArticleSource, FeedOrigin, StoredArticle } from './types';

const OPTIONAL = ['url', 'published', 'byline', 'lang'] as const;

/**
 * What the store keeps for an incoming article (everything but its docNo, given when it is written):
 * the article's own fields (unknown ones dropped), where it came from and when, the keys dedup looks
 * it up by, and its index terms. `shingles` are the text's wordShingles, when the caller has them already;
 * `feed` names the feed an article of source 'feed' came through.
 * @example storeRecord(article, 'saved', Date.now()).terms.split('\n')[0] // -> 'putin'
 */
export function storeRecord(article: Article, source: ArticleSource, added: number, shingles: ReadonlySet<string> = wordShingles(article.text), feed?: FeedOrigin): Omit<StoredArticle, 'docNo'> {
  const { terms, weights } = articleVector(article);
  const record: Omit<StoredArticle, 'docNo'> = {
    id: article.id,
    outlet: article.outlet,
    title: article.title,
    text: article.text,
    source,
    added,
    words: article.text.split(/\s+/).filter(Boolean).length,
    textKey: textKey(article.text),
    sketch: textSketch(shingles).map((hash) => sketchKey(hash, shingles.size)),
    shingles: shingles.size,
    terms: terms.join('\n'),
    weights,
  };
  for (const field of OPTIONAL) if (article[field] !== undefined) record[field] = article[field];
  const url = canonicalUrl(article.url);
  if (url) record.canonicalUrl = url;
  if (feed && source === 'feed') record.feed = { url: feed.url, ...(feed.title ? { title: feed.title } : {}) };
  return record;
}
