import { DATE_WORDS } from '../drift/value-words';
import { isStopWord } from '../text/stop-words';
import { wordKey } from '../text/word-key';
import { NAME_TITLES, NOT_NAME_CAPITALS, SPEECH_VERBS } from './speaker-words';
import type { Speaker } from './speaker-of-phrase';

/** A person named in a text, with the word position where the mention starts. */
export interface PersonMention {
  speaker: Speaker;
  /** Index of the mention's first word among the text's words. */
  word: number;
  /** The word before the mention is a preposition ("with Fox News"): the mention is no sentence's subject. */
  afterPreposition: boolean;
  /**
   * The word before an untitled mention is "the" ("comments to The New York Times"): a body, not a person ("the
   * Rev. Al Sharpton" has a title and is a person).
   */
  afterThe: boolean;
}

const PREPOSITIONS = new Set(['for', 'of', 'to', 'at', 'with', 'from', 'in', 'on', 'by', 'about', 'after', 'before', 'during', 'over', 'against', 'than']);
const capitalised = /^(?:[\p{Lu}][\p{L}'\u2019-]*|\p{Lu}\.)$/u;
// A stop after more than one letter ends a sentence or an abbreviation ("Sen."): after one letter it is an initial.
const closesRun = /(?:[,;:)\]!?"\u201D\u2019]|[\p{L}]{2,}\.)$/u;

interface Word {
  clean: string;
  opensRun: boolean;
  closesRun: boolean;
  /** Capitalised, not a month, weekday, function word or verb of saying: it can be part of a name. */
  name: boolean;
}

function wordOf(raw: string): Word {
  let word = cache.get(raw);
  if (!word) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const clean = raw.replace(/^[^\p{L}]+/u, '').replace(/(?<!^\p{Lu})\.$/u, '').replace(/[^\p{L}.'\u2019]+$/u, '').replace(/['\u2019]s?$/, '');
    word = {
      clean,
      opensRun: /^[^\p{L}]/u.test(raw),
      // "Mr." and "Sen." stand before a name; any other word ending in a stop ends the sentence.
      closesRun: (closesRun.test(raw) && !NAME_TITLES.has(raw.toLowerCase().replace(/[^\p{L}]/gu, ''))) || /['\u2019]s?$/.test(raw),
      name: nameWord(clean),
    };
    cache.set(raw, word);
  }
  return word;
}

// Names recur through an article and across the outlets compared: each capitalised word is read once (bounded).
const CACHE_LIMIT = 20_000;
const cache = new Map<string, Word>();

// A word starting with a lower-case ASCII letter, the most common case, is no name word.
function lowerAscii(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function nameWord(w: string): boolean {
  const lower = w.toLowerCase().replace(/\.$/, '');
  if (/^\p{Lu}\.$/u.test(w)) return true; // an initial: "John A. Boehner"
  return capitalised.test(w) && (NAME_TITLES.has(lower) || (!isStopWord(lower) && !DATE_WORDS.has(lower) && !SPEECH_VERBS.has(lower) && !NOT_NAME_CAPITALS.has(lower)));
}

function isName(raw: string): boolean {
  return !lowerAscii(raw) && wordOf(raw).name;
}

/**
 * The people a text names, in order: a run of capitalised words with a title ("Sen. Grassley") or of
 * two or more words ("Kathy Griffin"), titles stripped; and a single capitalised word that is the
 * surname of someone named in full elsewhere (`surnames`, word keys), so "Braley apologized" names
 * Bruce Braley. Punctuation ends a run ("Columbus, Ohio" is two); months, weekdays and function words
 * are never part of one. Lower-case words, most of a text, are passed over on their first character.
 * @example personMentions('Braley thanked Sen. Chuck Grassley.', new Set(['braley'])).map((m) => m.speaker.text) // -> ['Braley', 'Chuck Grassley']
 */
export function personMentions(text: string, surnames: { has(key: string): boolean } = new Set<string>()): PersonMention[] {
  const raws = text.split(/\s+/).filter(Boolean);
  const found: PersonMention[] = [];
  let i = 0;
  while (i < raws.length) {
    if (!isName(raws[i] as string)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < raws.length && !wordOf(raws[j - 1] as string).closesRun && !lowerAscii(raws[j] as string) && !wordOf(raws[j] as string).opensRun && isName(raws[j] as string)) j++;
    const run: string[] = [];
    // The name follows the last title: "Iowa Democratic Rep. Bruce Braley" is Bruce Braley.
    let from = 0;
    for (let k = i; k < j; k++) {
      const clean = wordOf(raws[k] as string).clean;
      if (k < j - 1 && NAME_TITLES.has(clean.toLowerCase().replace(/\.$/, ''))) from = k - i + 1;
      run.push(clean);
    }
    const name = run.slice(from);
    const last = name.at(-1) as string;
    const key = wordKey(last);
    if (!NAME_TITLES.has(last.toLowerCase()) && (name.length >= 2 || from > 0 || surnames.has(key))) {
      const before = i > 0 ? wordOf(raws[i - 1] as string).clean.toLowerCase() : '';
      found.push({ speaker: { kind: 'name', text: name.join(' '), key }, word: i, afterPreposition: PREPOSITIONS.has(before), afterThe: before === 'the' && from === 0 });
    }
    i = j;
  }
  return found;
}
