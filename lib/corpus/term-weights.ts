/**
 * How much one occurrence of a word counts towards an article's term vector. Names, numbers and places
 * say which event a story is about; ordinary words say what kind of event it is; headline words are the
 * outlet's own summary. Every entry is checked in tests/lib/corpus/term-weights.test.ts.
 * The values were picked among a few coarse alternatives (names 1-4, numbers 1-3, with and without
 * pair terms, log or square-root damping) by BASIL recall@2 and ECB+ same-event recall at a 5 % false
 * same-story rate; the differences were a few points at most. Decision thresholds are calibrated after
 * (lib/match/decision-thresholds.ts).
 */
export const TERM_WEIGHTS = {
  /** An ordinary content word. */
  word: 1,
  /** A capitalised word inside a sentence or an acronym: a person, place or organisation. */
  name: 2,
  /** A number of two or more digits: a year, a count, an amount, a score. */
  number: 2,
  /** A single digit: too common ("2 people", "1 of") to identify an event. */
  digit: 0.5,
  /** Multiplies the weight of every headline word. */
  headline: 2,
  /** Two adjacent content words, times the lighter of the two: phrases such as "Betty Ford Center". */
  pair: 0.5,
} as const;

/**
 * Imaginary background documents added to the corpus size in the IDF. With the five bundled articles
 * alone every word would look common or unique by accident; the prior keeps the IDF nearly flat for
 * small corpora and lets it discriminate once the corpus has thousands of articles.
 */
export const IDF_PRIOR_DOCUMENTS = 500;

/**
 * Capitalised words that are not names: news text capitalises weekdays and months, and they appear in
 * most articles regardless of the story. They count as ordinary words.
 */
export const CAPITALISED_COMMON_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today yesterday tomorrow`.split(/\s+/),
);

/**
 * Page furniture and newsroom vocabulary that survives extraction on many sites ("Advertisement",
 * "Read more", "(With AP inputs)"): it says nothing about the story, so it does not count at all.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set(
  `advertisement advertisements sponsored subscribe subscriber subscription newsletter newsletters share
shares sharing facebook twitter whatsapp linkedin instagram telegram email comment comments reply click
photo photos image images video videos getty copyright reserved rights cookie cookies privacy login
signup follow updated published ago minute minutes read reading tags trending popular latest recent
inputs caption file`.split(/\s+/),
);
