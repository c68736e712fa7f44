import type { SentenceLink } from '../types';
import { candidatePairs } from './candidate-pairs';
import { linkProbability } from './link-model';
import { pairFeatures } from './pair-features';
import { sentenceBags } from './sentence-bags';
import { ALIGN_THRESHOLDS, type AlignThresholds } from './thresholds';
import { dice, unionBags, type WeightedBag } from './weighted-bag';

/** Sentences of a and of b that say the same thing: 1:1, n:1 or 1:n. */
export interface Alignment {
  a: number[];
  b: number[];
  similarity: number;
}

/**
 * A sentence left out of every alignment that still carries part of what some sentences of the other side say:
 * `index` on `side`, `others` on the other side (each of them may be aligned elsewhere), best first.
 */
export interface PartialLink {
  side: 'a' | 'b';
  index: number;
  others: number[];
  /** The link model's probability for the strongest of those links, 0..1. */
  probability: number;
}

export interface SentenceLinks {
  /** Sentences that say the same thing (each sentence in at most one). */
  alignments: Alignment[];
  /** Sentences in no alignment that share part of their content with the other side. */
  partial: PartialLink[];
  /**
   * Every pair at or above `thresholds.link`, each sentence in at most `maxGroupSide` of them (strongest first):
   * where else a sentence's content is carried, aligned or not.
   */
  links: SentenceLink[];
  /**
   * Every pair at or above `thresholds.driftLink`, strongest first, whatever groups the two sentences end up in:
   * where two sentences may state one fact, read for values that differ (lib/compare.ts).
   */
  near: SentenceLink[];
  /** Each sentence's strongest link probability with any sentence of the other side (0 when it shares nothing). */
  strongestA: number[];
  strongestB: number[];
}

export interface LinkOptions {
  /** The first sentence of a / of b is a headline (headlines compress: the model weighs their overlap apart). */
  headlineA?: boolean;
  headlineB?: boolean;
  thresholds?: AlignThresholds;
  /**
   * Sentence pairs (a's index, b's index) that quote one remark (lib/quotes pairs them by speaker and wording).
   * Each is at least a link: the quote is content both carry, however little else their words share.
   */
  sameRemark?: ReadonlyArray<readonly [number, number]>;
  /**
   * Whether a sentence pair is mostly quotes of two different remarks (lib/quotes/other-remarks.ts): never
   * linked on its words (the pair is held at `thresholds.only`), though its probability still counts as
   * evidence that neither sentence is one outlet's alone (strongestA, strongestB).
   */
  otherRemarks?: (i: number, j: number) => boolean;
}

interface Pair {
  i: number;
  j: number;
  shared: number;
  similarity: number;
  probability: number;
  /** The model's probability where `probability` was held down (otherRemarks). */
  evidence?: number;
}

/** A symmetric total order on pairs: mirrored inputs process mirrored pairs in the same order. */
function byStrength(x: Pair, y: Pair): number {
  return y.probability - x.probability || y.similarity - x.similarity || x.i + x.j - (y.i + y.j) || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.i - y.i;
}

/**
 * Links the sentences of two reports of one story without assuming order. The link model
 * (lib/align/link-model.ts) gives each candidate pair the probability that both carry the same fact or
 * statement; then, strongest first:
 * 1. pairs at or above `thresholds.align` become alignments, one to one;
 * 2. a leftover sentence that says what two or three leftovers of the other side say together forms a group
 *    with them;
 * 3. a leftover sentence joins an alignment when the alignment's other side explains most of it (one sentence
 *    covering two of the other's);
 * 4. every pair at or above `thresholds.link` is a link (up to three a sentence): a sentence still left over
 *    with links is partly covered by those sentences, wherever they are. Two sentences that quote one remark
 *    (`options.sameRemark`) are linked at least.
 * The result is symmetric: swapping a and b swaps the sides of every alignment and partial link.
 * @example linkSentences(['Putin arrived in Pyongyang.', 'He was greeted by Kim.'], ['Kim greeted Putin, who arrived in Pyongyang.']).alignments
 * // -> [{ a: [0, 1], b: [0], similarity: 0.8… }]
 */
