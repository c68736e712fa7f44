/** Where a charset is declared: the Content-Type header, an XML prolog, an HTML meta tag (first 1 KB). */
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/**
 * Bytes of a feed or page as text: a byte-order mark first, then the charset the header declares, then the
 * one the document declares (XML prolog, HTML meta), then UTF-8. Unknown labels fall through to the next;
 * bad bytes become U+FFFD, never an exception (European feeds still send ISO-8859-1 and windows-1252).
 * @example decodeText(new TextEncoder().encode('<rss/>'), 'application/rss+xml; charset=utf-8') // -> '<rss/>'
 */
export function decodeText(bytes: Uint8Array, contentType: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  // The declaration is ASCII in every encoding a feed uses, so the head read as Latin-1 finds it.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const decoder =
    decoderFor(bom) ??
    decoderFor(HEADER_CHARSET.exec(contentType)?.[1]) ??
    decoderFor(XML_ENCODING.exec(head)?.[1]) ??
    decoderFor(META_CHARSET.exec(head)?.[1]) ??
    new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
