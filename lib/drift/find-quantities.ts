import { isStopWord } from '../text/stop-words';
import { wordKey } from '../text/word-key';
import { isYearWord } from './find-dates';
import type { TextWord } from './text-words';
import { BOUND_WORDS, CURRENCIES, DATE_WORDS, HEDGE_WORDS, NUMBER_WORDS, PERCENT_WORDS, SCALE_SUFFIXES, SCALE_WORDS, UNIT_SYNONYMS } from './value-words';

/** A number a text states, with what it counts. */
export interface Quantity {
  /** As written, from a bound or hedge to the unit word: "$1.4 million", "24 years", "nearly $44 million". */
  text: string;
  value: number;
  /** The place value of the last digit written ("1.4 million": 100,000; "50,000": 10,000): how far it may be rounded. */
  precision: number;
  /** What it counts: 'usd', '%', or the word keys of the words after it ("years"), folded by UNIT_SYNONYMS. */
  units: string[];
  ordinal: boolean;
  /** "more than 10" is a lower bound, "up to 10" an upper one. */
  bound?: 'min' | 'max';
  /** Said to be near the value ("nearly", "about"): it may be off by its last written digit. */
  hedged?: boolean;
  /** Counts only the ones besides those told before ("two other victims", "three more"): a part, not the whole. */
  besides?: true;
  /** The whole a part is counted out of ("29 of 34 passes", "five of the team's first eight points"): that scope's own count. */
  whole?: true;
  /** Word indices the quantity spans, from its first word (a bound or a hedge: "nearly") to its last (a unit word). */
  from: number;
  to: number;
}

const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/i;
// A number word that is no count: "one of them", "no one", "the one who".
const NOT_A_COUNT_BEFORE = new Set(['no', 'the', 'any', 'every', 'each', 'another', 'this', 'that', 'which']);
/** Words right after a count that make it a count of the rest: "two other victims", "three more touchdowns". */
const BESIDES_WORDS = new Set(['other', 'more', 'additional', 'further']);
const clauseEnd = /[.;:!?]\s|[.;:!?]$|[()\u2014\u2013]/;
const rangeDash = /^[-\u2013]$/;
/** How far before a count "of" may stand for it to be the whole of a part: "five of Creighton's first eight". */
const WHOLE_REACH = 4;
// A cardinal: digits or a number word ("first" and "last" stand between a part and its whole: "five of the first eight").
const isCount = (w: TextWord | undefined) => w !== undefined && (w.kind === 'number' || /^\d+$/.test(NUMBER_WORDS.get(w.lower) ?? ''));

/**
 * Whether the count at k is the whole a part is counted out of: a count, "of", then this one within a few
 * words, in one clause ("29 of 34 passes", "three of the four soldiers", "eight of their last 10 games").
 */
function isWholeOfPart(ws: readonly TextWord[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - WHOLE_REACH); j--) {
    const w = ws[j] as TextWord;
    if (clauseEnd.test((ws[j + 1] as TextWord).before) || /,/.test((ws[j + 1] as TextWord).before) || isCount(w)) return false;
    if (w.lower === 'of') return isCount(ws[j - 1]) && !clauseEnd.test(w.before) && !/,/.test(w.before);
  }
  return false;
}

/** How far after a number its unit word may stand: "24 years", "19 other children", "11 Pacific Rim nations". */
export const UNIT_REACH = 3;

/** Joins two numbers into one written number: a space ("0800 555 111", "4 1/2"), or a comma or full stop and a space ("4, 183", "6. 1"). */
function joinsNumbers(x: TextWord | undefined, y: TextWord | undefined): boolean {
  if (x?.kind !== 'number' || y?.kind !== 'number') return false;
  if (/^\s+$/.test(y.before) || /^\.\s$/.test(y.before)) return true;
  return /^,\s$/.test(y.before) && /^\d{1,3}$/.test(x.text) && /^\d{3}$/.test(y.text);
}

