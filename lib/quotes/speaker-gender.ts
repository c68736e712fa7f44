import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-name-genders';
import { givenNamesOf } from './given-names-of';
import type { Speaker } from './speaker-of-phrase';

/**
 * A speaker's gender as the text gives it: the "he" or "she" it was found through, else a given name
 * that is almost always a man's or a woman's; undefined when the text does not say (a surname alone, a
 * role, a name used for both).
 * @example speakerGender({ kind: 'name', text: 'Dick Cheney', key: 'cheney' }) // -> 'male'
 */
export function speakerGender(speaker: Speaker): 'male' | 'female' | undefined {
  if (speaker.gender) return speaker.gender;
  const first = givenNamesOf(speaker)[0];
  if (first === undefined) return undefined;
  return MALE_GIVEN_NAMES.has(first) ? 'male' : FEMALE_GIVEN_NAMES.has(first) ? 'female' : undefined;
}
