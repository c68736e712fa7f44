/**
 * A candidate's score: the cosine of its weighted term vector with the query's (the dot product over
 * both norms; a norm of 0 counts as 1) times the date factor. One expression for the in-memory index and
 * the store, evaluated in the same order, so both give the same double.
 * @example candidateScore(2, 4, 1, 0.6) // -> 0.3
 */
export function candidateScore(dot: number, queryNorm: number, norm: number, dateFactor: number): number {
  return (dot / (queryNorm * (norm || 1))) * dateFactor;
}
