const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
  }
  return NAMED[body] ?? entity;
}

/**
 * Plain text from a short HTML fragment such as a feed title ("A &lt;b&gt;bold&lt;/b&gt; move"): tags
 * dropped, the common entities decoded (an unknown one stays as written), whitespace collapsed. Only for
 * short strings that end up as text; article bodies go through a DOM parser and the extraction rules.
 * @example htmlToPlainText('Tom &amp; Jerry <b>return</b>') // -> 'Tom & Jerry return'
 */
export function htmlToPlainText(html: string | undefined): string {
  if (!html) return '';
  return html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => decodeEntity(entity, body))
    .replace(/\s+/g, ' ')
    .trim();
}
