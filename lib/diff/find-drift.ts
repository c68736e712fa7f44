import { words } from '../text/tokenize';
import { wordKey } from '../text/word-key';
import type { DriftKind, DriftValue } from '../types';
import { extractValues, type Value } from './extract-values';

const KINDS: DriftKind[] = ['number', 'date', 'name'];

/**
 * Numbers, dates and names that differ between two aligned texts: for each kind, the values only `a`
 * states and the values only `b` states, reported when both sides have one (a changed value, not a
 * detail one side leaves out). A name counts as stated by the other side when any of its words
 * appears there, so "Putin" and "Vladimir Putin" do not drift.
 * @example findDrift('His first visit in 24 years.', 'His first visit in 25 years.')
 * // -> [{ kind: 'number', a: ['24'], b: ['25'] }]
 */
export function findDrift(a: string, b: string): DriftValue[] {
  const valuesA = extractValues(a);
  const valuesB = extractValues(b);
  const wordKeysA = new Set(words(a).map((w) => wordKey(w.text)));
  const wordKeysB = new Set(words(b).map((w) => wordKey(w.text)));
  const onlyIn = (mine: Value[], theirs: Value[], theirWords: Set<string>, kind: DriftKind) => {
    const theirKeys = new Set(theirs.filter((v) => v.kind === kind).map((v) => v.key));
    const seen = new Set<string>();
    return mine
      .filter((v) => v.kind === kind && !theirKeys.has(v.key))
      .filter((v) => kind !== 'name' || !v.key.split(' ').some((k) => theirWords.has(k)))
      .filter((v) => !seen.has(v.key) && seen.add(v.key))
      .map((v) => v.text);
  };
  return KINDS.map((kind) => ({ kind, a: onlyIn(valuesA, valuesB, wordKeysB, kind), b: onlyIn(valuesB, valuesA, wordKeysA, kind) })).filter(
    (d) => d.a.length > 0 && d.b.length > 0,
  );
}
