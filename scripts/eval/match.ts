/**
 * `npm run eval:match`: how well findCoverage finds same-story articles and refuses different events.
 *
 * - BASIL: 100 events x 3 outlets (Fox, NYT, HuffPost) in one corpus of 300. Per article: are its two
 *   same-event siblings the top two (recall@2), are they judged same-story, and both at once (strict:
 *   what a reader needs). Odd years (2011, 2013, ...) calibrate the story group, even years are held out.
 * - No coverage: the same queries with their own event (BASIL) or sub-topic (ECB+) removed from the
 *   ranking, the case where a decision relative to the other candidates could call a neighbour the
 *   same story. The removal filters the full-corpus ranking (the IDF still counts the removed articles).
 * - ECB+: 43 topics, each with two sub-topics that are different events of the same kind. Per pair of
 *   documents: same sub-topic judged same-story (recall), sibling sub-topic judged same-story (false
 *   same-story), other topic judged related or better (false related).
 * - SemEval-2022 task 8 (English pairs): AUC of the score separating "same story" pairs (Overall rounded
 *   to 1 or 2: very or somewhat similar) from the rest (3 or 4). Threshold-free.
 *
 * Calibration is honest about what it saw: the thresholds are chosen on the ECB+ odd-numbered topics
 * and the odd-year BASIL events (`--calibrate` prints the sweeps) and reported on the even-numbered
 * topics, the even years and SemEval, which are never used to pick them.
 *
 * `--store` then checks the reader's store (lib/store) against the batch build: each set is put into an
 * in-memory store one article at a time in a shuffled order (the incremental index, document
 * frequencies and norms as the extension keeps them; the norms refreshed before the last 3 saves) and
 * searched there; the figures must be the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { DECISION_THRESHOLDS, STORY_GROUP_CANDIDATES } from '../../lib/match/decision-thresholds';
import { decideMatches } from '../../lib/match/decide-matches';
import { findCoverage } from '../../lib/match/find-coverage';
import { indexedSimilarity } from '../../lib/match/indexed-similarity';
import type { DecisionThresholds, Match, MatchDecision } from '../../lib/match/types';
import { articleTerms } from '../../lib/corpus/article-terms';
import { addArticles } from '../../lib/store/add-articles';
import { ALL_STORES, SCHEMA_STEPS, STORES } from '../../lib/store/corpus-schema';
import { findStoreCoverage } from '../../lib/store/find-store-coverage';
import { MemoryDatabase } from '../../lib/store/memory-database';
import { refreshNorms } from '../../lib/store/refresh-norms';
import { NormCache, searchCounts, storeCoverageSource } from '../../lib/store/store-coverage-source';
import { readState } from '../../lib/store/store-state';
import type { StoredArticle } from '../../lib/store/types';
import type { Article } from '../../lib/types';
import { mulberry32 } from '../mulberry32';
import { evaldataPath } from './evaldata-path';
import type { BasilFile } from './truth/basil-article';

interface Labelled {
  article: Article;
  /** Same event. */
  event: string;
  /** Same kind of event (ECB+ topic); equal to event where the data has no such level. */
  topic: string;
  /** Whether the query belongs to the calibration half (odd ECB+ topics, odd BASIL years). */
  calibration: boolean;
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
          return { article, event: file['triplet-uuid'], topic: file['triplet-uuid'], calibration: Number(year) % 2 === 1 };
        }),
    );
}

/** ECB+ documents (982); no headlines, so the text is the sentences, one paragraph each. */
export function loadEcbPlus(): Labelled[] {
  return readJsonl<EcbDoc>(join(evaldataPath('ecbplus'), 'ecbplus_docs.jsonl')).map((doc) => ({
    article: { id: `ecb:${doc.doc}`, outlet: doc.subtopic, title: '', text: doc.sentences.map((s) => s.text).join('\n\n'), lang: 'en' },
    event: doc.subtopic,
    topic: String(doc.topic),
    calibration: doc.topic % 2 === 1,
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
      calibration: false,
    })),
  );
}

/** SemEval-2022 task 8 English pairs. */
export function loadSemEvalPairs(): SemEvalPair[] {
  return readJsonl<SemEvalPair>(join(evaldataPath('semeval2022_task8_en'), 'en_en_pairs.jsonl'));
}

