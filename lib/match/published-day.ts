const MS_PER_DAY = 86_400_000;

/**
 * The UTC calendar day (days since 1970-01-01) of an article's publication date, NaN when it has none
 * or it cannot be read. Whole days: outlets date one event's reports by their own clocks and time zones,
 * so hours say nothing.
 * @example publishedDay('2019-01-04T22:15:00Z') // -> 17900
 */
export function publishedDay(published: string | undefined): number {
  if (!published) return NaN;
  return Math.floor(Date.parse(published) / MS_PER_DAY);
}
