/**
 * Abbreviations that end in a full stop but rarely end a sentence: a sentence break right after one of
 * these is undone. Lower-case, without the final stop. "U.S." is not here: it often ends a sentence,
 * and the segmenter already keeps it when a lower-case word follows.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'sen', 'rep',
  'gov', 'pres', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'supt', 'insp', 'det', 'amb', 'atty',
  // plural and other titles of US political news: "Sens. Collins and Murkowski", "Reps. Lewis", "former Cong. Simmons"
  'sens', 'reps', 'govs', 'gens', 'cong', 'msgr', 'pvt', 'asst',
  // months, as news style abbreviates them
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // references and places
  'no', 'nos', 'vol', 'art', 'sec', 'fig', 'p', 'pp', 'para', 'ave', 'blvd', 'rd', 'mt', 'ft', 'approx', 'est', 'vs', 'v', 'etc', 'e.g', 'i.e', 'cf',
]);

/** Abbreviations that only stay non-terminal before a number ("No. 10", "Art. 5"): "no." alone may end a sentence. */
export const BEFORE_NUMBER_ONLY: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'sec', 'fig', 'p', 'pp', 'vol', 'para']);

/**
 * AP-style US state abbreviations (lower-case, no final stop): "Harry Reid (D-Nev.)", "Little Rock, Ark.". They end a
 * sentence often enough ("the convention in Kansas City, Mo. The vote...") that a break after one is undone only when
 * the next word is not a function word (see segmentSentences).
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore', 'pa', 'r.i',
  's.c', 's.d', 'tenn', 'tex', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo',
]);
