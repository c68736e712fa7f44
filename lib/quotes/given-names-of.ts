import type { Speaker } from './speaker-of-phrase';

/**
 * The words a name gives before its surname, lower case, initials and words with other characters left
 * out: what speakers are told apart by when they share a surname, and what "he" or "she" is checked against.
 * @example givenNamesOf({ kind: 'name', text: 'Mark D. Sheridan', key: 'sheridan' }) // -> ['mark']
 */
export function givenNamesOf(speaker: Speaker): string[] {
  if (speaker.kind !== 'name') return [];
  return speaker.text
    .split(/\s+/)
    .slice(0, -1)
    .map((w) => w.toLowerCase())
    .filter((w) => /^\p{L}{2,}$/u.test(w));
}
