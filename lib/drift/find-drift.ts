import { SPEECH_VERBS } from '../quotes/speaker-words';
import { isStopWord } from '../text/stop-words';
import { words, type Token } from '../text/tokenize';
import { wordKey } from '../text/word-key';
import type { DriftValue } from '../types';
import { findDates, type DateMention } from './find-dates';
import { findQuantities, UNIT_REACH, type Quantity } from './find-quantities';
import { findRoleNames, type RoleName } from './find-role-names';
import { textWords, type TextWord } from './text-words';
import { valueContext, type ContextWord } from './value-context';
import { DATE_WORDS, NUMBER_WORDS, ROLE_WORDS } from './value-words';

/** The words two values' contexts share: names (capitalised words) apart from the others. */
function shared(x: readonly ContextWord[], y: readonly ContextWord[]): { words: string[]; plain: number; score: number; otherNames: boolean } {
  const words: string[] = [];
  let plain = 0;
  let score = 0;
  for (const c of x) {
    const d = y.find((e) => e.key === c.key);
    if (!d || words.includes(c.text)) continue;
    words.push(c.text);
    if (!c.name || !d.name) plain++;
    score += 1 / Math.max(c.distance, d.distance);
  }
  // Each side names someone or something by the value and the two share no name: "Jeb Bush released 33
  // years of returns" and "Clinton released eight years of tax returns" speak of two people.
  const names = (cs: readonly ContextWord[]) => cs.filter((c) => c.name).map((c) => c.key);
  const nx = names(x);
  const ny = names(y);
  const otherNames = nx.length > 0 && ny.length > 0 && !nx.some((k) => ny.includes(k));
  return { words, plain, score, otherNames };
}

/**
 * Whether two quantities agree: equal once rounded to the coarser one's last digit, or the coarser one
 * a truncation of the finer ("$43 million" for $43,885,310), within a bound ("more than 10" and 12), or
 * within a hedge's last digit ("nearly $44 million" and "$43 million").
 */
function agree(x: Quantity, y: Quantity): boolean {
  if (x.bound === 'min' && y.value >= x.value) return true;
  if (x.bound === 'max' && y.value <= x.value) return true;
  if (y.bound === 'min' && x.value >= y.value) return true;
  if (y.bound === 'max' && x.value <= y.value) return true;
  const [coarse, fine] = x.precision >= y.precision ? [x, y] : [y, x];
  const epsilon = 1e-9 * Math.max(1, Math.abs(coarse.value));
  // "nearly $44 million" and "$43 million" ($43.9 million, truncated) can both be true: a hedged value
  // is off by up to its last written digit.
  if ((x.hedged || y.hedged) && Math.abs(x.value - y.value) <= coarse.precision + epsilon) return true;
  return Math.abs(x.value - y.value) < coarse.precision / 2 + epsilon || (fine.value >= coarse.value && fine.value < coarse.value + coarse.precision - epsilon);
}

const sameUnit = (x: Quantity, y: Quantity) => x.units.some((u) => y.units.includes(u));

/**
 * Whether a quantity is told on the other side as a sum, or is one of two parts whose sum the other side
 * tells: "$281m in cash and $53m in stock" and "a $334m deal" agree. Counted things only (a unit word or a
 * currency): bare numbers add up by chance.
 */
