import { describe, expect, it } from 'vitest';
import { recordTerms } from '../../../lib/store/record-terms';

describe('recordTerms', () => {
  it.each([
    ['terms', 'putin\nkim jong', ['putin', 'kim jong']],
    ['none', '', []],
  ])('%s', (_case, terms, expected) => {
    expect(recordTerms({ terms })).toEqual(expected);
  });
});
