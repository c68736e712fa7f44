import { words } from '../text/tokenize';
import type { Article } from '../types';

export interface CappedArticle {
  article: Article;
  /** True when text was cut. */
  capped: boolean;
  /** Words in the full text. */
  totalWords: number;
  /** Words kept. */
  keptWords: number;
}

/**
 * Keeps the first paragraphs of an article up to `maxWords` words (at least one paragraph, cut at a
 * word if that one alone is too long), so a huge page is compared quickly and the reader is told.
 * @example capArticle({ id: '1', outlet: 'X', title: '', text: 'One two.\n\nThree four.' }, 3) // -> { article: { …, text: 'One two.' }, capped: true, totalWords: 4, keptWords: 2 }
 */
export function capArticle(article: Article, maxWords: number): CappedArticle {
  const paragraphs = article.text.split(/\n{2,}/);
  const counts = paragraphs.map((p) => words(p).length);
  const totalWords = counts.reduce((sum, n) => sum + n, 0);
  if (totalWords <= maxWords) return { article, capped: false, totalWords, keptWords: totalWords };
  const kept: string[] = [];
  let keptWords = 0;
  for (const [i, paragraph] of paragraphs.entries()) {
    const n = counts[i] ?? 0;
    if (keptWords + n > maxWords) {
      if (!kept.length) {
        // One giant paragraph: cut it at the word limit rather than compare nothing.
        const cut = paragraph.split(/(\s+)/).slice(0, maxWords * 2 - 1).join('');
        kept.push(cut);
        keptWords = words(cut).length;
      }
      break;
    }
    kept.push(paragraph);
    keptWords += n;
  }
  return { article: { ...article, text: kept.join('\n\n') }, capped: true, totalWords, keptWords };
}