/** One query's full ranking (the query itself included, as the corpus holds it). */
interface Run {
  query: Labelled;
  matches: Match[];
}

/** A labelled set searched in a corpus of the whole set, with a cached candidate-to-candidate similarity for re-deciding. */
interface Searched {
  runs: Run[];
  byId: Map<string, Labelled>;
  similarity: (a: string, b: string) => number;
  /** Each article's own full ranking as a query (itself included): its nearest others for the mutual pair. */
  rankingOf: Map<string, Match[]>;
}

async function searchAll(items: Labelled[], thresholds: DecisionThresholds = DECISION_THRESHOLDS): Promise<Searched> {
  const corpus = buildCorpus(items.map((i) => i.article));
  const index = new Map(items.map((i, k) => [i.article.id, k]));
  const cache = new Map<string, number>();
  const similarity = (a: string, b: string) => {
    const key = `${a}\n${b}`;
    let s = cache.get(key);
    if (s === undefined) cache.set(key, (s = indexedSimilarity(corpus, index.get(a) as number, index.get(b) as number)));
    return s;
  };
  const runs: Run[] = [];
  for (const query of items) runs.push({ query, matches: (await findCoverage(query.article, corpus, { limit: items.length, thresholds })).matches });
  return { runs, byId: new Map(items.map((i) => [i.article.id, i])), similarity, rankingOf: new Map(runs.map((r) => [r.query.article.id, r.matches])) };
}

/** The store fill's shuffle: fixed, so the kept articles and the order are the same on every run. */
const STORE_SEED = 42;

/** What the searches in the store read, over the whole --store run: how many norms were carried forward. */
const storeReads = searchCounts();

/** The last saves of the fill come after a norm refresh (fewer than the index log holds). */
const SAVES_AFTER_REFRESH = 3;

/**
 * The articles put into the reader's store (in memory) one at a time, in a shuffled order, as saves
 * and feed items arrive, with a norm refresh before the last SAVES_AFTER_REFRESH: the searches then run
 * as a popup's right after saves, the kept norms carried forward (carried-norm.ts) and the newest
 * articles' worked out from their terms. The store merges near-identical texts (the newer replaces the
 * older), so it may keep fewer articles than it was given.
 */
async function filledStore(articles: Article[], seed: number, savesAfterRefresh = SAVES_AFTER_REFRESH): Promise<{ db: MemoryDatabase; kept: Set<string> }> {
  const rand = mulberry32(seed);
  const order = articles.map((a) => [rand(), a] as const).sort((x, y) => x[0] - y[0]).map(([, a]) => a);
  const db = new MemoryDatabase(SCHEMA_STEPS.flatMap((step) => step.create));
  for (const [i, article] of order.entries()) {
    if (i === order.length - savesAfterRefresh) await refreshNorms(db);
    await addArticles(db, [{ article, source: 'imported' }], { now: i });
  }
  const kept = await db.read([STORES.articles], async (tx) => new Set((await tx.getAll<StoredArticle>(STORES.articles)).map((r) => r.id)));
  return { db, kept };
}

/**
 * searchAll through the store: the same runs, and the similarities redecide asks for (the first other
 * candidate with the next ones, in every ranking and in every ranking without the query's own event),
 * read from the store beforehand since decideMatches asks synchronously.
 */
