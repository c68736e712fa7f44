import { ACRONYMS } from '../text/acronyms';
import { NUMBER_WORDS } from '../diff/value-words';
import { isStopWord } from '../text/stop-words';
import { tokenize } from '../text/tokenize';
import { wordKey } from '../text/word-key';

// "F.B.I." and "U.S." are single letters to the tokenizer: written as one word first. Only tested for when a
// capital is followed by a stop, which most sentences never have.
const dottedInitialism = /\b(?:\p{Lu}\.){2,}/gu;
const capitalThenStop = /\p{Lu}\./u;

/**
 * The word keys of a sentence's content words in text order, repeats kept: function words dropped,
 * case, spelling and inflection folded, acronyms and their expansions met ("F.B.I.", "FBI" and "Federal
 * Bureau of Investigation" all give 'fbi'), numbers written out as digits ("three" gives '3').
 * contentKeys sorts them; alignment numbers them as they come.
 * @example contentKeyList('The programmes were cancelled, programmes.') // -> ['program', 'cancel', 'program']
 * @example contentKeyList('The G.O.P. and the Internal Revenue Service') // -> ['gop', 'internal', 'revenu', 'servic', 'irs']
 */
export function contentKeyList(text: string): string[] {
  const source = capitalThenStop.test(text) ? text.replace(dottedInitialism, (m) => m.replace(/\./g, '')) : text;
  const keys: string[] = [];
  for (const token of tokenize(source)) {
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    // A listed acronym in capitals is a name even when its letters spell a function word ("US").
    const upper = token.kind === 'word' && isCapitalised(token.text, 1) && isCapitalised(token.text, 0) && token.text === token.text.toUpperCase();
    const cacheKey = upper ? `\u0000${token.text}` : token.text;
    let key = cache.get(cacheKey);
    if (key === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      key = contentKey(token.text, token.kind === 'word', upper);
      cache.set(cacheKey, key);
    }
    if (key === null) continue;
    keys.push(key);
    const expansion = expansionEnding(keys);
    if (expansion) keys.push(expansion);
  }
  return keys;
}

// Numbers written out meet their digits, from two to ninety: "one" stays a function word ("one of them"), and
// "hundred" or "million" are units ("hundreds of protesters", "1.2 million") more than values.
const SMALL_NUMBERS = new Map([...NUMBER_WORDS].filter(([word, digits]) => word !== 'one' && /^\d+$/.test(digits) && Number(digits) <= 90));

/** Whether the character at `at` is an upper-case letter (one that lower-casing changes): most words fail at the first. */
function isCapitalised(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c !== '' && c !== c.toLowerCase();
}

const ACRONYM_KEY = new Map<string, string>();
for (const entry of ACRONYMS) for (const word of [...entry.acronyms, ...(entry.alias ?? [])]) ACRONYM_KEY.set(word, entry.key);

// Expansions as content keys, read as any text is (without appending acronyms: this is what they are made of).
const EXPANSIONS_BY_LAST = new Map<string, Array<{ words: readonly string[]; key: string }>>();
for (const entry of ACRONYMS) {
  for (const phrase of entry.expansions) {
    const words = tokenize(phrase).flatMap((t) => (t.kind === 'word' ? [contentKey(t.text, true, false)] : [])).filter((k): k is string => k !== null);
    const last = words[words.length - 1] as string;
    (EXPANSIONS_BY_LAST.get(last) ?? EXPANSIONS_BY_LAST.set(last, []).get(last)!).push({ words, key: entry.key });
  }
}

/** The acronym key when the keys so far end with one of its expansions ("internal revenu servic" -> 'irs'). */
function expansionEnding(keys: readonly string[]): string | undefined {
  const candidates = EXPANSIONS_BY_LAST.get(keys[keys.length - 1] as string);
  if (!candidates) return undefined;
  for (const { words, key } of candidates) {
    if (words.length > keys.length) continue;
    if (words.every((w, k) => keys[keys.length - words.length + k] === w)) return key;
  }
  return undefined;
}

// Each word is keyed and checked against the stop words many times: remember the outcome (bounded).
// A token's kind follows from its text (numbers start with a digit, words never do).
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string | null>();

/** The key of one word or number, or null for a word that is not content. */
function contentKey(text: string, isWord: boolean, upper: boolean): string | null {
  const lower = text.toLowerCase();
  const acronym = upper ? ACRONYM_KEY.get(lower) : undefined;
  if (acronym) return acronym;
  const digits = isWord ? SMALL_NUMBERS.get(lower) : undefined;
  if (digits) return digits;
  if (isWord && isStopWord(text)) return null;
  // Single letters are initials or list markers: not content on their own.
  if (isWord && text.length === 1 && !/[\u3040-\u30FF\u4E00-\u9FFF]/.test(text)) return null;
  const key = wordKey(text);
  return ACRONYM_KEY.get(key) ?? key;
}
