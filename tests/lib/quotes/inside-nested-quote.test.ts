import { describe, expect, it } from 'vitest';
import { insideNestedQuote } from '../../../lib/quotes/inside-nested-quote';

const at = (text: string, word: string) => text.indexOf(word);

describe('insideNestedQuote', () => {
  const kristol = 'Needless to say, the war in Afghanistan was not “a war of Obama’s choosing.”';
  const motto = "You've had legislation reaffirming that 'In God We Trust' is our motto.";
  it.each<[string, string, string, boolean]>([
    ['curly double marks: inside', kristol, 'war of', true],
    ['curly double marks: the speaker’s own words before them', kristol, 'Afghanistan', false],
    ['straight single marks: inside', motto, 'God', true],
    ['straight single marks: after the closing mark', motto, 'motto', false],
    ['an apostrophe in a word opens nothing', motto, 'legislation', false],
    ['a possessive inside the nested quote closes nothing', kristol, 'choosing', true],
    ['curly single marks', 'He said the plan was ‘dead on arrival’ and left.', 'arrival', true],
    ['a mark at the very start is the quote itself, not nested', '“Freedom means freedom for everyone.', 'freedom for', false],
    ['a speaker quoting themself (“I said”) is still the speaker', 'And I said, ‘Baby, they don’t, because we’re gonna go in there.’', 'gonna', false],
    ['"I told him:" too', 'I told him: "We will not leave."', 'leave', false],
    ['no marks at all', 'I think that freedom means freedom for everyone', 'everyone', false],
  ])('%s', (_name, text, word, expected) => {
    expect(insideNestedQuote(text, at(text, word))).toBe(expected);
  });
});
