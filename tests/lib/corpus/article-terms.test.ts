import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../lib/corpus/article-terms';
import { TERM_WEIGHTS as W } from '../../../lib/corpus/term-weights';

const body = (text: string) => articleTerms({ title: '', text });

describe('articleTerms', () => {
  it.each([
    ['a capitalised word inside a sentence is a name', 'Troops greeted Putin warmly.', 'putin', W.name],
    ['the first word of a sentence is not a name by its capital', 'Troops greeted them.', 'troop', W.word],
    ['an ordinary word', 'Troops greeted them.', 'greet', W.word],
    ['an acronym is a name even when its lower case is a stop word', 'Troops from the US arrived.', 'us', W.name],
    ['a number of two or more digits', 'Troops numbered 2024 in total.', '2024', W.number],
    ['thousands separators are folded into one number', 'Troops numbered 8,656 in total.', '8656', W.number],
    ['a single digit counts little', 'Troops waited 3 days.', '3', W.digit],
    ['a weekday is an ordinary word despite its capital', 'Troops left on Tuesday morning.', 'tuesday', W.word],
    ['repeated words add up under a square root', 'Troops greeted Putin. Crowds cheered Putin.', 'putin', 2 * W.name],
    ['adjacent content words make a pair term', 'Troops greeted Kim Jong.', 'kim jong', W.pair * W.name],
  ])('%s', (_case, text, key, sum) => {
    expect(body(text).get(key)).toBeCloseTo(Math.sqrt(sum), 10);
  });

  it.each([
    ['stop words', 'Troops said that they would go.', ['that', 'they', 'would', 'said']],
    ['page furniture', 'Troops advertisement subscribe newsletter.', ['advertisement', 'subscribe', 'newsletter']],
    ['single letters', 'Troops from the U.S. arrived.', ['u', 's']],
    ['pairs across a dropped word', 'Troops said arrived.', ['troop arrived', 'troop said']],
  ])('leaves out %s', (_case, text, keys) => {
    const terms = body(text);
    expect(terms.size).toBeGreaterThan(0);
    for (const key of keys) expect(terms.has(key)).toBe(false);
  });

  it('multiplies headline words and does not read Title Case as names', () => {
    const terms = articleTerms({ title: 'Putin Lands In Pyongyang', text: '' });
    expect(terms.get('pyongyang')).toBeCloseTo(Math.sqrt(W.word * W.headline), 10);
    expect(terms.get('land')).toBeCloseTo(Math.sqrt(W.word * W.headline), 10);
  });

  it('does not read a Title Case subhead as names', () => {
    expect(body('Troops left.\n\nAmerica Has Expressed Concern\n\nThey stayed.').get('concern')).toBeCloseTo(Math.sqrt(W.word), 10);
  });

  it.each([
    ['empty', ''],
    ['only stop words', 'It was and is.'],
    ['only punctuation', '… — !'],
  ])('is empty for %s text', (_case, text) => {
    expect(body(text).size).toBe(0);
  });
});
