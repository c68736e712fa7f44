import type { Sentence } from '../types';
import { attributeSpeakers } from './attribute-speakers';
import type { LocatedQuote } from './compare-quotes';
import { quotePieces } from './quote-pieces';

// Words a title leaves in lower case ("Face the Nation", "State of the Union").
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

// Read word by word, stopping at the first word that is not capitalised: a long quote is never split whole.
const WORD = /\S+/g;

/** Whether a passage is written in title case: every word but small ones capitalised (read until a word is not). */
function titleCase(text: string): boolean {
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const letters = m[0].replace(/^[^\p{L}]+/u, '');
    if (!letters) continue;
    words++;
    if (letters.charAt(0) === letters.charAt(0).toLowerCase() && !TITLE_SMALL_WORDS.has(letters.replace(/[^\p{L}]+$/u, '').toLowerCase())) return false;
  }
  return words > 0;
}

// A quote right after "told" (or "informed", "briefed") is whom the subject told, in someone's words
// ("Mr. Stone told “senior Trump campaign officials” about the emails"), not what the subject said.
const ADDRESSEE_BEFORE = /\b(?:told|informed|briefed)\s*["\u201C\u2018']?\s*$/iu;

/**
 * The quotes of an article as the comparison pairs them: each piece of a quoted remark with the group
 * its sentence is in and its speaker, and marked as a title when it names something rather than quoting
 * a remark: written in title case (a show, a slogan, a name: "Face the Nation") in a text that is not
 * itself title case (a headline may be), or the object of "told" (the people told).
 * @example locatedQuotes(sentences, groupOf).map((q) => [q.text, q.speaker?.text]) // -> [['We will win', 'Harry Reid']]
 */
export function locatedQuotes(sentences: readonly Sentence[], groupOf: ReadonlyMap<number, number>): LocatedQuote[] {
  const pieces = quotePieces(sentences);
  const speakers = attributeSpeakers(sentences, pieces);
  return pieces.map((p, i) => {
    const sentence = sentences[p.sentence] as Sentence;
    const speaker = speakers[i];
    const title = (titleCase(p.text) && !titleCase(sentence.text)) || ADDRESSEE_BEFORE.test(sentence.text.slice(0, p.start));
    return { text: p.text, group: groupOf.get(p.sentence) as number, remark: p.remark, ...(speaker ? { speaker } : {}), ...(title ? { title } : {}) };
  });
}