/** The place value of the last significant digit of a written number: trailing zeros of an integer are read as rounding. */
function precisionOf(digits: string): number {
  const [whole = '', decimals] = digits.split('.');
  if (decimals) return 10 ** -decimals.length;
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0;
  return zeros >= whole.length ? 1 : 10 ** zeros;
}

/**
 * The unit words after a quantity: up to two content words before a clause ends ("19 other children" ->
 * children). Capitalised words qualify the unit ("11 Pacific Rim nations"): they are passed over.
 */
function unitsAfter(ws: readonly TextWord[], k: number): { units: string[]; to: number } {
  const units: string[] = [];
  let to = k;
  for (let j = k + 1; j < ws.length && j <= k + UNIT_REACH && units.length < 2; j++) {
    const w = ws[j] as TextWord;
    if (clauseEnd.test(w.before) || /,/.test(w.before) || w.kind === 'number' || NUMBER_WORDS.has(w.lower) || DATE_WORDS.has(w.lower)) break;
    if (isStopWord(w.lower) || /^\p{Lu}/u.test(w.text)) {
      if (units.length) break;
      continue;
    }
    units.push(wordKey(w.text));
    to = j;
  }
  return { units: units.map((u) => UNIT_SYNONYMS.get(u) ?? u), to: units.length ? to : k };
}

/**
 * The quantities a text states: numbers in digits or words (years and calendar days are dates, not
 * quantities; "9/11" and "24/7" are names), with scale ("$1.4 million"), currency, percent, a bound
 * ("more than") and the words they count.
 * @example findQuantities(t, textWords(t)).map((q) => [q.text, q.value, q.units]) // t = 'The Clintons paid nearly $44 million in taxes.'
 * // -> [['$44 million', 44000000, ['usd']]]
 */