function inSum(x: Quantity, own: readonly Quantity[], other: readonly Quantity[]): boolean {
  if (!x.units.length) return false;
  const sum = (y: Quantity, z: Quantity): Quantity => ({ ...y, value: y.value + z.value, precision: Math.max(y.precision, z.precision), bound: undefined, hedged: y.hedged || z.hedged });
  const sumOf = (xs: readonly Quantity[], total: Quantity) => xs.some((y, i) => sameUnit(y, total) && xs.some((z, j) => j > i && sameUnit(z, total) && agree(total, sum(y, z))));
  return sumOf(other, x) || other.some((total) => sameUnit(x, total) && own.some((y) => y !== x && sameUnit(y, total) && agree(total, sum(x, y))));
}
// A value is matched by the other side's equal value whatever its unit words: "24" and "24 years" agree.
const sameOrBare = (x: Quantity, y: Quantity) => sameUnit(x, y) || !x.units.length || !y.units.length;
/** Both count with the same two unit words: a measure and what it measures ("38-word oath" / "35-word oath"). */
const sameMeasure = (x: Quantity, y: Quantity) => x.units.length >= 2 && x.units.length === y.units.length && x.units.every((u, k) => y.units[k] === u);
/** The word, no name, that stands right beside both values on one side ("kills 12" / "kills 14"), if one does. */
const besideWord = (x: readonly ContextWord[], y: readonly ContextWord[], side: ContextWord['side']) =>
  x.find((c) => c.side === side && c.distance === 1 && !c.name && y.some((e) => e.key === c.key && e.side === side && e.distance === 1));
const beside = (x: readonly ContextWord[], y: readonly ContextWord[], side: ContextWord['side']) => besideWord(x, y, side) !== undefined;
const sameDate = (x: DateMention, y: DateMention) => x.kind === y.kind && x.key === y.key && (x.day === undefined || y.day === undefined || x.day === y.day);

/** Words in common around two quantities for them to be one quantity, one at least not a name. */
export const QUANTITY_CONTEXT = 2;
/** How near the shared words must stand (each counts 1 / its distance, in content words): one next to both values, or more further off. */
export const QUANTITY_SCORE = 0.75;
/** Words in common around two months for them to date one event. */
export const MONTH_CONTEXT = 2;
/** Content words two close wordings share (Dice): then one word right beside two quantities makes them one. */
export const CLOSE_WORDING = 0.5;
/** Words in common around two weekdays outside one statement (the verb right before both among them) for them to date one event. */
export const WEEKDAY_CONTEXT = 3;
/** Content words two texts must share (Dice) to be two wordings of one statement: only then do two weekdays date one event, or two numbers with no unit word count one thing. */
export const SAME_STATEMENT = 0.6;

interface Candidate<T> {
  x: T;
  y: T;
  score: number;
  words: string[];
}

// Words that make a count a running total: "so far, the navy has seized 31 magazines", "a total of 923 rounds",
// and a season's ("Bush had 404 yards and two touchdowns this season" against one game's 66 yards; not "the season opener").
const RUNNING_TOTAL = /\b(?:so far|thus far|to date|a total of|in total|in all|altogether|(?:this|the|last|that|a|\d{4}) season(?![- ]open))\b/i;

/**
 * Whether the sentence stating a quantity says it is a running total. A total so far and the count of
 * one event ("12 magazines were seized from the boats") are two measures, however alike their words.
 */
function runningTotal(text: string, ws: readonly TextWord[], q: Quantity): boolean {
  const start = (ws[q.from] as TextWord).start;
  const end = (ws[q.to] as TextWord).end;
  const from = Math.max(...['. ', '; ', '! ', '? '].map((mark) => text.lastIndexOf(mark, start) + 1));
  const stops = ['. ', '; ', '! ', '? '].map((mark) => text.indexOf(mark, end)).filter((at) => at >= 0);
  return RUNNING_TOTAL.test(text.slice(from, stops.length ? Math.min(...stops) : text.length));
}

/** "23-year-old", "81-year old": a person's age. */
const isAge = (q: Quantity) => q.units.length >= 2 && q.units[0] === 'year' && q.units[1] === 'old';

/** Pairs values of a with values of b that state the same fact, strongest shared context first, each value once. */
function pairUp<T>(xs: readonly T[], ys: readonly T[], score: (x: T, y: T) => { score: number; words: string[] } | undefined): Array<Candidate<T>> {
  const candidates: Array<Candidate<T>> = [];
  for (const x of xs) {
    for (const y of ys) {
      const s = score(x, y);
      if (s) candidates.push({ x, y, ...s });
    }
  }
  candidates.sort((p, q) => q.score - p.score);
  const usedX = new Set<T>();
  const usedY = new Set<T>();
  return candidates.filter((c) => !usedX.has(c.x) && !usedY.has(c.y) && usedX.add(c.x) && usedY.add(c.y));
}

