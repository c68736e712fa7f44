/**
 * Draws BASIL pairs to judge for the truth gold, reproducibly: among the 300 same-event pairs, those with
 * 8 or more units on each side and 70 or fewer together (the rule of the first 18), none of whose events is
 * already judged (tests/fixtures/truth/pairs) or judged for drift (tests/fixtures/truth/drift), so every
 * drawn pair is a story the engine was never tuned on. One pair per event; outlet pairs rotate
 * fox-nyt, fox-hpo, hpo-nyt in the order drawn. It prints one line per pair: year, name, files a and b.
 *   npx tsx scripts/eval/truth/draw-pairs.ts SEED COUNT
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../mulberry32';
import { loadBasilArticle } from './basil-article';
import { basilPairs } from './basil-pairs';

const [seedArg, countArg] = process.argv.slice(2);
if (!seedArg || !countArg) {
  process.stderr.write('usage: draw-pairs.ts SEED COUNT\n');
  process.exit(1);
}
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'truth');
const judgedEvents = new Set(
  ['pairs', 'drift'].flatMap((dir) => readdirSync(join(FIXTURES, dir)).map((f) => f.split('-').slice(0, 2).join('-'))),
);
const units = new Map<string, number>();
const size = (year: string, file: string) => {
  const key = `${year}/${file}`;
  if (!units.has(key)) units.set(key, loadBasilArticle(year, file).units.length);
  return units.get(key) as number;
};
const ROTATION = ['fox-nyt', 'fox-hpo', 'hpo-nyt'];
const eligible = basilPairs().filter((p) => {
  if (judgedEvents.has(`${p.year}-${p.event.slice(0, 8)}`)) return false;
  const na = size(p.year, p.a);
  const nb = size(p.year, p.b);
  return na >= 8 && nb >= 8 && na + nb <= 70;
});
const rand = mulberry32(Number(seedArg));
const events = [...new Set(eligible.map((p) => `${p.year}-${p.event}`))];
// Fisher-Yates over the events, then each drawn event gives the next outlet pair of the rotation it has.
for (let k = events.length - 1; k > 0; k--) {
  const r = Math.floor(rand() * (k + 1));
  [events[k], events[r]] = [events[r] as string, events[k] as string];
}
let turn = 0;
let drawn = 0;
for (const event of events) {
  if (drawn >= Number(countArg)) break;
  const options = eligible.filter((p) => `${p.year}-${p.event}` === event);
  const wanted = ROTATION[turn % ROTATION.length] as string;
  const pair = options.find((p) => p.name.endsWith(wanted));
  if (!pair) continue;
  turn++;
  drawn++;
  process.stdout.write(`${pair.year} ${pair.name} ${pair.a} ${pair.b}\n`);
}
