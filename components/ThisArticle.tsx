import type { Article } from '../lib/types';
import { words } from '../lib/text/tokenize';
import { t } from './i18n';
import { TEST_IDS } from './test-ids';

/** The page's article: outlet, headline, word count. */
export function ThisArticle({ article }: { article: Article }) {
  return (
    <section class="article-card" data-testid={TEST_IDS.thisArticle} data-article-id={article.id} aria-label={t('thisArticleHeading')}>
      <div class="muted">{article.outlet}</div>
      <div class="headline" dir="auto">{article.title}</div>
      <div class="muted" data-words={words(article.text).length}>
        {t('wordCount', words(article.text).length.toLocaleString())}
      </div>
    </section>
  );
}
