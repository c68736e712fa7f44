import { classifyPage } from '../feeds/classify-page';
import type { FetchProblem, FetchResult, PageProblemKind, ParseHtml } from '../feeds/types';
import type { Article } from '../types';

/** Why a link gave no article: the network's answer (fetchText) or what the page turned out to be. */
export type LinkProblem = FetchProblem | { kind: PageProblemKind; url: string };

export type LinkRead = { ok: true; article: Article } | { ok: false; problem: LinkProblem };

export interface ReadLinkDeps {
  /** fetchText(url, deps, 'page') with the caller's fetch, granted origins, queue and clock. */
  fetchPage: (url: string) => Promise<FetchResult>;
  parseHtml: ParseHtml;
}

/**
 * One linked page, read as an article: fetched under the network rules, then put through the same
 * extraction as a page the reader opens, with paywalls and consent walls told apart from other pages
 * that are not articles. The article keeps the address the page was finally read at.
 * @example await readLink('https://example.com/news/a', { fetchPage, parseHtml }) // -> { ok: true, article } | { ok: false, problem: { kind: 'timeout', … } }
 */
export async function readLink(url: string, deps: ReadLinkDeps): Promise<LinkRead> {
  const page = await deps.fetchPage(url);
  if (page.kind !== 'ok') return { ok: false, problem: page };
  const result = classifyPage(deps.parseHtml(page.text, page.finalUrl), page.finalUrl);
  if (!result.ok) return { ok: false, problem: { kind: result.problem, url } };
  return { ok: true, article: result.article };
}
