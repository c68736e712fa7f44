/**
 * Matching speed and index size against corpora of 1,000 and 10,000 articles built from the evaldata
 * texts (BASIL, ECB+, PAC, SemEval: about 2,300 distinct articles). Beyond those, articles are made by
 * joining the first half of one text to the second half of another, so the larger corpus keeps real
 * vocabulary and lengths without repeating documents. Budget: <= 10 ms per query at 10,000.
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { findCoverage } from '../../lib/match/find-coverage';
import type { Article } from '../../lib/types';
import { EVALDATA_DIR } from '../eval/evaldata-path';
import { loadBasil, loadEcbPlus, loadPac, loadSemEvalPairs } from '../eval/match';

const QUERIES = 200;

/** A collectable heap for honest memory deltas (V8 exposes gc only on request). */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function evaldataTexts(): Article[] {
  const semeval = loadSemEvalPairs().flatMap((p, i) => [
    { id: `se:${i}:1`, outlet: '?', title: '', text: p.text1 },
    { id: `se:${i}:2`, outlet: '?', title: '', text: p.text2 },
  ]);
  return [...loadBasil(), ...loadEcbPlus(), ...loadPac()].map((l) => l.article).concat(semeval);
}

/** n articles: the real ones first, then half-and-half joins of two different real ones. */
function corpusOf(texts: Article[], n: number): Article[] {
  const halves = (text: string) => {
    const sentences = text.split(/(?<=[.!?])\s+/);
    const middle = Math.ceil(sentences.length / 2);
    return [sentences.slice(0, middle).join(' '), sentences.slice(middle).join(' ')] as const;
  };
  return Array.from({ length: n }, (_, k) => {
    const first = texts[k % texts.length] as Article;
    if (k < texts.length) return first;
    const second = texts[(k * 7919 + 13) % texts.length] as Article;
    return { id: `mix:${k}`, outlet: 'mix', title: first.title, text: `${halves(first.text)[0]}\n\n${halves(second.text)[1]}` };
  });
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

/**
 * Prints index build time, index size (JSON bytes, heap delta) and query times at 1,000 and 10,000 articles.
 * @example await benchMatch() // prints "corpus of 10000 articles: build 2900 ms, … query mean 3.10 ms …"
 */
export async function benchMatch(): Promise<void> {
  if (!existsSync(EVALDATA_DIR)) {
    process.stdout.write(`skipped: evaldata not found at ${EVALDATA_DIR} (the match bench builds its corpora from it)\n`);
    return;
  }
  const gc = collectGarbage();
  const texts = evaldataTexts();
  process.stdout.write(`${texts.length} distinct evaldata articles; ${QUERIES} queries per corpus (every nth article as the page)\n`);
  for (const n of [1_000, 10_000]) {
    const articles = corpusOf(texts, n);
    let started = performance.now();
    const corpus = buildCorpus(articles);
    const buildMs = performance.now() - started;
    const json = JSON.stringify(corpus);
    const articleBytes = JSON.stringify(articles).length;
    // Memory of the corpus as the extension holds it: parsed from its JSON (articles and index together).
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    started = performance.now();
    const loaded = JSON.parse(json) as typeof corpus;
    const parseMs = performance.now() - started;
    gc();
    const heapDelta = process.memoryUsage().heapUsed - heapBefore;

    const times: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      const page = articles[Math.floor((q * n) / QUERIES)] as Article;
      started = performance.now();
      await findCoverage(page, corpus);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    process.stdout.write(
      [
        `corpus of ${n} articles (${Object.keys(corpus.postings).length} terms)`,
        `  index build ${ms(buildMs)}; JSON ${(json.length / 1048576).toFixed(1)} MB (articles alone ${(articleBytes / 1048576).toFixed(1)} MB), parse ${ms(parseMs)}`,
        `  heap of the corpus loaded from JSON (${loaded.articles.length} articles + index): ${(heapDelta / 1048576).toFixed(1)} MB`,
        `  query: mean ${ms(mean)}, p50 ${ms(times[Math.floor(QUERIES / 2)] ?? 0)}, p95 ${ms(times[Math.floor(QUERIES * 0.95)] ?? 0)}, max ${ms(times.at(-1) ?? 0)}`,
        '',
      ].join('\n'),
    );
  }
}
