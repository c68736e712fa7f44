/**
 * Characters that differ between outlets' typesetting but not in meaning. Each maps to its plain form.
 * Kept as data so the whole table is tested (tests/lib/text/normalize-text.test.ts).
 */
export const TYPOGRAPHIC_EQUIVALENTS: ReadonlyArray<readonly [string, string]> = [
  ['\u2018', "'"], ['\u2019', "'"], ['\u201A', "'"], ['\u201B', "'"], ['\u2032', "'"], ['\u02BC', "'"],
  ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u201F', '"'], ['\u2033', '"'], ['\u00AB', '"'], ['\u00BB', '"'],
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2015', '-'], ['\u2212', '-'],
  ['\u2026', '...'],
];

const equivalents = new Map(TYPOGRAPHIC_EQUIVALENTS);
const typographic = new RegExp(`[${TYPOGRAPHIC_EQUIVALENTS.map(([from]) => from).join('')}]`, 'g');
// Zero-width characters and the soft hyphen are invisible in the page but break word matching.
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const spaces = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const nonAscii = /[\u0080-\uFFFF]/;

/**
 * Folds text to a canonical form for comparison: NFKC, straight quotes, plain hyphens, no invisible
 * characters, single spaces. Case is kept: callers decide whether case matters.
 * @example normalizeText('“Kim’s  visit” — today\u200B') // -> '"Kim\'s visit" - today'
 */
export function normalizeText(text: string): string {
  // Every folded character is outside ASCII, and NFKC leaves ASCII as it is: plain text only has its spaces to fold.
  if (!nonAscii.test(text)) return text.replace(spaces, ' ').trim();
  const fold = (s: string) => s.replace(typographic, (c) => equivalents.get(c) ?? c);
  // Folded before NFKC too, which would otherwise turn a double prime into two primes.
  return fold(fold(text).normalize('NFKC'))
    .replace(invisible, '')
    .replace(spaces, ' ')
    .trim();
}
