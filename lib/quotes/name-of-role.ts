import { wordKey } from '../text/word-key';
import type { Speaker } from './speaker-of-phrase';

// A title as it stands before a name in news copy, for the roles that are written short there ("Gov. Christie").
const SHORT_TITLES: Readonly<Record<string, readonly string[]>> = { governor: ['Gov.'], senator: ['Sen.'], representative: ['Rep.'] };
// One capitalised word of a name: letters, inner apostrophes and hyphens, or an initial ("John A. Boehner").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'\u2019-]+|\p{Lu}\.)`;

// What follows a title: the name, read at the title's end with a sticky pattern (a scan of the whole text
// for a pattern that opens with a lookbehind is what made this slow).
const NAME_AFTER = new RegExp(String.raw`\s+(${NAME_WORD}(?:\s+${NAME_WORD})*)`, 'uy');
const letterOrStop = /[\p{L}.]/u;

/** The names written right after one of `titles` in `text`, at each place a title stands as a word of its own. */
function* namesAfter(titles: readonly string[], text: string): Generator<string> {
  for (const title of titles) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      if (at > 0 && letterOrStop.test(text.charAt(at - 1))) continue;
      NAME_AFTER.lastIndex = at + title.length;
      const m = NAME_AFTER.exec(text);
      if (m) yield m[1] as string;
    }
  }
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
  const titles = [role.text.charAt(0).toUpperCase() + role.text.slice(1), ...(SHORT_TITLES[role.text] ?? [])];
  const names = new Map<string, string>();
  for (const found of namesAfter(titles, text)) {
    const words = found.replace(/['\u2019]s?$/, '').split(/\s+/);
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
