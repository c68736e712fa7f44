import { OUR_ENDING_EXCEPTIONS, SPELLING_VARIANTS } from './spelling-variants';

const apostrophes = /['\u2018\u2019\u02BC\u2032]/g;
const vowel = /[aeiouy]/;

/** Drops a doubled final consonant left by a suffix ("running" -> "runn" -> "run"), keeping -ll/-ss/-zz. */
function undouble(stem: string): string {
  const last = stem.at(-1);
  return last && last === stem.at(-2) && !'lsz'.includes(last) ? stem.slice(0, -1) : stem;
}

// Words whose final -s is not a plural: stripping it would make "news" the key of "new".
const unstemmed = new Set(['news', 'series', 'species', 'always', 'perhaps', 'lens', 'whereas', 'has', 'was', 'does', 'this', 'its']);

/** A light English suffix stripper: inflections only, so "supplies", "supplied" and "supplying" meet. */
function stem(word: string): string {
  if (unstemmed.has(word)) return word;
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing') && vowel.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && vowel.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  // Adverbs meet their adjectives ("recently" ~ "recent"); short -ly words (only, early, apply) are left alone.
  if (w.length > 6 && w.endsWith('ally')) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('ly') && !w.endsWith('ply')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Folds British spellings to American ones: listed irregulars first, then the regular endings. */
export function americanSpelling(word: string): string {
  const listed = SPELLING_VARIANTS.get(word);
  if (listed) return listed;
  if (word.length >= 6 && word.endsWith('our') && !OUR_ENDING_EXCEPTIONS.has(word)) return word.slice(0, -3) + 'or';
  const our = /^(.{2,}[^aeiou])our(s|ed|ing|ite|ites|able)$/.exec(word);
  if (our && !OUR_ENDING_EXCEPTIONS.has(`${our[1]}our`)) return `${our[1]}or${our[2]}`;
  const ise = /^(.{2,}[^aeiou])(is|ys)(e|es|ed|ing|ation|ations)$/.exec(word);
  if (ise) return `${ise[1]}${ise[2] === 'is' ? 'iz' : 'yz'}${ise[3]}`;
  return word;
}

/**
 * The comparison key of a word: case, possessive, British/American spelling and inflection folded,
 * so "Programmes", "programs" and "program's" share one key. Numbers lose thousands separators.
 * @example wordKey('Programmes') === wordKey("program's") // -> true
 * @example wordKey('8,656') // -> '8656'
 */
export function wordKey(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = computeKey(word);
    cache.set(word, key);
  }
  return key;
}

// Articles repeat their words, and every comparison keys every word several times: remember the keys.
// Bounded so a long-lived extension page cannot grow it without end.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

function computeKey(word: string): string {
  let w = word.normalize('NFKC').toLowerCase().replace(apostrophes, "'");
  if (/^\p{N}/u.test(w)) return w.replace(/,/g, '');
  w = w.replace(/'s$/, '').replace(/'$/, '');
  return stem(americanSpelling(w));
}
