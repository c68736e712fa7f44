import { hashString } from './hash-string';

/**
 * A stable article id: a hash of the canonical URL when there is one (the same article saved twice
 * keeps its id), else of the text. The prefix says which, so a URL id never equals a text id.
 * @example articleId('https://example.com/story', 'Body…') // -> 'u-0a1b…' (16 hex digits after the prefix)
 */
export function articleId(url: string | undefined, text: string): string {
  return url ? `u-${hashString(url)}` : `t-${hashString(text)}`;
}
