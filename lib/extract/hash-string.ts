const FNV_PRIME = 0x01000193;
/** Two FNV-1a passes with different offset bases: 64 bits of hash, collisions unlikely among a reader's articles. */
const OFFSET_BASES = [0x811c9dc5, 0x050c5d1f];

/**
 * A stable, fast, non-cryptographic hash of a string (FNV-1a over UTF-16 code units), 16 hex digits.
 * Pure (no crypto API), so the same text gives the same id in the browser, Node and the CLI.
 * @example hashString('https://example.com/a') // -> '0176574feef599d5'
 */
export function hashString(text: string): string {
  return OFFSET_BASES.map((base) => {
    let hash = base;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, FNV_PRIME);
    }
    return (hash >>> 0).toString(16).padStart(8, '0');
  }).join('');
}
