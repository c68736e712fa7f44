import { describe, expect, it } from 'vitest';
import { parseFeed, MAX_FEED_ITEMS } from '../../../lib/feeds/parse-feed';
import type { FeedItem } from '../../../lib/feeds/types';

const FEED_URL = 'https://news.example.com/feeds/world.xml';
const rss = (items: string, channel = '<title>Example News</title><link>https://news.example.com/</link>') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>${channel}${items}</channel></rss>`;
const atom = (entries: string, head = '<title>Atom News</title><link rel="alternate" href="https://atom.example.org/"/>', base = '') =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"${base}><id>urn:feed</id>${head}${entries}</feed>`;
const rdf = (items: string) =>
  `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel rdf:about="https://rdf.example.net/"><title>RDF News</title><link>https://rdf.example.net/</link><description>d</description></channel>${items}</rdf:RDF>`;

function firstItem(xml: string): FeedItem {
  const result = parseFeed(xml, FEED_URL);
  if (!result.ok) throw new Error(result.message);
  return result.feed.items[0] as FeedItem;
}

describe('parseFeed: real-world item quirks', () => {
  it.each<[string, string, Partial<FeedItem>]>([
    ['RSS: the basics', rss('<item><title>Floods</title><link>https://news.example.com/a</link><guid>https://news.example.com/a</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><description>Short.</description></item>'),
      { title: 'Floods', link: 'https://news.example.com/a', guid: 'https://news.example.com/a', published: '2003-06-10T04:00:00.000Z', summary: 'Short.' }],
    ['RSS: CDATA title with HTML', rss('<item><title><![CDATA[Floods <em>cut</em> the line & more]]></title><link>/a</link></item>'), { title: 'Floods cut the line & more' }],
    ['RSS: escaped HTML in the description stays HTML', rss('<item><title>T</title><link>/a</link><description>&lt;p&gt;One &amp;amp; two&lt;/p&gt;</description></item>'), { summary: '<p>One &amp; two</p>' }],
    ['RSS: CDATA HTML description', rss('<item><title>T</title><link>/a</link><description><![CDATA[<p>Para <a href="/x">link</a></p>]]></description></item>'), { summary: '<p>Para <a href="/x">link</a></p>' }],
    ['RSS: relative link against the channel link', rss('<item><title>T</title><link>/world/story-1</link></item>'), { link: 'https://news.example.com/world/story-1' }],
    ['RSS: relative link, no channel link: against the feed URL', rss('<item><title>T</title><link>story-2.html</link></item>', '<title>X</title>'), { link: 'https://news.example.com/feeds/story-2.html' }],
    ['RSS: missing guid', rss('<item><title>T</title><link>https://news.example.com/a</link></item>'), { guid: undefined, link: 'https://news.example.com/a' }],
    ['RSS: missing link, permalink guid stands in', rss('<item><title>T</title><guid>https://news.example.com/b</guid></item>'), { link: 'https://news.example.com/b', guid: 'https://news.example.com/b' }],
    ['RSS: isPermaLink="false" guid is never the link', rss('<item><title>T</title><guid isPermaLink="false">https://news.example.com/c</guid></item>'), { link: undefined, guid: 'https://news.example.com/c' }],
    ['RSS: non-URL guid', rss('<item><title>T</title><link>/a</link><guid>12345</guid></item>'), { guid: '12345', link: 'https://news.example.com/a' }],
    ['RSS: content:encoded is the full content', rss('<item><title>T</title><link>/a</link><description>Teaser</description><content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded></item>'), { summary: 'Teaser', content: '<p>Full text.</p>' }],
    ['RSS: dc:date instead of pubDate', rss('<item><title>T</title><link>/a</link><dc:date>2026-12-01T10:00:00+01:00</dc:date></item>'), { published: '2026-12-01T09:00:00.000Z' }],
    ['RSS: pubDate with an odd zone', rss('<item><title>T</title><link>/a</link><pubDate>Mon, 01 Dec 2026 10:00:00 +0545</pubDate></item>'), { published: '2026-12-01T04:15:00.000Z' }],
    ['RSS: unreadable pubDate is no date', rss('<item><title>T</title><link>/a</link><pubDate>gestern</pubDate></item>'), { published: undefined }],
    ['RSS: missing date', rss('<item><title>T</title><link>/a</link></item>'), { published: undefined }],
    ['RSS: author as email (name)', rss('<item><title>T</title><link>/a</link><author>jane@example.com (Jane Doe)</author></item>'), { author: 'Jane Doe' }],
    ['RSS: dc:creator', rss('<item><title>T</title><link>/a</link><dc:creator>John Roe</dc:creator></item>'), { author: 'John Roe' }],
    ['RSS: javascript: link dropped', rss('<item><title>T</title><link>javascript:alert(1)</link></item>'), { link: undefined }],
    ['RSS: missing title', rss('<item><link>/a</link></item>'), { title: '' }],
    ['RSS: numeric entities in the title', rss('<item><title>&#8220;Quoted&#8221;</title><link>/a</link></item>'), { title: '“Quoted”' }],
    ['Atom: link rel=alternate, not self', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><link rel="self" href="https://atom.example.org/1.atom"/><link rel="alternate" type="text/html" href="https://atom.example.org/1"/></entry>'),
      { guid: 'urn:1', link: 'https://atom.example.org/1' }],
    ['Atom: link without rel means alternate', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><link href="https://atom.example.org/2"/></entry>'), { link: 'https://atom.example.org/2' }],
    ['Atom: enclosure and edit links ignored', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><link rel="enclosure" href="https://atom.example.org/a.mp3"/><link rel="edit" href="https://atom.example.org/e"/></entry>'), { link: undefined }],
    ['Atom: HTML alternate preferred over another type', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><link rel="alternate" type="application/pdf" href="/1.pdf"/><link rel="alternate" type="text/html" href="/1"/></entry>', undefined, ' xml:base="https://atom.example.org/"'), { link: 'https://atom.example.org/1' }],
    ['Atom: relative link against xml:base', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><link href="posts/3"/></entry>', undefined, ' xml:base="https://base.example.org/blog/"'), { link: 'https://base.example.org/blog/posts/3' }],
    ['Atom: published preferred over updated', atom('<entry><id>urn:1</id><title>A</title><published>2026-11-30T10:00:00-05:00</published><updated>2026-12-01T10:00:00Z</updated></entry>'), { published: '2026-11-30T15:00:00.000Z' }],
    ['Atom: updated when no published', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00+09:00</updated></entry>'), { published: '2026-12-01T01:00:00.000Z' }],
    ['Atom: html title to text', atom('<entry><id>urn:1</id><title type="html">Big &lt;i&gt;news&lt;/i&gt;</title><updated>2026-12-01T10:00:00Z</updated></entry>'), { title: 'Big news' }],
    ['Atom: html content kept as HTML', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><content type="html">&lt;p&gt;Full&lt;/p&gt;</content></entry>'), { content: '<p>Full</p>' }],
    ['Atom: text content escaped into HTML', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><content type="text">1 &lt; 2 &amp; &lt;b&gt;</content></entry>'), { content: '1 &lt; 2 &amp; &lt;b&gt;' }],
    ['Atom: out-of-line content (src) is no content', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><content src="https://atom.example.org/c" type="text/html"/></entry>'), { content: undefined }],
    ['Atom: summary', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><summary type="html">&lt;p&gt;Sum&lt;/p&gt;</summary></entry>'), { summary: '<p>Sum</p>' }],
    ['Atom: author name', atom('<entry><id>urn:1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated><author><name>Ana</name></author></entry>'), { author: 'Ana' }],
    ['RDF: item with dc:date and about', rdf('<item rdf:about="https://rdf.example.net/1"><title>R1</title><link>https://rdf.example.net/1</link><description>D</description><dc:date>2026-12-01T10:00:00+01:00</dc:date><dc:creator>Rae</dc:creator></item>'),
      { guid: 'https://rdf.example.net/1', link: 'https://rdf.example.net/1', title: 'R1', summary: 'D', published: '2026-12-01T09:00:00.000Z', author: 'Rae' }],
    ['RDF: relative link', rdf('<item rdf:about="https://rdf.example.net/2"><title>R2</title><link>/2</link></item>'), { link: 'https://rdf.example.net/2' }],
    ['RDF: content:encoded', rdf('<item rdf:about="https://rdf.example.net/3"><title>R3</title><link>/3</link><content:encoded><![CDATA[<p>All</p>]]></content:encoded></item>'), { content: '<p>All</p>' }],
  ])('%s', (_name, xml, expected) => {
    const item = firstItem(xml);
    for (const [key, value] of Object.entries(expected)) expect(item[key as keyof FeedItem], key).toBe(value);
  });
});

describe('parseFeed: feeds', () => {
  it.each([
    ['rss', rss('<item><title>A</title><link>/a</link></item>'), 'Example News', 'https://news.example.com/'],
    ['atom', atom('<entry><id>1</id><title>A</title><updated>2026-12-01T10:00:00Z</updated></entry>'), 'Atom News', 'https://atom.example.org/'],
    ['rdf', rdf('<item rdf:about="https://rdf.example.net/1"><title>R</title><link>/1</link></item>'), 'RDF News', 'https://rdf.example.net/'],
  ])('%s: format, title and site', (format, xml, title, siteUrl) => {
    const result = parseFeed(xml, FEED_URL);
    expect(result).toMatchObject({ ok: true, feed: { format, title, siteUrl } });
  });

  it('keeps feed order and every item', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><title>T${i}</title><link>/a${i}</link></item>`).join('');
    const result = parseFeed(rss(items), FEED_URL);
    expect(result.ok && result.feed.items.map((i) => i.title)).toEqual(Array.from({ length: 30 }, (_, i) => `T${i}`));
  });

  it(`cuts a feed at ${MAX_FEED_ITEMS} items`, () => {
    const items = Array.from({ length: MAX_FEED_ITEMS + 50 }, (_, i) => `<item><title>T${i}</title><link>/a${i}</link></item>`).join('');
    const result = parseFeed(rss(items), FEED_URL);
    expect(result.ok && result.feed.items.length).toBe(MAX_FEED_ITEMS);
  });

  it('an empty channel is a feed with no items', () => {
    expect(parseFeed(rss(''), FEED_URL)).toMatchObject({ ok: true, feed: { items: [] } });
  });
});

describe('parseFeed: what is not a feed', () => {
  it.each([
    ['an HTML page', '<!doctype html><html><head><title>x</title></head><body><p>Hi</p></body></html>'],
    ['plain text', 'Service unavailable'],
    ['JSON', '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}'],
    ['truncated XML', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a'],
    ['other XML', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'],
    ['empty', ''],
    ['whitespace', '  \n '],
    ['too large', `<rss version="2.0"><channel><title>${'x'.repeat(7 * 1024 * 1024)}</title></channel></rss>`],
  ])('%s', (_name, text) => {
    const result = parseFeed(text, FEED_URL);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: 'not-a-feed' });
  });
});

describe('parseFeed: entity expansion', () => {
  /** "Billion laughs": ten levels of ten references, 10^9 "lol"s (3 GB) if entities were expanded. */
  const bomb = (() => {
    let entities = '<!ENTITY lol0 "lol">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
    return `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>&lol9;</title><link>https://x.example/</link><item><title>&lol9;</title><link>https://x.example/1</link><description>&lol9;&lol9;&lol9;</description></item></channel></rss>`;
  })();

  it('a billion-laughs feed parses in little time and memory, entities left unexpanded', () => {
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = parseFeed(bomb, FEED_URL);
    const ms = performance.now() - start;
    const grown = process.memoryUsage().heapUsed - before;
    expect(ms).toBeLessThan(1_000);
    expect(grown).toBeLessThan(50 * 1024 * 1024);
    expect(result.ok).toBe(true);
    const item = result.ok ? result.feed.items[0] : undefined;
    expect(item?.title).toBe('&lol9;');
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
  });

  it('an external entity (XXE) is refused, never read', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>';
    const result = parseFeed(xxe, FEED_URL);
    expect(result).toMatchObject({ ok: false, reason: 'not-a-feed' });
    expect(JSON.stringify(result)).not.toContain('root:');
  });
});
