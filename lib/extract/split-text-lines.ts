import { BULLET_MARKER } from './furniture-patterns';
import { lineShape } from './line-shape';
import type { TextLine } from './types';


/**
 * Splits plain text into trimmed, non-empty lines, with bulleted and numbered lines as list items
 * (their marker removed, so the text is the item itself).
 * @example splitTextLines('Title\n\n• One\n2. Two') // -> [{ text: 'Title', kind: 'paragraph' }, { text: 'One', kind: 'item' }, { text: 'Two', kind: 'item' }]
 */
export function splitTextLines(text: string): TextLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => (lineShape(line).bullet ? { text: line.replace(BULLET_MARKER, '').trim(), kind: 'item' as const } : { text: line, kind: 'paragraph' as const }));
}
