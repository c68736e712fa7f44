import type { TextLine } from './types';

/**
 * Writes lines as article text: paragraphs and subheads separated by a blank line, list items as
 * "- " lines kept together on consecutive lines.
 * @example joinLines([{ text: 'Key points', kind: 'heading' }, { text: 'One', kind: 'item' }, { text: 'Two', kind: 'item' }])
 * // -> 'Key points\n\n- One\n- Two'
 */
export function joinLines(lines: readonly TextLine[]): string {
  let text = '';
  let previous: TextLine | undefined;
  for (const line of lines) {
    const written = line.kind === 'item' ? `- ${line.text}` : line.text;
    if (previous) text += previous.kind === 'item' && line.kind === 'item' ? '\n' : '\n\n';
    text += written;
    previous = line;
  }
  return text;
}
