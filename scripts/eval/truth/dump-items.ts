/**
 * Lists the engine's drift and quote items over all 300 BASIL pairs for the judges, with the texts they
 * need (the units involved, whole, and their neighbours): written outside the repository, since the texts
 * are evaldata. Items already judged in the verdict files given are left out.
 *   npx tsx scripts/eval/truth/dump-items.ts OUT.jsonl [VERDICTS.json ...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compareArticles } from '../../../lib/compare';
import { loadBasilArticle, type BasilArticle } from './basil-article';
import { basilPairs } from './basil-pairs';
import { engineItems } from './engine-items';

const [out, ...verdictFiles] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: dump-items.ts OUT.jsonl [VERDICTS.json ...]\n');
  process.exit(1);
}
const judged = new Set(verdictFiles.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { verdicts: Array<{ id: string }> }).verdicts.map((v) => v.id)));

/** The unit texts with one neighbour each side, marked, for a judge to read in context. */
function context(article: BasilArticle, ids: string[]): string {
  const at = ids.map((id) => article.units.findIndex((u) => u.id === id)).filter((i) => i >= 0);
  if (!at.length) return '';
  const from = Math.max(0, Math.min(...at) - 1);
  const to = Math.min(article.units.length - 1, Math.max(...at) + 1);
  return article.units
    .slice(from, to + 1)
    .map((u) => `${ids.includes(u.id) ? '>>' : '  '} [${u.id}] ${u.text}`)
    .join('\n');
}

const lines: string[] = [];
let total = 0;
for (const pair of basilPairs()) {
  const a = loadBasilArticle(pair.year, pair.a);
  const b = loadBasilArticle(pair.year, pair.b);
  for (const item of engineItems(pair.name, a, b, compareArticles(a.article, b.article))) {
    total++;
    if (judged.has(item.id)) continue;
    lines.push(JSON.stringify({ ...item, contextA: context(a, item.aUnits), contextB: context(b, item.bUnits) }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
process.stdout.write(`${total} items, ${lines.length} to judge -> ${out}\n`);
