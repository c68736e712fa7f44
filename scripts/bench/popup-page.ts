/**
 * The page the popup bench times in each browser: no bundled article is near 1,000 words (they have
 * 310-482), so it is made here, served at BENCH_PAGE_PATH: corpus articles 004 and 002 one after the
 * other, then paragraphs of 000 up to 1,000 words, in the fixture pages' news-site furniture. It is on
 * the corpus story, so the popup compares it.
 */
import { readCorpusArticles } from '../build-corpus';
import { articlePage, bodyHtml } from '../make-test-pages';

export const BENCH_PAGE_PATH = '/bench/putin-north-korea-full-story.html';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The bench page's HTML, its word count and headline.
 * @example benchPage().words // -> 1022
 */
export function benchPage(): { html: string; words: number; title: string } {
  const articles = readCorpusArticles();
  const byId = (id: string) => articles.find((a) => a.id === id)!.text;
  const paragraphs = [...byId('004').split(/\n{2,}/), ...byId('002').split(/\n{2,}/)];
  for (const extra of byId('000').split(/\n{2,}/)) {
    if (words(paragraphs.join(' ')) >= 1000) break;
    paragraphs.push(extra);
  }
  const text = paragraphs.join('\n\n');
  const title = 'Putin in North Korea: the full story of the first visit in 24 years';
  const html = articlePage({ site: { name: 'Outlet Bench', section: 'World', accent: '#444444' }, title, body: bodyHtml(text), url: `http://127.0.0.1${BENCH_PAGE_PATH}`, published: '2024-06-19' });
  return { html, words: words(text), title };
}