export function linkSentences(a: readonly string[], b: readonly string[], options: LinkOptions = {}): SentenceLinks {
  const thresholds = options.thresholds ?? ALIGN_THRESHOLDS;
  const bags = sentenceBags(a, b);
  const { bagsA, bagsB } = bags;
  const pairs: Pair[] = pairFeatures(bags, candidatePairs(bags.idsA, bags.idsB, bags.df, thresholds.maxPostings), options.headlineA ?? false, options.headlineB ?? false).map(
    (p) => ({ i: p.i, j: p.j, shared: p.shared, similarity: p.similarity, probability: linkProbability(p.features) }),
  );
  // Two different remarks: what they share is words of two things said, not a fact both carry.
  if (options.otherRemarks) {
    for (const p of pairs) if (p.probability > thresholds.only && options.otherRemarks(p.i, p.j)) [p.evidence, p.probability] = [p.probability, thresholds.only];
  }
  if (options.sameRemark?.length) {
    const byId = new Map(pairs.map((p) => [p.i * b.length + p.j, p]));
    for (const [i, j] of options.sameRemark) {
      let pair = byId.get(i * b.length + j);
      if (!pair) {
        // Not a candidate (no rare key in common): the quote is all they share that counts.
        pair = { i, j, shared: 0, similarity: 0, probability: 0 };
        pairs.push(pair);
        byId.set(i * b.length + j, pair);
      }
      pair.probability = Math.max(pair.probability, thresholds.link);
    }
  }
  pairs.sort(byStrength);

  // Phase 1: one-to-one alignments, strongest first.
  const groupOfA = new Int32Array(a.length).fill(-1);
  const groupOfB = new Int32Array(b.length).fill(-1);
  const groups: Array<{ a: number[]; b: number[] }> = [];
  const bothHeadlines = (options.headlineA ?? false) && (options.headlineB ?? false);
  for (const p of pairs) {
    const headlines = bothHeadlines && p.i === 0 && p.j === 0;
    if (p.probability < (headlines ? thresholds.alignHeadlines : thresholds.align)) {
      if (p.probability < Math.min(thresholds.align, thresholds.alignHeadlines)) break;
      continue;
    }
    if (groupOfA[p.i] !== -1 || groupOfB[p.j] !== -1) continue;
    groupOfA[p.i] = groupOfB[p.j] = groups.length;
    groups.push({ a: [p.i], b: [p.j] });
  }

  // Phase 2: joint groups. A sentence left over may say what two or three leftovers of the other side
  // say together, each too short a part of it to pair on its own.
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
    if (similarity < thresholds.joint) return;
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
  const sideBag = (indices: number[], bagList: WeightedBag<number>[]) => unionBags(indices.map((i) => bagList[i] as WeightedBag<number>));
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

  // Phase 4: links. Pairs are in strength order, so each sentence's links come best first; a pair is a link
  // when neither sentence has its fill yet. A sentence in no alignment but with links is partly covered.
  const countA = new Int32Array(a.length);
  const countB = new Int32Array(b.length);
  const links: SentenceLink[] = [];
  const linksOfA: Pair[][] = a.map(() => []);
  const linksOfB: Pair[][] = b.map(() => []);
  for (const p of pairs) {
    if (p.probability < thresholds.link) break;
    if ((countA[p.i] as number) >= thresholds.maxGroupSide || (countB[p.j] as number) >= thresholds.maxGroupSide) continue;
    countA[p.i] = (countA[p.i] as number) + 1;
    countB[p.j] = (countB[p.j] as number) + 1;
    links.push({ a: p.i, b: p.j, probability: p.probability });
    if (groupOfA[p.i] === -1) (linksOfA[p.i] as Pair[]).push(p);
    if (groupOfB[p.j] === -1) (linksOfB[p.j] as Pair[]).push(p);
  }
  const partial: PartialLink[] = [];
  const partialOf = (side: 'a' | 'b', lists: Pair[][]) =>
    lists.forEach((list, index) => {
      if (list.length) partial.push({ side, index, others: list.map((p) => (side === 'a' ? p.j : p.i)), probability: (list[0] as Pair).probability });
    });
  partialOf('a', linksOfA);
  partialOf('b', linksOfB);
  const strongestA = new Array<number>(a.length).fill(0);
  const strongestB = new Array<number>(b.length).fill(0);
  for (const p of pairs) {
    const evidence = p.evidence ?? p.probability;
    if (evidence > (strongestA[p.i] as number)) strongestA[p.i] = evidence;
    if (evidence > (strongestB[p.j] as number)) strongestB[p.j] = evidence;
  }

  const alignments = groups.map((g) => {
    const aSide = [...g.a].sort((x, y) => x - y);
    const bSide = [...g.b].sort((x, y) => x - y);
    return { a: aSide, b: bSide, similarity: dice(sideBag(aSide, bagsA), sideBag(bSide, bagsB)) };
  });
  const near: SentenceLink[] = [];
  for (const p of pairs) {
    if (p.probability < thresholds.driftLink) break;
    near.push({ a: p.i, b: p.j, probability: p.probability });
  }
  return { alignments, partial, links: links.sort((x, y) => x.a - y.a || x.b - y.b), near, strongestA, strongestB };
}
