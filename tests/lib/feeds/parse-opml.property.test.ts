import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../lib/feeds/parse-opml';

const runs = Number(process.env.PROPERTY_RUNS ?? 300);

const piece = fc.constantFrom(
  '<?xml version="1.0"?>', '<opml version="2.0">', '</opml>', '<head>', '</head>', '<title>', '</title>', '<body>', '</body>',
  '<outline text="A">', '</outline>', '<outline xmlUrl="https://e.com/f" text="F"/>', '<outline xmlurl="/rel"/>', '<outline type="rss" url="https://u.com/r"/>',
  '<outline category="/a/b,/c" xmlUrl="https://c.com/f"/>', '<outline xmlUrl="javascript:alert(1)"/>', '&amp;', '&bogus;', '"', '<', '>',
);
const opmlLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('parseOpml never throws', () => {
  it.each([
    ['arbitrary strings', fc.string({ maxLength: 400 })],
    ['OPML-shaped fragments', opmlLike],
  ])('on %s, and every subscription has an http(s) feed URL', (_name, input) => {
    fc.assert(
      fc.property(input, (text) => {
        const result = parseOpml(text);
        if (!result.ok) {
          expect(typeof result.message).toBe('string');
          return;
        }
        expect(result.subscriptions.length).toBeGreaterThan(0);
        for (const s of result.subscriptions) expect(s.feedUrl).toMatch(/^https?:\/\//);
        expect(new Set(result.subscriptions.map((s) => s.feedUrl)).size).toBe(result.subscriptions.length);
      }),
      { numRuns: runs },
    );
  });
});
