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
  /** Part of a page's own date line ("Published: April 10, 2007", "May 3, 2013 at 7:31 AM"): when it was written, not when anything happened. */
  stamp?: true;
  from: number;
  to: number;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// "May" and "March" are verbs too: a month only beside a day, a year or a word that introduces a date.
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);
const BEFORE_MONTH = new Set(['in', 'on', 'since', 'of', 'last', 'next', 'early', 'late', 'mid', 'this', 'until', 'by', 'from', 'through', 'before', 'after', 'during']);
const capitalised = (w: TextWord) => w.text.charAt(0) !== w.text.charAt(0).toLowerCase();
/**
 * Whether a word is a year as news copy writes one: four digits, 1800-2099 (money or a time aside, which the callers rule out).
 * @example isYearWord(textWords('in 2019')[1]) // -> true
 */
export const isYearWord = (w: TextWord | undefined): boolean => w !== undefined && w.kind === 'number' && /^\d{4}$/.test(w.text) && Number(w.text) >= 1800 && Number(w.text) <= 2099;
const STAMP_WORDS = new Set(['published', 'posted', 'updated']);
/** How far after "Published" a date line's year may stand: "Published on Friday, 27 September 2013". */
const STAMP_REACH = 6;

/** A day of the month as written: one or two digits, 1-31. */
const isDayWord = (x: TextWord | undefined) => x !== undefined && x.kind === 'number' && /^\d{1,2}$/.test(x.text) && Number(x.text) >= 1 && Number(x.text) <= 31;
/** A word that can open a date: a capitalised calendar word or a day of the month. */
const opensDate = (x: TextWord | undefined) => x !== undefined && ((DATE_WORDS.has(x.lower) && capitalised(x)) || isDayWord(x));

