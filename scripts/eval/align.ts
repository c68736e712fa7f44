/**
 * `npm run eval:align`: does the sentence alignment decision agree with people?
 * - MSRP (news sentence pairs from different outlets, label 1 = paraphrase): precision, recall and F1 of
 *   "these two sentences align" on the test split, at the shipped thresholds, and the pair threshold
 *   that maximises F1 on the train split (what the shipped value was calibrated from).
 * - STS-B news (0-5 graded similarity): Pearson and Spearman correlation of the similarity score.
 * Term weights come from the evaluation set's own sentences, as alignment takes them from the two articles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentKeys } from '../../lib/align/content-keys';
import { documentFrequencies } from '../../lib/align/document-frequencies';
import { isAlignedPair } from '../../lib/align/is-aligned-pair';
import { termWeights } from '../../lib/align/term-weights';
import { ALIGN_THRESHOLDS } from '../../lib/align/thresholds';
import { makeBag, sharedWeight, type WeightedBag } from '../../lib/align/weighted-bag';
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

/** Weighted bags of both sentences of every pair, weights from the whole set. */
function scored(pairs: LabelledPair[]) {
  const keys = pairs.map((p) => [contentKeys(p.a), contentKeys(p.b)] as const);
  const lists = keys.flatMap((k) => [k[0], k[1]]);
  const weights = termWeights(documentFrequencies(lists), lists.length);
  const weight = (k: string) => weights.get(k) ?? 0;
  return pairs.map((p, i) => {
    const [ka, kb] = keys[i] as readonly [string[], string[]];
    const x = makeBag(ka, weight);
    const y = makeBag(kb, weight);
    const shared = sharedWeight(x, y);
    const total = x.total + y.total;
    return { label: p.label, x, y, shared, similarity: total ? (2 * shared) / total : 0 };
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

const withPair = (pair: number) => (s: Scored) => isAlignedPair(s.shared, s.x as WeightedBag, s.y as WeightedBag, { ...ALIGN_THRESHOLDS, pair });
const fmt = (m: { p: number; r: number; f1: number; accuracy: number }) =>
  `P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}  acc ${m.accuracy.toFixed(3)}`;

const trainScored = scored(train);
const testScored = scored(test);
let best = { pair: 0, f1: -1 };
for (let pair = 0.2; pair <= 0.8001; pair += 0.01) {
  const { f1 } = prf(trainScored, withPair(pair));
  if (f1 > best.f1) best = { pair: Number(pair.toFixed(2)), f1 };
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
out(`  shipped thresholds (pair ${ALIGN_THRESHOLDS.pair}):  ${fmt(prf(testScored, withPair(ALIGN_THRESHOLDS.pair)))}`);
out(`  best pair threshold on train: ${best.pair} (train F1 ${best.f1.toFixed(3)}); on test: ${fmt(prf(testScored, withPair(best.pair)))}`);
out(`  baseline "always align":      ${fmt(prf(testScored, () => true))}`);
for (const [name, set] of [
  ['STS-B news test', stsTest],
  ['STS-B news dev', stsDev],
] as const) {
  const s = scored(set);
  const sim = s.map((x) => x.similarity);
  const gold = s.map((x) => x.label);
  out(`${name} (${set.length} pairs): Pearson ${pearson(sim, gold).toFixed(3)}  Spearman ${pearson(ranks(sim), ranks(gold)).toFixed(3)}`);
}
