import { NEAR_DUPLICATE_OVERLAP } from './is-near-duplicate';
import type { KvRange } from './types';

/**
 * Width of a size class, in log-space: a little wider than the widest ratio two near-identical texts'
 * 4-gram counts can have (NEAR_DUPLICATE_OVERLAP), so that rounding in Math.log can never put two such
 * counts two classes apart.
 */
const CLASS_WIDTH = Math.log(1 / NEAR_DUPLICATE_OVERLAP) * 1.01;

/** Digits of a size class in a key: classes sort as strings, and 3 digits hold texts of up to about 10^46 4-grams. */
const CLASS_DIGITS = 3;

/** A stored key is a sketch value (8 hex digits), a dot and its text's size class. */
const HASH_LENGTH = 8;

/**
 * The size class of a text with `shingles` 4-grams: two texts that could be near-identical (their
 * counts within NEAR_DUPLICATE_OVERLAP of each other, couldBeNearDuplicate) are at most one class apart.
 * @example sizeClass(1000) // -> 64 (sizeClass(900) is 63)
 */
export function sizeClass(shingles: number): number {
  return Math.floor(Math.log(Math.max(1, shingles)) / CLASS_WIDTH);
}

const classPart = (sizeClassOf: number) => String(Math.max(0, sizeClassOf)).padStart(CLASS_DIGITS, '0');

/**
 * The key a sketch value is stored under: the value and the size class of its text. The store's
 * near-duplicate look-up then reads only the articles of about the same length that share the value
 * (sketchNeighbours), not every article that shares it: on a store of 100,000 articles those are most of
 * the records an add used to read, and a text of another length can never be a near-identical copy.
 * @example sketchKey('00a1b2c3', 1000) // -> '00a1b2c3.064'
 */
export function sketchKey(hash: string, shingles: number): string {
  return `${hash}.${classPart(sizeClass(shingles))}`;
}

/**
 * The keys, as one range, under which a stored text that could be a near-identical copy of this one
 * (same sketch value, size class at most one apart) keeps `key`'s value.
 * @example sketchNeighbours('00a1b2c3.064') // -> { lower: '00a1b2c3.063', upper: '00a1b2c3.065' }
 */
export function sketchNeighbours(key: string): KvRange {
  const hash = sketchHash(key);
  const sizeClassOf = Number(key.slice(HASH_LENGTH + 1));
  return { lower: `${hash}.${classPart(sizeClassOf - 1)}`, upper: `${hash}.${classPart(sizeClassOf + 1)}` };
}

/**
 * The keys, as one range, of every stored text that keeps `key`'s value, whatever its size class (bare
 * values of records not yet upgraded too: a bare value sorts just before its sized keys). How many
 * texts share a value tells boilerplate (a line on every page of a site) from a sign of a copy.
 * @example sketchValueRange('00a1b2c3.064') // -> { lower: '00a1b2c3', upper: '00a1b2c3.999' }
 */
export function sketchValueRange(key: string): KvRange {
  const hash = sketchHash(key);
  return { lower: hash, upper: `${hash}.${'9'.repeat(CLASS_DIGITS)}` };
}

/**
 * The sketch value of a key, whichever way it was stored (sized, or a bare value as versions before the
 * size classes kept it).
 * @example sketchHash('00a1b2c3.064') // -> '00a1b2c3'
 */
export function sketchHash(key: string): string {
  return key.slice(0, HASH_LENGTH);
}

/**
 * True for a key stored before the size classes: a bare sketch value (upgradeSketches rewrites them).
 * @example isBareSketchKey('00a1b2c3') // -> true
 */
export function isBareSketchKey(key: string): boolean {
  return key.length === HASH_LENGTH;
}
