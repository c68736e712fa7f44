/**
 * Fits the link model (lib/align/link-model.ts) on the hand-judged BASIL pairs of the dev split and writes its
 * weights to lib/align/link-model-weights.ts. A pair of sentences is a positive when the judges linked them (must
 * or may): they carry the same fact or statement, in full or in part. Only the candidate pairs alignment scores
 * are used (sentences sharing a retrieval key). Logistic regression, standardised features, L2 0.01, 4,000 steps of
 * full-batch gradient descent from zero: deterministic. The held-out test pairs are scored and printed, never fitted.
 *   npx tsx scripts/eval/train-link-model.ts [--dry-run]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidatePairs } from '../../lib/align/candidate-pairs';
import { pairFeatures, PAIR_FEATURES } from '../../lib/align/pair-features';
import { sentenceBags } from '../../lib/align/sentence-bags';
import { ALIGN_THRESHOLDS } from '../../lib/align/thresholds';
import { loadBasilArticle } from './truth/basil-article';
import type { GoldPair } from './truth/gold-types';

interface Example {
  x: number[];
  link: boolean;
  must: boolean;
}

const ROOT = join(import.meta.dirname, '..', '..');
const PAIRS = join(ROOT, 'tests', 'fixtures', 'truth', 'pairs');

/** The candidate pairs of one gold pair, featured and labelled. */
function examples(gold: GoldPair): Example[] {
  const a = loadBasilArticle(gold.year, gold.a);
  const b = loadBasilArticle(gold.year, gold.b);
  const bags = sentenceBags(
    a.units.map((u) => u.text),
    b.units.map((u) => u.text),
  );
  const strength = new Map(gold.links.map((l) => [`${l.a}|${l.b}`, l.strength]));
  const pairs = candidatePairs(bags.idsA, bags.idsB, bags.df, ALIGN_THRESHOLDS.maxPostings);
  return pairFeatures(bags, pairs, a.units[0]?.id === 't', b.units[0]?.id === 't').map((p) => {
    const s = strength.get(`${a.units[p.i]?.id}|${b.units[p.j]?.id}`);
    return { x: p.features, link: s !== undefined, must: s === 'must' };
  });
}

function fit(data: Example[]): { weights: number[]; bias: number } {
  const n = PAIR_FEATURES.length;
  const mean = Array.from({ length: n }, (_, k) => data.reduce((s, e) => s + (e.x[k] as number), 0) / data.length);
  const sd = Array.from({ length: n }, (_, k) => Math.sqrt(data.reduce((s, e) => s + ((e.x[k] as number) - (mean[k] as number)) ** 2, 0) / data.length) || 1);
  const z = data.map((e) => e.x.map((v, k) => (v - (mean[k] as number)) / (sd[k] as number)));
  const w = new Array<number>(n).fill(0);
  let b = 0;
  for (let step = 0; step < 4000; step++) {
    const grad = new Array<number>(n).fill(0);
    let gradB = 0;
    z.forEach((row, r) => {
      const p = 1 / (1 + Math.exp(-(b + row.reduce((s, v, k) => s + v * (w[k] as number), 0))));
      const err = p - (data[r]?.link ? 1 : 0);
      row.forEach((v, k) => (grad[k] = (grad[k] as number) + err * v));
      gradB += err;
    });
    for (let k = 0; k < n; k++) w[k] = (w[k] as number) - 0.5 * ((grad[k] as number) / data.length + 0.01 * (w[k] as number));
    b -= (0.5 * gradB) / data.length;
  }
  // Back to raw features: w·(x - mean)/sd + b = (w/sd)·x + (b - Σ w·mean/sd).
  const weights = w.map((v, k) => v / (sd[k] as number));
  return { weights, bias: b - weights.reduce((s, v, k) => s + v * (mean[k] as number), 0) };
}

/** Must-link recall reachable at each link precision, ranking all candidate pairs by probability. */
function curve(data: Example[], model: { weights: number[]; bias: number }): string {
  const scored = data
    .map((e) => ({ e, p: model.bias + e.x.reduce((s, v, k) => s + v * (model.weights[k] as number), 0) }))
    .sort((x, y) => y.p - x.p);
  const must = data.filter((e) => e.must).length;
  return [0.9, 0.8, 0.7]
    .map((target) => {
      let links = 0;
      let found = 0;
      let best = 0;
      scored.forEach(({ e }, k) => {
        links += e.link ? 1 : 0;
        found += e.must ? 1 : 0;
        if (links / (k + 1) >= target) best = found / must;
      });
      return `at link precision ${target}: must-link recall ${best.toFixed(2)}`;
    })
    .join('; ');
}

const golds = readdirSync(PAIRS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(PAIRS, f), 'utf8')) as GoldPair);
const dev = golds.filter((g) => g.split === 'dev').flatMap(examples);
const test = golds.filter((g) => g.split === 'test').flatMap(examples);
const model = fit(dev);
process.stdout.write(`dev: ${dev.length} candidate pairs, ${dev.filter((e) => e.link).length} linked\n  ${curve(dev, model)}\n`);
process.stdout.write(`test (held out): ${test.length} candidate pairs, ${test.filter((e) => e.link).length} linked\n  ${curve(test, model)}\n`);
const round = (v: number) => Math.round(v * 10_000) / 10_000;
process.stdout.write(`weights: ${PAIR_FEATURES.map((f, k) => `${f} ${round(model.weights[k] as number)}`).join(', ')}; bias ${round(model.bias)}\n`);
if (!process.argv.includes('--dry-run')) {
  const file = join(ROOT, 'lib', 'align', 'link-model-weights.ts');
  writeFileSync(
    file,
    `/**
 * Weights of the link model (lib/align/link-model.ts), in PAIR_FEATURES order. Written by
 * \`npx tsx scripts/eval/train-link-model.ts\` from the ${golds.filter((g) => g.split === 'dev').length} dev pairs of the truth gold
 * (${dev.length} candidate pairs, ${dev.filter((e) => e.link).length} linked by the judges); do not edit by hand.
 */
export const LINK_MODEL_WEIGHTS = {
  weights: [${model.weights.map(round).join(', ')}],
  bias: ${round(model.bias)},
} as const;
`,
  );
  process.stdout.write(`wrote ${file}\n`);
}
