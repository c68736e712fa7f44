import { words } from '../text/tokenize';

export interface QuoteSpan {
  /** The quoted words, without the quote marks. */
  text: string;
  start: number;
  end: number;
}

/** A quote shorter than this is a scare quote or a title ('aggression'), not a statement. */
export const MIN_QUOTE_WORDS = 3;

// Curly and guillemet quotes pair unambiguously; straight double quotes only open after a space or bracket.
// Single quotes are left out: they are mostly apostrophes.
const openingMark = /["\u201C\u201E\u00AB]/;
const quotePatterns = [/[\u201C\u201E\u00AB]([^\u201C\u201D\u00BB]{1,1000}?)[\u201D\u00BB"]/g, /(?:^|(?<=[\s([]))"([^"]{1,1000}?)"/g];

/**
 * Quoted passages of at least three words in a text, in text order.
 * @example findQuotes('He said “we will go there” and left.').map((q) => q.text) // -> ['we will go there']
 */
export function findQuotes(text: string): QuoteSpan[] {
  // Most sentences quote no one: one scan for an opening mark saves running both patterns.
  if (!openingMark.test(text)) return [];
  const found: QuoteSpan[] = [];
  for (const pattern of quotePatterns) {
    for (const m of text.matchAll(pattern)) {
      const inner = m[1] as string;
      const start = m.index + m[0].indexOf(inner);
      if (words(inner).length >= MIN_QUOTE_WORDS && !found.some((q) => start < q.end && q.start < start + inner.length)) {
        found.push({ text: inner.trim(), start, end: start + inner.length });
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}
