import { describe, expect, it } from 'vitest';
import { sameWording } from '../../../lib/quotes/same-wording';

describe('sameWording', () => {
  it.each([
    ['a contraction written out', "They're", 'They are', true],
    ['a curly apostrophe', 'They\u2019re', 'they are', true],
    ["'d as had", "I'd seen", 'I had seen', true],
    ["n't", "can't", 'can not', true],
    ['a compound', 'workforce', 'work force', true],
    ['censored both sides', 'f***ing', 'F**king', true],
    ['censored one side', 'motherf***er', 'motherfucker', true],
    ['other letters around the stars', 'f***ing', 'darn', false],
    ['other words', 'greatly', 'highly', false],
    ['a possessive', "Clinton's", 'Clinton is', false],
    ['a bracketed insertion is passed over', 'the [Democratic] plan', 'the plan', true],
  ])('%s', (_name, a, b, expected) => {
    expect(sameWording(a, b)).toBe(expected);
    expect(sameWording(b, a)).toBe(expected);
  });
});
