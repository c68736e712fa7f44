import { contentKeyList } from './content-key-list';
import { termWeights } from './term-weights';
import { isAlignedPair } from './is-aligned-pair';
import { ALIGN_THRESHOLDS, type AlignThresholds } from './thresholds';
import { dice, makeBag, sharedWeight, unionBags, type WeightedBag } from './weighted-bag';

/** Sentences of a and of b that say the same thing: 1:1, n:1 or 1:n. */
export interface Alignment {
  a: number[];
  b: number[];
  similarity: number;
}

interface Pair {
  i: number;
  j: number;
  shared: number;
  similarity: number;
}

/**
 * Candidate pairs: sentences that share a key which is rare across both articles, or the rarest key of
 * either sentence. Rare keys keep the candidate lists short, so the work grows near-linearly with the
 * text instead of scoring every pair; the rarest-key rule keeps sentences made only of common words.
 * Keys are vocabulary numbers here; `df` is indexed by them.
 */
function candidatePairs(keysA: number[][], keysB: number[][], df: readonly number[], maxPostings: number): Array<[number, number]> {
  const postings = (lists: number[][]) => {
    const byKey: Array<number[] | undefined> = new Array(df.length);
    lists.forEach((keys, index) => keys.forEach((k) => (byKey[k] ??= []).push(index)));
    return byKey;
  };
  const retrievalKeys = (keys: number[]) => {
    let rarest: number | undefined;
    for (const k of keys) if (rarest === undefined || (df[k] as number) < (df[rarest] as number)) rarest = k;
    return keys.filter((k) => k === rarest || (df[k] as number) <= maxPostings);
  };
  const postingsA = postings(keysA);
  const postingsB = postings(keysB);
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const add = (i: number, j: number) => {
    const id = i * keysB.length + j;
    if (!seen.has(id)) {
      seen.add(id);
      pairs.push([i, j]);
    }
  };
  keysA.forEach((keys, i) => retrievalKeys(keys).forEach((k) => postingsB[k]?.forEach((j) => add(i, j))));
  keysB.forEach((keys, j) => retrievalKeys(keys).forEach((k) => postingsA[k]?.forEach((i) => add(i, j))));
  return pairs;
}

/** A symmetric total order on pairs: mirrored inputs process mirrored pairs in the same order. */
function byStrength(x: Pair, y: Pair): number {
  return y.similarity - x.similarity || x.i + x.j - (y.i + y.j) || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.i - y.i;
}

/**
 * Aligns the sentences of two articles without assuming order: each sentence of a is matched to the
 * sentence(s) of b that say the same thing, greedily from the most similar pair down; then a leftover
 * sentence that says what two or three leftovers of the other side say together forms a group with
 * them; last, a sentence left over joins a group when the other side of that group explains most of it
 * (one sentence of b covering two of a, or the reverse). Only aligned groups are returned; every other sentence is
 * unaligned. The result is symmetric: swapping a and b swaps the sides of every group.
 * @example alignSentences(['Putin arrived in Pyongyang.', 'He was greeted by Kim.'], ['Kim greeted Putin, who arrived in Pyongyang.'])
 * // -> [{ a: [0, 1], b: [0], similarity: 0.8… }]
 */
