/**
 * In how many of the given sentences each key occurs (each sentence's keys are unique), in the order
 * the keys are first met.
 * @example documentFrequencies([['kim', 'putin'], ['putin']]) // -> Map { 'kim' => 1, 'putin' => 2 }
 */
export function documentFrequencies(keyLists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of keyLists) for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}
