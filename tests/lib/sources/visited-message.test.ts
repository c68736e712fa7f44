import { describe, expect, it } from 'vitest';
import { isVisitedMessage, VISITED_MESSAGE } from '../../../lib/sources/visited-message';

describe('isVisitedMessage', () => {
  it.each<[string, unknown, boolean]>([
    ['the visit script message', { type: VISITED_MESSAGE, article: { id: 'a' } }, true],
    ['without an article (still the shape; the article is checked apart)', { type: VISITED_MESSAGE }, true],
    ['another type', { type: 'something-else', article: {} }, false],
    ['a string', VISITED_MESSAGE, false],
    ['null', null, false],
    ['undefined', undefined, false],
  ])('%s', (_case, message, expected) => {
    expect(isVisitedMessage(message)).toBe(expected);
  });
});
