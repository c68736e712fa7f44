import type { Coverage } from '../../../lib/match/types';
import type { Article } from '../../../lib/types';
import { formatOption, parseArgs } from '../args';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { loadArticle, loadCorpusSearch } from '../load-article';

function asText(article: Article, coverage: Coverage): string {
  const head = `${article.title || '(no headline)'} — ${article.outlet}\n\n`;
  const self = coverage.matches.find((m) => m.decision === 'this-article');
  const same = coverage.matches.filter((m) => m.decision === 'same-story').length;
  const rows = coverage.matches.map((m, i) => `${String(i + 1).padStart(2)}. ${m.decision.padEnd(12)} ${m.score.toFixed(3)}  ${m.article.id}  ${m.article.outlet} — ${m.article.title}`);
  if (coverage.matches.length === 0) return `${head}No article in the corpus shares anything with this one.\n`;
  const verdict = [
    self ? `This is corpus article ${self.article.id}.` : '',
    same ? `${same} other article(s) on the same story:` : `No ${self ? 'other ' : ''}coverage of this story in the corpus. Nearest candidates:`,
  ].filter(Boolean).join(' ');
  return `${head}${verdict}\n${rows.join('\n')}\n`;
}

/**
 * `match FILE [--format text|json] [--corpus PATH]`: the corpus articles reporting the same story as
 * FILE (text, HTML or corpus:<id>), ranked, with the decision for each; says so plainly when none do.
 * @example match.run(['page.html', '--format', 'json'], io) // prints { "matches": [{ "id": "002", "outlet": …, "score": 0.43, "decision": "same-story" }] }
 */
export const match: Command = {
  summary: 'find the corpus articles on the same story as a file (ranked)',
  async run(argv, io) {
    const { positional, options } = parseArgs(argv, ['format', 'corpus']);
    const format = formatOption(options, ['text', 'json'] as const);
    if (positional.length !== 1) throw new CliError('usage: match FILE [--format text|json] [--corpus FOLDER|PACK.json|CORPUS.jsonl] (FILE: text or HTML file, or corpus:<id>)');
    const article = loadArticle(positional[0] as string);
    const coverage = await (await loadCorpusSearch(options.corpus))(article);
    if (format === 'json') {
      const matches = coverage.matches.map((m) => ({ id: m.article.id, outlet: m.article.outlet, title: m.article.title, score: m.score, decision: m.decision }));
      io.stdout.write(`${JSON.stringify({ matches }, null, 2)}\n`);
      return;
    }
    io.stdout.write(asText(article, coverage));
  },
};
