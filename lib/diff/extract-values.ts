import { isStopWord } from '../text/stop-words';
import { words } from '../text/tokenize';
import { wordKey } from '../text/word-key';
import type { DriftKind } from '../types';
import { DATE_WORDS, MONTH_ABBREVIATIONS, NUMBER_WORDS } from './value-words';

export interface Value {
  kind: DriftKind;
  /** As written. */
  text: string;
  /** What it is compared by: digits for numbers, the folded month for dates, word keys for names. */
  key: string;
}

const isYear = (digits: string) => /^(1[89]|20)\d\d$/.test(digits);
// A first character that changes under lower-casing: cheaper than a Unicode regex on every word.
const capitalised = (w: string) => {
  const first = w.charAt(0);
  return first !== first.toLowerCase();
};

/** Whether the word after `gap` starts a sentence: read only for a capitalised word, most words are not. */
const startsSentence = (index: number, gap: string) => index === 0 || (gap !== ' ' && /[.!?]["'\u201D\u2019]?\s*$/.test(gap));

/**
 * The numbers, dates and names a text states. Years and calendar words are dates; digits and number
 * words are numbers; runs of capitalised words are names (a sentence's first word only when the next
 * word is capitalised too, since every sentence starts with a capital).
 * @example extractValues('Putin met Kim Jong Un on Wednesday, his first visit in 24 years.').map((v) => v.text)
 * // -> ['Kim Jong Un', 'Wednesday', 'first', '24']
 */
export function extractValues(text: string): Value[] {
  const values: Value[] = [];
  const ws = words(text);
  let name: string[] = [];
  let nameText: string[] = [];
  const endName = () => {
    if (name.length) values.push({ kind: 'name', text: nameText.join(' '), key: name.join(' ') });
    name = [];
    nameText = [];
  };
  ws.forEach((token, index) => {
    const gap = index > 0 ? text.slice(ws[index - 1]?.end ?? 0, token.start) : '';
    if (token.kind === 'number') {
      endName();
      const digits = token.text.replace(/,/g, '');
      values.push({ kind: isYear(digits) ? 'date' : 'number', text: token.text, key: digits });
      return;
    }
    const lower = token.text.toLowerCase();
    const upper = capitalised(token.text);
    if (upper && DATE_WORDS.has(lower)) {
      endName();
      values.push({ kind: 'date', text: token.text, key: MONTH_ABBREVIATIONS.get(lower) ?? lower });
    } else if (NUMBER_WORDS.has(lower)) {
      endName();
      values.push({ kind: 'number', text: token.text, key: NUMBER_WORDS.get(lower) as string });
    } else if ((upper && !isStopWord(token.text) && (!startsSentence(index, gap) || capitalised(ws[index + 1]?.text ?? ''))) || (name.length > 0 && gap === '-')) {
      // A name continues over a hyphen or a space only: "Kim Jong-un" is one name, "Putin, Kim" two.
      if (name.length && !/^[\s-]$/.test(gap)) endName();
      name.push(wordKey(token.text));
      nameText.push(token.text);
    } else endName();
  });
  endName();
  return values;
}
