import { describe, expect, it } from 'vitest';
import { isStopWord, STOP_WORDS } from '../../../lib/text/stop-words';

describe('STOP_WORDS (whole table)', () => {
  it.each([...STOP_WORDS])('%s is a lower-case word without spaces', (word) => {
    expect(word).toMatch(/^[a-z']+$/);
  });
});

describe('isStopWord', () => {
  it.each([
    ['The', true],
    ['said', true],
    ['Putin', false],
    ['missiles', false],
    ['24', false],
  ])('%s -> %s', (word, expected) => {
    expect(isStopWord(word)).toBe(expected);
  });
});
