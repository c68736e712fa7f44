import type { HttpProblem, NetworkRules } from './types';

/**
 * The rules every request of the collector follows, as data (a test checks each one, and fetchText reads
 * them from here): GETs only; no cookies or other credentials; no Referer, so no site learns what the
 * reader was reading; a timeout and a size cap on every response; redirects handled by hand (`manual`),
 * so each hop is checked against the granted origins before it is requested; one request at a time per
 * host with a pause between two (1 s, as Fundus does).
 */
export const NETWORK_RULES: Readonly<NetworkRules> = {
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  redirect: 'manual',
  // A feed refresh must see the feed as it is now, and a cached copy may carry another user's cookies' effects.
  cache: 'no-store',
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  hostDelayMs: 1_000,
  schemes: ['https:', 'http:'],
  acceptFeed: 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1',
  acceptPage: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
};

/** What an HTTP error status means for the reader, by status; a status not listed is 'other', 5xx is 'server-error'. */
export const HTTP_PROBLEMS: Readonly<Record<number, HttpProblem>> = {
  401: 'blocked',
  403: 'blocked',
  404: 'not-found',
  410: 'not-found',
  429: 'rate-limited',
  451: 'blocked',
};
