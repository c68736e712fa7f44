import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/feeds/decode-text';

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    ['UTF-8 by default', utf8('<rss>Café</rss>'), '', '<rss>Café</rss>'],
    ['charset in the header', latin1('<rss>Café</rss>'), 'application/rss+xml; charset=ISO-8859-1', '<rss>Café</rss>'],
    ['quoted charset in the header', latin1('<rss>Café</rss>'), 'text/xml; charset="windows-1252"', '<rss>Café</rss>'],
    ['encoding in the XML prolog', latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Café</rss>'), 'application/xml', '<?xml version="1.0" encoding="ISO-8859-1"?><rss>Café</rss>'],
    ['meta charset in a page', latin1('<html><head><meta charset="iso-8859-1"></head><body>Café</body></html>'), 'text/html', '<html><head><meta charset="iso-8859-1"></head><body>Café</body></html>'],
    ['a BOM wins over a wrong header', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<rss>Café</rss>')]), 'text/xml; charset=iso-8859-1', '<rss>Café</rss>'],
    ['an unknown charset label falls back', utf8('<rss>Café</rss>'), 'text/xml; charset=x-no-such', '<rss>Café</rss>'],
    ['bad UTF-8 bytes become U+FFFD, no throw', Uint8Array.from([0x3c, 0xff, 0x3e]), 'text/xml; charset=utf-8', '<\uFFFD>'],
  ])('%s', (_name, bytes, contentType, expected) => {
    expect(decodeText(bytes, contentType)).toBe(expected);
  });
});