async function searchAllInStore(items: Labelled[], thresholds: DecisionThresholds = DECISION_THRESHOLDS): Promise<Searched> {
  const { db, kept } = await filledStore(items.map((i) => i.article), STORE_SEED);
  if (kept.size !== items.length) throw new Error(`the store merged ${items.length - kept.size} of these articles: compare on the ones it keeps`);
  const cache = new NormCache();
  const runs: Run[] = [];
  for (const query of items) runs.push({ query, matches: (await findStoreCoverage(db, query.article, { limit: items.length, thresholds, cache, counts: storeReads })).matches });
  const byId = new Map(items.map((i) => [i.article.id, i]));
  const known = new Map<string, number>();
  await db.read(ALL_STORES, async (tx) => {
    const docNos = new Map((await tx.getAll<StoredArticle>(STORES.articles)).map((r) => [r.id, r.docNo]));
    const source = storeCoverageSource(tx, await readState(tx), undefined, { cache });
    for (const run of runs) {
      const lists = [run.matches, run.matches.filter((m) => (byId.get(m.article.id) as Labelled).event !== run.query.event)];
      for (const list of lists) {
        const others = list.filter((m) => m.decision !== 'this-article').slice(0, STORY_GROUP_CANDIDATES + 2);
        const [first, ...rest] = others.map((m) => m.article.id);
        for (const id of rest) {
          if (first === undefined || known.has(`${first}\n${id}`)) continue;
          const article = (byId.get(first) as Labelled).article;
          known.set(`${first}\n${id}`, await source.similarity(docNos.get(first) as number, docNos.get(id) as number, articleTerms(article)));
        }
      }
    }
  });
  const similarity = (a: string, b: string) => {
    const s = known.get(`${a}\n${b}`);
    if (s === undefined) throw new Error(`similarity of ${a} and ${b} was not read from the store`);
    return s;
  };
  return { runs, byId, similarity, rankingOf: new Map(runs.map((r) => [r.query.article.id, r.matches])) };
}

/**
 * The decisions findCoverage would make on this (possibly filtered) ranking of `pageId`'s candidates with
 * other thresholds. `removed` are articles taken out of the corpus (the no-coverage case): no candidate's
 * nearest other article may be one of them.
 */
function redecide(matches: Match[], thresholds: DecisionThresholds, searched: Searched, pageId: string, removed: ReadonlySet<string> = new Set()): MatchDecision[] {
  const ranked = matches.map((m) => ({ score: m.score, thisArticle: m.decision === 'this-article' }));
  const id = (rank: number) => (matches[rank] as Match).article.id;
  return decideMatches(
    ranked,
    {
      similarity: (i, j) => searched.similarity(id(i), id(j)),
      nearestOther: (i, besides) => {
        const skip = new Set([pageId, id(i), id(besides)]);
        return (searched.rankingOf.get(id(i)) ?? []).find((m) => !skip.has(m.article.id) && !removed.has(m.article.id))?.score ?? 0;
      },
    },
    thresholds,
  );
}

/** Calibration targets: one point under the 5 % false same-story budget; 1 in 1,000 unrelated pairs shown as related. */
const SAME_STORY_FALSE_RATE = 0.04;
const RELATED_FALSE_RATE = 0.001;
/** BASIL queries whose own event is not in the corpus may find another event same-story at most this often. */
const NO_COVERAGE_FALSE_RATE = 0.05;

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

/**
 * BASIL figures over the queries of one half. `decide` gives a ranking's decisions (findCoverage's own,
 * or re-decided with other thresholds); the no-coverage figure always re-decides the filtered ranking.
 */
function basilRates(searched: Searched, calibration: boolean, thresholds: DecisionThresholds, decide: (run: Run) => MatchDecision[]) {
  const top2: boolean[] = [];
  const judged: boolean[] = [];
  const strict: boolean[] = [];
  const noCoverage: boolean[] = [];
  let otherSameStory = 0;
  for (const run of searched.runs.filter((r) => r.query.calibration === calibration)) {
    const decisions = decide(run);
    const others = run.matches.map((m, k) => ({ m, d: decisions[k] as MatchDecision })).filter(({ m }) => m.article.id !== run.query.article.id);
    const sameEvent = (m: Match) => (searched.byId.get(m.article.id) as Labelled).event === run.query.event;
    others.forEach(({ m, d }, rank) => {
      if (!sameEvent(m)) otherSameStory += Number(sameOrBetter(d));
      else {
        top2.push(rank < 2);
        judged.push(sameOrBetter(d));
        strict.push(rank < 2 && sameOrBetter(d));
      }
    });
    // A sibling sharing no term with the query is not retrieved at all: a miss on every count.
    for (let k = others.filter(({ m }) => sameEvent(m)).length; k < 2; k++) [top2, judged, strict].forEach((xs) => xs.push(false));
    const uncovered = run.matches.filter((m) => !sameEvent(m));
    const removed = new Set(run.matches.filter(sameEvent).map((m) => m.article.id));
    noCoverage.push(redecide(uncovered, thresholds, searched, run.query.article.id, removed).some((d) => d === 'same-story'));
  }
  return { top2: share(top2), judged: share(judged), strict: share(strict), noCoverage: share(noCoverage), otherSameStory, queries: noCoverage.length };
}

