import { CliError } from './cli-error';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * `--since`: a span back from now ("30m", "12h", "2d", "1w") or an ISO date ("2026-11-30", "2026-11-30T08:00Z"),
 * as milliseconds since the epoch. Anything else is a one-line CliError.
 * @example parseSince('2d', Date.UTC(2026, 11, 3)) // -> Date.UTC(2026, 11, 1)
 */
export function parseSince(value: string, now: number): number {
  const span = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(value.trim());
  if (span) return now - Number(span[1]) * (UNITS[span[2] as string] as number);
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
    const time = Date.parse(value.trim());
    if (!Number.isNaN(time)) return time;
  }
  throw new CliError(`--since must be a span such as 30m, 12h, 2d or 1w, or a date such as 2026-11-30 (got "${value}")`);
}

/**
 * `--delay SECONDS` (and `--timeout SECONDS`): a number of seconds within bounds, as milliseconds.
 * @example parseSeconds('--delay', '1.5', 0, 60) // -> 1500
 */
export function parseSeconds(option: string, value: string, min: number, max: number): number {
  const seconds = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds < min || seconds > max) throw new CliError(`${option} must be a number of seconds from ${min} to ${max} (got "${value}")`);
  return Math.round(seconds * 1000);
}
