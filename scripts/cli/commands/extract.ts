import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { cleanArticleText, extractArticle, selectionToArticle } from '../../../lib/extract';
import type { Article } from '../../../lib/types';
import { formatOption, parseArgs } from '../args';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { looksLikeHtml, readTextFile } from '../read-input';

/** Plain page text goes through the same furniture rules; its id hashes the cleaned text. */
function articleFromText(text: string, url: string | undefined): Article {
  const cleaned = cleanArticleText(text);
  return { ...selectionToArticle(cleaned.text, { url, title: cleaned.title || undefined }), title: cleaned.title };
}

function asText(article: Article): string {
  const meta = [article.outlet, article.byline, article.published, article.url].filter(Boolean).join(' · ');
  return `${article.title}\n${meta}\n\n${article.text}\n`;
}

/**
 * `extract FILE [--url URL] [--format text|json]`: the article in an HTML page (or saved page text),
 * as the extension would extract it. Not an article, or unreadable input: one line, exit 1.
 * @example extract.run(['page.html', '--url', 'https://example.com/a', '--format', 'json'], io)
 */
export const extract: Command = {
  summary: 'extract the article from an HTML page or saved page text',
  run(argv, io) {
    const { positional, options } = parseArgs(argv, ['url', 'format']);
    const format = formatOption(options, ['text', 'json'] as const);
    const [file, ...extra] = positional;
    if (!file) throw new CliError('usage: extract FILE.html [--url URL] [--format text|json]');
    if (extra.length) throw new CliError(`extract takes one file, got ${positional.length}`);
    const input = readTextFile(file);
    if (options.url !== undefined && !URL.canParse(options.url)) throw new CliError(`--url is not a URL: ${options.url}`);
    let article: Article;
    if (looksLikeHtml(input)) {
      const result = extractArticle(parseHTML(input).document as unknown as Document, options.url ?? pathToFileURL(resolve(file)).href);
      if (!result.ok) throw new CliError(`${file}: not an article (${result.message})`);
      article = result.article;
    } else {
      article = articleFromText(input, options.url);
      if (!article.text) throw new CliError(`${file}: not an article (no body text left after removing page furniture)`);
    }
    io.stdout.write(format === 'json' ? `${JSON.stringify(article, null, 2)}\n` : asText(article));
  },
};
