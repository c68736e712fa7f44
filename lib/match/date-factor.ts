import type { DecisionThresholds } from './types';

/**
 * What a page's score with a corpus article is multiplied by for the days between their publication
 * dates (publishedDay): 1 within `dateWindowDays`, else `datePenalty`; 1 when either date is unknown.
 * Why: outlets report one event within a day or two of each other (BASIL same-event reports: at most 4
 * days apart, 95 % within 2), while a running story's later events (a shutdown that starts, drags on
 * and ends) share nearly all its names; the date is what tells them apart. A penalty, not a veto: a
 * follow-up that carries most of the text is still found.
 * @example dateFactor(17900, 17925, DECISION_THRESHOLDS) // -> DECISION_THRESHOLDS.datePenalty
 */
export function dateFactor(pageDay: number, articleDay: number, thresholds: DecisionThresholds): number {
  // An unknown day is NaN: the difference is NaN, and NaN is never more than dateWindowDays.
  return Math.abs(pageDay - articleDay) > thresholds.dateWindowDays ? thresholds.datePenalty : 1;
}
