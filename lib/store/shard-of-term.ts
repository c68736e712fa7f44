import { INDEX_LAYOUT } from './index-layout';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The shard holding a term's postings: FNV-1a over its UTF-16 code units, modulo the shard count.
 * Pure and stable, so every store (IndexedDB, memory) and every version puts a term in the same shard.
 * @example shardOfTerm('pyongyang') // -> a number in 0..16383, the same every time
 */
export function shardOfTerm(term: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0) % INDEX_LAYOUT.shards;
}
