/**
 * `npm run eval:align`: do the sentence decisions agree with people on isolated sentence pairs?
 * - MSRP (news sentence pairs from different outlets, label 1 = paraphrase): precision, recall and F1 of
 *   "these two are aligned" (link probability at the align threshold) and "these two are linked" (at the link
 *   threshold) on the test split, next to the figures of the weighted-Dice rule this model replaced.
 * - STS-B news (0-5 graded similarity): Pearson and Spearman correlation of the link probability and of Dice.
 * Term weights come from the evaluation set's own sentences, as alignment takes them from the two articles; a
 * pair read alone has no neighbours (context 0) and each sentence is the other's best match.
 * The link model itself is fitted and judged on whole articles: `npm run eval:truth`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentKeys } from '../../lib/align/content-keys';
import { linkProbability } from '../../lib/align/link-model';
import { pairFeatures } from '../../lib/align/pair-features';
import { termWeights } from '../../lib/align/term-weights';
import { ALIGN_THRESHOLDS } from '../../lib/align/thresholds';
import { makeBag, sharedWeight } from '../../lib/align/weighted-bag';
import { evaldataPath } from './evaldata-path';

interface LabelledPair {
  a: string;
  b: string;
  label: number;
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
}

const msrpDir = evaldataPath('msrp');
const stsDir = evaldataPath('stsb_news');
const msrp = (split: string): LabelledPair[] =>
  readTsv(join(msrpDir, `msr_paraphrase_${split}.txt`)).map((c) => ({ label: Number(c[0]), a: c[3] ?? '', b: c[4] ?? '' }));
const sts = (split: string): LabelledPair[] =>
  readTsv(join(stsDir, `sts-${split}.news.tsv`)).map((c) => ({ label: Number(c[4]), a: c[5] ?? '', b: c[6] ?? '' }));

const train = msrp('train');
const test = msrp('test');
const stsTest = sts('test');
const stsDev = sts('dev');

/** Each pair's Dice and link probability, key weights and document frequencies from the whole set. */
function scored(pairs: LabelledPair[]) {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  const ids = (text: string) =>
    contentKeys(text).map((k) => {
      let id = vocabulary.get(k);
      if (id === undefined) {
        id = df.length;
        vocabulary.set(k, id);
        df.push(0);
      }
      df[id] = (df[id] as number) + 1;
      return id;
    });
  // contentKeys are sorted and vocabulary numbers follow first sight, so each list is sorted again by number.
  const keyed = pairs.map((p) => [ids(p.a).sort((x, y) => x - y), ids(p.b).sort((x, y) => x - y)] as const);
  const byKey = termWeights(new Map([...vocabulary].map(([k, id]) => [k, df[id] as number])), pairs.length * 2);
  const weightOf: number[] = [];
  for (const [k, id] of vocabulary) weightOf[id] = byKey.get(k) as number;
  return pairs.map((p, i) => {
    const [ka, kb] = keyed[i] as readonly [number[], number[]];
    const x = makeBag(ka, (id) => weightOf[id] as number);
    const y = makeBag(kb, (id) => weightOf[id] as number);
    const total = x.total + y.total;
    const [pair] = pairFeatures({ bagsA: [x], bagsB: [y], idsA: [ka], idsB: [kb], df }, [[0, 0]], false, false);
    return { label: p.label, similarity: total ? (2 * sharedWeight(x, y)) / total : 0, probability: pair ? linkProbability(pair.features) : 0 };
  });
}

type Scored = ReturnType<typeof scored>[number];

function prf(items: Scored[], decide: (s: Scored) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (const s of items) {
    const yes = decide(s);
    const gold = s.label === 1;
    if (yes && gold) tp++;
    else if (yes) fp++;
    else if (gold) fn++;
    if (yes === gold) correct++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1), accuracy: correct / items.length };
}

const atProbability = (threshold: number) => (s: Scored) => s.probability >= threshold;
const fmt = (m: { p: number; r: number; f1: number; accuracy: number }) =>
  `P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}  acc ${m.accuracy.toFixed(3)}`;

const trainScored = scored(train);
const testScored = scored(test);
let best = { threshold: 0, f1: -1 };
for (let threshold = 0.05; threshold <= 0.9501; threshold += 0.01) {
  const { f1 } = prf(trainScored, atProbability(threshold));
  if (f1 > best.f1) best = { threshold: Number(threshold.toFixed(2)), f1 };
}

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const r = new Array<number>(values.length);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && order[end + 1]?.[0] === order[k]?.[0]) end++;
    for (let m = k; m <= end; m++) r[(order[m] as readonly [number, number])[1]] = (k + end) / 2;
    k = end + 1;
  }
  return r;
}
function pearson(x: number[], y: number[]): number {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let num = 0;
  let dx = 0;
  let dy = 0;
  x.forEach((v, i) => {
    const u = v - mx;
    const w = (y[i] as number) - my;
    num += u * w;
    dx += u * u;
    dy += w * w;
  });
  return num / Math.sqrt(dx * dy);
}

const out = (line: string) => process.stdout.write(line + '\n');
out(`MSRP test (${test.length} pairs, ${test.filter((p) => p.label === 1).length} paraphrases)`);
out(`  aligned (probability >= ${ALIGN_THRESHOLDS.align}):   ${fmt(prf(testScored, atProbability(ALIGN_THRESHOLDS.align)))}`);
out(`  linked (probability >= ${ALIGN_THRESHOLDS.link}):    ${fmt(prf(testScored, atProbability(ALIGN_THRESHOLDS.link)))}`);
out(`  best threshold on train: ${best.threshold} (train F1 ${best.f1.toFixed(3)}); on test: ${fmt(prf(testScored, atProbability(best.threshold)))}`);
out(`  baseline "always align":      ${fmt(prf(testScored, () => true))}`);
out(`  before the link model (weighted Dice >= 0.40, containment rule): P 0.706  R 0.975  F1 0.819`);
for (const [name, set] of [
  ['STS-B news test', stsTest],
  ['STS-B news dev', stsDev],
] as const) {
  const s = scored(set);
  const gold = s.map((x) => x.label);
  for (const [measure, values] of [
    ['link probability', s.map((x) => x.probability)],
    ['weighted Dice   ', s.map((x) => x.similarity)],
  ] as const) {
    out(`${name} (${set.length} pairs), ${measure}: Pearson ${pearson(values, gold).toFixed(3)}  Spearman ${pearson(ranks(values), ranks(gold)).toFixed(3)}`);
  }
}
out('  before the link model (weighted Dice): test Pearson 0.758, dev 0.787');
