import { NUMBER_WORDS } from '../drift/value-words';
import { isStopWord } from '../text/stop-words';
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

// A word may carry an editor's bracketed letters ("[W]e"); a bracketed or parenthesised group is the
// editor's insertion ("[Democrats]", "(Libyan strongman Muammar)"); an initialism is one word ("F.B.I.");
// "&" is a word ("good & bad").
const wordPattern =
  /(?:\p{L}\.){2,}|(?:\[[\p{L}\p{N}]+\])?[\p{L}\p{N}]+(?:[.,]\p{N}+)*(?:['\u2019\u02BC][\p{L}]+)*(?:\[[\p{L}\p{N}]+\])?|\[[^\]]*\]|\([^)]*\)|&/gu;
// Pronouns with a contracted verb say as little as the stop words do ("we've got", "I'd").
const CONTRACTIONS = new Set(
  "i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll you're they're that's there's what's let's don't doesn't didn't isn't aren't wasn't weren't can't won't wouldn't couldn't shouldn't".split(' '),
);
const clauseMark = /[.!?;:,\u2014\u2013\u2026]|--|\s-\s/;
const ellipsis = /\u2026|\.\s?\.\s?\./;

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

function scan(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(wordPattern)) {
    const raw = m[0];
    const between = text.slice(previousEnd, m.index);
    const bracketed = /^(?:\[.*\]|\(.*\))$/.test(raw);
    const { fold, content } = folded(raw);
    out.push({
      text: raw,
      start: m.index,
      end: m.index + raw.length,
      fold,
      content: !bracketed && content,
      breakBefore: out.length > 0 && clauseMark.test(between),
      ellipsisBefore: out.length > 0 && ellipsis.test(between),
      bracketed,
    });
    previousEnd = m.index + raw.length;
  }
  return out;
}