function evalBasil(searched: Searched, dates: string): string {
  const n = searched.runs.length;
  const lines = [`BASIL (${n} articles, corpus of all ${n}), ${dates}`];
  for (const [name, calibration] of [['calibration half (odd years)', true], ['held-out half (even years)', false]] as const) {
    const r = basilRates(searched, calibration, DECISION_THRESHOLDS, (run) => run.matches.map((m) => m.decision));
    lines.push(
      `  ${name}, ${r.queries} queries`,
      `    siblings in the top two AND judged same-story: ${pct(r.strict)}`,
      `    recall@2 (siblings in the top two):            ${pct(r.top2)}`,
      `    siblings judged same-story:                    ${pct(r.judged)}`,
      `    other events judged same-story:                ${r.otherSameStory} of ${r.queries * (n - 3)} pairs`,
      `    own event left out, another judged same-story: ${pct(r.noCoverage)} of queries`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** ECB+ rates over the queries of one half; `decide` as for basilRates. */
function ecbRates(searched: Searched, calibration: boolean, thresholds: DecisionThresholds, decide: (run: Run) => MatchDecision[]) {
  const recall: boolean[] = [];
  const falseSameStory: boolean[] = [];
  const siblingRelated: boolean[] = [];
  const otherNotUnrelated: boolean[] = [];
  const noCoverage: boolean[] = [];
  for (const run of searched.runs.filter((r) => r.query.calibration === calibration)) {
    const label = (m: Match) => searched.byId.get(m.article.id) as Labelled;
    const decisions = decide(run);
    run.matches.forEach((m, k) => {
      if (m.article.id === run.query.article.id) return;
      const d = decisions[k] as MatchDecision;
      const c = label(m);
      if (c.event === run.query.event) recall.push(sameOrBetter(d));
      else if (c.topic === run.query.topic) {
        falseSameStory.push(sameOrBetter(d));
        siblingRelated.push(d === 'related');
      } else otherNotUnrelated.push(d !== 'unrelated');
    });
    const uncovered = run.matches.filter((m) => label(m).event !== run.query.event);
    const removed = new Set(run.matches.filter((m) => label(m).event === run.query.event).map((m) => m.article.id));
    redecide(uncovered, thresholds, searched, run.query.article.id, removed).forEach((d, k) => {
      if (label(uncovered[k] as Match).topic === run.query.topic) noCoverage.push(sameOrBetter(d));
    });
  }
  return {
    recall: share(recall),
    falseSameStory: share(falseSameStory),
    siblingRelated: share(siblingRelated),
    otherNotUnrelated: share(otherNotUnrelated),
    noCoverage: share(noCoverage),
    withinPairs: recall.length,
    siblingPairs: falseSameStory.length,
  };
}

/** ECB+ calibration sweep of the absolute thresholds on the odd topics (scores only, no decisions). */
function calibrateAbsolute(searched: Searched): void {
  const pairs = searched.runs
    .filter((r) => r.query.calibration)
    .flatMap((run) => run.matches.filter((m) => m.article.id !== run.query.article.id).map((m) => ({ score: m.score, query: run.query, candidate: searched.byId.get(m.article.id) as Labelled })));
  const rate = (xs: typeof pairs, t: number) => share(xs.map((p) => p.score >= t));
  const within = pairs.filter((p) => p.candidate.event === p.query.event);
  const sibling = pairs.filter((p) => p.candidate.event !== p.query.event && p.candidate.topic === p.query.topic);
  const other = pairs.filter((p) => p.candidate.topic !== p.query.topic);
  const steps = Array.from({ length: 40 }, (_, i) => Math.round((0.02 + i * 0.01) * 100) / 100);
  process.stdout.write('ECB+ calibration sweep on odd topics: threshold | within sub-topic above | sibling sub-topic above | other topics above\n');
  const sweep = steps.map((t) => ({ t, recall: rate(within, t), falseSameStory: rate(sibling, t), otherNotUnrelated: rate(other, t) }));
  for (const r of sweep) process.stdout.write(`  ${r.t.toFixed(2)} | ${pct(r.recall)} | ${pct(r.falseSameStory)} | ${(r.otherNotUnrelated * 100).toFixed(3)} %\n`);
  // Same-story: the lowest threshold whose false same-story rate stays a point under the 5 % target.
  const sameStory = sweep.find((r) => r.falseSameStory <= SAME_STORY_FALSE_RATE);
  // Related: the lowest threshold at which at most 1 in 1,000 pairs from other topics shows up as related.
  const related = sweep.find((r) => r.otherNotUnrelated <= RELATED_FALSE_RATE);
  process.stdout.write(`  suggested: sameStory ${sameStory?.t} (false same-story <= ${pct(SAME_STORY_FALSE_RATE)}), related ${related?.t} (other topics <= ${pct(RELATED_FALSE_RATE)})\n\n`);
}

/**
 * Story-group sweep (groupDrop x groupJoin, the absolute thresholds as they are): the most odd-year
 * BASIL siblings in the top two and judged same-story, while false same-story stays under budget on the
 * odd ECB+ topics (with and without the query's own sub-topic in the corpus) and odd-year BASIL queries
 * without their own event rarely find another event same-story. `basil` is searched with its dates
 * removed: the date factor would otherwise hide a rule that is unsafe for pages without a date.
 */
function calibrateStoryGroup(basil: Searched, ecb: Searched): void {
  process.stdout.write('Story-group sweep on the calibration halves: groupDrop groupJoin | BASIL strict | BASIL no coverage | ECB+ false same-story | ECB+ no coverage\n');
  let best: { drop: number; join: number; strict: number } | undefined;
  for (const drop of [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]) {
    for (const join of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9]) {
      const thresholds = { ...DECISION_THRESHOLDS, groupDrop: drop, groupJoin: join };
      const decide = (run: Run) => redecide(run.matches, thresholds, basil, run.query.article.id);
      const b = basilRates(basil, true, thresholds, decide);
      const e = ecbRates(ecb, true, thresholds, (run) => redecide(run.matches, thresholds, ecb, run.query.article.id));
      const ok = e.falseSameStory <= SAME_STORY_FALSE_RATE && e.noCoverage <= SAME_STORY_FALSE_RATE && b.noCoverage <= NO_COVERAGE_FALSE_RATE;
      process.stdout.write(`  ${drop.toFixed(2)} ${join.toFixed(2)} | ${pct(b.strict)} | ${pct(b.noCoverage)} | ${pct(e.falseSameStory)} | ${pct(e.noCoverage)}${ok ? '' : '  (over budget)'}\n`);
      if (ok && (!best || b.strict > best.strict)) best = { drop, join, strict: b.strict };
    }
  }
  process.stdout.write(`  suggested: groupDrop ${best?.drop}, groupJoin ${best?.join} (ECB+ false same-story <= ${pct(SAME_STORY_FALSE_RATE)} with and without coverage, BASIL no coverage <= ${pct(NO_COVERAGE_FALSE_RATE)})\n\n`);
}

/**
 * Date sweep (dateWindowDays x datePenalty) on the odd-year BASIL events, each pair a fresh search
 * (the factor changes the ranking, not only the decisions): the most siblings in the top two and judged
 * same-story while queries without their own event find another event same-story at most 5 % of the
 * time; ties go to the mildest change (the highest penalty, then the widest window). ECB+ and SemEval
 * texts carry no dates, so the factor cannot change their figures.
 */
async function calibrateDates(items: Labelled[]): Promise<void> {
  process.stdout.write('Date sweep on the odd-year BASIL events: dateWindowDays datePenalty | BASIL strict | BASIL no coverage\n');
  let best: { window: number; penalty: number; strict: number } | undefined;
  for (const penalty of [1, 0.9, 0.8, 0.7, 0.6, 0.5]) {
    for (const window of [7, 5, 3, 2, 1]) {
      const thresholds = { ...DECISION_THRESHOLDS, dateWindowDays: window, datePenalty: penalty };
      const b = basilRates(await searchAll(items, thresholds), true, thresholds, (run) => run.matches.map((m) => m.decision));
      const ok = b.noCoverage <= NO_COVERAGE_FALSE_RATE;
      process.stdout.write(`  ${window} ${penalty.toFixed(1)} | ${pct(b.strict)} | ${pct(b.noCoverage)}${ok ? '' : '  (over budget)'}\n`);
      if (ok && (!best || b.strict > best.strict)) best = { window, penalty, strict: b.strict };
    }
  }
  process.stdout.write(`  suggested: dateWindowDays ${best?.window}, datePenalty ${best?.penalty} (BASIL no coverage <= ${pct(NO_COVERAGE_FALSE_RATE)})\n\n`);
}

function evalEcbPlus(searched: Searched): string {
  return [['calibration half (odd topics)', true] as const, ['held-out half (even topics)', false] as const]
    .map(([name, calibration]) => {
      const r = ecbRates(searched, calibration, DECISION_THRESHOLDS, (run) => run.matches.map((m) => m.decision));
      return [
        `ECB+ ${name}, corpus of all ${searched.runs.length} documents`,
        `  same sub-topic judged same-story (recall): ${pct(r.recall)} of ${r.withinPairs} pairs`,
        `  sibling sub-topic judged same-story:       ${pct(r.falseSameStory)} of ${r.siblingPairs} pairs`,
        `  ... with the own sub-topic left out:       ${pct(r.noCoverage)}`,
        `  sibling sub-topic judged related:          ${pct(r.siblingRelated)}`,
        `  other-topic pairs judged related or more:  ${(r.otherNotUnrelated * 100).toFixed(3)} %`,
        '',
      ].join('\n');
    })
    .join('');
}

/** The SemEval texts, each once, as articles of a corpus (no labels: the pairs carry them). */
function semEvalItems(pairs: SemEvalPair[]): Labelled[] {
  const articles = new Map<string, Article>();
  pairs.forEach((p) => {
    const [id1, id2] = p.pair_id.split('_');
    articles.set(`se:${id1}`, { id: `se:${id1}`, outlet: '?', title: '', text: p.text1, lang: 'en' });
    articles.set(`se:${id2}`, { id: `se:${id2}`, outlet: '?', title: '', text: p.text2, lang: 'en' });
  });
  return [...articles.values()].map((article) => ({ article, event: article.id, topic: article.id, calibration: false }));
}

function evalSemEval(pairs: SemEvalPair[], searched: Searched): string {
  const positives: number[] = [];
  const negatives: number[] = [];
  const judged: boolean[] = [];
  for (const p of pairs) {
    const [id1, id2] = p.pair_id.split('_');
    const match = (searched.rankingOf.get(`se:${id1}`) as Match[]).find((m) => m.article.id === `se:${id2}`);
    const score = match?.score ?? 0;
    const positive = Math.round(p.Overall) <= 2;
    (positive ? positives : negatives).push(score);
    if (positive) judged.push(match !== undefined && sameOrBetter(match.decision));
  }
  return [
    `SemEval-2022 task 8, ${pairs.length} English pairs, corpus of their ${searched.runs.length} texts`,
    `  positives: Overall rounded 1-2 (${positives.length}); negatives: 3-4 (${negatives.length})`,
    `  AUC of the score: ${auc(positives, negatives).toFixed(3)}`,
    `  positives judged same-story: ${pct(share(judged))}`,
    '',
  ].join('\n');
}

/** The evaluation's sets: BASIL with and without dates, ECB+, the SemEval texts and pairs. */
interface EvalSets {
  basil: Labelled[];
  undatedBasil: Labelled[];
  ecb: Labelled[];
  semEval: Labelled[];
  pairs: SemEvalPair[];
}

/** Every figure, each set searched with `search` (a batch build or the store), and the searches. */
async function figures(sets: EvalSets, search: (items: Labelled[]) => Promise<Searched>, calibrate: boolean): Promise<{ text: string; searched: Searched[] }> {
  const basil = await search(sets.basil);
  const undatedBasil = await search(sets.undatedBasil);
  const ecb = await search(sets.ecb);
  if (calibrate) {
    calibrateAbsolute(ecb);
    calibrateStoryGroup(undatedBasil, ecb);
    await calibrateDates(sets.basil);
  }
  const semEval = await search(sets.semEval);
  const text = [
    evalBasil(basil, 'publication dates as the outlets give them'),
    evalBasil(undatedBasil, 'dates removed (a page or corpus without date metadata)'),
    evalEcbPlus(ecb),
    evalSemEval(sets.pairs, semEval),
  ].join('');
  return { text, searched: [basil, undatedBasil, ecb, semEval] };
}

/**
 * How two searches of the same sets differ: ranked matches whose id, decision or score (as findCoverage
 * rounds it) differ at the same rank, and how many of those are only equal scores in another order
 * (ties are kept in the order the search met them, and the store meets articles in its docNo order,
 * the shuffled fill's, not the set's). `apart` are the first few differences that are not ties.
 */
function differingMatches(a: Searched[], b: Searched[]): { differ: number; ties: number; total: number; apart: string[] } {
  const counts = { differ: 0, ties: 0, total: 0, apart: [] as string[] };
  // Each rank's run: the ids of the neighbouring matches with the same score and decision, as a set.
  const runs = (matches: Match[]) => {
    const key = (m: Match) => `${m.score} ${m.decision}`;
    const out: string[] = [];
    for (let start = 0; start < matches.length; ) {
      let end = start + 1;
      while (end < matches.length && key(matches[end] as Match) === key(matches[start] as Match)) end++;
      const run = `${key(matches[start] as Match)} ${matches.slice(start, end).map((m) => m.article.id).sort().join(',')}`;
      for (; start < end; start++) out.push(run);
    }
    return out;
  };
  a.forEach((searched, set) => {
    for (const [id, matches] of searched.rankingOf) {
      const other = b[set]?.rankingOf.get(id) ?? [];
      const length = Math.max(matches.length, other.length);
      counts.total += length;
      let tieRuns: [string[], string[]] | undefined;
      for (let i = 0; i < length; i++) {
        const [x, y] = [matches[i], other[i]];
        if (x?.article.id === y?.article.id && x?.decision === y?.decision && x?.score === y?.score) continue;
        counts.differ++;
        tieRuns ??= [runs(matches), runs(other)];
        if (tieRuns[0][i] !== undefined && tieRuns[0][i] === tieRuns[1][i]) counts.ties++;
        else if (counts.apart.length < 10) counts.apart.push(`set ${set}, query ${id}, rank ${i}: ${x?.article.id} ${x?.decision} ${x?.score} | ${y?.article.id} ${y?.decision} ${y?.score}`);
      }
    }
  });
  return counts;
}

/**
 * The sets cut to the articles the store keeps when filled one at a time: it merges near-identical
 * texts, and a comparison with a batch build is only fair on the same articles.
 */
async function storeKept(sets: EvalSets): Promise<{ sets: EvalSets; merged: string[] }> {
  const merged: string[] = [];
  const keep = async (name: string, items: Labelled[]) => {
    const { kept } = await filledStore(items.map((i) => i.article), STORE_SEED);
    if (kept.size < items.length) merged.push(`${name} ${items.length - kept.size} of ${items.length}`);
    return items.filter((i) => kept.has(i.article.id));
  };
  const semEval = await keep('SemEval', sets.semEval);
  const ids = new Set(semEval.map((i) => i.article.id));
  return {
    sets: {
      basil: await keep('BASIL', sets.basil),
      undatedBasil: await keep('BASIL undated', sets.undatedBasil),
      ecb: await keep('ECB+', sets.ecb),
      semEval,
      pairs: sets.pairs.filter((p) => p.pair_id.split('_').every((id) => ids.has(`se:${id}`))),
    },
    merged,
  };
}

/** The popup's limit: findCoverage's default. */
const POPUP_LIMIT = 10;

/**
 * The store after a last norm refresh (the state a popup usually finds: the extension refreshes after
 * every change), or right after one save since it (`savedSince`: the pruned search then bounds from the
 * kept norms, moved as far as one change allows), searched at the popup's limit, where a query leaves
 * unread the common terms that cannot matter (skippable-terms.ts): for each set, how many queries find
 * what a batch build finds (every score exact; the leading candidates and every related one or closer as
 * the batch has them; the rest, unrelated candidates of near-equal score, may differ), how many the very
 * same list, how many terms a query left unread, and how many searches were pruned. The fill above ends
 * with three saves after its refresh, which move the kept norms too far for the pruned search.
 */
async function atPopupLimit(sets: EvalSets, savedSince: boolean): Promise<{ lines: string[]; differ: number }> {
  const lines: string[] = [];
  let differ = 0;
  const line = (m: { article: Article; score: number; decision: string }) => `${m.article.id} ${m.score} ${m.decision}`;
  for (const [name, items] of [['BASIL', sets.basil], ['ECB+', sets.ecb], ['SemEval', sets.semEval]] as const) {
    const { db } = await filledStore(items.map((i) => i.article), STORE_SEED, savedSince ? 1 : SAVES_AFTER_REFRESH);
    if (!savedSince) await refreshNorms(db);
    const corpus = buildCorpus(items.map((i) => i.article));
    const reads = searchCounts();
    let same = 0;
    let identical = 0;
    for (const { article } of items) {
      const store = (await findStoreCoverage(db, article, { limit: POPUP_LIMIT, counts: reads })).matches.map(line);
      const batch = (await findCoverage(article, corpus, { limit: POPUP_LIMIT })).matches.map(line);
      const leading = STORY_GROUP_CANDIDATES + 2;
      if (store.join('\n') === batch.join('\n')) identical++;
      if (store.slice(0, leading).join('\n') === batch.slice(0, leading).join('\n') && batch.filter((b) => !b.endsWith(' unrelated')).every((b) => store.includes(b))) same++;
    }
    differ += items.length - same;
    lines.push(`  ${name}: ${same} of ${items.length} queries find what the batch build finds (${identical} the very same list); ${(reads.skipped / items.length).toFixed(1)} common terms left unread per query; ${reads.pruned.toLocaleString('en')} searches pruned`);
  }
  return { lines, differ };
}

// The loaders are shared with the bench (scripts/bench/match.ts): run the evaluation only when invoked.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Fail fast (exit 2, one clear line) before printing anything when evaldata is absent.
  ['basil', 'ecbplus', 'semeval2022_task8_en'].forEach(evaldataPath);
  process.stdout.write(`thresholds: ${JSON.stringify(DECISION_THRESHOLDS)}\n\n`);
  const basil = loadBasil();
  // Many pages carry no date metadata: the story rules must be safe without the date factor's help.
  const undatedBasil = basil.map(({ article: { published: _published, ...article }, ...item }) => ({ ...item, article }));
  const pairs = loadSemEvalPairs();
  const sets: EvalSets = { basil, undatedBasil, ecb: loadEcbPlus(), semEval: semEvalItems(pairs), pairs };
  const calibrate = process.argv.includes('--calibrate');
  process.stdout.write((await figures(sets, searchAll, calibrate)).text);
  if (process.argv.includes('--store')) {
    // --store: each set also filled into the reader's store (in memory) one article at a time, in a
    // shuffled order, and searched there; its figures must equal a batch build's of the same articles.
    const kept = await storeKept(sets);
    process.stdout.write(`\n--store: the store merges near-identical texts as it fills (${kept.merged.join(', ') || 'none'}); both runs below use the articles it keeps\n\n`);
    const batch = await figures(kept.sets, searchAll, false);
    const stored = await figures(kept.sets, searchAllInStore, false);
    const { differ, ties, total, apart } = differingMatches(batch.searched, stored.searched);
    process.stdout.write(`batch build of the kept articles:\n\n${batch.text}\n`);
    process.stdout.write(`filled into the store one article at a time (shuffled), searched there:\n\n${stored.text}\n`);
    process.stdout.write(`${stored.text === batch.text ? 'the same figures, line for line' : 'the figures DIFFER'}; ${differ} of ${total.toLocaleString('en')} ranked matches differ (id, decision or rounded score at a rank), ${ties} of them equal scores in another order\n`);
    apart.forEach((line) => process.stdout.write(`  not a tie: ${line}\n`));
    process.stdout.write(`in the store, ${storeReads.rescored.toLocaleString('en')} candidate norms were worked out, ${storeReads.carried.toLocaleString('en')} of them carried forward from the refresh\n`);
    const refreshed = await atPopupLimit(kept.sets, false);
    process.stdout.write(`\nthe store after a norm refresh, searched at the popup's limit (${POPUP_LIMIT}):\n${refreshed.lines.join('\n')}\n`);
    const saved = await atPopupLimit(kept.sets, true);
    process.stdout.write(`\nthe store right after one save since its refresh, searched at the popup's limit:\n${saved.lines.join('\n')}\n`);
    if (stored.text !== batch.text || differ > ties || refreshed.differ || saved.differ) process.exitCode = 1;
  }
}
