import { GIVEN_NAME_FORMS } from './given-names';
import { givenNamesOf } from './given-names-of';
import { isPluralRole } from './is-plural-role';
import { speakerGender } from './speaker-gender';
import type { Speaker } from './speaker-of-phrase';

// Each short form with its long form, both ways, as one string.
const SAME_GIVEN_NAME = new Set(GIVEN_NAME_FORMS.flatMap(([short, long]) => [`${short} ${long}`, `${long} ${short}`]));

/**
 * Whether two names with one surname are two people: both give words before the surname and none of one
 * side's is one of the other's or a form of it ("Mary Cheney" and "Dick Cheney"; not "Donald John Trump"
 * and "Donald Trump", nor "National Security Adviser Susan Rice" and "Susan Rice").
 */
function twoGivenNames(a: Speaker, b: Speaker): boolean {
  const x = givenNamesOf(a);
  const y = givenNamesOf(b);
  return x.length > 0 && y.length > 0 && !x.some((u) => y.some((v) => u === v || SAME_GIVEN_NAME.has(`${u} ${v}`)));
}

/** Whether the text says two speakers of one surname are a man and a woman. */
function twoGenders(a: Speaker, b: Speaker): boolean {
  const x = speakerGender(a);
  const y = speakerGender(b);
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * Whether two quotes' speakers are one person: 'same' for one name (by surname: "Mr. Sheridan" and "Mark
 * D. Sheridan", unless both give different given names, Mary and Dick Cheney, or the text makes one a woman
 * and the other a man: "the younger Cheney ... she added" and Dick Cheney) or one role ("the letter"),
 * 'different' for two names or for a name against a role in the plural ("aides called"), 'unknown' when a
 * side does not say or one side gives a role and the other a name (the president may be Obama or his
 * spokesman).
 * @example speakerRelation({ kind: 'name', text: 'Pelosi', key: 'pelosi' }, { kind: 'name', text: 'Josh Earnest', key: 'earnest' }) // -> 'different'
 * @example speakerRelation({ kind: 'name', text: 'Mary Cheney', key: 'cheney' }, { kind: 'name', text: 'Dick Cheney', key: 'cheney' }) // -> 'different'
 */
export function speakerRelation(a: Speaker | undefined, b: Speaker | undefined): 'same' | 'different' | 'unknown' {
  if (!a || !b) return 'unknown';
  if (a.kind !== b.kind) return (a.kind === 'name' && isPluralRole(b)) || (b.kind === 'name' && isPluralRole(a)) ? 'different' : 'unknown';
  if (a.key === b.key) return a.kind === 'name' && (twoGivenNames(a, b) || twoGenders(a, b)) ? 'different' : 'same';
  return a.kind === 'name' ? 'different' : 'unknown';
}
