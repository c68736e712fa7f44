/** A small invented news world for the collect tests: feeds and pages on a fake fetch. */
import type { Route } from './helpers';
import { articlePage } from './helpers';

export const longHtml = (topic: string) =>
  Array.from({ length: 8 }, (_, i) => `<p>${topic}, part ${i + 1}: officials said on Tuesday that the river had risen overnight and that the rail line would stay closed for days.</p>`).join('');

const rssItem = (i: { title: string; link?: string; guid?: string; date?: string; description?: string; content?: string }) =>
  `<item><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.description ? `<description><![CDATA[${i.description}]]></description>` : ''}${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`;

export const rss = (title: string, items: Parameters<typeof rssItem>[0][]) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>https://www.a.example/</link>${items.map(rssItem).join('')}</channel></rss>`;

export const xml = (body: string): Route => ({ headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body });
const html = (body: string): Route => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body });

export const routes: Record<string, Route> = {
  'https://feeds.a.example/full.xml': xml(
    rss('Alpha Full', [
      { title: 'Floods one', link: 'https://www.a.example/floods-1', guid: 'a-1', date: 'Tue, 01 Dec 2026 08:00:00 GMT', content: longHtml('Floods one') },
      { title: 'Floods two', link: '/floods-2?utm_source=rss', guid: 'a-2', date: 'Tue, 01 Dec 2026 09:00:00 +0100', content: longHtml('Floods two') },
      { title: 'Old story', link: 'https://www.a.example/old', guid: 'a-old', date: 'Mon, 01 Jun 2026 09:00:00 GMT', content: longHtml('Old story') },
    ]),
  ),
  'https://feeds.a.example/summary.xml': xml(
    rss('Alpha Summaries', [
      { title: 'Budget passed', link: 'https://www.a.example/budget', description: 'The council passed the budget.' },
      { title: 'Budget passed (tracking copy)', link: 'https://www.a.example/budget?utm_medium=feed#top', description: 'Same story.' },
      { title: 'Paywalled', link: 'https://www.a.example/paywalled', description: 'Teaser.' },
      { title: 'Forbidden', link: 'https://www.a.example/forbidden', description: 'Teaser.' },
      { title: 'Elsewhere', link: 'https://other.example/story', description: 'Teaser.' },
      { title: 'Canonical alias', link: 'https://www.a.example/alias', description: 'Teaser.' },
    ]),
  ),
  'https://www.a.example/budget': html(articlePage('Budget passed')),
  'https://www.a.example/paywalled': html('<!doctype html><html><head><title>P</title></head><body><article><h1>P</h1><p>Only a teaser of the story is here for the readers who did not pay, and it says that the council met.</p><p>Subscribe to continue reading.</p></article></body></html>'),
  'https://www.a.example/forbidden': { status: 403, body: 'Forbidden' },
  // The alias page names the budget story as its canonical URL: the same article under two addresses.
  'https://www.a.example/alias': html(articlePage('Budget passed', 6, '<link rel="canonical" href="https://www.a.example/budget">')),
  'https://feeds.b.example/blocked.xml': { status: 403 },
  'https://feeds.b.example/html.xml': html('<!doctype html><html><body>Not a feed</body></html>'),
  'https://feeds.b.example/broken.xml': xml('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x'),
};