export function alignSentences(a: readonly string[], b: readonly string[], thresholds: AlignThresholds = ALIGN_THRESHOLDS): Alignment[] {
  // Keys become numbers: first in the order they are met, counting the sentences each occurs in (no
  // sentence's keys are sorted as strings), then renumbered in sorted key order. Integer comparisons in
  // the hot loops, and each sentence's numbers sort like its keys, so every sum runs in the same order
  // whichever side a bag is on.
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
  const dfOf = vocabulary.map((k) => sentencesWith[numberOf.get(k) as number] as number);
  const weights = termWeights(new Map(vocabulary.map((k, id) => [k, dfOf[id] as number])), a.length + b.length);
  const weightOf = vocabulary.map((k) => weights.get(k) as number);
  const idOfMet = new Int32Array(met.length);
  vocabulary.forEach((k, id) => (idOfMet[numberOf.get(k) as number] = id));
  const ids = (numbers: number[]) => numbers.map((n) => idOfMet[n] as number).sort((x, y) => x - y);
  const idsA = metA.map(ids);
  const idsB = metB.map(ids);
  const bag = (keyIds: number[]) => makeBag(keyIds, (id) => weightOf[id] as number);
  const bagsA = idsA.map(bag);
  const bagsB = idsB.map(bag);

  const pairs: Pair[] = candidatePairs(idsA, idsB, dfOf, thresholds.maxPostings).map(([i, j]) => {
    const x = bagsA[i] as WeightedBag<number>;
    const y = bagsB[j] as WeightedBag<number>;
    const shared = sharedWeight(x, y);
    const total = x.total + y.total;
    return { i, j, shared, similarity: total === 0 ? 0 : (2 * shared) / total };
  });
  pairs.sort(byStrength);

  // Phase 1: one-to-one pairs, strongest first.
  const groupOfA = new Int32Array(a.length).fill(-1);
  const groupOfB = new Int32Array(b.length).fill(-1);
  const groups: Array<{ a: number[]; b: number[] }> = [];
  for (const p of pairs) {
    if (groupOfA[p.i] !== -1 || groupOfB[p.j] !== -1) continue;
    if (!isAlignedPair(p.shared, bagsA[p.i] as WeightedBag<number>, bagsB[p.j] as WeightedBag<number>, thresholds)) continue;
    groupOfA[p.i] = groupOfB[p.j] = groups.length;
    groups.push({ a: [p.i], b: [p.j] });
  }

  // Phase 2: joint groups. A sentence left over may say what two or three leftovers of the other side
  // say together, each too short a part of it to pair on its own.
  // partnersOfA[i]: free sentences of b mostly contained in a's sentence i (and the reverse).
  const partnersOfA: Pair[][] = a.map(() => []);
  const partnersOfB: Pair[][] = b.map(() => []);
  for (const p of pairs) {
    if (groupOfA[p.i] !== -1 || groupOfB[p.j] !== -1) continue;
    if (p.shared / (bagsB[p.j] as WeightedBag<number>).total >= thresholds.mergeGain) (partnersOfA[p.i] as Pair[]).push(p);
    if (p.shared / (bagsA[p.i] as WeightedBag<number>).total >= thresholds.mergeGain) (partnersOfB[p.j] as Pair[]).push(p);
  }
  const joints: Array<{ a: number[]; b: number[]; similarity: number; order: number }> = [];
  const collect = (fromA: boolean, self: number, list: Pair[]) => {
    if (list.length < 2) return;
    const own = (fromA ? bagsA : bagsB)[self] as WeightedBag<number>;
    const otherBags = fromA ? bagsB : bagsA;
    const chosen = [...list]
      .sort((x, y) => y.shared - x.shared || x.i + x.j - (y.i + y.j))
      .slice(0, thresholds.maxGroupSide)
      .map((p) => (fromA ? p.j : p.i))
      .sort((x, y) => x - y);
    const similarity = dice(own, unionBags(chosen.map((k) => otherBags[k] as WeightedBag<number>)));
    if (similarity < thresholds.pair) return;
    const joint = fromA ? { a: [self], b: chosen } : { a: chosen, b: [self] };
    joints.push({ ...joint, similarity, order: [...joint.a, ...joint.b].reduce((sum, k) => sum + k, 0) });
  };
  partnersOfA.forEach((list, i) => collect(true, i, list));
  partnersOfB.forEach((list, j) => collect(false, j, list));
  joints.sort((x, y) => y.similarity - x.similarity || x.order - y.order || (x.a[0] as number) - (y.a[0] as number));
  for (const joint of joints) {
    if (joint.a.some((i) => groupOfA[i] !== -1) || joint.b.some((j) => groupOfB[j] !== -1)) continue;
    joint.a.forEach((i) => (groupOfA[i] = groups.length));
    joint.b.forEach((j) => (groupOfB[j] = groups.length));
    groups.push({ a: joint.a, b: joint.b });
  }

  // Phase 3: merges. A leftover sentence joins a group when the group's other side explains most of it
  // beyond what the group's own side already says (so a repeated sentence does not join its twin's group).
  const novelGain = (sentence: WeightedBag<number>, own: WeightedBag<number>, other: WeightedBag<number>) => {
    let gain = 0;
    const ownKeys = new Set(own.keys);
    const otherKeys = new Set(other.keys);
    sentence.keys.forEach((k, index) => {
      if (otherKeys.has(k) && !ownKeys.has(k)) gain += sentence.weights[index] as number;
    });
    return sentence.total === 0 ? 0 : gain / sentence.total;
  };
  const sideBag = (indices: number[], bags: WeightedBag<number>[]) => unionBags(indices.map((i) => bags[i] as WeightedBag<number>));
  for (const p of pairs) {
    const aFree = groupOfA[p.i] === -1;
    const bFree = groupOfB[p.j] === -1;
    if (aFree === bFree) continue;
    // The gain can be no more than the share the two sentences have in common: most pairs stop here.
    if (p.shared / ((aFree ? bagsA[p.i] : bagsB[p.j]) as WeightedBag<number>).total < thresholds.mergeGain) continue;
    const g = groups[aFree ? (groupOfB[p.j] as number) : (groupOfA[p.i] as number)] as { a: number[]; b: number[] };
    const side = aFree ? g.a : g.b;
    if (side.length >= thresholds.maxGroupSide) continue;
    const gain = aFree
      ? novelGain(bagsA[p.i] as WeightedBag<number>, sideBag(g.a, bagsA), sideBag(g.b, bagsB))
      : novelGain(bagsB[p.j] as WeightedBag<number>, sideBag(g.b, bagsB), sideBag(g.a, bagsA));
    if (gain < thresholds.mergeGain) continue;
    if (aFree) {
      g.a.push(p.i);
      groupOfA[p.i] = groupOfB[p.j] as number;
    } else {
      g.b.push(p.j);
      groupOfB[p.j] = groupOfA[p.i] as number;
    }
  }

  return groups.map((g) => {
    const aSide = [...g.a].sort((x, y) => x - y);
    const bSide = [...g.b].sort((x, y) => x - y);
    return { a: aSide, b: bSide, similarity: dice(sideBag(aSide, bagsA), sideBag(bSide, bagsB)) };
  });
}