export function findQuantities(text: string, ws: readonly TextWord[]): Quantity[] {
  const found: Quantity[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] as TextWord;
    const next = ws[k + 1];
    let value: number;
    let precision = 1;
    let ordinal = false;
    let to = k;
    if (w.kind === 'number') {
      // "9/11", "24/7", "10:30" and "7-4" scores are not counts; a year or a calendar day is a date.
      if (/^[/:]/.test(w.after) || /[/:]$/.test(w.before) || (ws[k - 1]?.kind === 'number' && /^:\s$/.test(w.before)) || (isYearWord(w) && !/\$$/.test(w.before) && !SCALE_WORDS.has(next?.lower ?? ''))) continue;
      // A piece of a number written in parts is no value: a phone number's digit groups, a whole and its fraction
      // ("4 1/2 hours"), and, in text re-joined from tokens, a thousands separator or a decimal point with a space after
      // it ("4, 183 passing yards" is 4,183, not 183; "6. 1-magnitude" is 6.1). Reading the part would claim a false value.
      if (joinsNumbers(w, next) || joinsNumbers(ws[k - 1], w) || /^\s*\//.test(w.after) || /\/\s*$/.test(w.before)) continue;
      // A number touching a character the page's decoding lost ("4\uFFFD months", a "½" gone) is not known.
      if (w.after.startsWith('\uFFFD') || w.before.endsWith('\uFFFD')) continue;
      // Two numbers joined by a dash are a range or a score ("$140-150 million", "a 3-2 win"): neither is a value stated alone.
      if ((next?.kind === 'number' && rangeDash.test(next.before)) || (ws[k - 1]?.kind === 'number' && rangeDash.test(w.before))) continue;
      // So are "between $140 and $150 million": the first often leaves its scale to the second.
      if ((ws[k - 1]?.lower === 'between' && next?.lower === 'and' && ws[k + 2]?.kind === 'number') || (ws[k - 1]?.lower === 'and' && ws[k - 2]?.kind === 'number' && ws[k - 3]?.lower === 'between')) continue;
      // A number that ends a name counts nothing: "AK-47 rifles", "F-16 jets", "COVID-19 cases", "AK 47" (a short capital name before it).
      if (ws[k - 1]?.kind === 'word' && (w.before === '-' || (w.before === ' ' && /^\p{Lu}{1,3}$/u.test((ws[k - 1] as TextWord).text)))) continue;
      if (DATE_WORDS.has(ws[k - 1]?.lower ?? '') && Number(w.text) <= 31) continue;
      const digits = w.text.replace(/,/g, '');
      value = Number(digits);
      precision = precisionOf(digits);
      if (next && next.before === '' && ORDINAL_SUFFIX.test(next.text)) {
        ordinal = true;
        to = k + 1;
      }
    } else {
      const word = NUMBER_WORDS.get(w.lower);
      if (!word || SCALE_WORDS.has(w.lower) || w.lower === 'hundred') continue;
      if (w.lower === 'one' && (NOT_A_COUNT_BEFORE.has(ws[k - 1]?.lower ?? '') || !next || isStopWord(next.lower) || next.lower === 'of')) continue;
      ordinal = /\D$/.test(word);
      value = Number.parseInt(word, 10);
      // "twenty-three"
      if (TENS.has(w.lower) && next?.before === '-' && NUMBER_WORDS.has(next.lower) && Number(NUMBER_WORDS.get(next.lower)) < 10) {
        value += Number(NUMBER_WORDS.get(next.lower));
        to = k + 1;
      }
    }
    const signed = CURRENCIES.has(w.before.trim().slice(-1));
    // "$281m": the scale written against the number, after a currency sign only.
    const suffix = signed && ws[to + 1]?.before === '' ? SCALE_SUFFIXES.get(ws[to + 1]?.lower ?? '') : undefined;
    const scale = suffix ?? SCALE_WORDS.get(ws[to + 1]?.lower ?? '');
    if (scale && !clauseEnd.test(ws[to + 1]?.before ?? '')) {
      value *= scale;
      precision *= scale;
      to++;
    }
    let units: string[];
    const currency = CURRENCIES.get(w.before.trim().slice(-1)) ?? CURRENCIES.get(ws[to + 1]?.lower ?? '');
    if (currency) {
      units = [currency];
      if (CURRENCIES.has(ws[to + 1]?.lower ?? '')) to++;
    } else if ((ws[to] as TextWord).after.startsWith('%') || PERCENT_WORDS.has(ws[to + 1]?.lower ?? '')) {
      units = ['%'];
      if (!(ws[to] as TextWord).after.startsWith('%')) to++;
    } else {
      const after = unitsAfter(ws, to);
      units = after.units;
      to = after.to;
    }
    const besides = BESIDES_WORDS.has(ws[k + 1]?.lower ?? '') && !BOUND_WORDS.has(`${ws[k + 1]?.lower} ${ws[k + 2]?.lower}`);
    const whole = !ordinal && isWholeOfPart(ws, k);
    // A bound: "more than 10", "at least $5".
    const two = `${ws[k - 2]?.lower ?? ''} ${ws[k - 1]?.lower ?? ''}`;
    const bound = BOUND_WORDS.get(two) ?? BOUND_WORDS.get(ws[k - 1]?.lower ?? '');
    const hedged = !bound && HEDGE_WORDS.has(ws[k - 1]?.lower ?? '');
    const from = BOUND_WORDS.has(two) ? k - 2 : bound || hedged ? k - 1 : k;
    const sign = from === k && currency && signed ? 1 : 0;
    const written = text.slice((ws[from] as TextWord).start - sign, (ws[to] as TextWord).end);
    found.push({ text: written, value, precision, units, ordinal, ...(bound ? { bound } : {}), ...(hedged ? { hedged } : {}), ...(besides ? { besides } : {}), ...(whole ? { whole } : {}), from, to });
    k = to;
  }
  return found;
}
