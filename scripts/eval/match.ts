/**
 * `npm run eval:match`: how well findCoverage finds same-story articles and refuses different events.
 *
 * - BASIL: 100 events x 3 outlets (Fox, NYT, HuffPost) in one corpus of 300. Per article: are its two
 *   same-event siblings the top two (recall@2), and are they judged same-story?
 * - ECB+: 43 topics, each with two sub-topics that are different events of the same kind. Per pair of
 *   documents: same sub-topic judged same-story (recall), sibling sub-topic judged same-story (false
 *   same-story), other topic judged related or better (false related).
 * - SemEval-2022 task 8 (English pairs): AUC of the score separating "same story" pairs (Overall rounded
 *   to 1 or 2: very or somewhat similar) from the rest (3 or 4). Threshold-free.
 *
 * Calibration is honest about what it saw: the thresholds are chosen on the ECB+ odd-numbered topics
 * (`--calibrate` prints the sweep) and reported on the even-numbered topics and on BASIL, which are never
 * used to pick them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { DECISION_THRESHOLDS } from '../../lib/match/decision-thresholds';
import { findCoverage } from '../../lib/match/find-coverage';
import type { MatchDecision } from '../../lib/match/types';
import type { Article } from '../../lib/types';
import { evaldataPath } from './evaldata-path';

interface Labelled {
  article: Article;
  /** Same event. */
  event: string;
  /** Same kind of event (ECB+ topic); equal to event where the data has no such level. */
  topic: string;
}

interface BasilFile {
  title: string;
  source: string;
  date: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

interface EcbDoc {
  doc: string;
  topic: number;
  subtopic: string;
  sentences: Array<{ n: number; text: string }>;
}

interface SemEvalPair {
  pair_id: string;
  text1: string;
  text2: string;
  Overall: number;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

/** BASIL articles (all 300), grouped by event. */
export function loadBasil(): Labelled[] {
  const root = join(evaldataPath('basil'), 'articles');
  return readdirSync(root)
    .sort()
    .flatMap((year) =>
      readdirSync(join(root, year))
        .sort()
        .map((name) => {
          const file = JSON.parse(readFileSync(join(root, year, name), 'utf8')) as BasilFile;
          const text = file['body-paragraphs'].map((p) => p.join(' ')).join('\n\n');
          const article: Article = { id: `basil:${name.replace(/\.json$/, '')}`, outlet: file.source, title: file.title, text, published: file.date, lang: 'en' };
          return { article, event: file['triplet-uuid'], topic: file['triplet-uuid'] };
        }),
    );
}

/** ECB+ documents (982); no headlines, so the text is the sentences, one paragraph each. */
export function loadEcbPlus(): Labelled[] {
  return readJsonl<EcbDoc>(join(evaldataPath('ecbplus'), 'ecbplus_docs.jsonl')).map((doc) => ({
    article: { id: `ecb:${doc.doc}`, outlet: doc.subtopic, title: '', text: doc.sentences.map((s) => s.text).join('\n\n'), lang: 'en' },
    event: doc.subtopic,
    topic: String(doc.topic),
  }));
}

interface PacStory {
  story: string;
  articles: Array<{ id: string; title: string; date: string; source: string; sentences: string[] }>;
}

/** PAC story pairs (left/right outlets), one article per paragraph-less text of sentences. */
export function loadPac(): Labelled[] {
  return readJsonl<PacStory>(join(evaldataPath('pac_partisan_pairs'), 'pac_stories.jsonl')).flatMap((story) =>
    story.articles.map((a) => ({
      article: { id: `pac:${a.id}`, outlet: a.source, title: a.title, text: a.sentences.join(' '), published: a.date, lang: 'en' },
      event: story.story,
      topic: story.story,
    })),
  );
}

/** SemEval-2022 task 8 English pairs. */
export function loadSemEvalPairs(): SemEvalPair[] {
  return readJsonl<SemEvalPair>(join(evaldataPath('semeval2022_task8_en'), 'en_en_pairs.jsonl'));
}

interface ScoredPair {
  score: number;
  decision: MatchDecision;
  /** Query and candidate report the same event. */
  sameEvent: boolean;
  sameTopic: boolean;
  /** Which half of the data the query is in (for calibrate/report splits). */
  query: Labelled;
}

/** Every scored (query, candidate) pair of a labelled set, searched in a corpus of the whole set. */
function scoreAll(items: Labelled[]): { pairs: ScoredPair[]; ranks: Map<string, string[]> } {
  const corpus = buildCorpus(items.map((i) => i.article));
  const byId = new Map(items.map((i) => [i.article.id, i]));
  const pairs: ScoredPair[] = [];
  const ranks = new Map<string, string[]>();
  for (const query of items) {
    const { matches } = findCoverage(query.article, corpus, { limit: items.length });
    const others = matches.filter((m) => m.article.id !== query.article.id);
    ranks.set(query.article.id, others.map((m) => m.article.id));
    for (const m of others) {
      const candidate = byId.get(m.article.id) as Labelled;
      pairs.push({ score: m.score, decision: m.decision, sameEvent: candidate.event === query.event, sameTopic: candidate.topic === query.topic, query });
    }
  }
  return { pairs, ranks };
}

/** Calibration targets: one point under the 5 % false same-story budget; 1 in 1,000 unrelated pairs shown as related. */
const SAME_STORY_FALSE_RATE = 0.04;
const RELATED_FALSE_RATE = 0.001;

const sameOrBetter = (d: MatchDecision) => d === 'same-story' || d === 'this-article';
const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : NaN);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties half). */
export function auc(positives: number[], negatives: number[]): number {
  const all = [...positives.map((s) => ({ s, p: 1 })), ...negatives.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.s === all[i]!.s) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.p) rankSum += meanRank;
    i = j;
  }
  return (rankSum - (positives.length * (positives.length + 1)) / 2) / (positives.length * negatives.length);
}

