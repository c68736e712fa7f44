import type { TextWord } from './text-words';
import { DATE_WORDS, MONTH_ABBREVIATIONS, YEAR_PREPOSITIONS } from './value-words';

/** A date a text states: a year, a month (with its day when given) or a day of the week. */
export interface DateMention {
  kind: 'year' | 'month' | 'weekday';
  /** As written: "Jan. 1", "2003", "Wednesday". */
  text: string;
  /** The year's digits, the month's full name, the weekday. */
  key: string;
  /** The day of the month, when given. */
  day?: number;
  /** For a year, the preposition before it ("since", "in"), which says what the year dates. */
  preposition?: string;
  from: number;
  to: number;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// "May" and "March" are verbs too: a month only beside a day, a year or a word that introduces a date.
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);
const BEFORE_MONTH = new Set(['in', 'on', 'since', 'of', 'last', 'next', 'early', 'late', 'mid', 'this', 'until', 'by', 'from', 'through', 'before', 'after', 'during']);
const capitalised = (w: TextWord) => w.text.charAt(0) !== w.text.charAt(0).toLowerCase();

/**
 * The dates a text states: years (1800-2099 written as four digits, not money), months with their day
 * ("Jan. 1", "January 1st"), weekdays. A calendar word counts only capitalised, and "May" or "March"
 * only where it is plainly a month ("in May", "May 3").
 * @example findDates(t, textWords(t)).map((d) => d.key) // t = 'Pelosi has led House Democrats since 2002, and met on Jan. 3 and Tuesday.' -> ['2002', 'january', 'tuesday']
 */
export function findDates(text: string, ws: readonly TextWord[]): DateMention[] {
  const found: DateMention[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] as TextWord;
    const next = ws[k + 1];
    if (w.kind === 'number') {
      if (/^\d{4}$/.test(w.text) && Number(w.text) >= 1800 && Number(w.text) <= 2099 && !/\$\s*$/.test(w.before) && !/^[/:]/.test(w.after)) {
        const preposition = ws[k - 1]?.lower ?? '';
        found.push({ kind: 'year', text: w.text, key: w.text, ...(YEAR_PREPOSITIONS.has(preposition) ? { preposition } : {}), from: k, to: k });
      }
      continue;
    }
    if (!DATE_WORDS.has(w.lower) || !capitalised(w)) continue;
    if (WEEKDAYS.has(w.lower)) {
      found.push({ kind: 'weekday', text: w.text, key: w.lower, from: k, to: k });
      continue;
    }
    const dayWord = next && next.kind === 'number' && Number(next.text) >= 1 && Number(next.text) <= 31 && !/^\d{4}$/.test(next.text) ? next : undefined;
    const yearNext = next && /^\d{4}$/.test(next.text);
    if (AMBIGUOUS_MONTHS.has(w.lower) && !dayWord && !yearNext && !BEFORE_MONTH.has(ws[k - 1]?.lower ?? '')) continue;
    let to = dayWord ? k + 1 : k;
    if (dayWord && /^(st|nd|rd|th)$/i.test(ws[to + 1]?.text ?? '') && ws[to + 1]?.before === '') to++;
    found.push({
      kind: 'month',
      text: text.slice(w.start, (ws[to] as TextWord).end),
      key: MONTH_ABBREVIATIONS.get(w.lower) ?? w.lower,
      ...(dayWord ? { day: Number(dayWord.text) } : {}),
      from: k,
      to,
    });
    k = to;
  }
  return found;
}
