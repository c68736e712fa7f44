import { NUMBER_WORDS } from '../drift/value-words';
import { isStopWord } from '../text/stop-words';
import { tokenize, type Token } from '../text/tokenize';
import { americanSpelling } from '../text/word-key';

/** One word of a quote, as quote pairs are matched and cut. */
export interface QuoteWord {
  /** As written, with its offsets in the quote. */
  text: string;
  start: number;
  end: number;
  /** Case, apostrophes, brackets and British spelling folded: "[W]e" and "we" agree, so do "I’m" and "I'm". */
  fold: string;
  /** Not a function word: what a remark's wording is measured by. */
  content: boolean;
  /** A sentence or clause mark (. ! ? ; : , or a dash) stands between it and the word before. */
  breakBefore: boolean;
  /** An ellipsis stands between it and the word before: the quoting outlet marks a cut there. */
  ellipsisBefore: boolean;
  /** A bracketed insertion of the outlet's ("[Democrats]"), no word of the remark. */
  bracketed: boolean;
}

// Pronouns with a contracted verb say as little as the stop words do ("we've got", "I'd").
const CONTRACTIONS = new Set(
  "i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll you're they're that's there's what's let's don't doesn't didn't isn't aren't wasn't weren't can't won't wouldn't couldn't shouldn't".split(' '),
);
const CLAUSE_MARK = /[.!?;:,\u2014\u2013\u2026]|--|\s-\s/;
const ELLIPSIS = /\u2026|\.\s?\.\s?\./;

// Quotes repeat their words, and both articles quote the same remarks: each word is folded once (bounded).
const CACHE_LIMIT = 20_000;
const cache = new Map<string, { fold: string; content: boolean }>();

/** A word's fold and whether it is a content word. */
function folded(raw: string): { fold: string; content: boolean } {
  let entry = cache.get(raw);
  if (!entry) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const written = raw === '&' ? 'and' : raw.replace(/[[\].]/g, '').toLowerCase().replace(/[\u2019\u02BC]/g, "'");
    const plain = written.replace(/'/g, '');
    // Number words fold to digits: outlets write "one-in-three" and "1-in-3" for one remark.
    const fold = NUMBER_WORDS.get(plain) ?? americanSpelling(plain);
    entry = { fold, content: /^\d/.test(fold) || !(isStopWord(written) || CONTRACTIONS.has(written)) };
    cache.set(raw, entry);
  }
  return entry;
}

/**
 * The words of a quote with what matching and classifying need: folded form, whether it is a content
 * word, and whether a clause mark or an ellipsis stands before it.
 * @example quoteWords('[W]e went... home').map((w) => [w.fold, w.ellipsisBefore]) // -> [['we', false], ['went', false], ['home', true]]
 * @example quoteWords('the F.B.I. (agents) & us').map((w) => w.fold) // -> ['the', 'fbi', '(agents)', 'and', 'us']
 */
export function quoteWords(text: string): readonly QuoteWord[] {
  let words = quotes.get(text);
  if (!words) {
    if (quotes.size >= QUOTE_CACHE_LIMIT) quotes.clear();
    words = scan(text);
    quotes.set(text, words);
  }
  return words;
}

// Both articles often quote a remark in the same words, and the popup compares one page with several
// outlets: each quote is scanned once (bounded; the arrays are shared, never changed).
const QUOTE_CACHE_LIMIT = 2_000;
const quotes = new Map<string, readonly QuoteWord[]>();

/**
 * The quote's words from the engine's tokens (a scan it has mostly made already: quotes are parts of the
 * sentences). An editor's bracketed letters join their word ("[W]e"); a bracketed or parenthesised group
 * is one word, the editor's insertion ("[Democrats]", "(Libyan strongman Muammar)"); an initialism is one
 * word ("F.B.I."); "&" is a word ("good & bad").
 */
function scan(text: string): QuoteWord[] {
  const tokens = tokenize(text);
  const out: QuoteWord[] = [];
  let between = '';
  const push = (start: number, end: number, raw: string, bracketed: boolean) => {
    const { fold, content } = folded(raw);
    out.push({
      text: text.slice(start, end),
      start,
      end,
      fold,
      content: !bracketed && content,
      breakBefore: out.length > 0 && CLAUSE_MARK.test(between),
      ellipsisBefore: out.length > 0 && ELLIPSIS.test(between),
      bracketed,
    });
    between = '';
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' || t.kind === 'number') {
      // An initialism: single letters each followed by a stop, written together ("F.B.I.").
      let j = k;
      while (tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'word' && (tokens[j] as Token).text.length === 1 && (tokens[j + 2] as Token).text.length === 1) j += 2;
      if (j > k) {
        const end = tokens[j + 1]?.text === '.' ? (tokens[j + 1] as Token).end : (tokens[j] as Token).end;
        push(t.start, end, text.slice(t.start, end), false);
        k = tokens[j + 1]?.text === '.' ? j + 1 : j;
        continue;
      }
      push(t.start, t.end, t.text, false);
      continue;
    }
    if (t.text === '[' || t.text === '(') {
      const close = t.text === '[' ? ']' : ')';
      let j = k + 1;
      while (j < tokens.length && (tokens[j] as Token).text !== close) j++;
      if (j < tokens.length) {
        const inside = text.slice(t.end, (tokens[j] as Token).start);
        const after = tokens[j + 1];
        // "[W]e": the editor's letters complete the word written right after them.
        if (t.text === '[' && /^[\p{L}\p{N}]+$/u.test(inside) && after && (after.kind === 'word' || after.kind === 'number') && after.start === (tokens[j] as Token).end) {
          push(t.start, after.end, inside + after.text, false);
          k = j + 1;
          continue;
        }
        push(t.start, (tokens[j] as Token).end, text.slice(t.start, (tokens[j] as Token).end), true);
        k = j;
        continue;
      }
    }
    if (t.text === '&') {
      push(t.start, t.end, '&', false);
      continue;
    }
    between += t.text;
  }
  return out;
}
