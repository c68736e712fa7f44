import type { Sentence, SentenceKind } from '../types';
import { BEFORE_NUMBER_ONLY, NON_TERMINAL_ABBREVIATIONS, STATE_ABBREVIATIONS } from './abbreviations';
import { isStopWord } from './stop-words';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

const bulletMarker = /^(?:[-\u2013\u2022*\u00B7\u25AA\u25CF\u25E6]|\d{1,2}[.)])\s+/u;
// A line that ends without sentence punctuation is a subhead, label or headline, not part of a sentence.
const terminalPunctuation = /[.!?\u2026:;"'\u201D\u2019\u00BB)\]\u3002\uFF01\uFF1F]$/u;
const HEADING_MAX_WORDS = 25;

// The word before a final stop starts the text or follows a space, a bracket or a hyphen ("D-Nev.").
const stoppedWord = /(?:^|[\s(-])([\p{L}.]+)\.$/u;
// An initialism: letters each followed by a stop, the last stop being the one that may end the sentence ("U.S", "F.B.I").
const initialism = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * What `stoppedWord` captures, read backwards from the final stop while the characters are ASCII (a
 * sentence is long, the word short): the letters and dots before the stop, when they start the text
 * or follow a space or bracket. Any other character than ASCII leaves it to the pattern.
 */
function wordBeforeStop(before: string): string | undefined {
  const stop = before.length - 1;
  if (before.charCodeAt(stop) !== 46) return undefined;
  let k = stop;
  for (; k > 0; k--) {
    const c = before.charCodeAt(k - 1);
    if (c >= 128) return stoppedWord.exec(before)?.[1];
    const lower = c | 32;
    if (c !== 46 && (lower < 97 || lower > 122)) break;
  }
  if (k === stop) return undefined;
  const boundary = k === 0 ? 32 : before.charCodeAt(k - 1);
  return boundary === 32 || boundary === 40 || boundary === 45 || (boundary >= 9 && boundary <= 13) ? before.slice(k, stop) : undefined;
}

/**
 * True when a break after `before` must be undone: an abbreviation, an initial, or a lower-case continuation.
 * A state abbreviation or an initialism ("U.S.", "F.B.I.") often ends a sentence too, so its break is undone only
 * when the next word is not a function word: "the U.S. Attorney's office" stays one, "in the U.S. The talks" two.
 */
function isFalseBreak(before: string, after: string): boolean {
  if (/^\p{Ll}/u.test(after)) return true;
  const last = wordBeforeStop(before);
  if (!last) return false;
  const word = last.toLowerCase();
  if (/^\p{Lu}$/u.test(last)) return true; // an initial: "J. K. Rowling"
  if (STATE_ABBREVIATIONS.has(word) || initialism.test(last)) return startsWithContentWord(after);
  if (!NON_TERMINAL_ABBREVIATIONS.has(word)) return false;
  return !BEFORE_NUMBER_ONLY.has(word) || /^\p{N}/u.test(after);
}

/** Whether a text opens with a word that is not a function word ("Attorney", not "The" or "He"). */
function startsWithContentWord(text: string): boolean {
  const first = /^[\p{L}'\u2019]+/u.exec(text.replace(/^[\s"'\u201C\u2018(]+/u, ''))?.[0];
  return first !== undefined && !isStopWord(first.replace(/\u2019/g, "'"));
}

interface Span {
  start: number;
  end: number;
}

/** Sentence spans of one line, offsets relative to the line. */
function splitLine(line: string, lang: string): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmenter(lang).segment(line)) {
    const lead = segment.length - segment.trimStart().length;
    const text = segment.trim();
    if (!text) continue;
    const span = { start: index + lead, end: index + lead + text.length };
    const previous = spans.at(-1);
    if (previous && isFalseBreak(line.slice(previous.start, previous.end), text)) previous.end = span.end;
    else spans.push(span);
  }
  return spans;
}

/**
 * Splits an article into sentences: the headline first, then each line of the body. Intl.Segmenter does
 * the splitting; news fixes undo breaks after abbreviations and initials, and lines without final
 * punctuation (subheads) or starting with a bullet are units of their own. Offsets point into the title
 * (headline) or the text (everything else); bullet markers are left out of the sentence.
 * @example segmentSentences({ title: 'Putin visits', text: 'Mr. Putin arrived. He left.' }).map((s) => s.text)
 * // -> ['Putin visits', 'Mr. Putin arrived.', 'He left.']
 */
export function segmentSentences(article: { title: string; text: string; lang?: string }): Sentence[] {
  const lang = article.lang || 'en';
  const sentences: Sentence[] = [];
  const push = (text: string, start: number, paragraph: number, kind: SentenceKind) =>
    sentences.push({ index: sentences.length, text, start, end: start + text.length, paragraph, kind });

  const title = article.title.trim();
  if (title) push(title.replace(/\s+/g, ' '), article.title.indexOf(title), 0, 'headline');

  let paragraph = 0;
  let previousBlank = true;
  let lineStart = 0;
  for (const rawLine of article.text.split('\n')) {
    const offset = lineStart;
    lineStart += rawLine.length + 1;
    const trimmed = rawLine.trim();
    if (!trimmed) {
      previousBlank = true;
      continue;
    }
    if (previousBlank) paragraph++;
    previousBlank = false;

    const marker = bulletMarker.exec(trimmed);
    const body = marker ? trimmed.slice(marker[0].length).trim() : trimmed;
    if (!body) continue;
    const bodyOffset = offset + rawLine.indexOf(body);
    // Words are counted only for a line that could be a heading: most lines end with punctuation.
    if (!marker && !terminalPunctuation.test(body) && body.split(/\s+/).length <= HEADING_MAX_WORDS) {
      push(body, bodyOffset, paragraph, 'heading');
      continue;
    }
    for (const span of splitLine(body, lang)) push(body.slice(span.start, span.end), bodyOffset + span.start, paragraph, marker ? 'bullet' : 'body');
  }
  return sentences;
}
