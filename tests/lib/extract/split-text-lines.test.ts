import { describe, expect, it } from 'vitest';
import { splitTextLines } from '../../../lib/extract/split-text-lines';

describe('splitTextLines', () => {
  it.each([
    ['blank lines dropped', 'A\n\n\nB', [{ text: 'A', kind: 'paragraph' }, { text: 'B', kind: 'paragraph' }]],
    ['CRLF and old Mac line ends', 'A\r\nB\rC', [{ text: 'A', kind: 'paragraph' }, { text: 'B', kind: 'paragraph' }, { text: 'C', kind: 'paragraph' }]],
    ['inner whitespace and no-break spaces collapsed', '  Kim \u00a0 met   Putin  ', [{ text: 'Kim met Putin', kind: 'paragraph' }]],
    ['bullets become items without their marker', '• One\n* Two\n- Three', [{ text: 'One', kind: 'item' }, { text: 'Two', kind: 'item' }, { text: 'Three', kind: 'item' }]],
    ['indented numbered item', '  1. Delhi heatwave', [{ text: 'Delhi heatwave', kind: 'item' }]],
    ['hyphenated word is not a bullet', 'Kim-Jong Un', [{ text: 'Kim-Jong Un', kind: 'paragraph' }]],
    ['empty text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(splitTextLines(text)).toEqual(expected);
  });
});
