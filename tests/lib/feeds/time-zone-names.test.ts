import { describe, expect, it } from 'vitest';
import { TIME_ZONE_NAMES } from '../../../lib/feeds/time-zone-names';

describe('TIME_ZONE_NAMES', () => {
  it.each(Object.entries(TIME_ZONE_NAMES))('%s is an upper-case name with an offset within ±14 h, in quarter hours', (name, minutes) => {
    expect(name).toMatch(/^[A-Z]{1,5}$/);
    expect(Math.abs(minutes)).toBeLessThanOrEqual(14 * 60);
    expect(Math.abs(minutes % 15)).toBe(0);
  });

  it.each([
    ['EST', -300],
    ['PDT', -420],
    ['GMT', 0],
    ['CEST', 120],
    ['IST', 330],
  ])('%s is %i minutes (RFC 822 and common use)', (name, minutes) => {
    expect(TIME_ZONE_NAMES[name]).toBe(minutes);
  });
});
