import { FURNITURE_LINES, LEADING_LINES, LIST_LABELS } from './furniture-patterns';
import { joinLines } from './join-lines';
import { lineShape } from './line-shape';
import { splitTextLines } from './split-text-lines';
import { stripFurnitureLines } from './strip-furniture-lines';
import type { TextLine } from './types';

/** A headline has a few words and is not a paragraph. */
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 30;
/** A kicker in capitals above the headline ("BREAKING", "WORLD NEWS") is this short. */
const MAX_KICKER_WORDS = 4;
/** "… the U.S." / "… G.O.P.": the final dot belongs to initials, not to a sentence. */
const INITIALS_AT_END = /(^|[\s(])(\p{Lu}\.){2,}["'”’)]*$/u;

const isLeadingFurniture = (line: TextLine) => {
  const shape = lineShape(line.text);
  return (
    line.kind === 'item' ||
    [...FURNITURE_LINES, ...LIST_LABELS, ...LEADING_LINES].some((entry) => entry.pattern.test(line.text)) ||
    shape.words < MIN_HEADLINE_WORDS ||
    (shape.capitals && shape.words <= MAX_KICKER_WORDS)
  );
};

const looksLikeHeadline = (line: TextLine) => {
  const shape = lineShape(line.text);
  // Headlines end without a full stop (a question mark, or initials such as "U.S.", are fine); a sentence is body.
  const stop = /[.:;,]["'”’)]*$/u.test(line.text) && !INITIALS_AT_END.test(line.text);
  return shape.words >= MIN_HEADLINE_WORDS && shape.words <= MAX_HEADLINE_WORDS && !stop;
};

const sameText = (a: string, b: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Turns raw page text (pasted or saved) into headline + body: drops the furniture above the headline
 * (section labels, breadcrumbs, dates, read times), takes the first headline-like line as the title,
 * and strips furniture from the body with the same rules as HTML extraction. Subheads, bullets and
 * quotes are kept; bullets are written as "- " lines.
 * @example cleanArticleText('World\n\nKim greets Putin in Pyongyang\n\nPutin arrived early on Wednesday.\n\nAdvertisement')
 * // -> { title: 'Kim greets Putin in Pyongyang', text: 'Putin arrived early on Wednesday.' }
 */
export function cleanArticleText(text: string): { title: string; text: string } {
  const lines = splitTextLines(text);
  let start = 0;
  while (start < lines.length && isLeadingFurniture(lines[start] as TextLine)) start++;
  const first = lines[start];
  // No headline-like line (a pasted passage starting mid-article): keep every line as body.
  if (!first || !looksLikeHeadline(first)) return { title: '', text: joinLines(stripFurnitureLines(lines.slice(start))) };
  const body = stripFurnitureLines(lines.slice(start + 1).filter((line) => !sameText(line.text, first.text)));
  return { title: first.text, text: joinLines(body) };
}
