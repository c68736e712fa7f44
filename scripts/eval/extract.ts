/**
 * `npm run eval:extract`: extractArticle against Readability alone on the scrapinghub
 * article-extraction-benchmark (181 pages), with the benchmark's own metric (see score-extract.ts).
 * Both run on the same linkedom DOM in the same process; times cover extraction only (each gets a
 * freshly parsed document, parsing is not timed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/extract';
import { EVALDATA_DIR } from './evaldata-path';
import { pageF1, scoreShingles, summarise, type ShingleScore } from './score-extract';

/** A page counts as an outlier when extractArticle is this much worse (page F1) than Readability alone. */
const OUTLIER_DROP = 0.05;
const WORST_SHOWN = 10;

const dir = join(EVALDATA_DIR, 'scrapinghub_aeb');
if (!existsSync(join(dir, 'ground-truth.json'))) {
  process.stderr.write(`evaldata not found at ${relative(process.cwd(), dir) || dir} (set OUTLET_DIFF_EVALDATA to its parent folder)\n`);
  process.exit(2);
}

type Truth = Record<string, { articleBody: string; url: string }>;
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Truth;
const publishedPath = join(dir, 'output', 'readability_js.json');
const published = existsSync(publishedPath) ? (JSON.parse(readFileSync(publishedPath, 'utf8')) as { output: Record<string, { articleBody: string }> }).output : undefined;

const document = (html: string) => parseHTML(html).document as unknown as Document;
const ours: ShingleScore[] = [];
const oursWithTitle: ShingleScore[] = [];
const alone: ShingleScore[] = [];
const shipped: ShingleScore[] = [];
const pages: Array<{ id: string; url: string; ours: number; alone: number; note: string }> = [];
let oursMs = 0;
let aloneMs = 0;
let notArticles = 0;

for (const [id, { articleBody, url }] of Object.entries(truth)) {
  const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
  const forReadability = document(html);
  const forOurs = document(html);
  let start = performance.now();
  const parsed = new Readability(forReadability).parse();
  aloneMs += performance.now() - start;
  start = performance.now();
  const result = extractArticle(forOurs, url);
  oursMs += performance.now() - start;

  const body = result.ok ? result.article.text : '';
  if (!result.ok) notArticles++;
  const score = scoreShingles(articleBody, body);
  const aloneScore = scoreShingles(articleBody, parsed?.textContent ?? '');
  ours.push(score);
  oursWithTitle.push(scoreShingles(articleBody, result.ok ? `${result.article.title}\n\n${body}` : ''));
  alone.push(aloneScore);
  if (published) shipped.push(scoreShingles(articleBody, published[id]?.articleBody ?? ''));
  pages.push({ id, url, ours: pageF1(score), alone: pageF1(aloneScore), note: result.ok ? '' : `not-an-article: ${result.message}` });
}

const row = (name: string, scores: ShingleScore[]) => {
  const { precision, recall, f1 } = summarise(scores);
  return `${name.padEnd(44)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`;
};
const n = pages.length;
const lines = [
  `scrapinghub article-extraction-benchmark: ${n} pages (text compared: article body, as the benchmark's articleBody has no headline)`,
  row('extractArticle (body)', ours),
  row('extractArticle (headline + body)', oursWithTitle),
  row('Readability alone, linkedom (textContent)', alone),
  ...(published ? [row('Readability 0.6 + jsdom, published output', shipped)] : []),
  `time per page: extractArticle ${(oursMs / n).toFixed(1)} ms, Readability alone ${(aloneMs / n).toFixed(1)} ms, ratio ${(oursMs / aloneMs).toFixed(2)}x`,
  `pages extractArticle refused as not-an-article: ${notArticles}`,
];
const worse = pages.filter((p) => p.alone - p.ours > OUTLIER_DROP).sort((a, b) => a.ours - a.alone - (b.ours - b.alone));
lines.push(`pages more than ${OUTLIER_DROP} F1 worse than Readability alone: ${worse.length}`);
for (const p of worse) lines.push(`  ${p.id.slice(0, 12)} ours ${p.ours.toFixed(3)} alone ${p.alone.toFixed(3)} ${p.url} ${p.note}`);
lines.push(`worst ${WORST_SHOWN} pages for extractArticle:`);
for (const p of [...pages].sort((a, b) => a.ours - b.ours).slice(0, WORST_SHOWN)) {
  lines.push(`  ${p.id.slice(0, 12)} ours ${p.ours.toFixed(3)} alone ${p.alone.toFixed(3)} ${p.url} ${p.note}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
