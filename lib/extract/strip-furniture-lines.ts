import { FURNITURE_LINES, LIST_LABELS, TIMESTAMP_LINES, type FurniturePattern } from './furniture-patterns';
import { lineShape } from './line-shape';
import type { TextLine } from './types';

/** Labels are short; a long line that starts like one is a sentence. */
const MAX_LABEL_CHARS = 60;
/** A cut-off teaser summary is longer than a headline and does not end a sentence. */
const MIN_CUT_TEASER_WORDS = 20;
/** Headlines in a teaser list are short. */
const MAX_TEASER_HEADLINE_WORDS = 24;
/** Byline names and outlet tags left at the end are a few words without a full stop. */
const MAX_TRAILING_WORDS = 5;

const matches = (table: readonly FurniturePattern[], text: string) => table.some((entry) => entry.pattern.test(text));
const isLabel = (line: TextLine) => line.text.length <= MAX_LABEL_CHARS && matches(LIST_LABELS, line.text);
/** A bare URL is a link the author wrote into the text (a source, a shop), not a teaser headline. */
const BARE_URL = /^(https?:\/\/|www\.)\S+$/;
const isLinkLine = (line: TextLine) => line.linkish === true && line.kind !== 'item' && !BARE_URL.test(line.text);
const isFurniture = (line: TextLine) => matches(FURNITURE_LINES, line.text) || isLinkLine(line);

/**
 * Marks which lines belong to a run of teasers: computed from the end backwards, because a short
 * headline-like line is a teaser only when what follows it is one too (otherwise it is a subhead).
 */
function teaserRun(lines: readonly TextLine[]): boolean[] {
  const teaser = new Array<boolean>(lines.length).fill(false);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as TextLine;
    const next = lines[i + 1];
    const shape = lineShape(line.text);
    const strong =
      line.kind === 'item' ||
      shape.bullet ||
      (line.linkish === true && !BARE_URL.test(line.text)) ||
      isFurniture(line) ||
      isLabel(line) ||
      (next !== undefined && matches(TIMESTAMP_LINES, next.text)) ||
      (!shape.endsSentence && shape.words >= MIN_CUT_TEASER_WORDS);
    const headlineLike = !shape.endsSentence && shape.words <= MAX_TEASER_HEADLINE_WORDS;
    teaser[i] = strong || (headlineLike && (next === undefined || teaser[i + 1] === true));
  }
  return teaser;
}

/**
 * Removes page furniture from the body lines of an article: furniture lines (ads, prompts, credits,
 * timestamps), list labels ("Also Read", "Recent Posts") with the run of teasers after them, and
 * short non-sentences left at the very end (a byline name, an outlet tag). Subheads, bullets and
 * quotes followed by body text are kept. Used for both HTML and plain text, so both agree.
 * @example stripFurnitureLines([{ text: 'Kim met Putin.', kind: 'paragraph' }, { text: 'Advertisement', kind: 'paragraph' }])
 * // -> [{ text: 'Kim met Putin.', kind: 'paragraph' }]
 */
export function stripFurnitureLines(lines: readonly TextLine[]): TextLine[] {
  const teaser = teaserRun(lines);
  const kept: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (isLabel(line)) {
      i++;
      while (i < lines.length && teaser[i]) i++;
      i--;
      continue;
    }
    if (!isFurniture(line)) kept.push(line);
  }
  // A subhead needs body after it: short non-sentences at the very end are bylines and tags.
  for (let last = kept.at(-1); last && last.kind !== 'item'; last = kept.at(-1)) {
    const shape = lineShape(last.text);
    if (shape.endsSentence || shape.words > MAX_TRAILING_WORDS) break;
    kept.pop();
  }
  return kept;
}