function evalBasil(): void {
  const items = loadBasil();
  const { pairs, ranks } = scoreAll(items);
  const events = new Map<string, string[]>();
  for (const i of items) events.set(i.event, [...(events.get(i.event) ?? []), i.article.id]);
  const hits: boolean[] = [];
  for (const i of items) {
    const siblings = (events.get(i.event) ?? []).filter((id) => id !== i.article.id);
    const top2 = ranks.get(i.article.id)?.slice(0, 2) ?? [];
    for (const s of siblings) hits.push(top2.includes(s));
  }
  const siblingPairs = pairs.filter((p) => p.sameEvent);
  const otherPairs = pairs.filter((p) => !p.sameEvent);
  process.stdout.write(
    [
      `BASIL (${items.length} articles, corpus of all ${items.length}; reported, not calibrated on)`,
      `  recall@2 (siblings in the top two): ${hits.filter(Boolean).length}/${hits.length} = ${pct(share(hits))}`,
      `  siblings judged same-story:         ${pct(share(siblingPairs.map((p) => sameOrBetter(p.decision))))}`,
      `  other events judged same-story:     ${otherPairs.filter((p) => sameOrBetter(p.decision)).length} of ${items.length * (items.length - 3)} pairs`,
      `  other events judged related:        ${otherPairs.filter((p) => p.decision === 'related').length} of ${items.length * (items.length - 3)} pairs`,
      '',
    ].join('\n'),
  );
}

/** ECB+ rates over the pairs whose query is in the given half (odd topics calibrate, even topics report). */
function ecbRates(pairs: ScoredPair[], isSameStory: (p: ScoredPair) => boolean, isRelated: (p: ScoredPair) => boolean) {
  const within = pairs.filter((p) => p.sameEvent);
  const sibling = pairs.filter((p) => !p.sameEvent && p.sameTopic);
  const other = pairs.filter((p) => !p.sameTopic);
  return {
    recall: share(within.map(isSameStory)),
    falseSameStory: share(sibling.map(isSameStory)),
    siblingRelated: share(sibling.map(isRelated)),
    otherNotUnrelated: share(other.map((p) => isRelated(p) || isSameStory(p))),
    siblingPairs: sibling.length,
    withinPairs: within.length,
  };
}

