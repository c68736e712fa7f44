import { describe, expect, it } from 'vitest';
import { matchQuoteWords } from '../../../lib/quotes/match-quote-words';
import { quoteWords } from '../../../lib/quotes/quote-words';

const match = (a: string, b: string) => matchQuoteWords(quoteWords(a), quoteWords(b));

describe('matchQuoteWords', () => {
  it('matches a phrase as a run, not a small word far from it', () => {
    // "a" could match the "a" of "not a theology"; the run "a different theology" wins.
    expect(match('A different theology', 'Oh, not a theology based on the Bible, a different theology').pairs).toEqual([
      [0, 8],
      [1, 9],
      [2, 10],
    ]);
  });

  it.each([
    ['the same words', 'We will win', 'we will win', 3, 3, 1],
    ['a word dropped inside', 'I went too far', 'I went way too far', 4, 2, 2],
    ['nothing in common', 'markets will recover', 'we condemn the launch', 0, 0, 0],
    ['an insertion never matches', 'If they [Democrats] fail', 'If they [Republicans] fail', 3, 2, 1],
  ])('%s', (_name, a, b, pairs, longestRun, matchedContent) => {
    const m = match(a, b);
    expect([m.pairs.length, m.longestRun, m.matchedContent]).toEqual([pairs, longestRun, matchedContent]);
  });
});
