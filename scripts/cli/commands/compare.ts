import { compareArticles } from '../../../lib/compare';
import { comparisonToJson } from '../../../lib/format/comparison-to-json';
import { formatComparison } from '../../../lib/format/format-comparison';
import { formatOption, parseArgs } from '../args';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { loadArticle } from '../load-article';

/**
 * `compare A B [--format text|markdown|json]`: what A's outlet added, omitted and reworded compared
 * with B. A and B are text or HTML files, or `corpus:<id>` for a bundled article.
 * @example compare.run(['a.html', 'corpus:000_30aecee3e965184e', '--format', 'json'], io)
 */
export const compare: Command = {
  summary: 'compare two articles (files or corpus:<id>): added, omitted, reworded',
  run(argv, io) {
    const { positional, options } = parseArgs(argv, ['format']);
    const format = formatOption(options, ['text', 'markdown', 'json'] as const);
    if (positional.length !== 2) throw new CliError('usage: compare A B [--format text|markdown|json] (A, B: text or HTML files, or corpus:<id>)');
    const [a, b] = positional.map(loadArticle) as [ReturnType<typeof loadArticle>, ReturnType<typeof loadArticle>];
    const comparison = compareArticles(a, b);
    const out =
      format === 'json'
        ? `${JSON.stringify(comparisonToJson(comparison), null, 2)}\n`
        : formatComparison(comparison, format === 'markdown' ? 'markdown' : io.isTTY ? 'ansi' : 'plain');
    io.stdout.write(out);
  },
};
