import type { Comparison } from '../types';

/** Letters and digits of any script survive; everything else becomes one hyphen. */
const slug = (text: string) => text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'outlet';

/**
 * A safe download name for an exported comparison: both outlets, no path characters.
 * @example exportFileName({ a: { outlet: 'BBC News' }, b: { outlet: 'Le Monde' } } as Comparison, 'md') // -> 'outlet-diff-bbc-news-vs-le-monde.md'
 */
export function exportFileName(c: Comparison, extension: string): string {
  return `outlet-diff-${slug(c.a.outlet)}-vs-${slug(c.b.outlet)}.${extension}`;
}
