/**
 * A stored article's index terms, in the order of its weights.
 * @example recordTerms({ terms: 'putin\nkim' }) // -> ['putin', 'kim']
 */
export function recordTerms(record: { terms: string }): string[] {
  return record.terms ? record.terms.split('\n') : [];
}
