import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../lib/extract/join-lines';
import type { TextLine } from '../../../lib/extract/types';

const p = (text: string): TextLine => ({ text, kind: 'paragraph' });
const h = (text: string): TextLine => ({ text, kind: 'heading' });
const li = (text: string): TextLine => ({ text, kind: 'item' });

describe('joinLines', () => {
  it.each([
    ['paragraphs separated by a blank line', [p('One.'), p('Two.')], 'One.\n\nTwo.'],
    ['subhead on its own paragraph', [p('One.'), h('Sanctions'), p('Two.')], 'One.\n\nSanctions\n\nTwo.'],
    ['list items on consecutive lines', [h('Key points'), li('A'), li('B'), p('After.')], 'Key points\n\n- A\n- B\n\nAfter.'],
    ['no lines', [], ''],
  ])('%s', (_name, lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });
});
