import type { LineKind, TextLine } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never text a reader sees as article prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'button', 'select', 'option', 'textarea', 'input', 'svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head']);
/** Elements that start a new line. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'figcaption', 'hr', 'address',
  'details', 'summary', 'center', 'form', 'fieldset', 'caption',
]);
const HEADING = /^h[1-6]$/;
/** A line whose text is this much link text is a link, not prose (related stories, "more" links). */
const LINKISH_SHARE = 0.9;

interface Buffer {
  text: string;
  linkChars: number;
}

class LineWriter {
  readonly lines: TextLine[] = [];
  private buffer: Buffer = { text: '', linkChars: 0 };
  private linkDepth = 0;

  add(text: string): void {
    this.buffer.text += text;
    if (this.linkDepth > 0) this.buffer.linkChars += text.replace(/\s+/g, '').length;
  }

  flush(kind: LineKind): void {
    const text = this.buffer.text.replace(/[\s\u200b]+/g, ' ').trim();
    if (text) {
      const chars = text.replace(/\s+/g, '').length;
      const line: TextLine = { text, kind };
      if (this.buffer.linkChars >= chars * LINKISH_SHARE) line.linkish = true;
      this.lines.push(line);
    }
    this.buffer = { text: '', linkChars: 0 };
  }

  walk(node: Node, kind: LineKind): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        this.add(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const tag = element.tagName.toLowerCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        this.flush(kind);
        continue;
      }
      if (tag === 'td' || tag === 'th') this.add(' ');
      if (!BLOCK.has(tag)) {
        if (tag === 'a') this.linkDepth++;
        this.walk(element, kind);
        if (tag === 'a') this.linkDepth--;
        continue;
      }
      this.flush(kind);
      const inner: LineKind = tag === 'li' ? 'item' : HEADING.test(tag) ? 'heading' : kind;
      this.walk(element, inner);
      this.flush(inner);
    }
  }
}

/**
 * Reads an element's text as lines: one per paragraph, subhead or list item, in document order,
 * with whitespace collapsed, line breaks (<br>) splitting paragraphs, and lines that are nearly all
 * link text marked `linkish`.
 * @example elementToLines(div) // div: <div><h2>Key points</h2><ul><li>One</li></ul><p>Body.</p></div>
 * // -> [{ text: 'Key points', kind: 'heading' }, { text: 'One', kind: 'item' }, { text: 'Body.', kind: 'paragraph' }]
 */
export function elementToLines(root: Node): TextLine[] {
  const writer = new LineWriter();
  writer.walk(root, 'paragraph');
  writer.flush('paragraph');
  return writer.lines;
}
