/** How many of the smallest shingle hashes a sketch keeps. */
export const SKETCH_SIZE = 4;

/** FNV-1a, 32 bits, unsigned. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A bottom-k sketch of a text: the SKETCH_SIZE smallest hashes of its word 4-grams (its wordShingles),
 * as 8 hex digits. Two texts that share most of their 4-grams (the same article with other page
 * furniture, a lightly updated version) share most of their smallest hashes, so the store finds
 * near-identical candidates through a multi-entry index on the sketch instead of comparing a new article
 * with every stored one; candidates are then checked word for word (isNearDuplicate).
 * @example textSketch(wordShingles('Kim met Putin in Pyongyang on Wednesday.')).length // -> 4
 */
export function textSketch(shingles: ReadonlySet<string>): string[] {
  // The smallest so far, ascending: one pass, no sort of every hash (a store import sketches each article).
  const smallest: number[] = [];
  for (const shingle of shingles) {
    const hash = hash32(shingle);
    if (smallest.length === SKETCH_SIZE && hash >= (smallest[SKETCH_SIZE - 1] as number)) continue;
    if (smallest.includes(hash)) continue;
    let at = smallest.length;
    while (at > 0 && (smallest[at - 1] as number) > hash) at--;
    smallest.splice(at, 0, hash);
    if (smallest.length > SKETCH_SIZE) smallest.pop();
  }
  return smallest.map((hash) => hash.toString(16).padStart(8, '0'));
}
