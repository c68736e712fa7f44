/** fast-check: the feed parser and OPML import never throw and always give a typed result, whatever the bytes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../lib/feeds/parse-feed';

const runs = Number(process.env.PROPERTY_RUNS ?? 300);

/** Fragments real feeds are made of, so the fuzzer reaches the item mapping and not only the XML reader's refusals. */
const piece = fc.constantFrom(
  '<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '</link>',
  '<guid isPermaLink="false">', '</guid>', '<pubDate>', '</pubDate>', '<description>', '</description>', '<![CDATA[', ']]>',
  '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>', '</entry>', '<link rel="alternate" href="', '"/>', '<content type="html">', '</content>',
  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">', '</rdf:RDF>',
  '&amp;', '&lt;', '&#0;', '&#xD800;', '&bogus;', '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>', '/relative', 'javascript:x', 'https://e.com/a', 'Mon, 01 Dec 2026 10:00:00 +9999',
);
const feedLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('parseFeed never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const result = parseFeed(text, 'https://e.com/feed');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: runs },
    );
  });

  it('on feed-shaped fragments, and every item it gives is well-formed', () => {
    fc.assert(
      fc.property(feedLike, fc.constantFrom('https://e.com/feed', 'http://e.com/x/y.rss'), (text, feedUrl) => {
        const result = parseFeed(text, feedUrl);
        if (!result.ok) {
          expect(result.reason).toBe('not-a-feed');
          return;
        }
        for (const item of result.feed.items) {
          expect(typeof item.title).toBe('string');
          if (item.link !== undefined) expect(item.link).toMatch(/^https?:\/\//);
          if (item.published !== undefined) expect(Number.isNaN(Date.parse(item.published))).toBe(false);
          for (const field of ['guid', 'summary', 'content', 'author'] as const) if (item[field] !== undefined) expect(typeof item[field]).toBe('string');
        }
      }),
      { numRuns: runs },
    );
  });
});
