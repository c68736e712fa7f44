import { BULLET_MARKER } from './furniture-patterns';

/** Measurements of a line of text that the furniture rules decide on. */
export interface LineShape {
  words: number;
  /** Ends like a sentence (., !, ?, ; or a colon), ignoring closing quotes and brackets; an ellipsis does not count. */
  endsSentence: boolean;
  /** Starts with a bullet or a list number ("- ", "• ", "* ", "1. "). */
  bullet: boolean;
  /** Written in capitals (at least two letters, no lower case). */
  capitals: boolean;
}

const CLOSERS = /["'”’»)\]」』》\s]+$/u;
/** Han, kana: scripts written without spaces, where about two characters make a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Measures a line for the furniture rules: word count, sentence end, truncation, bullet, capitals.
 * @example lineShape('Recent Posts') // -> { words: 2, endsSentence: false, bullet: false, capitals: false }
 */
export function lineShape(line: string): LineShape {
  const text = line.trim();
  const bare = text.replace(CLOSERS, '');
  const last = bare.slice(-1);
  const ellipsis = /(…|\.\.\.)$/.test(bare);
  // An ellipsis ends a cut-off teaser, not a sentence.
  const endsSentence = !ellipsis && /[.!?:;。！？：；]/.test(last);
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w.replace(UNSPACED, ''))).length + Math.ceil((text.match(UNSPACED)?.length ?? 0) / 2),
    endsSentence,
    bullet: BULLET_MARKER.test(text),
    capitals: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}
