import { isStopWord } from '../text/stop-words';
import { words } from '../text/tokenize';
import { wordKey } from '../text/word-key';
import type { DriftValue } from '../types';
import { NUMBER_WORDS } from './value-words';

/** One thing named by its measure: "the 48-page indictment" is `{ key: 'pag indictment', value: 48 }`. */
export interface NamedMeasure {
  /** The measure's unit and the noun it measures, by word key ('pag indictment', 'word oath'): inflection aside. */
  key: string;
  value: number;
  /** As the text writes it, without the determiner ("48-page indictment"). */
  text: string;
}

// A determiner, a number (digits or a number word), a hyphen, the unit (one or two words joined by
// hyphens) and the noun: "the 48-page indictment", "a 35-word oath", "his four-year term".
const CARDINAL_WORDS = [...NUMBER_WORDS].filter(([, value]) => /^\d+$/.test(value)).map(([word]) => word);
const MEASURE = new RegExp(`\\b(?:the|a|an|its|his|her|their)\\s+(\\d[\\d,]*(?:\\.\\d+)?|${CARDINAL_WORDS.join('|')})-([a-z]+(?:-[a-z]+)?)\\s+([a-z]+)`, 'gi');

/**
 * Units that name a person by a measure: "the 5-year-old boy" and "the 7-year-old boy" are as often two
 * children as one child aged two ways, so an age is never read as drift here.
 */
const PERSON_MEASURES: ReadonlySet<string> = new Set(['year-old', 'month-old', 'week-old', 'day-old']);

/**
 * The things a text names by their measure ("the 48-page indictment"), each with its value.
 * @example namedMeasures('Prosecutors filed the 48-page indictment on Tuesday.') // -> [{ key: 'pag indictment', value: 48, text: '48-page indictment' }]
 */
export function namedMeasures(text: string): NamedMeasure[] {
  const out: NamedMeasure[] = [];
  for (const m of text.matchAll(MEASURE)) {
    const [, number, unit, noun] = m as unknown as [string, string, string, string];
    if (PERSON_MEASURES.has(unit.toLowerCase())) continue;
    const value = Number(NUMBER_WORDS.get(number.toLowerCase()) ?? number.replace(/,/g, ''));
    out.push({ key: `${unit.toLowerCase().split('-').map(wordKey).join('-')} ${wordKey(noun)}`, value, text: `${number}-${unit} ${noun}` });
  }
  return out;
}

/** Where a measure drifts: a's sentence, b's sentence and the two values. */
export interface MeasureDrift {
  a: number;
  b: number;
  value: DriftValue;
}

/** Each key's one value in a text's sentences, with the first sentence that states it; a key stated with two values is left out. */
function onlyValues(sentences: readonly string[]): Map<string, { measure: NamedMeasure; sentence: number }> {
  const found = new Map<string, { measure: NamedMeasure; sentence: number }>();
  const twice = new Set<string>();
  sentences.forEach((text, sentence) => {
    for (const measure of namedMeasures(text)) {
      const seen = found.get(measure.key);
      if (!seen) found.set(measure.key, { measure, sentence });
      else if (seen.measure.value !== measure.value) twice.add(measure.key);
    }
  });
  for (const key of twice) found.delete(key);
  return found;
}

/** The keys of the names in a sentence: capitalised words past its first, function words aside ("Hunter", "Roberts"). */
function namesIn(text: string): Set<string> {
  return new Set(words(text).flatMap((w, k) => (k > 0 && w.kind === 'word' && /^\p{Lu}/u.test(w.text) && !isStopWord(w.text) ? [wordKey(w.text)] : [])));
}

/**
 * A thing both articles name by the same measure and noun, each with one value throughout, and with two
 * different values ("the 48-page indictment" / "the 47-page indictment"): the same document, speech or
 * term measured two ways, wherever the two sentences stand. Why read across the whole texts: such a thing
 * is named in passing, often in sentences that share nothing else, and a measure joined to its noun is
 * precise enough to need no alignment when the two sentences name someone or something in common (over
 * all 300 BASIL pairs it finds 3 things, each one document or oath, all judged real). Without a name in
 * common it says nothing: over 5,850 other pairs of one story's reports (ECB+, SemEval, PAC) the only
 * items were two people ("a 28-year veteran" / "a 20-year veteran") and two phones' cameras. An article
 * that measures two things of one kind ("a one-in-three chance", "a two-in-three chance") says nothing either.
 * @example findMeasureDrift(['The 48-page indictment names Hunter.'], ['Hunter read the 47-page indictment.'])
 * // -> [{ a: 0, b: 0, value: { kind: 'number', a: ['48-page indictment'], b: ['47-page indictment'], about: 'page indictment' } }]
 */
export function findMeasureDrift(a: readonly string[], b: readonly string[]): MeasureDrift[] {
  const inB = onlyValues(b);
  const out: MeasureDrift[] = [];
  for (const [key, x] of onlyValues(a)) {
    const y = inB.get(key);
    if (!y || y.measure.value === x.measure.value) continue;
    const names = namesIn(b[y.sentence] as string);
    if (![...namesIn(a[x.sentence] as string)].some((k) => names.has(k))) continue;
    out.push({ a: x.sentence, b: y.sentence, value: { kind: 'number', a: [x.measure.text], b: [y.measure.text], about: x.measure.text.replace(/^[^-]*-/, '') } });
  }
  return out;
}
