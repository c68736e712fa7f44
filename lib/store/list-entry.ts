import { words } from '../text/tokenize';
import { wordKey } from '../text/word-key';
import type { ListEntry, StoredArticle } from './types';

/**
 * The options page's row for a stored article: its date is the published time where the article has a
 * readable one, else when it was added; its headline is indexed by word key, so "floods" finds "Flooding".
 * @example listEntry(record).titleWords // -> ['putin', 'arriv', 'in', 'pyongyang'] (headline: Putin arrives in Pyongyang)
 */
export function listEntry(record: StoredArticle): ListEntry {
  const published = record.published ? Date.parse(record.published) : NaN;
  const entry: ListEntry = {
    docNo: record.docNo,
    id: record.id,
    title: record.title,
    outlet: record.outlet,
    source: record.source,
    added: record.added,
    day: Number.isNaN(published) ? record.added : published,
    words: record.words,
    titleWords: [...new Set(words(record.title).map((t) => wordKey(t.text)))],
  };
  if (record.url) entry.url = record.url;
  return entry;
}
