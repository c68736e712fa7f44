import { describe, expect, it } from 'vitest';
import { DETERMINERS, NAME_TITLES, NOT_NAME_CAPITALS, ORGANIZATION_WORDS, ROLE_NOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS } from '../../../lib/quotes/speaker-words';
import { isStopWord } from '../../../lib/text/stop-words';

const tables: Array<[string, ReadonlySet<string>]> = [
  ['SPEECH_VERBS', SPEECH_VERBS],
  ['SPEAKER_PRONOUNS', SPEAKER_PRONOUNS],
  ['NAME_TITLES', NAME_TITLES],
  ['DETERMINERS', DETERMINERS],
  ['ROLE_NOUNS', ROLE_NOUNS],
  ['NOT_NAME_CAPITALS', NOT_NAME_CAPITALS],
  ['ORGANIZATION_WORDS', ORGANIZATION_WORDS],
];

describe.each(tables)('%s (whole table)', (_name, table) => {
  it.each([...table])('%s is one lower-case word', (word) => {
    expect(word).toMatch(/^[a-z-]+$/);
  });
});

describe('SPEECH_VERBS (whole table)', () => {
  // A plural noun form would read "in Democratic-leaning states" as an attribution.
  it.each([...SPEECH_VERBS])('%s is not a function word', (verb) => {
    expect(isStopWord(verb) && !['said', 'says', 'say', 'told'].includes(verb)).toBe(false);
  });

  it.each(['states', 'claims', 'remarks', 'calls', 'notes', 'posts'])('leaves out %s, as often a plural noun', (word) => {
    expect(SPEECH_VERBS.has(word)).toBe(false);
  });
});
