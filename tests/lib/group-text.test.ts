import { describe, expect, it } from 'vitest';
import { groupText } from '../../lib/group-text';
import type { Sentence } from '../../lib/types';

const sentences = [{ text: 'One.' }, { text: 'Two.' }, { text: 'Three.' }] as Sentence[];

describe('groupText', () => {
  it.each([
    ['sentences joined by a space', [0, 2], 'One. Three.'],
    ['one sentence', [1], 'Two.'],
    ['no sentence', [], ''],
    ['an index out of range reads as empty', [0, 9], 'One. '],
  ])('%s', (_name, indices, expected) => {
    expect(groupText(sentences, indices)).toBe(expected);
  });
});
