import { INDEX_LAYOUT } from './index-layout';

/**
 * What a per-article block holds: norm hints, publication days, the norms of the last refresh, or what
 * that refresh summed unrounded (carried-norm.ts: the squares, then the slopes, two Float64Arrays' worth).
 */
export type SlotKind = 'hints' | 'days' | 'norms' | 'moments';

/**
 * Where an article's numbers are kept: per-article values live in typed arrays of INDEX_LAYOUT.hintBlock
 * articles each, one record per block and kind (key [block, kind]), so a query reads a few records
 * for every article it touches instead of one record per article.
 * @example articleSlot(8193) // -> { block: 1, slot: 1 }
 */
export function articleSlot(docNo: number): { block: number; slot: number } {
  return { block: blockOfArticle(docNo), slot: slotInBlock(docNo) };
}

/**
 * articleSlot's block alone, for loops over every candidate of a query (no object per article).
 * @example blockOfArticle(8193) // -> 1
 */
export const blockOfArticle = (docNo: number): number => Math.floor(docNo / INDEX_LAYOUT.hintBlock);

/**
 * articleSlot's slot alone.
 * @example slotInBlock(8193) // -> 1
 */
export const slotInBlock = (docNo: number): number => docNo % INDEX_LAYOUT.hintBlock;

/** The key of a block of one kind. */
export const slotKey = (block: number, kind: SlotKind): [number, SlotKind] => [block, kind];
