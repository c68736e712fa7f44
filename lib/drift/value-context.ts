import { isStopWord } from '../text/stop-words';
import { wordKey } from '../text/word-key';
import type { TextWord } from './text-words';
import { CURRENCIES, DATE_WORDS, NUMBER_WORDS, PERCENT_WORDS, SCALE_WORDS } from './value-words';

/** A word near a value, by key, with how far it stands from the value (1 = next to it). */
export interface ContextWord {
  key: string;
  text: string;
  distance: number;
  /** Capitalised inside its sentence: part of a name. */
  name: boolean;
  /** Before the value or after it. */
  side: 'before' | 'after';
}

/** Content words read on each side of a value. */
export const CONTEXT_WINDOW = 4;
// A clause mark ends the context: "The ad cost $1 million; the rally drew 500" keeps the two apart.
const clauseEnd = /[.;:!?]\s|[.;:!?]$|[()\u2014\u2013]|\s-\s/;

function valueWord(w: TextWord): boolean {
  return w.kind === 'number' || NUMBER_WORDS.has(w.lower) || SCALE_WORDS.has(w.lower) || CURRENCIES.has(w.lower) || PERCENT_WORDS.has(w.lower) || DATE_WORDS.has(w.lower);
}

/**
 * The content words around a value (the words `from`..`to`), up to CONTEXT_WINDOW on each side within its
 * clause, numbered by nearness (function words are not counted): what the value is said of ("paid ...
 * federal taxes", "has led House Democrats since"). Other values and `skip` keys (the value's unit) are
 * left out.
 * @example valueContext(textWords('Pelosi has led House Democrats since 2002.'), 6, 6, []).map((c) => c.key) // -> ['democrat', 'house', 'led', 'pelosi']
 */
export function valueContext(ws: readonly TextWord[], from: number, to: number, skip: readonly string[]): ContextWord[] {
  const out: ContextWord[] = [];
  const take = (j: number, distance: number, side: 'before' | 'after'): boolean => {
    const w = ws[j] as TextWord;
    if (isStopWord(w.lower) || valueWord(w)) return false;
    const key = wordKey(w.text);
    if (skip.includes(key)) return false;
    const sentenceStart = j === 0 || /[.!?]["'\u201D\u2019]?\s*$/.test(w.before);
    out.push({ key, text: w.text, distance, side, name: !sentenceStart && w.text.charAt(0) !== w.text.charAt(0).toLowerCase() });
    return true;
  };
  for (let j = from - 1, d = 1; j >= 0 && d <= CONTEXT_WINDOW; j--) {
    if (clauseEnd.test((ws[j + 1] as TextWord).before)) break;
    if (take(j, d, 'before')) d++;
  }
  for (let j = to + 1, d = 1; j < ws.length && d <= CONTEXT_WINDOW; j++) {
    if (clauseEnd.test((ws[j] as TextWord).before)) break;
    if (take(j, d, 'after')) d++;
  }
  return out;
}