/** The share of content words two texts have in common (Dice over word keys). */
function overlap(a: readonly TextWord[], b: readonly TextWord[]): number {
  const keys = (ws: readonly TextWord[]) => new Set(ws.filter((w) => w.kind === 'word' && !isStopWord(w.lower) && !DATE_WORDS.has(w.lower)).map((w) => wordKey(w.text)));
  const x = keys(a);
  const y = keys(b);
  const common = [...x].filter((k) => y.has(k)).length;
  return x.size + y.size ? (2 * common) / (x.size + y.size) : 0;
}

// What a text needs to state a count that can drift: a digit or a number word ("one" and ordinals say
// "one of them", "the first time" far more often than they count, and do not drift: left out).
const COUNT_WORDS = [...NUMBER_WORDS].filter(([word, value]) => word !== 'one' && /^\d+$/.test(value)).map(([word]) => word);
const MAY_COUNT = new RegExp(`\\d|\\b(?:${COUNT_WORDS.join('|')})\\b`, 'i');
// ... a date: four digits (a year) or a capitalised calendar word.
const MAY_DATE = new RegExp(`\\d{4}|\\b(?:${[...DATE_WORDS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})\\b`);

// Any role word, looked for in the raw text before the words are read one by one.
const ROLE_WORD = new RegExp(`\\b(?:${[...ROLE_WORDS].join('|')})\\b`, 'i');

/**
 * A text's numbers and calendar words in order, each number with the words after it that can say what
 * it counts. Two passages with the same sequence state every number and date alike (one with a bound or
 * a hedge at most): they conflict over none, and the usual reworded sentence (words cut or changed away
 * from its values) needs no closer look.
 */
function valueSequence(text: string): string {
  const ws = words(text);
  let out = '';
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] as Token;
    const lower = w.text.toLowerCase();
    if (w.kind === 'number' || NUMBER_WORDS.has(lower)) {
      out += ` ${lower}`;
      for (let j = k + 1; j <= k + UNIT_REACH && j < ws.length; j++) out += ` ${(ws[j] as Token).text.toLowerCase()}`;
    } else if (DATE_WORDS.has(lower)) out += ` ${w.text}`;
  }
  return out;
}

// Mostly capitalised: a title-case headline, where capitals say nothing about names.
const titleCase = (ws: readonly TextWord[]) => ws.filter((w) => /^\p{Lu}/u.test(w.text)).length >= 0.7 * ws.length;

/** How two passages stand to each other. */
export interface DriftOptions {
  /**
   * The passages are not aligned: they share a fact, but each may be about something else (a partly covered
   * sentence, a fact told in passing). Numbers then drift only with the same word right after both values as well,
   * or the same two unit words ("the 38-word oath" / "the 35-word oath"): words in common around two figures in two such
   * sentences mostly say what both count, not that they count the same thing (a fund's size and its shortfall,
   * one year's tax rate and eight years'). Names in one role are not read: two such sentences often speak of two
   * holders of one title.
   */
  passing?: boolean;
}

/**
 * The facts two aligned passages state with conflicting values, each as one value of a against one of
 * b: the same quantity (a number counting the same thing: the same unit or currency, or the same word
 * after it) said of the same thing (words around it in common: "paid ... taxes"), the same kind of date
 * said of the same event, or two different people named in the same role ("Defense Secretary ...").
 * Not drift: a value only one side gives, values that agree once rounded or within a bound ("more
 * than 10" and 12), numbers of different things, spelling variants, a role against a name.
 * @example findDrift('Pelosi has led House Democrats since 2002.', 'Pelosi has led House Democrats since 2003.')
 * // -> [{ kind: 'date', a: ['2002'], b: ['2003'], about: 'led House Democrats since' }]
 */
