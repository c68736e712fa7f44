import { describe, expect, it } from 'vitest';
import { isAlignedPair } from '../../../lib/align/is-aligned-pair';
import { ALIGN_THRESHOLDS } from '../../../lib/align/thresholds';
import { makeBag, sharedWeight } from '../../../lib/align/weighted-bag';

const one = () => 1;
const bag = (keys: string) => makeBag(keys.split(' ').filter(Boolean).sort(), one);
const aligned = (x: string, y: string) => isAlignedPair(sharedWeight(bag(x), bag(y)), bag(x), bag(y), ALIGN_THRESHOLDS);

describe('isAlignedPair', () => {
  it.each([
    ['identical', 'a b c d', 'a b c d', true],
    ['half shared: Dice 0.5', 'a b c d', 'a b e f', true],
    ['little shared', 'a b c d e', 'a f g h i', false],
    ['short sentence contained in a long one', 'a b c', 'a b c d e f g h', true],
    ['contained but too short to mean anything', 'a b', 'a b c d e f g h i j', false],
    ['contained but the long one is far longer', 'a b c', 'a b c d e f g h i j k l m n o p q r s t', false],
    ['nothing at all', '', '', false],
  ])('%s -> %s', (_name, x, y, expected) => {
    expect(aligned(x, y)).toBe(expected);
    expect(aligned(y, x)).toBe(expected);
  });
});
