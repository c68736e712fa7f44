import { beforeEach, describe, expect, it } from 'vitest';
import { linkProblemText } from '../../components/link-problem-text';
import type { LinkProblem } from '../../lib/sources/read-link';
import { installFakeI18n } from './fake-i18n';

beforeEach(installFakeI18n);

const url = 'https://news.b.example/a';

describe('linkProblemText', () => {
  it.each<[string, LinkProblem, string]>([
    ['not allowed', { kind: 'not-granted', url, origin: 'https://news.b.example' }, 'Not read: access to news.b.example was not allowed.'],
    ['redirected to a site not allowed', { kind: 'redirected-elsewhere', url, location: 'https://x.example/a', origin: 'https://x.example' }, 'Not read: the page redirects to another site (x.example) that you have not allowed.'],
    ['a hidden redirect', { kind: 'opaque-redirect', url }, 'Not read: the page redirects elsewhere and the browser does not say where. Open it in a tab and use “Compare with another open tab”.'],
    ['too many redirects', { kind: 'too-many-redirects', url }, 'Not read: the page redirects too many times.'],
    ['timed out', { kind: 'timeout', url, ms: 20_000 }, 'Not read: the site did not answer in time (20 seconds).'],
    ['too large', { kind: 'too-large', url, maxBytes: 5 * 1024 * 1024 }, 'Not read: the page is larger than 5 MB.'],
    ['blocked (403)', { kind: 'http-status', url, status: 403, problem: 'blocked' }, 'Not read: the site refused the request (blocked, HTTP 403).'],
    ['blocked (451)', { kind: 'http-status', url, status: 451, problem: 'blocked' }, 'Not read: the site refused the request (blocked, HTTP 451).'],
    ['not found', { kind: 'http-status', url, status: 404, problem: 'not-found' }, 'Not read: the page was not found (HTTP 404).'],
    ['rate-limited', { kind: 'http-status', url, status: 429, problem: 'rate-limited' }, 'Not read: the site answered with an error (HTTP 429).'],
    ['a server error', { kind: 'http-status', url, status: 502, problem: 'server-error' }, 'Not read: the site answered with an error (HTTP 502).'],
    ['not a web page', { kind: 'not-a-page', url, contentType: 'application/pdf' }, 'Not read: the link is not a web page.'],
    ['unreachable', { kind: 'network', url, message: 'connection refused' }, 'Not read: the site could not be reached.'],
    ['a bad address', { kind: 'bad-url', url }, 'Not read: that is not a web address.'],
    ['cancelled', { kind: 'cancelled', url }, 'Not read: cancelled.'],
    ['not an article', { kind: 'not-an-article', url }, 'The linked page is not a news article.'],
    ['a paywall', { kind: 'paywall', url }, 'The linked article is behind a paywall.'],
    ['a consent wall', { kind: 'consent-wall', url }, 'The linked page shows a consent wall instead of the article.'],
  ])('%s', (_case, problem, text) => {
    expect(linkProblemText(problem)).toBe(text);
  });
});
