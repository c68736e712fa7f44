/**
 * `collect` end to end: the CLI as a user runs it, against the local feed server on 127.0.0.1 (several
 * invented outlets in RSS 2.0, Atom and RSS 1.0, full-text and summary-only, and the feeds that go wrong).
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../feeds/feed-server';
import { startCli } from './run-cli-async';

let server: FeedServer;
const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-collect-'));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

beforeAll(async () => {
  server = await startFeedServer({ slowMs: 4_000 });
});
afterAll(async () => {
  await server.close();
});

describe('collect against the local feed server', () => {
  let out: string;
  let first: Awaited<ReturnType<typeof startCli>['done']>;
  beforeAll(async () => {
    out = join(tmp, 'corpus.jsonl');
    first = await startCli('collect', '--opml', file('all.opml', server.opml()), '--out', out, '--delay', '0', '--timeout', '1').done;
  }, 60_000);

  it('exits 0 with a per-feed summary on stdout and progress on stderr', () => {
    expect(first.status).toBe(0);
    expect(first.stderr.every((line) => line.startsWith('collect: '))).toBe(true);
    expect(first.stderr.filter((line) => /\[\d+\/10\]/.test(line)).length).toBe(10);
    expect(first.stdout).toMatch(/12 new articles from 10 feeds; 5 feeds could not be read\./);
  });

  it.each([
    ['Valdera Courier', 'RSS 2.0, full text', /3 new articles/],
    ['Meridian Post', 'RSS 2.0, summaries: pages fetched', /3 new articles/],
    ['Northgate Herald', 'Atom', /3 new articles/],
    ['Harbour Times', 'RSS 1.0 (RDF)', /3 new articles/],
    ['broken', 'broken XML', /not a feed/],
    ['slow', 'slower than the timeout', /timed out/],
    ['huge', 'over the size cap', /too large/],
    ['redirect', 'redirected to another host', /redirected to a site not allowed/],
    ['not-xml', 'an HTML page', /not a feed/],
    ['entity-bomb', 'a billion-laughs feed: read, unexpanded, harmless', /0 new articles; 1 HTTP error/],
  ])('%s (%s)', (outlet, _what, message) => {
    const line = first.stdout.split('\n').find((l) => l.startsWith(outlet));
    expect(line).toMatch(message);
  });

  it('writes one whole article per line: the corpus-pack article plus source and feed fields', () => {
    const articles = lines(out).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(articles.length).toBe(12);
    for (const a of articles) {
      expect(a).toMatchObject({ source: 'feed', id: expect.stringMatching(/^u-/), outlet: expect.any(String), title: expect.any(String), text: expect.any(String), url: expect.stringContaining(server.origin), feedUrl: expect.stringContaining('/feeds/'), collected: expect.any(String) });
      expect(['feed', 'page']).toContain(a.textFrom);
    }
    expect(articles.filter((a) => a.textFrom === 'feed').map((a) => a.outlet)).toEqual(['Valdera Courier', 'Valdera Courier', 'Valdera Courier']);
    const meridian = articles.find((a) => a.outlet === 'Meridian Post' && String(a.title).startsWith('Council'));
    // The item's link carried ?utm_source=rss: the stored URL is the canonical one.
    expect(meridian?.url).toBe(`${server.origin}/meridian-post/council-passes-budget.html`);
    expect(meridian?.published).toBe('2026-12-01T08:00:00.000Z');
  });

  it('every request was a GET to 127.0.0.1, without cookies or Referer; the other host was never asked', () => {
    expect(server.requests.length).toBeGreaterThan(10);
    for (const request of server.requests) {
      expect(request.method).toBe('GET');
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.referer).toBeUndefined();
      expect(request.origin).toBe(server.origin);
    }
  });

  it('a second run adds nothing: it dedupes against the lines already in the file', async () => {
    const again = await startCli('collect', '--opml', file('again.opml', server.opml(['valdera-rss-full', 'meridian-rss-summary', 'northgate-atom', 'harbour-rdf'])), '--out', out, '--delay', '0').done;
    expect(again.status).toBe(0);
    expect(again.stderr[0]).toMatch(/12 articles already in/);
    expect(again.stdout).toMatch(/0 new articles from 4 feeds\./);
    expect(lines(out).length).toBe(12);
  }, 60_000);

  it('the corpus is read by match --corpus', async () => {
    const run = await startCli('match', 'corpus:000', '--corpus', out, '--format', 'json').done;
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { matches: unknown[] }).matches.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('collect: granted origins', () => {
  it('a redirect to another host is followed when that host is one of the OPML feeds', async () => {
    const opml = server.opml(['redirect']).replace('</outline>', `<outline text="Moved" xmlUrl="${server.otherOrigin}/moved/feed.xml"/></outline>`);
    const out = join(tmp, 'redirect.jsonl');
    const run = await startCli('collect', '--opml', file('redirect.opml', opml), '--out', out, '--delay', '0').done;
    expect(run.status).toBe(0);
    // Both feeds are the same three items and run at once (two hosts): whichever comes first keeps them.
    expect(run.stdout).toMatch(/^redirect\s+\d new article/m);
    expect(run.stdout).not.toMatch(/redirected/);
    expect(run.stdout).toMatch(/3 new articles from 2 feeds\./);
  }, 60_000);

  it('--since leaves older items alone', async () => {
    const out = join(tmp, 'since.jsonl');
    const run = await startCli('collect', '--opml', file('since.opml', server.opml(['valdera-rss-full'])), '--out', out, '--since', '2026-12-02', '--delay', '0').done;
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 new articles; 3 older than the start date/);
    expect(existsSync(out) ? statSync(out).size : 0).toBe(0);
  }, 60_000);
});

describe('collect: a crash leaves whole lines', () => {
  it('killed mid-run, every line but a cut last one is a whole article, and a rerun completes the corpus without duplicates', async () => {
    const opml = `<opml version="2.0"><body>${[1, 2, 3].map((n) => `<outline text="Gen ${n}" xmlUrl="${server.origin}/gen/${n}.xml?items=30"/>`).join('')}</body></opml>`;
    const opmlPath = file('gen.opml', opml);
    const out = join(tmp, 'crash.jsonl');
    const run = startCli('collect', '--opml', opmlPath, '--out', out, '--delay', '0');
    // Kill it hard (no chance to flush or clean up) once some articles are written.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && lines(out).length >= 5) {
          clearInterval(poll);
          run.child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    // Every line but the last is whole; the last may be cut (the kernel stops a write between pages on SIGKILL).
    const written = readFileSync(out, 'utf8');
    const before = written.split('\n');
    const cut = before.pop() as string;
    for (const line of before) expect(() => JSON.parse(line)).not.toThrow();
    expect(before.length).toBeLessThan(90);

    const rerun = await startCli('collect', '--opml', opmlPath, '--out', out, '--delay', '0').done;
    expect(rerun.status).toBe(0);
    if (cut) expect(rerun.stderr[0]).toMatch(/removed a cut last line/);
    const after = lines(out).map((line) => JSON.parse(line) as { id: string });
    expect(after.length).toBe(90);
    expect(new Set(after.map((a) => a.id)).size).toBe(90);
  }, 90_000);
});
