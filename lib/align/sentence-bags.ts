import { contentKeyList } from './content-key-list';
import { termWeights } from './term-weights';
import { makeBag, type WeightedBag } from './weighted-bag';

/** The content of two articles' sentences as weighted bags over one numbered vocabulary. */
export interface SentenceBags {
  bagsA: WeightedBag<number>[];
  bagsB: WeightedBag<number>[];
  /** Each sentence's key numbers, sorted. */
  idsA: number[][];
  idsB: number[][];
  /** Sentences (of both articles) each key number occurs in. */
  df: number[];
}

/**
 * Weighted bags of content keys for the sentences of two articles, the weights being each key's rarity
 * across both (a word in many sentences says little about which ones match). Keys become numbers:
 * first in the order they are met, counting the sentences each occurs in (no sentence's keys are sorted
 * as strings), then renumbered in sorted key order. Integer comparisons in the hot loops, and each
 * sentence's numbers sort like its keys, so every sum runs in the same order whichever side a bag is on.
 * @example sentenceBags(['Putin arrived.'], ['Putin landed.']).bagsA[0].keys.length // -> 2
 */
export function sentenceBags(a: readonly string[], b: readonly string[]): SentenceBags {
  const numberOf = new Map<string, number>();
  const met: string[] = [];
  const sentencesWith: number[] = [];
  const lastSentence: number[] = [];
  const numbered = (text: string, sentence: number) => {
    const numbers: number[] = [];
    for (const key of contentKeyList(text)) {
      let n = numberOf.get(key);
      if (n === undefined) {
        n = met.length;
        numberOf.set(key, n);
        met.push(key);
        sentencesWith.push(0);
        lastSentence.push(-1);
      }
      if (lastSentence[n] === sentence) continue;
      lastSentence[n] = sentence;
      sentencesWith[n] = (sentencesWith[n] as number) + 1;
      numbers.push(n);
    }
    return numbers;
  };
  const metA = a.map((text, i) => numbered(text, i));
  const metB = b.map((text, j) => numbered(text, a.length + j));
  const vocabulary = [...met].sort();
  const df = vocabulary.map((k) => sentencesWith[numberOf.get(k) as number] as number);
  const weights = termWeights(new Map(vocabulary.map((k, id) => [k, df[id] as number])), a.length + b.length);
  const weightOf = vocabulary.map((k) => weights.get(k) as number);
  const idOfMet = new Int32Array(met.length);
  vocabulary.forEach((k, id) => (idOfMet[numberOf.get(k) as number] = id));
  const ids = (numbers: number[]) => numbers.map((n) => idOfMet[n] as number).sort((x, y) => x - y);
  const idsA = metA.map(ids);
  const idsB = metB.map(ids);
  const bag = (keyIds: number[]) => makeBag(keyIds, (id) => weightOf[id] as number);
  return { bagsA: idsA.map(bag), bagsB: idsB.map(bag), idsA, idsB, df };
}
