/** The least size: the store bench looks up 100 pages, half of them stored articles. */
const LEAST_SIZE = 100;

/**
 * The store sizes to bench, from OD_BENCH_STORE_SIZES (comma-separated article counts), else `fallback`.
 * @example benchSizes('10000', { OD_BENCH_STORE_SIZES: '10000,100000' }) // -> [10000, 100000]
 */
export function benchSizes(fallback: string, env: Record<string, string | undefined> = process.env): number[] {
  const sizes = (env.OD_BENCH_STORE_SIZES ?? fallback).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < LEAST_SIZE)) throw new Error(`OD_BENCH_STORE_SIZES: whole numbers of at least ${LEAST_SIZE}, comma-separated`);
  return sizes;
}
