import type { StoredArticle } from './types';

/** Why an incoming article was not added: an article with its id, URL or (near-)identical text is kept. */
export type DuplicateReason = 'id' | 'url' | 'text';

/** The fields that decide between two versions of one article. */
type Version = Pick<StoredArticle, 'id' | 'textKey' | 'source'> & { published?: string; canonicalUrl?: string };

const time = (published: string | undefined) => (published ? Date.parse(published) : NaN);

/**
 * What to do with an incoming article that duplicates a kept one (same id, same URL, or near-identical
 * text): replace the kept one with it when it is a newer version, else skip it and say why. Newer: a
 * later published date; with no dates to compare, the incoming one when it comes fresh from the web (a
 * save, a feed, a visit, a link), never when it comes from an imported pack, which may be old. The same
 * text is never a newer version.
 * @example resolveDuplicate({ ...kept, textKey: 'other', published: '2024-06-20' }, { ...kept, published: '2024-06-19' }) // -> 'replace'
 */
export function resolveDuplicate(incoming: Version, kept: Version): 'replace' | DuplicateReason {
  const reason: DuplicateReason = incoming.id === kept.id ? 'id' : incoming.canonicalUrl && incoming.canonicalUrl === kept.canonicalUrl ? 'url' : 'text';
  if (incoming.textKey === kept.textKey) return reason;
  const [fresh, old] = [time(incoming.published), time(kept.published)];
  if (!Number.isNaN(fresh) && !Number.isNaN(old) && fresh !== old) return fresh > old ? 'replace' : reason;
  return incoming.source === 'imported' ? reason : 'replace';
}
