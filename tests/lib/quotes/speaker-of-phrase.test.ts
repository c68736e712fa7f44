import { describe, expect, it } from 'vitest';
import { speakerOfPhrase } from '../../../lib/quotes/speaker-of-phrase';

describe('speakerOfPhrase', () => {
  it.each([
    ['a bare name', 'Santorum', 'name', 'Santorum', 'santorum'],
    ['titles stripped', 'Senate Majority Leader Harry Reid (D-Nev.)', 'name', 'Harry Reid', 'reid'],
    ['a name set off by commas', 'the lawyer, Mark D. Sheridan,', 'name', 'Mark D. Sheridan', 'sheridan'],
    ['an apposition after the name is not the name', 'Robert Gibbs, a political adviser to President Obama', 'name', 'Robert Gibbs', 'gibb'],
    ['a role whose word key is not the word (aide: aid)', 'an aide to the senator', 'role', 'aide', 'aid'],
    ['a role in the plural', 'his aides', 'role', 'aides', 'aid'],
    ['a name after a preposition is not the head', 'a spokesman for Mr. Hunter', 'role', 'spokesman', 'spokesman'],
    ['a modifier name before a role noun', 'the Texas governor', 'role', 'governor', 'governor'],
    ['a name ending the phrase is the head', 'Obama campaign aide Robert Gibbs', 'name', 'Robert Gibbs', 'gibb'],
    ['a document speaks', 'The Intelligence Committee Republicans’ letter', 'role', 'letter', 'letter'],
    ['a pronoun', 'he', 'pronoun', 'he', 'he'],
    ['a title alone names an office', 'President', 'role', 'president', 'president'],
    ['a sentence adverb is no name', 'However Clinton', 'name', 'Clinton', 'clinton'],
    ['a short subject and its verb words', 'Putin went on to', 'name', 'Putin', 'putin'],
  ])('%s', (_name, phrase, kind, text, key) => {
    expect(speakerOfPhrase(phrase)).toEqual({ kind, text, key });
  });

  it.each([
    ['a verb is no role', 'Kathy Griffin apologizes for photo shoot with bloodied Trump mask'],
    ['a weekday is no name', 'Tuesday'],
    ['nothing', ''],
  ])('finds no speaker in %s', (_name, phrase) => {
    expect(speakerOfPhrase(phrase)).toBeUndefined();
  });
});
