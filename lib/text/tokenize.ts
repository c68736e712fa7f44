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
const pattern = new RegExp(
  [
    `(?<space>[\\s\\u200B-\\u200D\\u2060\\uFEFF]+)`,
    // Numbers keep their thousands separators and decimals: "8,656" and "3.5" are one value.
    `(?<number>\\p{N}+(?:[.,]\\p{N}+)*)`,
    `(?<unspaced>[${unspacedScript}])`,
    // Words keep inner apostrophes ("Putin's", "don't") but not hyphens: "Jong-un" and "Jong Un" then share words.
    `(?<word>[\\p{L}\\p{M}\\p{N}]+(?:['\\u2019\\u02BC][\\p{L}\\p{M}]+)*)`,
    `(?<punct>[\\s\\S])`,
  ].join('|'),
  'gu',
);

/**
 * Splits text into word, number, punctuation and whitespace tokens that cover it exactly, with offsets.
 * @example tokenize("Kim's 24 years.").map((t) => t.text) // -> ["Kim's", ' ', '24', ' ', 'years', '.']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(pattern)) {
    const groups = match.groups ?? {};
    const kind: TokenKind = groups.space ? 'space' : groups.number ? 'number' : groups.word || groups.unspaced ? 'word' : 'punct';
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, kind });
  }
  return tokens;
}

/**
 * The word and number tokens of a text, without spaces and punctuation.
 * @example words('U.S. troops, 24 of them').map((t) => t.text) // -> ['U', 'S', 'troops', '24', 'of', 'them']
 */
export function words(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'number');
}
