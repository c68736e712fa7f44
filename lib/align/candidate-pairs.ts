/**
 * Candidate pairs: sentences that share a key which is rare across both articles, or the rarest key of
 * either sentence. Rare keys keep the candidate lists short, so the work grows near-linearly with the
 * text instead of scoring every pair; the rarest-key rule keeps sentences made only of common words.
 * Keys are vocabulary numbers; `df` is indexed by them.
 * @example candidatePairs([[0, 1]], [[1, 2]], [1, 2, 1], 24) // -> [[0, 0]]
 */
export function candidatePairs(keysA: number[][], keysB: number[][], df: readonly number[], maxPostings: number): Array<[number, number]> {
  const postings = (lists: number[][]) => {
    const byKey: Array<number[] | undefined> = new Array(df.length);
    lists.forEach((keys, index) => keys.forEach((k) => (byKey[k] ??= []).push(index)));
    return byKey;
  };
  const retrievalKeys = (keys: number[]) => {
    let rarest: number | undefined;
    for (const k of keys) if (rarest === undefined || (df[k] as number) < (df[rarest] as number)) rarest = k;
    return keys.filter((k) => k === rarest || (df[k] as number) <= maxPostings);
  };
  const postingsA = postings(keysA);
  const postingsB = postings(keysB);
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const add = (i: number, j: number) => {
    const id = i * keysB.length + j;
    if (!seen.has(id)) {
      seen.add(id);
      pairs.push([i, j]);
    }
  };
  keysA.forEach((keys, i) => retrievalKeys(keys).forEach((k) => postingsB[k]?.forEach((j) => add(i, j))));
  keysB.forEach((keys, j) => retrievalKeys(keys).forEach((k) => postingsA[k]?.forEach((i) => add(i, j))));
  return pairs;
}
