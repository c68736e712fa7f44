export type TokenKind = 'word' | 'number' | 'punct' | 'space';

/** A slice of a text: `text === source.slice(start, end)`, so highlights land exactly. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// Scripts written without spaces (Han, Hiragana, Katakana, Thai): every character is a token of its own,
// so a diff of Chinese or Japanese text still has words to align.
const unspacedScript = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}';
const spaceClass = '\\s\\u200B-\\u200D\\u2060\\uFEFF';
const pattern = new RegExp(
  [
    `[${spaceClass}]+`,
    // Numbers keep their thousands separators and decimals: "8,656" and "3.5" are one value.
    `\\p{N}+(?:[.,]\\p{N}+)*`,
    `[${unspacedScript}]`,
    // Words keep inner apostrophes ("Putin's", "don't") but not hyphens: "Jong-un" and "Jong Un" then share words.
    `[\\p{L}\\p{M}\\p{N}]+(?:['\\u2019\\u02BC][\\p{L}\\p{M}]+)*`,
    `[\\s\\S]`,
  ].join('|'),
  'gu',
);
// The kind is read off the first character: cheaper than capture groups on every token.
const spaceStart = new RegExp(`^[${spaceClass}]`, 'u');
const numberStart = /^\p{N}/u;
const wordStart = /^[\p{L}\p{M}]/u;

/**
 * Splits text into word, number, punctuation and whitespace tokens that cover it exactly, with offsets.
 * @example tokenize("Kim's 24 years.").map((t) => t.text) // -> ["Kim's", ' ', '24', ' ', 'years', '.']
 */
export function tokenize(text: string): readonly Token[] {
  if (text.length < CACHE_MIN_LENGTH) return scan(text);
  let tokens = cache.get(text);
  if (!tokens) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    tokens = scan(text);
    cache.set(text, tokens);
  }
  return tokens;
}

// One comparison reads each sentence several times (keys, diff, values, counts): tokenize it once.
// Bounded, so a long-lived page cannot grow it without end; the arrays are shared, never mutated.
// Short strings (diff fragments) are cheap to scan and would only push the sentences out.
const CACHE_LIMIT = 4_000;
const CACHE_MIN_LENGTH = 24;
const cache = new Map<string, readonly Token[]>();

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const t = m[0];
    // A token that starts with a digit is always the number alternative: it comes before words.
    const kind: TokenKind = spaceStart.test(t) ? 'space' : numberStart.test(t) ? 'number' : wordStart.test(t) ? 'word' : 'punct';
    tokens.push({ text: t, start: m.index, end: m.index + t.length, kind });
  }
  return tokens;
}

/**
 * The word and number tokens of a text, without spaces and punctuation.
 * @example words('U.S. troops, 24 of them').map((t) => t.text) // -> ['U', 'S', 'troops', '24', 'of', 'them']
 */
export function words(text: string): readonly Token[] {
  return tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'number');
}
