/**
 * Prints a BASIL article pair for annotation: every unit with its id (`t`, `p0s0`, ...), paragraphs apart.
 * It runs no engine code, so a judge reads the two texts whole before seeing any output.
 *   npx tsx scripts/eval/truth/show-pair.ts 2010 <fileA> <fileB>
 */
import { loadBasilArticle, type BasilArticle } from './basil-article';

function show(label: string, a: BasilArticle): string {
  const lines = [`=== ${label}: ${a.source} (${a.file}), ${a.article.published} ===`];
  let paragraph = '';
  for (const u of a.units) {
    const p = u.id === 't' ? 't' : u.id.replace(/s\d+$/, '');
    if (p !== paragraph) lines.push('');
    paragraph = p;
    lines.push(`[${label}:${u.id}] ${u.text}`);
  }
  return lines.join('\n');
}

const [year, fileA, fileB] = process.argv.slice(2);
if (!year || !fileA || !fileB) {
  process.stderr.write('usage: show-pair.ts YEAR FILE_A FILE_B\n');
  process.exit(1);
}
process.stdout.write(`${show('A', loadBasilArticle(year, fileA))}\n\n${show('B', loadBasilArticle(year, fileB))}\n`);
