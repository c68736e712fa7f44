import { coverageConsensus } from '../../../lib/match/coverage-consensus';
import type { Consensus } from '../../../lib/match/types';
import type { Article } from '../../../lib/types';
import { formatOption, parseArgs } from '../args';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { loadArticle, loadCorpusSearch } from '../load-article';

const ref = (a: Article) => ({ id: a.id, outlet: a.outlet, title: a.title });

function asText(article: Article, others: Article[], consensus: Consensus): string {
  const outletOf = new Map(others.map((o) => [o.id, o.outlet]));
  const n = others.length;
  const sentences = consensus.sentences.map((s) => `[${s.carriedBy.length}/${n}] ${s.text}`);
  const omissions = consensus.omissions.map((o) => `- ${o.text}\n  (${o.carriedBy.map((id) => outletOf.get(id) ?? id).join(', ')})`);
  return [
    `${article.title || '(no headline)'} — ${article.outlet}`,
    `compared with ${n} other outlet(s) on the same story: ${others.map((o) => `${o.outlet} (${o.id})`).join(', ')}`,
    '',
    'Sentences, with how many of the others carry an equivalent:',
    ...sentences,
    '',
    consensus.omissions.length
      ? `Carried by at least ${consensus.minOutlets} of the others, missing here:`
      : `Nothing that at least ${consensus.minOutlets} of the others carry is missing here.`,
    ...omissions,
    '',
  ].join('\n');
}

/**
 * `consensus FILE [--corpus PATH] [--min-outlets K] [--format text|json]`: for each sentence of FILE, how
 * many other outlets on the same story (found in the corpus) carry it, and what at least K of them
 * (default 2) carry that FILE leaves out, each fact once.
 * @example consensus.run(['corpus:000'], io) // prints "[3/4] Russian President Vladimir Putin has reached North Korea…"
 */
export const consensus: Command = {
  summary: 'per-sentence outlet counts and what other outlets carry that this one omits',
  async run(argv, io) {
    const { positional, options } = parseArgs(argv, ['format', 'corpus', 'min-outlets']);
    const format = formatOption(options, ['text', 'json'] as const);
    if (positional.length !== 1) throw new CliError('usage: consensus FILE [--corpus FOLDER|PACK.json|CORPUS.jsonl] [--min-outlets K] [--format text|json]');
    const minOutlets = options['min-outlets'] === undefined ? 2 : Number(options['min-outlets']);
    if (!Number.isInteger(minOutlets) || minOutlets < 1) throw new CliError('--min-outlets must be a whole number of at least 1');
    const article = loadArticle(positional[0] as string);
    const others = (await (await loadCorpusSearch(options.corpus))(article))
      .matches.filter((m) => m.decision === 'same-story')
      .map((m) => m.article);
    if (others.length === 0) {
      // Not an error: the corpus simply has no other report of this story. Say so plainly.
      const none = { article: ref(article), others: [], sentences: [], omissions: [], minOutlets };
      io.stdout.write(format === 'json' ? `${JSON.stringify(none, null, 2)}\n` : `No other outlet in the corpus reports this story (nearest candidates: match ${positional[0]}).\n`);
      return;
    }
    const result = coverageConsensus(article, others, { minOutlets });
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ article: ref(article), others: others.map(ref), ...result }, null, 2)}\n`);
      return;
    }
    io.stdout.write(asText(article, others, result));
  },
};
