import { describe, expect, it } from 'vitest';
import { documentFrequencies } from '../../../lib/align/document-frequencies';

describe('documentFrequencies', () => {
  it.each([
    ['counts the sentences holding each key', [['kim', 'putin'], ['putin'], ['putin', 'visit']], [['kim', 1], ['putin', 3], ['visit', 1]]],
    ['keeps the order keys are first met', [['b'], ['a', 'b']], [['b', 2], ['a', 1]]],
    ['an empty sentence counts nothing', [[], ['x']], [['x', 1]]],
    ['no sentences', [], []],
  ])('%s', (_name, keyLists, expected) => {
    expect([...documentFrequencies(keyLists)]).toEqual(expected);
  });
});
