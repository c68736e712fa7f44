import { describe, expect, it } from 'vitest';
import { HTTP_PROBLEM_WORDS, PROBLEM_WORDS } from '../../../lib/feeds/problem-words';

describe('PROBLEM_WORDS and HTTP_PROBLEM_WORDS', () => {
  it.each([...Object.entries(PROBLEM_WORDS), ...Object.entries(HTTP_PROBLEM_WORDS)])('%s: "%s" is a short lower-case phrase', (_kind, words) => {
    expect(words).toMatch(/^[a-zH(][^.]*$/);
    expect(words.length).toBeLessThanOrEqual(50);
  });

  it.each([
    ['timeout', 'timed out'],
    ['not-a-feed', 'not a feed'],
    ['consent-wall', 'a consent wall'],
    ['paywall', 'a paywall'],
    ['not-an-article', 'not an article'],
  ] as const)('the issue\'s words: %s is "%s"', (kind, words) => {
    expect(PROBLEM_WORDS[kind]).toBe(words);
  });
});
