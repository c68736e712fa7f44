import { SPEAKER_PRONOUNS, SPEECH_VERBS } from './speaker-words';
import { speakerOfPhrase, type Speaker } from './speaker-of-phrase';

/** Offsets of a quoted passage in its sentence. */
export interface QuotedSpan {
  start: number;
  end: number;
}

// One pattern for all the verbs: a sentence is searched in one pass, not word by word (the verbs are
// ASCII, so ASCII word boundaries do).
const speechVerbPattern = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})\\b(?!['\u2019-])`, 'gi');
// Words that sit between a subject and its verb ("Santorum had also said"): not part of the subject.
const AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'then', 'later', 'again', 'once', 'would', 'will', 'was', 'is', 'previously', 'earlier', 'repeatedly', 'further', 'simply', 'just', 'first', 'last', 'already']);
const CONJUNCTIONS = /^(?:and|but|or|as|while|when|because|though|although|so)\s+/i;
// How far an attribution may stand from its quote, in words: beyond that the verb belongs to another clause.
const NEAR_WORDS = 14;
// "what aides called", "what the president's aides called": at most this many words between "what" and its verb.
const RELATIVE_WORDS = 4;
// Characters read before and after a quote for its attribution ("Earlier in the day on Saturday,
// Santorum had also said that ... public education was “anachronistic.”" needs about 200 before).
const READ_BEFORE = 240;
const READ_AFTER = 160;

function speechVerbs(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(speechVerbPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The subject of a verb: the words before it, auxiliaries and a leading conjunction dropped. The words
 * right before the verb are read first (a pronoun, "what he called"; a name, "that Mr. Santorum said"),
 * then the whole phrase, whose commas may set off the name ("the lawyer, Mark D. Sheridan, said").
 */
function subjectBefore(text: string): Speaker | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  while (words.length && AUXILIARIES.has((words.at(-1) as string).toLowerCase())) words.pop();
  const last = words.at(-1);
  if (last && SPEAKER_PRONOUNS.has(last.toLowerCase())) return { kind: 'pronoun', text: last.toLowerCase(), key: last.toLowerCase() };
  // "Boehner pointed to what aides called “orphan districts”": the verb's subject is what follows "what",
  // not the sentence's subject.
  const what = words.findLastIndex((w, k) => k >= words.length - RELATIVE_WORDS - 1 && w.toLowerCase() === 'what');
  if (what >= 0 && what < words.length - 1) return speakerOfPhrase(words.slice(what + 1).join(' '));
  let tail = words.length;
  while (tail > 0 && /^[\p{Lu}]/u.test(words[tail - 1] as string) && !/[,;:)]$/.test(words[tail - 1] as string)) tail--;
  const name = tail < words.length && tail > 0 ? speakerOfPhrase(words.slice(tail).join(' ')) : undefined;
  if (name?.kind === 'name') return name;
  return speakerOfPhrase(words.slice(-NEAR_WORDS).join(' ').replace(CONJUNCTIONS, ''));
}

/** The phrase after an inverted attribution verb ("said Hilary Shelton, director of ..."), up to the sentence's end. */
function subjectAfter(text: string): Speaker | undefined {
  const phrase = text.replace(/^\s+/, '');
  // "said in a statement", "said Tuesday": no subject follows.
  if (!/^[\p{Lu}]|^(?:the|a|an|his|her|their)\s|^(?:he|she|they)\b/u.test(phrase)) return undefined;
  return speakerOfPhrase(phrase.split(/[.;!?]\s|[.;!?]$/)[0] as string);
}

/**
 * Who one quote of a sentence is attributed to within the sentence: an attribution right after it
 * ("…,” said Hilary Shelton" or "…,” the lawyer said"), else the last attribution verb before it with its
 * subject ("Griffin said the image “…”", "The letter says, “…”"), else "according to …" after or before it.
 * The other quotes of the sentence are left out of the search, so their words are never read as a speaker.
 * @example attributionInSentence('“We will win,” said Hilary Shelton, director.', [{ start: 1, end: 12 }], 0)?.key // -> 'shelton'
 */
export function attributionInSentence(text: string, spans: readonly QuotedSpan[], index: number): Speaker | undefined {
  const span = spans[index] as QuotedSpan;
  // An attribution stands near its quote: only so many characters on each side are read.
  const afterEnd = Math.min(spans[index + 1]?.start ?? text.length, span.end + READ_AFTER);
  const beforeStart = Math.max(spans[index - 1]?.end ?? 0, span.start - READ_BEFORE);
  const after = text.slice(span.end, afterEnd).replace(/^[\s"'\u201D\u2019\u00BB.,!?\u2014\u2013-]+/u, '');
  const before = text.slice(beforeStart, span.start).replace(/[\s"'\u201C\u2018\u00AB]+$/u, '');

  const next = speechVerbs(after)[0];
  if (next && after.slice(0, next.start).trim().split(/\s+/).filter(Boolean).length <= NEAR_WORDS) {
    const subject = next.start === 0 ? subjectAfter(after.slice(next.end)) : subjectBefore(after.slice(0, next.start));
    if (subject) return subject;
  }
  const previous = speechVerbs(before).at(-1);
  if (previous) {
    const subject = subjectBefore(before.slice(0, previous.start)) ?? subjectAfter(before.slice(previous.end).replace(/[,:]\s*$/, ''));
    if (subject) return subject;
  }
  const according = after.includes('ccording') || before.includes('ccording') ? (/according to\s+([^.;]+)/i.exec(after) ?? /according to\s+([^.;]+?),?\s*$/i.exec(before)) : null;
  if (according) return speakerOfPhrase(according[1] as string);
  // A headline's "Boehner: '1-in-3 chance' ...": the name before a colon speaks.
  const label = before.endsWith(':') ? /^([^:]{1,40}):$/.exec(before.trim()) : null;
  const speaker = label ? speakerOfPhrase(label[1] as string) : undefined;
  return speaker?.kind === 'name' ? speaker : undefined;
}
