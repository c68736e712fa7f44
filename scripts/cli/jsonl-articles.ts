import { validateCorpusPack } from '../../lib/corpus/validate-corpus-pack';
import type { Article } from '../../lib/types';
import { CliError } from './cli-error';
import { readTextFile } from './read-input';

/**
 * The articles of a JSON Lines corpus (what `collect` writes) for `--corpus`: one article per line, a
 * revised article's later line replacing the earlier one, lines that are not JSON skipped; the articles
 * then go through the same checks as a corpus pack (extra fields such as source and feedUrl are dropped).
 * @example jsonlArticles('corpus.jsonl').length // -> 412
 */
export function jsonlArticles(path: string): Article[] {
  const byId = new Map<string, unknown>();
  for (const line of readTextFile(path).split('\n')) {
    if (!line.trim()) continue;
    try {
      const json = JSON.parse(line) as { id?: unknown };
      byId.set(typeof json.id === 'string' ? json.id : `line-${byId.size}`, json);
    } catch {
      // A line cut short by a crash of another writer: the rest of the corpus is still good.
    }
  }
  const pack = validateCorpusPack({ format: 'outlet-diff-corpus', version: 1, articles: [...byId.values()] });
  if (!pack.ok) throw new CliError(`${path}: ${pack.error}`);
  if (pack.articles.length === 0) throw new CliError(`${path}: no articles in the file`);
  return pack.articles;
}
