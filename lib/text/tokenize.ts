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
  'uy',
);
// The kind of a token the pattern matched is read off its first character: cheaper than capture groups.
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

// ASCII character classes, by char code: what the pattern's classes say about ASCII characters.
const OTHER = 0;
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  asciiClass[c] = /\s/.test(ch) ? SPACE : /[0-9]/.test(ch) ? DIGIT : /[A-Za-z]/.test(ch) ? LETTER : OTHER;
}
const classOf = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c < 128 ? (asciiClass[c] as number) : -1;
};

/**
 * Scans ASCII runs by hand (most of a news text) and leaves every token that touches a non-ASCII
 * character, or an apostrophe, to the pattern: the tokens are exactly the pattern's, found without a
 * regular expression match per token.
 */
function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const cls = classOf(text, i);
    let kind: TokenKind | undefined;
    if (cls === SPACE) {
      do i++;
      while (i < n && classOf(text, i) === SPACE);
      if (i === n || text.charCodeAt(i) < 128) kind = 'space';
    } else if (cls === DIGIT) {
      do i++;
      while (i < n && classOf(text, i) === DIGIT);
      // A separator continues the number only before another digit: "3.5", not "3." at a sentence end.
      for (let c = text.charCodeAt(i); (c === 46 || c === 44) && classOf(text, i + 1) === DIGIT; c = text.charCodeAt(i)) {
        i += 2;
        while (i < n && classOf(text, i) === DIGIT) i++;
      }
      if (i === n || (text.charCodeAt(i) < 128 && !(classOf(text, i + 1) === -1 && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44)))) kind = 'number';
    } else if (cls === LETTER) {
      do i++;
      while (i < n && classOf(text, i) >= DIGIT);
      if (i === n || (text.charCodeAt(i) < 128 && text.charCodeAt(i) !== 39)) kind = 'word';
    } else if (cls === OTHER) {
      i++;
      kind = 'punct';
    }
    if (kind) {
      tokens.push({ text: text.slice(start, i), start, end: i, kind });
      continue;
    }
    pattern.lastIndex = start;
    const t = (pattern.exec(text) as RegExpExecArray)[0];
    // A token that starts with a digit is always the number alternative: it comes before words.
    kind = spaceStart.test(t) ? 'space' : numberStart.test(t) ? 'number' : wordStart.test(t) ? 'word' : 'punct';
    i = start + t.length;
    tokens.push({ text: t, start, end: i, kind });
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
