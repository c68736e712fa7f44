import { wordKey } from '../text/word-key';
import type { TextWord } from './text-words';
import { DATE_WORDS, ROLE_WORDS } from './value-words';

/** A person named in a role: "Defense Secretary James Mattis", "Josh Earnest, the press secretary". */
export interface RoleName {
  /** The role as written ("Defense Secretary") and as compared (word keys, lower case). */
  role: string;
  roleKey: string;
  /** The name as written and its word keys. */
  name: string;
  nameKeys: string[];
  from: number;
  to: number;
}

const capitalised = (w: TextWord) => /^\p{Lu}/u.test(w.text);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const ROLE_LINKS = new Set(['of', 'for', 'to']);

/** Words as written, with what stands between them ("Jean-Pierre" keeps its hyphen). */
const written = (ws: readonly TextWord[]) => ws.map((w, i) => (i ? w.before : '') + w.text).join('');

/** The role key of role words: lower-case word keys, determiners left out. */
function roleKeyOf(ws: readonly TextWord[]): string {
  return ws.filter((w) => !DETERMINERS.has(w.lower)).map((w) => wordKey(w.lower)).join(' ');
}

/**
 * People named in a role: a role (ending in a word of ROLE_WORDS, with what qualifies it: "White House
 * press secretary", "Senate Majority Leader") right before a name of two or more capitalised words, or
 * a name followed by ", the <role>,". A name alone, or a role alone, is not one: "a role on one side
 * and a name on the other" is no conflict.
 * @example findRoleNames(textWords('Defense Secretary James Mattis will leave.')).map((r) => [r.roleKey, r.name]) // -> [['defense secretary', 'James Mattis']]
 */
export function findRoleNames(ws: readonly TextWord[]): RoleName[] {
  const found: RoleName[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] as TextWord;
    if (!ROLE_WORDS.has(w.lower)) continue;
    // The name: capitalised words right after the role word, in one run (no comma between).
    let end = k;
    while (end + 1 < ws.length && capitalised(ws[end + 1] as TextWord) && !/[,;:.()]/.test((ws[end + 1] as TextWord).before) && !DATE_WORDS.has((ws[end + 1] as TextWord).lower)) end++;
    // Two words at least: "President Obama" and "President Trump" may be two presidents, not one role.
    if (end - k >= 2) {
      // The role: the role word and the words qualifying it before it, back to a determiner or a clause mark.
      let start = k;
      while (start > 0 && k - start < 3 && !/[,;:.()]/.test((ws[start] as TextWord).before) && !DETERMINERS.has((ws[start - 1] as TextWord).lower) && ((ws[start - 1] as TextWord).lower !== 'and')) start--;
      const roleWords = ws.slice(start, k + 1);
      const nameWords = ws.slice(k + 1, end + 1);
      found.push({ role: written(roleWords), roleKey: roleKeyOf(roleWords), name: written(nameWords), nameKeys: nameWords.map((x) => wordKey(x.text)), from: start, to: end });
      continue;
    }
    // Apposition: "Josh Earnest, the White House press secretary,".
    let roleStart = k;
    while (roleStart > 0 && !/,/.test((ws[roleStart] as TextWord).before) && k - roleStart < 5 && !ROLE_LINKS.has((ws[roleStart - 1] as TextWord).lower)) roleStart--;
    if (roleStart === 0 || !/,\s*$/.test((ws[roleStart] as TextWord).before) || !DETERMINERS.has((ws[roleStart] as TextWord).lower)) continue;
    let nameStart = roleStart - 1;
    while (nameStart > 0 && capitalised(ws[nameStart - 1] as TextWord) && /^\s+$/.test((ws[nameStart] as TextWord).before)) nameStart--;
    const nameWords = ws.slice(nameStart, roleStart);
    if (nameWords.length < 2 || !nameWords.every(capitalised)) continue;
    const roleWords = ws.slice(roleStart, k + 1);
    found.push({ role: written(roleWords), roleKey: roleKeyOf(roleWords), name: written(nameWords), nameKeys: nameWords.map((x) => wordKey(x.text)), from: nameStart, to: k });
  }
  return found;
}
