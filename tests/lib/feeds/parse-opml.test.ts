import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../lib/feeds/parse-opml';

const opml = (body: string, head = '<head><title>My feeds</title></head>') => `<?xml version="1.0" encoding="UTF-8"?><opml version="2.0">${head}<body>${body}</body></opml>`;

describe('parseOpml', () => {
  it.each([
    ['a flat list', opml('<outline type="rss" text="BBC" title="BBC News" xmlUrl="https://feeds.bbci.co.uk/news/rss.xml" htmlUrl="https://www.bbc.co.uk/news"/>'),
      [{ feedUrl: 'https://feeds.bbci.co.uk/news/rss.xml', title: 'BBC News', siteUrl: 'https://www.bbc.co.uk/news' }]],
    ['nested folders become a category path', opml('<outline text="News"><outline text="Europe"><outline text="Le Monde" xmlUrl="https://www.lemonde.fr/rss/une.xml"/></outline></outline>'),
      [{ feedUrl: 'https://www.lemonde.fr/rss/une.xml', title: 'Le Monde', categories: ['News/Europe'] }]],
    ['category attribute paths', opml('<outline text="A" xmlUrl="https://a.example/f" category="/World/Europe, /Politics"/>'),
      [{ feedUrl: 'https://a.example/f', title: 'A', categories: ['World/Europe', 'Politics'] }]],
    ['missing title and text', opml('<outline xmlUrl="https://a.example/f"/>'), [{ feedUrl: 'https://a.example/f' }]],
    ['title only in text', opml('<outline text="Only text" xmlUrl="https://a.example/f"/>'), [{ feedUrl: 'https://a.example/f', title: 'Only text' }]],
    ['lower-case xmlurl and htmlurl', opml('<outline text="L" xmlurl="https://l.example/f" htmlurl="https://l.example/"/>'), [{ feedUrl: 'https://l.example/f', siteUrl: 'https://l.example/' }]],
    ['upper-case XMLURL', opml('<outline text="U" XMLURL="https://u.example/f"/>'), [{ feedUrl: 'https://u.example/f' }]],
    ['type="rss" with url instead of xmlUrl', opml('<outline type="rss" text="R" url="https://r.example/rss"/>'), [{ feedUrl: 'https://r.example/rss' }]],
    ['type="link" url is a web page, not a feed', opml('<outline type="link" text="L" url="https://l.example/"/><outline text="F" xmlUrl="https://f.example/f"/>'), [{ feedUrl: 'https://f.example/f' }]],
    ['entities in names decoded', opml('<outline text="Tom &amp; Jerry &lt;News&gt;" xmlUrl="https://t.example/f?a=1&amp;b=2"/>'), [{ feedUrl: 'https://t.example/f?a=1&b=2', title: 'Tom & Jerry <News>' }]],
    ['the same feed in two folders: one subscription, both categories', opml('<outline text="A"><outline text="X" xmlUrl="https://x.example/f"/></outline><outline text="B"><outline text="X" xmlUrl="https://x.example/f"/></outline>'),
      [{ feedUrl: 'https://x.example/f', categories: ['A', 'B'] }]],
    ['untitled folder', opml('<outline><outline text="X" xmlUrl="https://x.example/f"/></outline>'), [{ feedUrl: 'https://x.example/f', categories: ['Untitled'] }]],
    ['javascript: and relative URLs skipped', opml('<outline text="J" xmlUrl="javascript:alert(1)"/><outline text="R" xmlUrl="/feed"/><outline text="OK" xmlUrl="http://ok.example/f"/>'), [{ feedUrl: 'http://ok.example/f' }]],
    ['OPML 1.0 without head', '<opml version="1.0"><body><outline text="A" xmlUrl="https://a.example/f"/></body></opml>', [{ feedUrl: 'https://a.example/f' }]],
  ])('%s', (_name, xml, expected) => {
    const result = parseOpml(xml);
    expect(result.ok).toBe(true);
    expect(result.ok && result.subscriptions).toMatchObject(expected);
    expect(result.ok && result.subscriptions.length).toBe(expected.length);
  });

  it('reads the head title', () => {
    expect(parseOpml(opml('<outline xmlUrl="https://a.example/f"/>'))).toMatchObject({ ok: true, title: 'My feeds' });
  });

  it.each([
    ['an RSS feed', '<rss version="2.0"><channel><title>x</title></channel></rss>', /not an OPML/],
    ['an HTML page', '<!doctype html><html><body>x</body></html>', /not an OPML/],
    ['truncated OPML', '<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/f"', /not an OPML|lists no feed/],
    ['OPML without feeds', opml('<outline text="Just a note"/>'), /lists no feed/],
    ['empty', '', /empty/],
  ])('refuses %s with one sentence', (_name, xml, message) => {
    const result = parseOpml(xml);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
