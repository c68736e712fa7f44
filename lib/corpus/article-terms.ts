import { segmentSentences } from '../text/segment-sentences';
import { isStopWord } from '../text/stop-words';
import { words, type Token } from '../text/tokenize';
import { wordKey } from '../text/word-key';
import { BOILERPLATE_WORDS, CAPITALISED_COMMON_WORDS, TERM_WEIGHTS } from './term-weights';

const acronym = /^\p{Lu}{2,}$/u;
const capitalised = /^\p{Lu}/u;

/**
 * The weight of one occurrence, 0 for words that say nothing about the story. `titleCase` is true where
 * capitals do not mark names: the first word of a sentence, headlines and subheads (often Title Case).
 */
function occurrenceWeight(token: Token, titleCase: boolean): number {
  const text = token.text;
  if (token.kind === 'number') return text.replace(/\D/g, '').length >= 2 ? TERM_WEIGHTS.number : TERM_WEIGHTS.digit;
  const lower = text.toLowerCase();
  // "US", "UN", "WHO": an acronym in running text is a name even when its lower-case form is a stop word.
  if (!titleCase && acronym.test(text)) return TERM_WEIGHTS.name;
  if (isStopWord(text) || BOILERPLATE_WORDS.has(lower) || [...text].length < 2) return 0;
  if (!titleCase && capitalised.test(text) && !CAPITALISED_COMMON_WORDS.has(lower)) return TERM_WEIGHTS.name;
  return TERM_WEIGHTS.word;
}

/**
 * An article's weighted terms: word keys (inflection and spelling folded) of its content words and of
 * adjacent pairs of them, each weighted by what kind of word it is (names and numbers more, stop words
 * and page furniture not at all) and where it stands (headline more), then dampened with a square root
 * so one word repeated does not dominate. These vectors are what the corpus index stores and what
 * matching compares. Pair terms are the two keys joined by a space.
 * @example articleTerms({ title: 'Putin visits', text: 'The visit to Pyongyang.' }).get('pyongyang') // -> Math.sqrt(2)
 */
export function articleTerms(article: { title: string; text: string; lang?: string }): Map<string, number> {
  const sums = new Map<string, number>();
  for (const sentence of segmentSentences(article)) {
    const headline = sentence.kind === 'headline';
    const titleCaseLine = headline || sentence.kind === 'heading';
    let previous: { key: string; weight: number } | undefined;
    words(sentence.text).forEach((token, i) => {
      const weight = occurrenceWeight(token, titleCaseLine || i === 0) * (headline ? TERM_WEIGHTS.headline : 1);
      if (weight === 0) {
        previous = undefined;
        return;
      }
      const key = wordKey(token.text);
      sums.set(key, (sums.get(key) ?? 0) + weight);
      // Adjacent content words ("Betty Ford", "sixth round") tell one event from another of its kind.
      if (previous) {
        const pair = `${previous.key} ${key}`;
        sums.set(pair, (sums.get(pair) ?? 0) + TERM_WEIGHTS.pair * Math.min(weight, previous.weight));
      }
      previous = { key, weight };
    });
  }
  const terms = new Map<string, number>();
  for (const [key, sum] of sums) terms.set(key, Math.sqrt(sum));
  return terms;
}
