/**
 * `collect --delay SECONDS` end to end: the pause between two requests to the same host, measured where
 * it matters, on the server. One invented outlet on 127.0.0.1 with a summary-only feed, so the CLI
 * requests the feed and then each article page from the same host.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_RULES } from '../../../lib/feeds/network-rules';
import { articleHtml, storyParagraphs } from '../../feeds/feed-server';
import { startCli } from './run-cli-async';

const PAGES = ['bridge-reopens', 'budget-passes', 'storm-warning'];
/** When each request arrived (ms, this process's monotonic clock), in order. */
const arrivals: Array<{ path: string; at: number }> = [];
let server: Server;
let origin = '';

const feed = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Gazette</title><link>${origin}/</link>${PAGES.map(
    (slug) => `<item><title>${slug}</title><link>${origin}/news/${slug}.html</link><guid>${slug}</guid><description>A summary only.</description></item>`,
  ).join('')}</channel></rss>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    arrivals.push({ path: req.url ?? '', at: performance.now() });
    const slug = /^\/news\/([a-z-]+)\.html$/.exec(req.url ?? '')?.[1];
    if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed());
    else if (slug && PAGES.includes(slug)) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml('Quay Gazette', slug, storyParagraphs('Quay Gazette', slug)));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('collect --delay', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-delay-'));
  const opml = join(tmp, 'quay.opml');

  it.each([
    ['--delay 0.3: at least 300 ms', ['--delay', '0.3'], 300],
    [`no --delay: the default pause (${NETWORK_RULES.hostDelayMs} ms)`, [], NETWORK_RULES.hostDelayMs],
  ])('consecutive requests to one host start apart by the pause, %s', async (name, delay, pauseMs) => {
    writeFileSync(opml, `<opml version="2.0"><body><outline text="Quay Gazette" xmlUrl="${origin}/feed.xml"/></body></opml>`);
    arrivals.length = 0;
    const run = await startCli('collect', '--opml', opml, '--out', join(tmp, `${delay.join('') || 'default'}.jsonl`), ...delay).done;
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/3 new articles from 1 feed\./);
    expect(arrivals.map((a) => a.path)).toEqual(['/feed.xml', ...PAGES.map((slug) => `/news/${slug}.html`)]);
    const gaps = arrivals.slice(1).map((a, i) => a.at - arrivals[i]!.at);
    // The pause runs from the end of one response to the next request, so arrivals are at least that far
    // apart; a few ms of slack because the CLI's clock and timers count whole milliseconds. No upper bound: load varies.
    for (const gap of gaps) expect(gap, `${name}: ${gaps.map(Math.round).join(', ')} ms`).toBeGreaterThanOrEqual(pauseMs - 5);
  }, 60_000);
});
