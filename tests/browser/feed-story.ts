/**
 * What the feeds flow tests in Chromium and Firefox share: an outlet no feed covers reporting the feed
 * server's flood story in its own words (the page the popup is opened on), and a feed host that answers
 * 403. The feed server's own pages share their wording with the feeds' articles (only the outlet's name
 * differs), so the popup would take them for the same article: hence a page of another outlet.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlePage, bodyHtml } from '../../scripts/make-test-pages';

/** Where the fixture site serves the Ostrin Gazette's article. */
export const OSTRIN_PATH = '/ostrin-gazette/flood.html';

const OSTRIN_TEXT = [
  'The flood that cut the rail line between Valdera and Ostrin has upended the plans of thousands of people, the regional authority said on Tuesday.',
  'Engineers told residents that repairs to the rail line would take weeks. The operator published a timeline of the work and an estimate of the costs.',
  'Witnesses described water over the tracks near Ostrin. A spokesperson for the operator said buses would replace trains between Valdera and Ostrin until the line reopens.',
  'The authority said it would publish what comes next for the thousands of people who travel on the line each day.',
].join('\n\n');

/**
 * The Ostrin Gazette's flood article as served from `origin`.
 * @example routes: { [OSTRIN_PATH]: { type: 'text/html; charset=utf-8', body: () => ostrinPage(site.origin) } }
 */
export const ostrinPage = (origin: string): string =>
  articlePage({ site: { name: 'Ostrin Gazette', section: 'Region', accent: '#6a3d9a' }, title: 'Rail line to Ostrin closed for weeks after flood', body: bodyHtml(OSTRIN_TEXT), url: `${origin}${OSTRIN_PATH}`, published: '2026-12-01' });

/** A feed host on 127.0.0.1 that answers every request with 403. */
export interface ForbiddenFeed {
  /** The feed's address, e.g. "http://127.0.0.1:41235/feed.xml". */
  url: string;
  close(): void;
}

/**
 * Starts the 403 host on an ephemeral port.
 * @example const forbidden = await startForbiddenFeed(); subscribe(forbidden.url); forbidden.close()
 */
export async function startForbiddenFeed(): Promise<ForbiddenFeed> {
  const server = createServer((_req, res) => res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`, close: () => server.close() };
}
