import { describe, expect, it } from 'vitest';
import { HTTP_PROBLEMS, NETWORK_RULES } from '../../../lib/feeds/network-rules';

/** Every rule of the table, with what the issue requires of it. */
const required: Array<[keyof typeof NETWORK_RULES, (value: unknown) => boolean, string]> = [
  ['method', (v) => v === 'GET', 'GET only'],
  ['credentials', (v) => v === 'omit', 'no cookies or credentials'],
  ['referrerPolicy', (v) => v === 'no-referrer', 'no Referer'],
  ['redirect', (v) => v === 'manual', 'each redirect checked before it is followed'],
  ['cache', (v) => v === 'no-store', 'no cached answers'],
  ['timeoutMs', (v) => typeof v === 'number' && v >= 10_000 && v <= 30_000, 'a timeout of about 20 s'],
  ['maxBytes', (v) => typeof v === 'number' && v >= 4 * 1024 * 1024 && v <= 6 * 1024 * 1024, 'a size cap of about 5 MB'],
  ['maxRedirects', (v) => typeof v === 'number' && v >= 1 && v <= 10, 'a bounded redirect chain'],
  ['hostDelayMs', (v) => v === 1_000, 'a 1 s pause between two requests to one host, as Fundus'],
  ['schemes', (v) => Array.isArray(v) && v.every((s) => s === 'https:' || s === 'http:'), 'web addresses only'],
  ['acceptFeed', (v) => typeof v === 'string' && v.includes('application/rss+xml') && v.includes('application/atom+xml'), 'asks for feeds'],
  ['acceptPage', (v) => typeof v === 'string' && v.startsWith('text/html'), 'asks for HTML'],
];

describe('NETWORK_RULES', () => {
  it.each(required)('%s: %s', (key, check, _why) => {
    expect(check(NETWORK_RULES[key])).toBe(true);
  });

  it('the table has exactly the rules checked here', () => {
    expect(Object.keys(NETWORK_RULES).sort()).toEqual(required.map(([key]) => key).sort());
  });
});

describe('HTTP_PROBLEMS', () => {
  it.each(Object.entries(HTTP_PROBLEMS))('%s is a 4xx status with a meaning', (status, problem) => {
    expect(Number(status)).toBeGreaterThanOrEqual(400);
    expect(Number(status)).toBeLessThan(500);
    expect(['blocked', 'not-found', 'rate-limited']).toContain(problem);
  });

  it.each([
    [403, 'blocked'],
    [404, 'not-found'],
  ])('%i is %s', (status, problem) => {
    expect(HTTP_PROBLEMS[status]).toBe(problem);
  });
});
