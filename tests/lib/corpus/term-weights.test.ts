import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../lib/corpus/article-terms';
import { BOILERPLATE_WORDS, CAPITALISED_COMMON_WORDS, IDF_PRIOR_DOCUMENTS, TERM_WEIGHTS } from '../../../lib/corpus/term-weights';
import { wordKey } from '../../../lib/text/word-key';

describe('TERM_WEIGHTS', () => {
  it.each(Object.entries(TERM_WEIGHTS))('%s is a positive finite weight', (_name, weight) => {
    expect(weight).toBeGreaterThan(0);
    expect(Number.isFinite(weight)).toBe(true);
  });

  it.each([
    ['names count more than ordinary words', TERM_WEIGHTS.name, TERM_WEIGHTS.word],
    ['numbers count more than ordinary words', TERM_WEIGHTS.number, TERM_WEIGHTS.word],
    ['long numbers count more than single digits', TERM_WEIGHTS.number, TERM_WEIGHTS.digit],
    ['headline words are multiplied up', TERM_WEIGHTS.headline, 1],
  ])('%s', (_case, more, less) => {
    expect(more).toBeGreaterThan(less);
  });

  it('pairs weigh less than the words they join', () => {
    expect(TERM_WEIGHTS.pair).toBeLessThan(1);
  });

  it('the IDF prior is a positive whole number of documents', () => {
    expect(Number.isInteger(IDF_PRIOR_DOCUMENTS) && IDF_PRIOR_DOCUMENTS > 0).toBe(true);
  });
});

describe('BOILERPLATE_WORDS', () => {
  it('is not empty', () => expect(BOILERPLATE_WORDS.size).toBeGreaterThan(20));

  it.each([...BOILERPLATE_WORDS])('"%s" is lower-case and never becomes a term', (word) => {
    expect(word).toBe(word.toLowerCase());
    const terms = articleTerms({ title: '', text: `Kremlin officials ${word} agreed.` });
    expect(terms.has('kremlin')).toBe(true);
    expect(terms.has(wordKey(word))).toBe(false);
  });
});

describe('CAPITALISED_COMMON_WORDS', () => {
  it('is not empty', () => expect(CAPITALISED_COMMON_WORDS.size).toBeGreaterThan(10));

  // "May" is also a stop word and is dropped altogether; every other entry counts as an ordinary word.
  it.each([...CAPITALISED_COMMON_WORDS])('"%s" capitalised mid-sentence is not weighted as a name', (word) => {
    const capital = word[0]!.toUpperCase() + word.slice(1);
    const weight = articleTerms({ title: '', text: `Soldiers left on ${capital} again.` }).get(wordKey(word));
    expect(weight === undefined || weight === Math.sqrt(TERM_WEIGHTS.word)).toBe(true);
    expect(word).toBe(word.toLowerCase());
  });
});
