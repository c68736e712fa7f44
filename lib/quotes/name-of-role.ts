import { wordKey } from '../text/word-key';
import type { Speaker } from './speaker-of-phrase';

// A title as it stands before a name in news copy, for the roles that are written short there ("Gov. Christie").
const SHORT_TITLES: Readonly<Record<string, readonly string[]>> = { governor: ['Gov.'], senator: ['Sen.'], representative: ['Rep.'] };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// One capitalised word of a name: letters, inner apostrophes and hyphens, or an initial ("John A. Boehner").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'\u2019-]+|\p{Lu}\.)`;

// Roles come from the fixed word tables (speaker-words.ts), so a pattern per role, built once, is all there is.
const patterns = new Map<string, { titles: string[]; pattern: RegExp }>();
function titlePattern(role: string): { titles: string[]; pattern: RegExp } {
  let entry = patterns.get(role);
  if (!entry) {
    const titles = [role.charAt(0).toUpperCase() + role.slice(1), ...(SHORT_TITLES[role] ?? [])];
    const pattern = new RegExp(`(?<![\\p{L}.])(?:${titles.map(escape).join('|')})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})*)`, 'gu');
    patterns.set(role, (entry = { titles, pattern }));
  }
  return entry;
}

/**
 * The person a role speaker stands for in its article: "the former vice president said" is Dick Cheney
 * when the article writes "Vice President Dick Cheney" and no other name after that title. Two people
 * with the title ("President Obama", "Vice President Biden") leave the role as it is: a guess would
 * make two speakers one, or one two.
 * @example nameOfRole({ kind: 'role', text: 'president', key: 'president' }, 'Former Vice President Dick Cheney spoke.') // -> { kind: 'name', text: 'Dick Cheney', key: 'cheney' }
 */
export function nameOfRole(role: Speaker, text: string): Speaker | undefined {
  if (role.kind !== 'role') return undefined;
  const { titles, pattern } = titlePattern(role.text);
  // Most articles never write the title capitalised: one substring search each spares the pattern.
  if (!titles.some((t) => text.includes(t))) return undefined;
  const names = new Map<string, string>();
  for (const m of text.matchAll(pattern)) {
    const words = (m[1] as string).replace(/['\u2019]s?$/, '').split(/\s+/);
    // A name ends at its last word that is not an initial; one word after a title is a surname ("President Obama").
    while (words.length > 1 && /^\p{Lu}\.$/u.test(words.at(-1) as string)) words.pop();
    const last = words.at(-1) as string;
    const key = wordKey(last);
    if (!names.has(key) || (names.get(key) as string).split(' ').length < words.length) names.set(key, words.join(' '));
  }
  if (names.size !== 1) return undefined;
  const [[key, name]] = [...names] as [[string, string]];
  return { kind: 'name', text: name, key };
}
