import { CONTRACTIONS } from './contractions';

/** The letters a passage spells, each contraction in each of its readings ("they're" -> "theyare"). */
function spellings(passage: string): string[] {
  let out = [''];
  // Bracketed insertions are the outlet's, no words of the remark.
  const words = passage.replace(/\[[^\]]*\]/g, ' ').toLowerCase().replace(/[\u2019\u02BC]/g, "'").split(/\s+/);
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\p{N}*]+|[^\p{L}\p{N}*]+$/gu, '');
    const readings = CONTRACTIONS.get(bare) ?? [bare];
    out = out.flatMap((s) => readings.map((r) => s + r.replace(/[^\p{L}\p{N}*]/gu, '')));
  }
  return out;
}

/** A censored spelling ("f***ing") as a pattern the full word and other censorings fit ("F**king", "fucking"). */
function censored(spelling: string): RegExp {
  return new RegExp(`^${spelling.replace(/\*+/g, '[\\p{L}*]+')}$`, 'u');
}

/**
 * Whether two passages of a quote spell the same words the way outlets differ in style only: a
 * contraction written out ("They're" / "They are"), a compound written as one word or two ("workforce" /
 * "work force"), a word censored with asterisks ("f***ing" / "F**king"). Case, punctuation and bracketed
 * insertions aside. Anything else is other words.
 * @example sameWording("They're followers", 'They are followers') // -> true
 * @example sameWording('greatly', 'highly') // -> false
 */
export function sameWording(a: string, b: string): boolean {
  const xs = spellings(a);
  const ys = spellings(b);
  for (const x of xs) {
    for (const y of ys) {
      if (x === y) return true;
      if ((x.includes('*') && censored(x).test(y)) || (y.includes('*') && censored(y).test(x))) return true;
    }
  }
  return false;
}
