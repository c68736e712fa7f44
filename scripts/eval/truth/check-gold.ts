/**
 * Checks gold pair files against the BASIL texts: every unit id exists, every unit is either linked or
 * listed as only one outlet's (never both), no link or quote is listed twice, quotes and drift join
 * linked units. Prints one line per problem and exits 1 if there is any.
 *   npx tsx scripts/eval/truth/check-gold.ts FILE.json [...]
 */
import { readFileSync } from 'node:fs';
import { loadBasilArticle } from './basil-article';
import type { GoldPair } from './gold-types';

/** Problems found in one gold pair (empty when it is sound). */
export function goldProblems(gold: GoldPair): string[] {
  const problems: string[] = [];
  const A = new Set(loadBasilArticle(gold.year, gold.a).units.map((u) => u.id));
  const B = new Set(loadBasilArticle(gold.year, gold.b).units.map((u) => u.id));
  const known = (side: 'a' | 'b', id: string, where: string) => {
    if (!(side === 'a' ? A : B).has(id)) problems.push(`${where}: unknown unit ${side}:${id}`);
  };
  const linkedA = new Set<string>();
  const linkedB = new Set<string>();
  const seen = new Set<string>();
  for (const l of gold.links) {
    known('a', l.a, 'link');
    known('b', l.b, 'link');
    if (l.strength !== 'must' && l.strength !== 'may') problems.push(`link ${l.a}-${l.b}: strength must be must or may`);
    const key = `${l.a}|${l.b}`;
    if (seen.has(key)) problems.push(`link ${l.a}-${l.b} listed twice`);
    seen.add(key);
    linkedA.add(l.a);
    linkedB.add(l.b);
  }
  for (const [side, only, linked, all] of [['a', gold.only.a, linkedA, A], ['b', gold.only.b, linkedB, B]] as const) {
    for (const id of only) {
      known(side, id, 'only');
      if (linked.has(id)) problems.push(`${side}:${id} is both linked and only`);
    }
    for (const id of all) if (!linked.has(id) && !only.includes(id)) problems.push(`${side}:${id} is neither linked nor only`);
  }
  for (const q of gold.quotes) {
    known('a', q.a, 'quote');
    known('b', q.b, 'quote');
    if (!['identical', 'trimmed', 'reworded'].includes(q.class)) problems.push(`quote ${q.a}-${q.b}: class ${q.class}`);
    if (!seen.has(`${q.a}|${q.b}`)) problems.push(`quote ${q.a}-${q.b}: its sentences are not linked`);
  }
  for (const d of gold.drift) {
    known('a', d.a, 'drift');
    known('b', d.b, 'drift');
    if (!['number', 'date', 'name'].includes(d.kind)) problems.push(`drift ${d.a}-${d.b}: kind ${d.kind}`);
    if (!seen.has(`${d.a}|${d.b}`)) problems.push(`drift ${d.a}-${d.b}: its sentences are not linked`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    const problems = goldProblems(JSON.parse(readFileSync(file, 'utf8')) as GoldPair);
    for (const p of problems) process.stdout.write(`${file}: ${p}\n`);
    if (!problems.length) process.stdout.write(`${file}: ok\n`);
    bad += problems.length;
  }
  process.exit(bad ? 1 : 0);
}
