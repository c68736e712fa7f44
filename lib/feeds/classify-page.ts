import { extractArticle } from '../extract';
import type { Article } from '../types';
import { PAGE_PROBLEM_PATTERNS } from './page-problem-patterns';
import type { PageProblemKind } from './types';

/** An article this long is the article, whatever a paywall script on the page says (metered walls, free articles). */
const FULL_ARTICLE_CHARS = 1_500;
/** Walls say what they are near the top: the head of the visible text is enough, and bounds the regex work. */
const TEXT_SCAN_CHARS = 100_000;

export type PageResult = { ok: true; article: Article } | { ok: false; problem: PageProblemKind; message: string };

const MESSAGES: Record<PageProblemKind, string> = {
  'consent-wall': 'The page is a consent wall: the article sits behind a cookie or consent prompt.',
  paywall: 'The article is behind a paywall.',
  'not-an-article': 'The page is not an article.',
};

function visibleText(doc: Document): string {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return '';
  for (const hidden of Array.from(body.querySelectorAll('script, style, noscript, template'))) hidden.remove();
  return (body.textContent ?? '').replace(/\s+/g, ' ').slice(0, TEXT_SCAN_CHARS);
}

function jsonLd(doc: Document): string {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .map((s) => s.textContent ?? '')
    .join('\n')
    .slice(0, TEXT_SCAN_CHARS);
}

/** The problems whose marks the page carries, in table order. */
function pageMarks(doc: Document): Set<PageProblemKind> {
  const marks = new Set<PageProblemKind>();
  let text: string | undefined;
  let json: string | undefined;
  for (const pattern of PAGE_PROBLEM_PATTERNS) {
    if (marks.has(pattern.kind)) continue;
    let hit = false;
    if (pattern.selector) {
      try {
        hit = doc.querySelector(pattern.selector) !== null;
      } catch {
        hit = false;
      }
    } else if (pattern.text) hit = pattern.text.test((text ??= visibleText(doc)));
    else if (pattern.json) hit = pattern.json.test((json ??= jsonLd(doc)));
    if (hit) marks.add(pattern.kind);
  }
  return marks;
}

/**
 * An article page through the same extraction as a page the reader opens (extractArticle), and when it
 * gives no article, or only a short teaser on a paywalled page, why: a consent wall, a paywall, or not an
 * article. Consent marks only count when there is no article: consent banners sit on readable pages too.
 * @example classifyPage(parseHtml(html), 'https://example.com/news/story') // -> { ok: true, article } | { ok: false, problem: 'paywall', message: '…' }
 */
export function classifyPage(doc: Document, url: string): PageResult {
  const extracted = extractArticle(doc, url);
  if (extracted.ok && extracted.article.text.length >= FULL_ARTICLE_CHARS) return { ok: true, article: extracted.article };
  const marks = pageMarks(doc);
  if (marks.has('paywall')) return { ok: false, problem: 'paywall', message: MESSAGES.paywall };
  if (extracted.ok) return { ok: true, article: extracted.article };
  const problem: PageProblemKind = marks.has('consent-wall') ? 'consent-wall' : 'not-an-article';
  return { ok: false, problem, message: problem === 'not-an-article' ? extracted.message : MESSAGES[problem] };
}
