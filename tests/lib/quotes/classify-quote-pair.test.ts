import { describe, expect, it } from 'vitest';
import { classifyQuotePair } from '../../../lib/quotes/classify-quote-pair';
import { matchQuoteWords } from '../../../lib/quotes/match-quote-words';
import { quoteWords } from '../../../lib/quotes/quote-words';

function classify(a: string, b: string) {
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  return classifyQuotePair(a, wa, b, wb, matchQuoteWords(wa, wb));
}

describe('classifyQuotePair', () => {
  it.each([
    ['the same words', 'Undoubtedly, there is collusion', 'Undoubtedly there is collusion', 'identical', [], []],
    ['quote style, case and an insertion aside', '[W]e will win', 'we will win', 'identical', [], []],
    ['b quotes the end of a’s span', 'I trust in God, but God wants us to work', 'but God wants us to work', 'trimmed', [], ['I trust in God']],
    ['a quotes a shorter span', 'a one-in-three chance', 'there is a 1 in 3 chance that we lose', 'trimmed', ['there is', 'that we lose'], []],
    ['spans that overlap at different ends', 'We won the vote. We will win again', 'We will win again and again', 'trimmed', ['and again'], ['We won the vote']],
    ['a sentence cut from inside', 'I went too far and I was wrong', 'I went too far. I made a mistake and I was wrong', 'trimmed', ['I made a mistake'], []],
    ['a cut marked with an ellipsis', 'you may have someone ... on the committee', 'you may have someone who fought for years on the committee', 'trimmed', ['who fought for years'], []],
    ['a contraction written out', "They're followers of a false prophet", 'They are followers of a false prophet', 'identical', [], []],
    ["'d read as would", "I'd like to know who they are", 'I would like to know who they are', 'identical', [], []],
    ['a compound as one word or two', 'as well as our workforce', 'as well as our work force', 'identical', [], []],
    ['a word censored two ways', 'pay for that f***ing wall', 'Pay For That F**king Wall', 'identical', [], []],
    ['a censored word and the word', 'pay for that f***ing wall', 'pay for that fucking wall', 'identical', [], []],
    ['a censored word of other letters', 'pay for that f***ing wall', 'pay for that damn wall', 'reworded', [], []],
    ["a noun's 's is no contraction", "the company's pay", 'the company is pay', 'reworded', [], []],
    ['a word dropped inside a clause', 'went too far', 'I went way too far', 'reworded', [], []],
    ['a word substituted', 'We greatly appreciate your support', 'We highly appreciate your support', 'reworded', [], []],
    ['a word moved', 'workers, either with our partners', 'workers with either our partners', 'reworded', [], []],
    ['other words at one end on both sides', 'a spot at the bar', 'not a spot at a bar', 'reworded', [], []],
  ])('%s', (_name, a, b, kind, cutA, cutB) => {
    expect(classify(a, b)).toEqual({ kind, cut: { a: cutA, b: cutB } });
  });
});
