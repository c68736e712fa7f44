import { isRestrictedUrl } from '../ui/is-restricted-url';
import { isExcludedSite } from './is-excluded-site';

/** What the background knows about a page that says it holds an article the reader is reading. */
export interface VisitFacts {
  /** "Remember the articles I read" is on. */
  remember: boolean;
  /** The tab's address, as the browser reports it (not as the page says). */
  url: string | undefined;
  /** The tab is in private (incognito) browsing. */
  incognito: boolean;
  /** The message came from the tab's top frame (frame 0). */
  topFrame: boolean;
  excludedSites: readonly string[];
}

export type VisitDecision = 'keep' | 'off' | 'private' | 'frame' | 'restricted' | 'excluded';

/**
 * Whether a page the reader read may be added to the corpus (source "visited"): only while the feature
 * is on, never from a private window, a frame, a page extensions may not read, a file, or an excluded
 * site. The content script is kept off most of these already; this is the check that counts.
 * @example visitDecision({ remember: true, url: 'https://example.com/news/a', incognito: false, topFrame: true, excludedSites: [] }) // -> 'keep'
 */
export function visitDecision(facts: VisitFacts): VisitDecision {
  if (!facts.remember) return 'off';
  if (facts.incognito) return 'private';
  if (!facts.topFrame) return 'frame';
  if (!facts.url || isRestrictedUrl(facts.url) || !/^https?:/i.test(facts.url)) return 'restricted';
  return isExcludedSite(facts.url, facts.excludedSites) ? 'excluded' : 'keep';
}
