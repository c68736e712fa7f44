import type { HttpProblem, ItemProblemKind } from './types';

/** Each reason a feed or an item gave nothing, in the words the feed status shows the reader. */
export const PROBLEM_WORDS: Readonly<Record<ItemProblemKind, string>> = {
  'bad-url': 'not a web address',
  'not-granted': 'not allowed (no permission for this site)',
  'redirected-elsewhere': 'redirected to a site not allowed',
  'opaque-redirect': 'redirected (the browser does not say where)',
  'too-many-redirects': 'too many redirects',
  timeout: 'timed out',
  'too-large': 'too large',
  'http-status': 'HTTP error',
  'not-a-feed': 'not a feed',
  'not-a-page': 'not a web page',
  network: 'network error',
  cancelled: 'cancelled',
  'consent-wall': 'a consent wall',
  paywall: 'a paywall',
  'not-an-article': 'not an article',
};

/** HTTP error statuses in words, the status in brackets ("blocked (403)"). */
export const HTTP_PROBLEM_WORDS: Readonly<Record<HttpProblem, string>> = {
  blocked: 'blocked',
  'not-found': 'not found',
  'rate-limited': 'rate-limited',
  'server-error': 'server error',
  other: 'HTTP error',
};
