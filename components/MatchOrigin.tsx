import type { ArticleOrigin } from '../lib/store/article-origin';
import { t, type MessageKey } from './i18n';
import { TEST_IDS } from './test-ids';

/** What each source says beside a match; a feed article says more (which feed, when), below. */
const SOURCE_LABEL: Partial<Record<ArticleOrigin['source'], MessageKey>> = {
  link: 'origin_link',
  visited: 'origin_visited',
  saved: 'origin_saved',
  imported: 'origin_imported',
};

const hostOf = (url: string) => (URL.canParse(url) ? new URL(url).host : url);

/** A date (and time, when the outlet gave one) in the reader's language. */
function dateText(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const withTime = /T\d\d:\d\d/.test(iso);
  return new Intl.DateTimeFormat(undefined, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

/** One line beside a match from the reader's store: from which feed and when published, or how it came. */
export function MatchOrigin({ origin }: { origin: ArticleOrigin }) {
  let text: string | undefined;
  if (origin.source === 'feed') {
    const feed = origin.feed ? origin.feed.title || hostOf(origin.feed.url) : undefined;
    if (!feed) text = t('origin_feed_unnamed');
    else text = origin.published ? t('origin_feed', [feed, dateText(origin.published)]) : t('origin_feed_undated', feed);
  } else {
    const key = SOURCE_LABEL[origin.source];
    text = key && t(key);
  }
  return text ? (
    <span class="origin muted" data-testid={TEST_IDS.matchOrigin} data-source={origin.source}>
      {text}
    </span>
  ) : null;
}
