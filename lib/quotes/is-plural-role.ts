import type { Speaker } from './speaker-of-phrase';
import { NAME_TITLES } from './speaker-words';

/**
 * Whether a speaker is a role in the plural ("aides", "officials", "spokesmen"): several people speaking
 * as one, so never one named person and never what "he" or "she" stands for. Titles ("Ms.", "Mrs.") and
 * nouns ending in -ss or -us are singular.
 * @example isPluralRole({ kind: 'role', text: 'aides', key: 'aid' }) // -> true
 */
export function isPluralRole(speaker: Speaker): boolean {
  return speaker.kind === 'role' && !NAME_TITLES.has(speaker.text) && /(?:[^su]s|men)$/.test(speaker.text);
}