export function findDrift(a: string, b: string, options: DriftOptions = {}): DriftValue[] {
  const passing = options.passing ?? false;
  // Most aligned sentences state no value of a kind: the raw texts are looked at before any word is read.
  const counts = MAY_COUNT.test(a) && MAY_COUNT.test(b);
  const calendar = MAY_DATE.test(a) && MAY_DATE.test(b);
  const valuesDiffer = (counts || calendar) && valueSequence(a) !== valueSequence(b);
  const numbers = valuesDiffer && counts;
  const dates = valuesDiffer && calendar;
  const roles = !passing && ROLE_WORD.test(a) && ROLE_WORD.test(b);
  if (!numbers && !dates && !roles) return [];
  const wa = textWords(a);
  const wb = textWords(b);
  const drift: DriftValue[] = [];
  const about = (words: string[]) => words.join(', ');

  // b is only searched for a kind of value a states.
  const qa = numbers ? findQuantities(a, wa).filter((q) => !q.ordinal) : [];
  const qb = qa.length ? findQuantities(b, wb).filter((q) => !q.ordinal) : [];
  const onlyA = qa.filter((x) => !qb.some((y) => sameOrBare(x, y) && agree(x, y)) && !inSum(x, qa, qb));
  const onlyB = qb.filter((y) => !qa.some((x) => sameOrBare(x, y) && agree(x, y)) && !inSum(y, qb, qa));
  if (onlyA.length && onlyB.length) {
    const context = new Map<Quantity, ContextWord[]>();
    const totals = new Map<Quantity, boolean>();
    for (const [q, text, ws] of [...onlyA.map((q) => [q, a, wa] as const), ...onlyB.map((q) => [q, b, wb] as const)]) {
      context.set(q, valueContext(ws, q.from, q.to, q.units));
      totals.set(q, runningTotal(text, ws, q));
    }
    // The same quantity: the same unit, and two words around it in common (one in two wordings of one
    // statement), one at least no name. A number with no unit word ("Storm kills 12") only in two
    // wordings of one statement, with the same word right before it.
    const textOverlap = overlap(wa, wb);
    const sameStyle = titleCase(wa) === titleCase(wb);
    const score = (x: Quantity, y: Quantity) => {
      const bare = !x.units.length && !y.units.length;
      if (!bare && !sameUnit(x, y)) return undefined;
      // So are "two other victims" (the rest, besides one told before) and "three victims" (all of them).
      // And "34" in "29 of 34 passes" (the whole of one scope: a game's attempts) and "17 passes" (a count of its own).
      if (totals.get(x) !== totals.get(y) || Boolean(x.besides) !== Boolean(y.besides) || Boolean(x.whole) !== Boolean(y.whole)) return undefined;
      // An age is said of one person, and a story names several ("the 23-year-old guard", "an 81-year-old
      // man"): two ages drift only in two wordings of one statement.
      if (isAge(x) && textOverlap < SAME_STATEMENT) return undefined;
      const cx = context.get(x) ?? [];
      const cy = context.get(y) ?? [];
      const s = shared(cx, cy);
      if (bare) return textOverlap >= SAME_STATEMENT && beside(cx, cy, 'before') ? s : undefined;
      // Two wordings of one statement name places and people their own way ("North Korea", "Pyongyang"):
      // names that differ rule out one quantity only in sentences that differ more.
      if (s.plain < 1 || (s.otherNames && textOverlap < SAME_STATEMENT)) return undefined;
      // Close wordings of one statement need less: "first visit in 24 years" / "... in 25 years". A
      // title-case headline against a sentence is no close wording: a headline says less, its own way.
      const close = sameStyle && (textOverlap >= SAME_STATEMENT || (textOverlap >= CLOSE_WORDING && (beside(cx, cy, 'before') || beside(cx, cy, 'after'))));
      if (passing && !beside(cx, cy, 'after') && !sameMeasure(x, y)) return undefined;
      return close || (s.words.length >= QUANTITY_CONTEXT && s.score >= QUANTITY_SCORE) ? s : undefined;
    };
    for (const c of pairUp(onlyA, onlyB, score)) drift.push({ kind: 'number', a: [c.x.text], b: [c.y.text], about: about(c.words) });
  }

  // A page's own date line says when it was written, not when anything happened: never drift.
  const da = dates ? findDates(a, wa).filter((d) => !d.stamp) : [];
  const db = da.length ? findDates(b, wb).filter((d) => !d.stamp) : [];
  const datesA = da.filter((x) => !db.some((y) => sameDate(x, y)));
  const datesB = db.filter((y) => !da.some((x) => sameDate(x, y)));
  if (datesA.length && datesB.length) {
    const context = new Map<DateMention, ContextWord[]>();
    for (const [d, ws] of [...datesA.map((d) => [d, wa] as const), ...datesB.map((d) => [d, wb] as const)]) context.set(d, valueContext(ws, d.from, d.to, []));
    const sameStatement = overlap(wa, wb) >= SAME_STATEMENT;
    const score = (x: DateMention, y: DateMention) => {
      if (x.kind !== y.kind) return undefined;
      const s = shared(context.get(x) ?? [], context.get(y) ?? []);
      if (s.otherNames) return undefined;
      // Passages that are not aligned date one event only with the same word right before both dates ("his term
      // ends in 2019" / "… ends in 2018"): otherwise they mostly date two ("acquitted in 1958" / "charged in 1957").
      if (passing && !beside(context.get(x) ?? [], context.get(y) ?? [], 'before')) return undefined;
      // A year dates what its preposition ties it to ("since 2002" is not "in 2002"); a month needs two
      // words in common (a name will do: "Mattis ... January" against "Mattis ... February"); a weekday
      // dates so many events that only two wordings of one statement can conflict over it, with the same
      // word right beside it ("crossed the border on Tuesday" / "... on Monday").
      if (x.kind === 'year') return x.preposition && x.preposition === y.preposition && s.plain >= 1 ? s : undefined;
      if (x.kind === 'month') return s.words.length >= MONTH_CONTEXT ? s : undefined;
      const cx = context.get(x) ?? [];
      const cy = context.get(y) ?? [];
      if (sameStatement) return beside(cx, cy, 'before') || beside(cx, cy, 'after') ? s : undefined;
      // Outside one statement, a weekday still dates one event when the same verb, no speech verb, stands
      // right before both and a name is said of both ("comments to The New York Times published Saturday" /
      // "told The New York Times in an article published Sunday"). "Trump said Tuesday" / "Trump said
      // Monday" are mostly two remarks.
      const verb = besideWord(cx, cy, 'before');
      const namesShared = s.words.filter((w) => cx.some((c) => c.text === w && c.name)).length;
      return verb && !SPEECH_VERBS.has(verb.key) && s.words.length >= WEEKDAY_CONTEXT && namesShared >= 1 ? s : undefined;
    };
    for (const c of pairUp(datesA, datesB, score)) drift.push({ kind: 'date', a: [c.x.text], b: [c.y.text], about: about(c.words) });
  }

  if (roles && !titleCase(wa) && !titleCase(wb)) {
    const ra = findRoleNames(wa);
    const rb = findRoleNames(wb);
    // Name keys are word keys, folded as the other text's words must be ("Baddour" is kept as "baddor", as "colour" is "color").
    const inText = (keys: readonly string[], other: readonly TextWord[]) => keys.some((k) => other.some((w) => w.lower.startsWith(k) || wordKey(w.text) === k));
    const conflicts = (x: RoleName, y: RoleName) => x.roleKey === y.roleKey && !inText(x.nameKeys.slice(-1), wb) && !inText(y.nameKeys.slice(-1), wa);
    for (const c of pairUp(ra, rb, (x, y) => (conflicts(x, y) ? { score: 1, words: [x.role] } : undefined))) {
      drift.push({ kind: 'name', a: [c.x.name], b: [c.y.name], about: about(c.words) });
    }
  }
  return drift;
}
