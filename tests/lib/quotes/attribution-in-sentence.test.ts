import { describe, expect, it } from 'vitest';
import { attributionInSentence } from '../../../lib/quotes/attribution-in-sentence';

/** The speaker key of the quote between the first pair of curly marks (or of the nth quote). */
function speaker(sentence: string, nth = 0): string | undefined {
  const spans = [...sentence.matchAll(/[“"]([^”"]*)[”"]/g)].map((m) => ({ start: m.index + 1, end: m.index + 1 + (m[1] as string).length }));
  const s = attributionInSentence(sentence, spans, nth);
  return s && `${s.kind}:${s.key}`;
}

describe('attributionInSentence', () => {
  it.each([
    ['"said X" after the quote', '“We will win,” said Hilary Shelton, director of the bureau.', 0, 'name:shelton'],
    ['"X said" after the quote', '“We will win,” the lawyer, Mark D. Sheridan, said in an email.', 0, 'name:sheridan'],
    ['a pronoun after the quote', '“We will win,” he said.', 0, 'pronoun:he'],
    ['a verb before the quote', 'In a Twitter post late Tuesday, Griffin said the image “is too disturbing.”', 0, 'name:griffin'],
    ['a colon after the verb', 'The letter says: “We would be remiss.”', 0, 'role:letter'],
    ['the pronoun right before the verb', 'It was then that Mr. Santorum described what he called the “phony theology” of the agenda.', 0, 'pronoun:he'],
    ['what others called it: they speak, not the sentence’s subject', 'Mr. Boehner pointed to what aides called “orphan districts” in those states.', 0, 'role:aid'],
    ['what a named person called it', 'The senator rejected what Mr. Reid called “a bluff” on Tuesday.', 0, 'name:reid'],
    ['"according to"', '“It is done,” according to Senate Majority Leader Harry Reid.', 0, 'name:reid'],
    ['a headline label', 'Boehner: “1-in-3 chance” Republicans could lose House', 0, 'name:boehner'],
    ['the second quote reads the words between', '“Yes,” she said, “and no.”', 1, 'pronoun:she'],
  ])('%s', (_name, sentence, nth, expected) => {
    expect(speaker(sentence, nth)).toBe(expected);
  });

  it.each([
    ['a plural noun is no verb', 'Mr. Boehner pointed to “orphan districts” in Democratic-leaning states that would not matter.'],
    ['no attribution', 'The word “anachronistic” came up.'],
  ])('finds no speaker: %s', (_name, sentence) => {
    expect(speaker(sentence)).toBeUndefined();
  });
});
