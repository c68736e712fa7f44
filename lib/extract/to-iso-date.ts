/**
 * Normalises a date as pages write it in metadata to ISO 8601: a bare date stays a date
 * ("2024-06-19"), anything with a time becomes a UTC date-time; unparseable text gives undefined.
 * @example toIsoDate('2024-06-19T08:30:00+09:00') // -> '2024-06-18T23:30:00.000Z'
 */
export function toIsoDate(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
