import { wordShingles } from '../match/word-shingles';

/** How many of the smallest shingle hashes a sketch keeps. */
export const SKETCH_SIZE = 4;

/** FNV-1a, 32 bits, as 8 hex digits. */
function hash32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A bottom-k sketch of a text: the SKETCH_SIZE smallest hashes of its word 4-grams. Two texts that share
 * most of their 4-grams (the same article with other page furniture, a lightly updated version) share
 * most of their smallest hashes, so the store finds near-identical candidates through a multi-entry index
 * on the sketch instead of comparing a new article with every stored one; candidates are then checked
 * word for word (isNearDuplicate).
 * @example textSketch('Kim met Putin in Pyongyang on Wednesday.').length // -> 4 (a short text has fewer 4-grams than 8)
 */
export function textSketch(text: string): string[] {
  return [...new Set([...wordShingles(text)].map(hash32))].sort().slice(0, SKETCH_SIZE);
}
