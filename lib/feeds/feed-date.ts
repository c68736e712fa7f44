import { TIME_ZONE_NAMES } from './time-zone-names';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ISO 8601 as feeds write it: basic or extended, T or space, optional seconds and fraction, any offset form. */
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[Tt ]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?$/;
/** RFC 822/2822 and the variants feeds send: any day name or none, full month names, 2-digit years, no seconds. */
const RFC822 = /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([+-]\d{2}:?\d{2})|([A-Za-z]{1,5}))?(?:\s*\(.*\))?$/;

/** An offset such as "+0530", "+05:30", "-07", a named zone, a military letter: minutes east of UTC. */
function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return minutes > 18 * 60 ? undefined : numeric[1] === '-' ? -minutes : minutes;
  }
  const name = zone.toUpperCase();
  if (name in TIME_ZONE_NAMES) return TIME_ZONE_NAMES[name];
  if (/^[A-IK-Y]$/.test(name)) return 0;
  return undefined;
}

/** The UTC instant of a wall-clock time at an offset, or undefined when a field is out of range. */
function toInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000;
  const check = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 June over into July: a day the month does not have is not a date.
  if (check.getUTCDate() !== day) return undefined;
  return new Date(time).toISOString();
}

function fromIso(match: RegExpExecArray): string | undefined {
  const [, y, mo, d, h, mi, s, , zone] = match;
  if (h === undefined) {
    const date = `${y}-${mo}-${d}`;
    return toInstant(Number(y), Number(mo), Number(d), 0, 0, 0, 0) ? date : undefined;
  }
  // A time without a zone is read as UTC: feeds that omit it are mostly servers writing UTC, and a guess
  // of hours is better than no date for ordering (the date is never used to dedupe).
  const offset = offsetMinutes(zone);
  if (offset === undefined) return undefined;
  return toInstant(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), offset);
}

function fromRfc822(match: RegExpExecArray): string | undefined {
  const [, d, monthName, y, h, mi, s, numericZone, namedZone] = match;
  const month = MONTHS.indexOf((monthName as string).slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  let year = Number(y);
  // RFC 2822's rule for two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999.
  if ((y as string).length === 2) year += year < 50 ? 2000 : 1900;
  const offset = offsetMinutes(numericZone ?? namedZone);
  if (offset === undefined) return undefined;
  return toInstant(year, month, Number(d), Number(h), Number(mi), Number(s ?? 0), offset);
}

/**
 * Reads a feed's date (RFC 822 in RSS, ISO 8601 in Atom and RDF, and the variants outlets actually
 * send) as ISO 8601: a UTC date-time, or a bare date when the feed gives no time. Unreadable text gives
 * undefined rather than a guess: Date.parse reads non-ISO text differently in each browser.
 * @example feedDate('Tue, 10 Jun 2003 04:00:00 EST') // -> '2003-06-10T09:00:00.000Z'
 * @example feedDate('2024-06-19T08:30:00+05:45') // -> '2024-06-19T02:45:00.000Z'
 */
export function feedDate(raw: string | undefined): string | undefined {
  const text = raw?.trim().replace(/\s+/g, ' ');
  if (!text || text.length > 80) return undefined;
  const iso = ISO.exec(text);
  if (iso) return fromIso(iso);
  const rfc = RFC822.exec(text);
  return rfc ? fromRfc822(rfc) : undefined;
}
