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
  // The word keys of a side are only read when the other side states a name it lacks: made on first use.
  let wordKeysA: Set<string> | undefined;
  let wordKeysB: Set<string> | undefined;
  const wordKeysOfA = () => (wordKeysA ??= wordKeys(a));
  const wordKeysOfB = () => (wordKeysB ??= wordKeys(b));
  const onlyIn = (mine: Value[], theirs: Value[], theirWords: () => Set<string>, kind: DriftKind) => {
    const theirKeys = new Set(theirs.filter((v) => v.kind === kind).map((v) => v.key));
    const seen = new Set<string>();
    return mine
      .filter((v) => v.kind === kind && !theirKeys.has(v.key))
      .filter((v) => kind !== 'name' || !v.key.split(' ').some((k) => theirWords().has(k)))
      .filter((v) => !seen.has(v.key) && seen.add(v.key))
      .map((v) => v.text);
  };
  // A kind drifts only when both sides have a value of it the other lacks: b's side is not looked at when a's is empty.
  return KINDS.flatMap((kind) => {
    const onlyA = onlyIn(valuesA, valuesB, wordKeysOfB, kind);
    const onlyB = onlyA.length ? onlyIn(valuesB, valuesA, wordKeysOfA, kind) : [];
    return onlyB.length ? [{ kind, a: onlyA, b: onlyB }] : [];
  });
}

function wordKeys(text: string): Set<string> {
  return new Set(words(text).map((w) => wordKey(w.text)));
}
