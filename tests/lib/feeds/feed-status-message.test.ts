import { describe, expect, it } from 'vitest';
import { feedStatusMessage } from '../../../lib/feeds/feed-status-message';
import type { FeedStatus } from '../../../lib/feeds/types';

const base: Omit<FeedStatus, 'message'> = { feedUrl: 'https://a.example/f', outlet: 'A', lastFetched: '2026-12-01T12:00:00.000Z', items: 20, newItems: 0, seen: 0, old: 0, itemProblems: {} };

describe('feedStatusMessage', () => {
  it.each<[string, Partial<FeedStatus>, string]>([
    ['nothing new', {}, '0 new articles'],
    ['one new', { newItems: 1 }, '1 new article'],
    ['new, seen and old', { newItems: 3, seen: 10, old: 2 }, '3 new articles; 10 already kept; 2 older than the start date'],
    ['item problems in words', { newItems: 2, itemProblems: { paywall: 2, 'consent-wall': 1, timeout: 1 } }, '2 new articles; 2 a paywall; 1 a consent wall; 1 timed out'],
    ['blocked feed', { error: 'http-status', httpStatus: 403, httpProblem: 'blocked' }, 'blocked (403)'],
    ['missing feed', { error: 'http-status', httpStatus: 404, httpProblem: 'not-found' }, 'not found (404)'],
    ['server error', { error: 'http-status', httpStatus: 502, httpProblem: 'server-error' }, 'server error (502)'],
    ['not a feed', { error: 'not-a-feed' }, 'not a feed'],
    ['timed out', { error: 'timeout' }, 'timed out'],
    ['redirected away', { error: 'redirected-elsewhere' }, 'redirected to a site not allowed'],
  ])('%s', (_name, status, expected) => {
    expect(feedStatusMessage({ ...base, ...status })).toBe(expected);
  });
});
