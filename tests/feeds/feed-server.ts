/**
 * A local feed server on 127.0.0.1 for the CLI tests, the bench and (later) the browser tests: several
 * invented outlets' feeds and article pages in every format the collector reads, plus the feeds that go
 * wrong: broken, slow, huge, redirected to another host, not XML, and an entity-expansion bomb. Two
 * listeners on two ports are two origins, so "another host" is real for origin checks. Every request is
 * recorded with its headers (a test can check that no cookie or Referer was sent).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServerOptions {
  /** How long the slow feed waits before answering (ms). */
  slowMs?: number;
  /** Bytes of the huge feed (sent in chunks, without a Content-Length). */
  hugeBytes?: number;
}

export interface RecordedRequest {
  origin: string;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  status: number;
}

export interface FeedServer {
  /** The main host, e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** The other host (another port): where the redirecting feed sends the reader. */
  otherOrigin: string;
  /**
   * A feed that redirects to `localhost` (the other host's port), a site a browser test never grants:
   * not in the OPML list, so the CLI's counts stay as they are.
   */
  redirectAway: string;
  /** The feeds by name, as absolute URLs. */
  feeds: Record<FeedName, string>;
  /** An OPML reading list of the given feeds (all by default). */
  opml(names?: FeedName[]): string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type FeedName = 'valdera-rss-full' | 'meridian-rss-summary' | 'northgate-atom' | 'harbour-rdf' | 'broken' | 'slow' | 'huge' | 'redirect' | 'not-xml' | 'entity-bomb';

/** The invented outlets, each with the story everyone covers (a flood) and one of its own. */
const OUTLETS = {
  valdera: { name: 'Valdera Courier', slug: 'valdera-courier' },
  meridian: { name: 'Meridian Post', slug: 'meridian-post' },
  northgate: { name: 'Northgate Herald', slug: 'northgate-herald' },
  harbour: { name: 'Harbour Times', slug: 'harbour-times' },
} as const;

const STORIES = [
  { slug: 'flood-cuts-rail-line', title: 'Flood cuts the Valdera rail line', topic: 'the flood that cut the rail line between Valdera and Ostrin' },
  { slug: 'council-passes-budget', title: 'Council passes the budget after a long night', topic: 'the budget the council passed after residents spoke until midnight' },
  { slug: 'port-strike-ends', title: 'Port strike ends with a pay deal', topic: 'the port strike that ended when dockers accepted a pay deal' },
];

/** Article body paragraphs: the same facts, each outlet in its own words (the outlet's name varies the wording). */
export function storyParagraphs(outlet: string, topic: string, n = 6): string[] {
  const openers = ['Officials said on Tuesday', 'Residents told reporters', 'According to the regional authority', 'The operator confirmed', 'Witnesses described', 'A spokesperson added'];
  return Array.from({ length: n }, (_, i) => `${openers[i % openers.length]} that ${topic} had changed plans for thousands of people, ${outlet} reports, in part ${i + 1} of its coverage, with details of the timeline, the costs and what comes next.`);
}

export function articleHtml(outlet: string, title: string, paragraphs: string[], canonical?: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${esc(outlet)}</title><meta property="og:site_name" content="${esc(outlet)}">${canonical ? `<link rel="canonical" href="${canonical}">` : ''}<meta property="article:published_time" content="2026-12-01T08:00:00Z"></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article><footer>© ${esc(outlet)}</footer></body></html>`;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rssFeed(origin: string, key: keyof typeof OUTLETS, fullText: boolean): string {
  const outlet = OUTLETS[key];
  const items = STORIES.map((story, i) => {
    const link = `${origin}/${outlet.slug}/${story.slug}.html`;
    const body = storyParagraphs(outlet.name, story.topic).map((p) => `<p>${p}</p>`).join('');
    return `<item><title>${xmlEscape(story.title)}</title><link>${i === 1 ? `/${outlet.slug}/${story.slug}.html?utm_source=rss` : link}</link><guid isPermaLink="false">${outlet.slug}-${i}</guid><pubDate>Tue, 01 Dec 2026 ${String(8 + i).padStart(2, '0')}:00:00 +0100</pubDate><description><![CDATA[<p>${story.title}.</p>]]></description>${fullText ? `<content:encoded><![CDATA[${body}]]></content:encoded>` : ''}</item>`;
  }).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${outlet.name}</title><link>${origin}/${outlet.slug}/</link><description>News</description>${items}</channel></rss>`;
}

function atomFeed(origin: string): string {
  const outlet = OUTLETS.northgate;
  const entries = STORIES.map((story, i) => `<entry><id>urn:northgate:${i}</id><title type="html">${xmlEscape(story.title)}</title><link rel="self" href="/${outlet.slug}/${story.slug}.atom"/><link rel="alternate" type="text/html" href="${story.slug}.html"/><published>2026-12-01T${String(8 + i).padStart(2, '0')}:00:00-05:00</published><updated>2026-12-01T1${i}:00:00Z</updated><summary>${xmlEscape(story.title)}</summary><author><name>Ana Ruiz</name></author></entry>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${origin}/${outlet.slug}/"><id>urn:northgate</id><title>${outlet.name}</title><updated>2026-12-01T12:00:00Z</updated><link rel="self" href="${origin}/feeds/northgate-atom.xml"/><link rel="alternate" href="${origin}/${outlet.slug}/"/>${entries}</feed>`;
}

function rdfFeed(origin: string): string {
  const outlet = OUTLETS.harbour;
  const items = STORIES.map((story) => `<item rdf:about="${origin}/${outlet.slug}/${story.slug}.html"><title>${xmlEscape(story.title)}</title><link>${origin}/${outlet.slug}/${story.slug}.html</link><description>${xmlEscape(story.title)}</description><dc:date>2026-12-01T09:00:00+05:45</dc:date></item>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${origin}/${outlet.slug}/"><title>${outlet.name}</title><link>${origin}/${outlet.slug}/</link><description>News</description></channel>${items}</rdf:RDF>`;
}

function entityBomb(origin: string): string {
  let entities = '<!ENTITY lol0 "lol">';
  for (let i = 1; i < 10; i++) entities += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>&lol9;</title><link>${origin}/</link><item><title>&lol9;</title><link>${origin}/nowhere.html</link><description>&lol9;</description></item></channel></rss>`;
}

/**
 * Generated feeds for the bench: `/gen/<n>.xml?items=50` lists that many summary-only items, each a page
 * `/gen/<n>/<i>.html` with its own text (so nothing dedupes away).
 */
function generatedFeed(origin: string, n: number, items: number): string {
  const list = Array.from({ length: items }, (_, i) => `<item><title>Outlet ${n} story ${i}</title><link>${origin}/gen/${n}/${i}.html</link><guid isPermaLink="false">gen-${n}-${i}</guid><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>Story ${i}.</description></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Generated Outlet ${n}</title><link>${origin}/gen/${n}/</link>${list}</channel></rss>`;
}

function generatedPage(n: number, i: number): string {
  const topic = `story ${i} of generated outlet ${n}, about district ${(n * 7 + i) % 97} and its ${['school', 'bridge', 'hospital', 'market', 'library'][i % 5]} plan number ${n * 1000 + i}`;
  return articleHtml(`Generated Outlet ${n}`, `Outlet ${n} story ${i}`, storyParagraphs(`Generated Outlet ${n}`, topic, 8));
}

function listen(handler: (req: IncomingMessage, res: ServerResponse, origin: string) => void): Promise<{ server: Server; origin: string }> {
  return new Promise((resolve) => {
    let origin = '';
    const server = createServer((req, res) => handler(req, res, origin));
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ server, origin });
    });
  });
}

/** The OPML names of the outlets' feeds (the collector stores their articles under these). */
const TITLES: Partial<Record<FeedName, string>> = {
  'valdera-rss-full': OUTLETS.valdera.name,
  'meridian-rss-summary': OUTLETS.meridian.name,
  'northgate-atom': OUTLETS.northgate.name,
  'harbour-rdf': OUTLETS.harbour.name,
};

/** Starts the feed server: the main host and the other host, each on an ephemeral port of 127.0.0.1. */
export async function startFeedServer(options: FeedServerOptions = {}): Promise<FeedServer> {
  const slowMs = options.slowMs ?? 3_000;
  const hugeBytes = options.hugeBytes ?? 8 * 1024 * 1024;
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let otherOrigin = '';

  const handle = (req: IncomingMessage, res: ServerResponse, origin: string) => {
    const url = new URL(req.url ?? '/', origin);
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      requests.push({ origin, method: req.method ?? 'GET', path: url.pathname + url.search, headers: req.headers, status });
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    const xml = (body: string) => send(200, 'application/rss+xml; charset=utf-8', body);
    const html = (body: string) => send(200, 'text/html; charset=utf-8', body);
    const path = url.pathname;
    if (origin === otherOrigin) {
      if (path === '/moved/feed.xml') return xml(rssFeed(origin, 'meridian', true));
      return send(404, 'text/plain', 'Not found');
    }
    switch (path) {
      case '/feeds/valdera-rss-full.xml':
        return xml(rssFeed(origin, 'valdera', true));
      case '/feeds/meridian-rss-summary.xml':
        return xml(rssFeed(origin, 'meridian', false));
      case '/feeds/northgate-atom.xml':
        return send(200, 'application/atom+xml; charset=utf-8', atomFeed(origin));
      case '/feeds/harbour-rdf.xml':
        return send(200, 'application/rdf+xml; charset=utf-8', rdfFeed(origin));
      case '/feeds/broken.xml':
        return xml('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item');
      case '/feeds/slow.xml': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          xml(rssFeed(origin, 'valdera', true));
        }, slowMs);
        timers.add(timer);
        return;
      }
      case '/feeds/huge.xml': {
        requests.push({ origin, method: req.method ?? 'GET', path, headers: req.headers, status: 200 });
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
        const chunk = `<item><title>${'x'.repeat(64 * 1024)}</title></item>`;
        let sent = 0;
        const pump = () => {
          while (sent < hugeBytes) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('</channel></rss>');
        };
        res.on('error', () => {});
        return pump();
      }
      case '/feeds/redirect.xml':
        return send(302, 'text/plain', 'Moved', { location: `${otherOrigin}/moved/feed.xml` });
      case '/feeds/redirect-away.xml':
        return send(301, 'text/plain', 'Moved', { location: `${otherOrigin.replace('127.0.0.1', 'localhost')}/moved/feed.xml` });
      case '/feeds/not-xml.xml':
        return html('<!doctype html><html><head><title>Feeds</title></head><body><p>Our feeds have moved.</p></body></html>');
      case '/feeds/entity-bomb.xml':
        return xml(entityBomb(origin));
    }
    const generatedFeedMatch = /^\/gen\/(\d+)\.xml$/.exec(path);
    if (generatedFeedMatch) return xml(generatedFeed(origin, Number(generatedFeedMatch[1]), Number(url.searchParams.get('items') ?? 50)));
    const generatedPageMatch = /^\/gen\/(\d+)\/(\d+)\.html$/.exec(path);
    if (generatedPageMatch) return html(generatedPage(Number(generatedPageMatch[1]), Number(generatedPageMatch[2])));
    for (const outlet of Object.values(OUTLETS)) {
      const story = STORIES.find((s) => path === `/${outlet.slug}/${s.slug}.html`);
      if (story) return html(articleHtml(outlet.name, story.title, storyParagraphs(outlet.name, story.topic), `${origin}${path}`));
    }
    return send(404, 'text/plain', 'Not found');
  };

  const main = await listen(handle);
  const other = await listen(handle);
  otherOrigin = other.origin;
  const names: FeedName[] = ['valdera-rss-full', 'meridian-rss-summary', 'northgate-atom', 'harbour-rdf', 'broken', 'slow', 'huge', 'redirect', 'not-xml', 'entity-bomb'];
  const feeds = Object.fromEntries(names.map((name) => [name, `${main.origin}/feeds/${name}.xml`])) as Record<FeedName, string>;

  return {
    origin: main.origin,
    otherOrigin,
    redirectAway: `${main.origin}/feeds/redirect-away.xml`,
    feeds,
    requests,
    opml(selected = names) {
      const outlines = selected.map((name) => `    <outline type="rss" text="${TITLES[name] ?? name}" xmlUrl="${feeds[name]}"/>`).join('\n');
      return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>Local test feeds</title></head>\n  <body>\n  <outline text="Local">\n${outlines}\n  </outline>\n  </body>\n</opml>\n`;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([main.server, other.server].map((s) => new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()); })));
    },
  };
}
