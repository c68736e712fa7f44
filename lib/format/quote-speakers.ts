import type { QuoteDiff } from '../types';

/**
 * Who said a quoted remark, in words: the one name when both articles give it alike or only one gives
 * it, both names when they write it differently ("Mark D. Sheridan / Sheridan"), undefined when neither says.
 * @example quoteSpeakers({ speakers: { a: 'Harry Reid', b: 'Reid' } } as QuoteDiff) // -> 'Harry Reid / Reid'
 */
export function quoteSpeakers(q: Pick<QuoteDiff, 'speakers'>): string | undefined {
  const { a, b } = q.speakers;
  if (a && b) return a === b ? a : `${a} / ${b}`;
  return a ?? b;
}
