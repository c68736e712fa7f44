import { formatOption, parseArgs } from '../args';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { loadBundledCorpus } from '../load-article';

/**
 * `corpus [--format text|json]`: the bundled articles (cleaned text), as the extension carries them.
 * @example corpus.run(['--format', 'json'], io) // prints { "articles": [{ "id": "000", "outlet": "Outlet A", "title": …, "text": … }] }
 */
export const corpus: Command = {
  summary: 'list the bundled corpus (ids for corpus:<id>)',
  run(argv, io) {
    const { positional, options } = parseArgs(argv, ['format']);
    const format = formatOption(options, ['text', 'json'] as const);
    if (positional.length) throw new CliError('usage: corpus [--format text|json]');
    const { articles } = loadBundledCorpus().corpus;
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
      return;
    }
    const lines = articles.map((a) => {
      const words = a.text.split(/\s+/).filter(Boolean).length;
      return `${a.id}  ${a.outlet}${a.published ? ` · ${a.published}` : ''} · ${words} words\n     ${a.title}`;
    });
    io.stdout.write(`${articles.length} bundled articles (use corpus:<id> as a file argument)\n\n${lines.join('\n')}\n`);
  },
};