const isMonthWord = (x: TextWord | undefined) => x !== undefined && x.kind !== 'number' && DATE_WORDS.has(x.lower) && !WEEKDAYS.has(x.lower) && capitalised(x);
/** Ends a sentence: what stands before a word that opens one. */
const SENTENCE_END = /[.!?]["'”’)]*\s*$/;

/**
 * Where the full date ending with year word k starts ("June 12th, 2012", "4 November 2011", with a
 * weekday before it: "Tuesday, December 20, 2005"), or -1 when no day and month stand right before the year.
 */
function fullDateStart(ws: readonly TextWord[], k: number): number {
  let d = k - 1;
  // "12th": the ordinal ending is a word of its own, written against the day.
  if (/^(st|nd|rd|th)$/i.test(ws[d]?.text ?? '') && ws[d]?.before === '') d--;
  let start = -1;
  if (isDayWord(ws[d]) && isMonthWord(ws[d - 1])) start = d - 1;
  else if (isMonthWord(ws[k - 1]) && isDayWord(ws[k - 2])) start = k - 2;
  if (start > 0 && WEEKDAYS.has((ws[start - 1] as TextWord).lower)) start--;
  return start;
}

/**
 * The word spans of a text's date lines, the page's own record of when it was written:
 * - a date with its year after "published", "posted" or "updated" ("Published: April 10, 2007");
 * - a date followed closely by a time of day ("May 3, 2013 at 7:31 AM", "Dec. 24 4:33 AM");
 * - a full date run straight into the next capitalised word with no stop between, where a page's text
 *   joins its headline, its date and its body ("… Esther Williams dies June 06, 2013 Esther Williams,
 *   whose …", "April 27, 2009 Biologists Call …"); prose puts a comma or a stop there. A date opening its
 *   sentence after a preposition ("On Jan. 6, 2009 Jackson was arrested") is the story's own.
 * Why: scraped or extracted pages keep them in the text, and two reports written a day apart are not two
 * dates for one event (on ECB+, 35 of the 57 dates the engine called drift were such lines, all false). A
 * story's own "on March 11 at 11:30 a.m." is read as a date line too: rare, and a claim left unmade costs
 * less than a false one. "Published Saturday" (no year) is left a date: news copy says so of an interview
 * in the story.
 */
function dateLines(ws: readonly TextWord[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  ws.forEach((w, k) => {
    const next = ws[k + 1];
    if (isYearWord(w) && /^\s+$/.test(w.after) && next !== undefined && next.kind !== 'number' && capitalised(next)) {
      const start = fullDateStart(ws, k);
      const before = ws[start - 1];
      const opensSentence = before !== undefined && BEFORE_MONTH.has(before.lower) && (start === 1 || SENTENCE_END.test(before.before));
      if (start >= 0 && !opensSentence) spans.push([start, k]);
    }
    // The date right after the word ("Published May 03, 2013", "Published: April 10", "Published on Friday, 27 ..."),
    // not "published in 2009" or "published a book in May 2008".
    if (STAMP_WORDS.has(w.lower) && (opensDate(ws[k + 1]) || (ws[k + 1]?.lower === 'on' && opensDate(ws[k + 2])))) {
      for (let j = k + 1; j <= k + STAMP_REACH && j < ws.length; j++) if (isYearWord(ws[j])) spans.push([k, j]);
    } else if (isClock(ws, k)) {
      // A date (and its year) right before a time of day: "May 3, 2013 at 7:31 AM", "August 8, 2012 - 4:43 pm".
      spans.push([Math.max(0, k - CLOCK_REACH), k + 1]);
    }
  });
  return spans;
}

/** How many words before a time of day a date line's date may stand: "Monday, March 11, 2013 23:51". */
const CLOCK_REACH = 5;
/** Whether word k starts a time of day ("7:31", "4: 43" in text re-joined from tokens). */
const isClock = (ws: readonly TextWord[], k: number) => ws[k]?.kind === 'number' && /^:\s?$/.test((ws[k] as TextWord).after) && ws[k + 1]?.kind === 'number';

/**
 * The dates a text states: years (1800-2099 written as four digits, not money), months with their day
 * ("Jan. 1", "January 1st"), weekdays. A calendar word counts only capitalised, and "May" or "March"
 * only where it is plainly a month ("in May", "May 3").
 * @example findDates(t, textWords(t)).map((d) => d.key) // t = 'Pelosi has led House Democrats since 2002, and met on Jan. 3 and Tuesday.' -> ['2002', 'january', 'tuesday']
 */
export function findDates(text: string, ws: readonly TextWord[]): DateMention[] {
  const found: DateMention[] = [];
  const lines = dateLines(ws);
  const inLine = (from: number, to: number) => lines.some(([start, end]) => from >= start && to <= end);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] as TextWord;
    const next = ws[k + 1];
    if (w.kind === 'number') {
      if (isYearWord(w) && !/\$\s*$/.test(w.before) && !/^[/:]/.test(w.after)) {
        const preposition = ws[k - 1]?.lower ?? '';
        found.push({ kind: 'year', text: w.text, key: w.text, ...(YEAR_PREPOSITIONS.has(preposition) ? { preposition } : {}), ...(inLine(k, k) ? { stamp: true as const } : {}), from: k, to: k });
      }
      continue;
    }
    if (!DATE_WORDS.has(w.lower) || !capitalised(w)) continue;
    if (WEEKDAYS.has(w.lower)) {
      found.push({ kind: 'weekday', text: w.text, key: w.lower, ...(inLine(k, k) ? { stamp: true as const } : {}), from: k, to: k });
      continue;
    }
    const dayWord = isDayWord(next) ? next : undefined;
    const yearNext = next && /^\d{4}$/.test(next.text);
    if (AMBIGUOUS_MONTHS.has(w.lower) && !dayWord && !yearNext && !BEFORE_MONTH.has(ws[k - 1]?.lower ?? '')) continue;
    let to = dayWord ? k + 1 : k;
    if (dayWord && /^(st|nd|rd|th)$/i.test(ws[to + 1]?.text ?? '') && ws[to + 1]?.before === '') to++;
    found.push({
      kind: 'month',
      text: text.slice(w.start, (ws[to] as TextWord).end),
      key: MONTH_ABBREVIATIONS.get(w.lower) ?? w.lower,
      ...(dayWord ? { day: Number(dayWord.text) } : {}),
      ...(inLine(k, to) ? { stamp: true as const } : {}),
      from: k,
      to,
    });
    k = to;
  }
  return found;
}