function evalEcbPlus(calibrate: boolean): void {
  const items = loadEcbPlus();
  const { pairs } = scoreAll(items);
  const half = (odd: boolean) => pairs.filter((p) => Number(p.query.topic) % 2 === (odd ? 1 : 0));
  if (calibrate) {
    const calibration = half(true);
    const steps = Array.from({ length: 40 }, (_, i) => Math.round((0.02 + i * 0.01) * 100) / 100);
    process.stdout.write('ECB+ calibration sweep on odd topics: threshold | within sub-topic above | sibling sub-topic above | other topics above\n');
    const sweep = steps.map((t) => ({ t, ...ecbRates(calibration, (p) => p.score >= t, () => false) }));
    for (const r of sweep) process.stdout.write(`  ${r.t.toFixed(2)} | ${pct(r.recall)} | ${pct(r.falseSameStory)} | ${(r.otherNotUnrelated * 100).toFixed(3)} %\n`);
    // Same-story: the lowest threshold whose false same-story rate stays a point under the 5 % target.
    const sameStory = sweep.find((r) => r.falseSameStory <= SAME_STORY_FALSE_RATE);
    // Related: the lowest threshold at which at most 1 in 1,000 pairs from other topics shows up as related.
    const related = sweep.find((r) => r.otherNotUnrelated <= RELATED_FALSE_RATE);
    process.stdout.write(`  suggested: sameStory ${sameStory?.t} (false same-story <= ${pct(SAME_STORY_FALSE_RATE)}), related ${related?.t} (other topics <= ${pct(RELATED_FALSE_RATE)})\n\n`);
  }
  for (const [name, odd] of [['calibration half (odd topics)', true], ['held-out half (even topics)', false]] as const) {
    const r = ecbRates(half(odd), (p) => sameOrBetter(p.decision), (p) => p.decision === 'related');
    process.stdout.write(
      [
        `ECB+ ${name}, corpus of all ${items.length} documents`,
        `  same sub-topic judged same-story (recall): ${pct(r.recall)} of ${r.withinPairs} pairs`,
        `  sibling sub-topic judged same-story:       ${pct(r.falseSameStory)} of ${r.siblingPairs} pairs`,
        `  sibling sub-topic judged related:          ${pct(r.siblingRelated)}`,
        `  other-topic pairs judged related or more:  ${(r.otherNotUnrelated * 100).toFixed(3)} %`,
        '',
      ].join('\n'),
    );
  }
}

function evalSemEval(): void {
  const pairs = loadSemEvalPairs();
  const articles = new Map<string, Article>();
  pairs.forEach((p) => {
    const [id1, id2] = p.pair_id.split('_');
    articles.set(`se:${id1}`, { id: `se:${id1}`, outlet: '?', title: '', text: p.text1, lang: 'en' });
    articles.set(`se:${id2}`, { id: `se:${id2}`, outlet: '?', title: '', text: p.text2, lang: 'en' });
  });
  const corpus = buildCorpus([...articles.values()]);
  const positives: number[] = [];
  const negatives: number[] = [];
  const judged: boolean[] = [];
  for (const p of pairs) {
    const [id1, id2] = p.pair_id.split('_');
    const query = articles.get(`se:${id1}`) as Article;
    const match = findCoverage(query, corpus, { limit: articles.size }).matches.find((m) => m.article.id === `se:${id2}`);
    const score = match?.score ?? 0;
    const positive = Math.round(p.Overall) <= 2;
    (positive ? positives : negatives).push(score);
    if (positive) judged.push(match !== undefined && sameOrBetter(match.decision));
  }
  process.stdout.write(
    [
      `SemEval-2022 task 8, ${pairs.length} English pairs, corpus of their ${articles.size} texts`,
      `  positives: Overall rounded 1-2 (${positives.length}); negatives: 3-4 (${negatives.length})`,
      `  AUC of the score: ${auc(positives, negatives).toFixed(3)}`,
      `  positives judged same-story: ${pct(share(judged))}`,
      '',
    ].join('\n'),
  );
}

// The loaders are shared with the bench (scripts/bench/match.ts): run the evaluation only when invoked.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Fail fast (exit 2, one clear line) before printing anything when evaldata is absent.
  ['basil', 'ecbplus', 'semeval2022_task8_en'].forEach(evaldataPath);
  process.stdout.write(`thresholds: ${JSON.stringify(DECISION_THRESHOLDS)}\n\n`);
  evalBasil();
  evalEcbPlus(process.argv.includes('--calibrate'));
  evalSemEval();
}
