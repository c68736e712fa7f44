import { normalizeText } from '../text/normalize-text';
import type { Article } from '../types';

/** Why an incoming article was not added. */
export interface Duplicate {
  id: string;
  title: string;
  /** `id`: an article with that id is already there; `text`: one with the same text under another id. */
  reason: 'id' | 'text';
}

export interface MergeResult {
  /** The saved articles after the merge: the existing ones first, in order, then the new ones. */
  articles: Article[];
  added: Article[];
  duplicates: Duplicate[];
}

/** Texts compared normalised (spacing, quotes, dashes) and case-folded: a re-extraction with other typesetting is the same text. */
const textKey = (text: string) => normalizeText(text).toLowerCase();

/**
 * Adds incoming articles (a save or an import) to the reader's saved ones, skipping any whose id or
 * text is already saved, bundled, or earlier in the same batch, and says which were skipped and why.
 * Pure: the caller writes `articles` back in one go, so storage never holds half a merge.
 * @example mergeSavedArticles([], [{ id: 'a', outlet: 'X', title: 'T', text: 'Body.' }]).added.length // -> 1
 * @example mergeSavedArticles([a], [{ ...a, id: 'b' }]).duplicates // -> [{ id: 'b', title: 'T', reason: 'text' }]
 */
export function mergeSavedArticles(saved: readonly Article[], incoming: readonly Article[], bundled: readonly Article[] = []): MergeResult {
  const ids = new Set([...saved, ...bundled].map((a) => a.id));
  const texts = new Set([...saved, ...bundled].map((a) => textKey(a.text)));
  const added: Article[] = [];
  const duplicates: Duplicate[] = [];
  for (const article of incoming) {
    const key = textKey(article.text);
    if (ids.has(article.id)) duplicates.push({ id: article.id, title: article.title, reason: 'id' });
    else if (texts.has(key)) duplicates.push({ id: article.id, title: article.title, reason: 'text' });
    else {
      ids.add(article.id);
      texts.add(key);
      added.push(article);
    }
  }
  return { articles: [...saved, ...added], added, duplicates };
}
