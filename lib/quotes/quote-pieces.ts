import type { Sentence } from '../types';

/** The part of one quoted remark that lies in one sentence. */
export interface QuotePiece {
  /** Index of the sentence (in the article's sentence list). */
  sentence: number;
  /** The quoted words, without the quote marks and without a trailing comma. */
  text: string;
  /** Offsets of `text` in the sentence's text. */
  start: number;
  end: number;
  /** Which remark the piece belongs to: pieces of a quote that runs over several sentences share it. */
  remark: number;
}

// Curly and guillemet marks say which way they face; a straight double quote opens when no quote is open.
const OPENING = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSING = new Set(['\u201D', '\u00BB']);
const STRAIGHT = '"';
// Single quotes are mostly apostrophes: they quote only in headlines, where outlets use them for double
// quotes (Fox: "Boehner: '1-in-3 chance' ..."), and only at a word's edge.
const SINGLE_OPENING = /['\u2018]/;
const SINGLE_CLOSING = /['\u2019]/;
const wordChar = /[\p{L}\p{N}]/u;
const ANY_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/g;
const ANY_MARK_HEADLINE = /["\u201C\u201D\u201E\u00AB\u00BB'\u2018\u2019]/g;

interface Span {
  start: number;
  end: number;
}

/**
 * Where quotes open and close in one sentence, given whether one is open when it starts: the quoted
 * spans (a span still open at the end runs to the sentence's end) and whether a quote is open after it.
 */
function quotedSpans(text: string, openAtStart: boolean, headline: boolean): { spans: Span[]; open: boolean } {
  const spans: Span[] = [];
  let from = openAtStart ? 0 : -1;
  let single = false;
  // Only the quote marks are looked at: most sentences have none, and no sentence has many.
  for (const m of text.matchAll(headline ? ANY_MARK_HEADLINE : ANY_MARK)) {
    const i = m.index;
    const ch = m[0];
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if (from < 0) {
      if (OPENING.has(ch) || ch === STRAIGHT) {
        from = i + 1;
        single = false;
      } else if (headline && SINGLE_OPENING.test(ch) && !wordChar.test(before) && wordChar.test(after)) {
        from = i + 1;
        single = true;
      }
    } else if (single ? SINGLE_CLOSING.test(ch) && !wordChar.test(after) : CLOSING.has(ch) || ch === STRAIGHT) {
      spans.push({ start: from, end: i });
      from = -1;
    }
  }
  if (from >= 0 && from < text.length) spans.push({ start: from, end: text.length });
  // A single quote left open in a headline was an apostrophe after all ("the Clintons' income").
  return { spans: single && from >= 0 ? spans.slice(0, -1) : spans, open: from >= 0 && !single };
}

/** The span trimmed of spaces and of a trailing comma, colon or dash (punctuation of the sentence, not the remark). */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/**
 * The quoted passages of an article, sentence by sentence: a quote that opens in one sentence and closes
 * in a later one of the same paragraph gives a piece in each (news quotes often run over several
 * sentences), all with one remark number. A quote still open at a paragraph's end stops there (the next
 * paragraph reopens it with a mark of its own, as news style does).
 * @example quotePieces(segmentSentences({ title: '', text: 'He said: "We won. We will win again." Then he left.' }))
 * // -> [{ sentence: 0, text: 'We won.', remark: 0, ... }, { sentence: 1, text: 'We will win again.', remark: 0, ... }]
 */
export function quotePieces(sentences: readonly Sentence[]): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let remark = -1;
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    const headline = s.kind === 'headline';
    if (headline || s.paragraph !== paragraph) open = false;
    paragraph = headline ? -1 : s.paragraph;
    const found = quotedSpans(s.text, open, headline);
    found.spans.forEach((span, k) => {
      // The first span continues the remark left open by the previous sentence; any other starts a new one.
      if (!(k === 0 && open)) remark++;
      const { start, end } = trimSpan(s.text, span);
      if (end > start) pieces.push({ sentence: s.index, text: s.text.slice(start, end), start, end, remark });
    });
    open = found.open;
  }
  return pieces;
}
