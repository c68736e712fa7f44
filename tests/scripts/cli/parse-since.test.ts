import { describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/cli/cli-error';
import { parseSeconds, parseSince } from '../../../scripts/cli/parse-since';

const NOW = Date.UTC(2026, 11, 3, 12);

describe('parseSince', () => {
  it.each([
    ['30m', NOW - 30 * 60_000],
    ['12h', NOW - 12 * 3_600_000],
    ['2d', NOW - 2 * 86_400_000],
    ['1w', NOW - 7 * 86_400_000],
    ['1.5d', NOW - 1.5 * 86_400_000],
    ['2026-11-30', Date.UTC(2026, 10, 30)],
    ['2026-11-30T08:00Z', Date.UTC(2026, 10, 30, 8)],
    ['2026-11-30T08:00:00+01:00', Date.UTC(2026, 10, 30, 7)],
  ])('%s', (value, expected) => {
    expect(parseSince(value, NOW)).toBe(expected);
  });

  it.each(['2 days', '-2d', 'd', 'yesterday', '2026-13-45', '', '2y'])('refuses "%s" with one line', (value) => {
    expect(() => parseSince(value, NOW)).toThrow(CliError);
  });
});

describe('parseSeconds', () => {
  it.each([
    ['0', 0],
    ['1', 1_000],
    ['2.5', 2_500],
    ['60', 60_000],
  ])('%s s', (value, ms) => {
    expect(parseSeconds('--delay', value, 0, 60)).toBe(ms);
  });

  it.each(['-1', 'abc', '61', '', '1e3', '0x10'])('refuses "%s"', (value) => {
    expect(() => parseSeconds('--delay', value, 0, 60)).toThrow(/--delay must be a number of seconds from 0 to 60/);
  });
});
