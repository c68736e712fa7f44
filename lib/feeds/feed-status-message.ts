import { HTTP_PROBLEM_WORDS, PROBLEM_WORDS } from './problem-words';
import type { FeedStatus, HttpProblem, ItemProblemKind } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const httpWords = (problem: HttpProblem, status: number) => `${HTTP_PROBLEM_WORDS[problem]} (${status})`;

/**
 * One line for the reader about a feed's last run: the feed's own error, or how many articles were new,
 * already kept, older than the run's start, and why the others gave nothing.
 * @example feedStatusMessage({ newItems: 3, seen: 10, old: 0, itemProblems: { paywall: 2 }, … }) // -> '3 new articles; 10 already kept; 2 a paywall'
 * @example feedStatusMessage({ error: 'http-status', httpStatus: 403, … }) // -> 'blocked (403)'
 */
export function feedStatusMessage(status: Omit<FeedStatus, 'message'>): string {
  if (status.error) return status.error === 'http-status' && status.httpStatus !== undefined ? httpWords(status.httpProblem ?? 'other', status.httpStatus) : PROBLEM_WORDS[status.error];
  const parts = [plural(status.newItems, 'new article')];
  if (status.seen) parts.push(`${status.seen} already kept`);
  if (status.old) parts.push(`${status.old} older than the start date`);
  for (const [kind, count] of Object.entries(status.itemProblems) as Array<[ItemProblemKind, number]>) parts.push(`${count} ${PROBLEM_WORDS[kind]}`);
  return parts.join('; ');
}
