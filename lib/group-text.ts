import type { Sentence } from './types';

/**
 * The text of one side of a group: its sentences joined by a space.
 * @example groupText([{ text: 'One.' }, { text: 'Two.' }] as Sentence[], [0, 1]) // -> 'One. Two.'
 */
export function groupText(sentences: readonly Sentence[], indices: readonly number[]): string {
  return indices.map((i) => sentences[i]?.text ?? '').join(' ');
}
