/**
 * The real text the store benches' articles are generated from (generate-articles.ts): the evaluation
 * data's articles (BASIL, ECB+, PAC, SemEval) when ../shared/evaldata is there, else the five seed
 * articles in corpus/ (far less vocabulary: the figures name the source).
 */
import { existsSync } from 'node:fs';
import { segmentSentences } from '../../lib/text/segment-sentences';
import type { Article } from '../../lib/types';
import { readCorpusArticles } from '../build-corpus';
import { EVALDATA_DIR } from '../eval/evaldata-path';
import { loadBasil, loadEcbPlus, loadPac, loadSemEvalPairs } from '../eval/match';
import type { GeneratedSource } from './generate-articles';

/**
 * The real articles the generator mutates, as sentences (articles of fewer than four left out).
 * @example realSource().name // -> 'evaldata (BASIL, ECB+, PAC, SemEval: 2,157 articles)'
 */
export function realSource(): GeneratedSource {
  const fromEvaldata = existsSync(EVALDATA_DIR);
  const articles: Article[] = fromEvaldata
    ? [
        ...[...loadBasil(), ...loadEcbPlus(), ...loadPac()].map((l) => l.article),
        ...loadSemEvalPairs().flatMap((p, i) => [
          { id: `se${i}a`, outlet: '?', title: '', text: p.text1 },
          { id: `se${i}b`, outlet: '?', title: '', text: p.text2 },
        ]),
      ]
    : readCorpusArticles();
  const texts = articles
    .map((a) => ({ title: a.title, sentences: segmentSentences({ title: '', text: a.text }).map((s) => s.text) }))
    .filter((t) => t.sentences.length >= 4);
  return { name: fromEvaldata ? `evaldata (BASIL, ECB+, PAC, SemEval: ${texts.length.toLocaleString('en')} articles)` : `the ${texts.length} seed articles in corpus/`, texts };
}
