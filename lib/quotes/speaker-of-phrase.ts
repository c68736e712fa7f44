import { isStopWord } from '../text/stop-words';
import { wordKey } from '../text/word-key';
import { DATE_WORDS } from '../drift/value-words';
import { DETERMINERS, NAME_TITLES, NOT_NAME_CAPITALS, ROLE_NOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS } from './speaker-words';

/** Who a quote is attributed to, as one phrase of the article names them. */
export interface Speaker {
  /** name: a person or body by name ("Harry Reid"); role: by what they are ("the letter"); pronoun: he, she, they. */
  kind: 'name' | 'role' | 'pronoun';
  /** As written, titles left out for a name: "Harry Reid", "letter", "he". */
  text: string;
  /** What speakers are compared by: a name's last word (its surname), a role's head noun, the pronoun. */
  key: string;
  /**
   * Set when the speaker was found through "he" or "she": who the pronoun says it is, which a surname alone
   * does not ("the younger Cheney ... she added" is not Dick Cheney).
   */
  gender?: 'male' | 'female';
  /**
   * Set when the text does not say who speaks and the speaker is carried over from the previous paragraph (a
   * paragraph all quote): the likely reading, not a statement of the text, so it never proves two people apart.
   */
  assumed?: true;
}

// At most this many words make "name + verb words" ("Putin went on to"), not a clause of its own.
const SUBJECT_AND_VERB_WORDS = 6;
const PREPOSITIONS = new Set(['for', 'of', 'to', 'at', 'with', 'from', 'in', 'on', 'by', 'about', 'after', 'before', 'during', 'over']);
// Particles inside names ("Beto O'Rourke", "Ben bin Laden", "Ludwig van Beethoven") keep a name run going.
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'da', 'del']);
const tokenPattern = /[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*/gu;
// Role nouns are looked up by word key, as a subject's head noun is keyed: "aides" and "aide" both give 'aid'.
const ROLE_KEYS: ReadonlySet<string> = new Set([...ROLE_NOUNS].map(wordKey));

interface Word {
  text: string;
  lower: string;
  upper: boolean;
}

function wordsOf(segment: string): Word[] {
  return [...segment.matchAll(tokenPattern)].map((m) => {
    // A final stop is the sentence's or an abbreviation's ("Sen."), except after an initial ("Mark D. Sheridan").
    const text = /^\p{Lu}\.$/u.test(m[0]) ? m[0] : m[0].replace(/\.$/, '');
    const first = text.charAt(0);
    return { text, lower: text.toLowerCase().replace(/\.$/, ''), upper: first !== first.toLowerCase() };
  });
}

const possessive = (w: Word) => /['\u2019]s?$/.test(w.text);
/** A capitalised word that can be part of a name: a title ("Mr."), or not a month, weekday, function word or verb of saying. */
const nameWord = (w: Word) =>
  w.upper && (NAME_TITLES.has(w.lower) || (!DATE_WORDS.has(w.lower) && !isStopWord(w.lower) && !DETERMINERS.has(w.lower) && !SPEECH_VERBS.has(w.lower) && !NOT_NAME_CAPITALS.has(w.lower)));

/** The name a run of capitalised words gives, titles stripped ("Senate Majority Leader Harry Reid" -> "Harry Reid"). */
function nameOf(run: Word[]): Speaker | undefined {
  // The name follows the last title: "Iowa Democratic Rep. Bruce Braley" is Bruce Braley.
  let from = 0;
  run.forEach((w, k) => {
    if (k < run.length - 1 && NAME_TITLES.has(w.lower)) from = k + 1;
  });
  const kept = run.slice(from);
  const last = kept.at(-1) as Word;
  // A run of titles only ("President") names an office, not a person.
  if (NAME_TITLES.has(last.lower)) return { kind: 'role', text: last.lower, key: wordKey(last.lower) };
  const text = kept.map((w) => w.text).join(' ').replace(/['\u2019]s?$/, '');
  return { kind: 'name', text, key: wordKey(last.text.replace(/['\u2019]s?$/, '')) };
}

/** Whether a comma-separated segment is nothing but a name (with titles): "Mark D. Sheridan", "Sen. Reid". */
function bareName(ws: Word[]): boolean {
  return ws.length > 0 && ws.length <= 6 && ws.every((w) => nameWord(w) || NAME_PARTICLES.has(w.lower)) && nameWord(ws[0] as Word);
}

/** Runs of name words in a segment, each with whether a preposition stands right before it. */
function nameRuns(ws: Word[]): Array<{ run: Word[]; afterPreposition: boolean; end: number }> {
  const runs: Array<{ run: Word[]; afterPreposition: boolean; end: number }> = [];
  let run: Word[] = [];
  let start = 0;
  const close = (end: number) => {
    if (run.length) runs.push({ run, afterPreposition: start > 0 && PREPOSITIONS.has((ws[start - 1] as Word).lower), end });
    run = [];
  };
  ws.forEach((w, i) => {
    if (nameWord(w) || (run.length > 0 && NAME_PARTICLES.has(w.lower))) {
      if (!run.length) start = i;
      run.push(w);
      // A possessive ends the name: "Reid's office" is the office's.
      if (possessive(w)) close(i + 1);
    } else close(i);
  });
  close(ws.length);
  return runs;
}

/**
 * The speaker a noun phrase names, the phrase being the subject or object of an attribution verb
 * ("the lawyer, Mark D. Sheridan", "Obama campaign aide Robert Gibbs", "The letter", "he"): a bare name
 * in any of its comma-separated parts first, then a name ending the first part (not one after a
 * preposition: "a spokesman for Mr. Hunter" is a spokesman), then the part's head noun as a role.
 * @example speakerOfPhrase('the lawyer, Mark D. Sheridan') // -> { kind: 'name', text: 'Mark D. Sheridan', key: 'sheridan' }
 * @example speakerOfPhrase('The Intelligence Committee Republicans’ letter') // -> { kind: 'role', text: 'letter', key: 'letter' }
 */
export function speakerOfPhrase(phrase: string): Speaker | undefined {
  const segments = phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;:\u2014\u2013]|\s-\s/)
    .map(wordsOf)
    .filter((ws) => ws.length > 0);
  const first = segments[0];
  if (!first) return undefined;
  if (first.length === 1 && SPEAKER_PRONOUNS.has((first[0] as Word).lower)) return { kind: 'pronoun', text: (first[0] as Word).lower, key: (first[0] as Word).lower };
  for (const ws of segments) if (bareName(ws)) return nameOf(ws);
  const runs = nameRuns(first).filter((r) => !r.afterPreposition);
  const head = runs.at(-1);
  // A name followed by a common noun is that noun's modifier ("the Texas governor", "Obama campaign aide").
  if (head && (head.end === first.length || PREPOSITIONS.has((first[head.end] as Word).lower))) return nameOf(head.run);
  // A short phrase that opens with a name is a subject and its verb: "Putin went on to (say)".
  const opening = nameRuns(first)[0];
  if (opening && opening.end === opening.run.length && first.length <= SUBJECT_AND_VERB_WORDS) return nameOf(opening.run);
  // The head of "a spokesman for the department" is the last common noun before the preposition.
  const preposition = first.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.lower));
  const noun = (preposition > 0 ? first.slice(0, preposition) : first).filter((w) => !w.upper && !isStopWord(w.lower)).at(-1);
  return noun && ROLE_KEYS.has(wordKey(noun.lower)) ? { kind: 'role', text: noun.lower, key: wordKey(noun.lower) } : undefined;
}
