/**
 * The scrapinghub article-extraction-benchmark metric, reproduced so our numbers are comparable with
 * its published table: per page, a multiset of token 4-gram shingles, TP/FP/FN normalised by their sum;
 * precision and recall averaged over pages; F1 from the two means.
 */

/** Python's `\w` in a str pattern: letters and numbers (isalnum) plus underscore; combining marks are NOT word characters there. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface ShingleScore {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  // Like the benchmark: a text shorter than n tokens still yields one (short) shingle.
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join('\u0001');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/**
 * TP/FP/FN of predicted against true text over 4-gram shingles, normalised to sum to 1.
 * @example scoreShingles('a b c d e', 'a b c d') // -> { tp: 0.5, fp: 0, fn: 0.5 }
 */
export function scoreShingles(truth: string, predicted: string, n = 4): ShingleScore {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Per-page precision, with the benchmark's conventions for empty texts. */
export function pagePrecision({ tp, fp, fn }: ShingleScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Per-page recall, with the benchmark's conventions for empty texts. */
export function pageRecall({ tp, fp, fn }: ShingleScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Page F1 (for ranking outliers; the benchmark's F1 is from the means, see summarise). */
export function pageF1(score: ShingleScore): number {
  const p = pagePrecision(score);
  const r = pageRecall(score);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Benchmark summary: mean precision (pages with a prediction), mean recall (pages with a truth), F1 of the means.
 * @example summarise([scoreShingles('a b c d', 'a b c d')]) // -> { precision: 1, recall: 1, f1: 1 }
 */
export function summarise(scores: ShingleScore[]): { precision: number; recall: number; f1: number } {
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map(pagePrecision));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map(pageRecall));
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
