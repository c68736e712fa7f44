import type { HttpProblem } from '../lib/feeds/types';
import type { LinkProblem } from '../lib/sources/read-link';
import { t, type MessageKey } from './i18n';

/** The message for each reason a link gave no article; HTTP errors are told apart below. */
const PROBLEM_MESSAGES: Record<Exclude<LinkProblem['kind'], 'http-status'>, MessageKey> = {
  'not-granted': 'link_not_granted',
  'redirected-elsewhere': 'link_redirected_elsewhere',
  'opaque-redirect': 'link_opaque_redirect',
  'too-many-redirects': 'link_too_many_redirects',
  timeout: 'link_timeout',
  'too-large': 'link_too_large',
  'not-a-feed': 'link_not_a_page',
  'not-a-page': 'link_not_a_page',
  network: 'link_network',
  'bad-url': 'link_bad_url',
  cancelled: 'link_cancelled',
  'not-an-article': 'link_not_an_article',
  paywall: 'link_paywall',
  'consent-wall': 'link_consent_wall',
};

const HTTP_MESSAGES: Record<HttpProblem, MessageKey> = {
  blocked: 'link_blocked',
  'not-found': 'link_not_found',
  'rate-limited': 'link_http_error',
  'server-error': 'link_http_error',
  other: 'link_http_error',
};

const hostOf = (origin: string) => (URL.canParse(origin) ? new URL(origin).host : origin);

/**
 * One line for the reader on why a link gave no article.
 * @example linkProblemText({ kind: 'http-status', url, status: 403, problem: 'blocked' }) // -> 'Not read: the site refused the request (blocked, HTTP 403).'
 */
export function linkProblemText(problem: LinkProblem): string {
  switch (problem.kind) {
    case 'http-status':
      return t(HTTP_MESSAGES[problem.problem], problem.status);
    case 'not-granted':
    case 'redirected-elsewhere':
      return t(PROBLEM_MESSAGES[problem.kind], hostOf(problem.origin));
    case 'timeout':
      return t(PROBLEM_MESSAGES.timeout, Math.round(problem.ms / 1000));
    case 'too-large':
      return t(PROBLEM_MESSAGES['too-large'], Math.round(problem.maxBytes / 1048576));
    default:
      return t(PROBLEM_MESSAGES[problem.kind]);
  }
}
