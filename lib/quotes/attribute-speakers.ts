import { wordKey } from '../text/word-key';
import type { Sentence } from '../types';
import { attributionInSentence } from './attribution-in-sentence';
import { isPluralRole } from './is-plural-role';
import { nameOfRole } from './name-of-role';
import { personMentions, type PersonMention } from './person-mentions';
import type { QuotePiece } from './quote-pieces';
import { speakerGender } from './speaker-gender';
import type { Speaker } from './speaker-of-phrase';
import { ORGANIZATION_WORDS, SPEAKER_PRONOUNS } from './speaker-words';

// A pronoun stands for the last speaker named at most this many paragraphs before it ...
const PRONOUN_PARAGRAPHS = 3;
// ... or else for the subject of one of the sentences just before (within the paragraph and the one before).
const PRONOUN_REACH = 4;

// Two or more capitalised words in a row (initials allowed between): a name given in full. Plain ASCII
// capitals keep this pass over a whole article cheap; a name with another first letter is still read in
// full where it stands, only not known again by its surname alone.
const FULL_NAME = /[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)*\s+[A-Z][\w'\u2019-]+/g;

/**
 * The last words (word keys) of the names a text gives in full ("Bruce Braley" -> "braley"), so a later
 * "Braley" alone is known to be a person: one pass of one pattern over the whole text.
 */
function surnamesIn(text: string): Set<string> {
  return new Set([...text.matchAll(FULL_NAME)].map((m) => wordKey((m[0].split(/\s+/).at(-1) as string).replace(/['\u2019]s?$/, ''))));
}

// Outlets share wire copy and the popup compares one page with several outlets: a sentence's own
// attribution depends on its text and its quotes' places alone, so it is read once (bounded; results are
// never changed). Keyed by the sentence's own string (no key built per quote), one slot per quote.
const CACHE_LIMIT = 4_000;
const attributions = new Map<string, Array<{ where: string; speaker: Speaker | undefined }>>();

function cachedAttribution(text: string, spans: readonly QuotePiece[], index: number): Speaker | undefined {
  let slots = attributions.get(text);
  if (!slots) {
    if (attributions.size >= CACHE_LIMIT) attributions.clear();
    slots = [];
    attributions.set(text, slots);
  }
  // The attribution is read between the quotes either side: the same sentence can hold its quotes
  // elsewhere (a quote left open by the sentence before it).
  const where = `${spans[index - 1]?.end ?? ''}:${(spans[index] as QuotePiece).start}:${(spans[index] as QuotePiece).end}:${spans[index + 1]?.start ?? ''}`;
  const slot = slots[index];
  if (slot?.where === where) return slot.speaker;
  const speaker = attributionInSentence(text, spans, index);
  slots[index] = { where, speaker };
  return speaker;
}

/** Whether "he" or "she" can stand for a name, by its given name ("she" is not Dick Cheney); "they" can be anyone. */
function canBe(pronoun: string, speaker: Speaker): boolean {
  const gender = speakerGender(speaker);
  return !((pronoun === 'she' && gender === 'male') || (pronoun === 'he' && gender === 'female'));
}

/** A text's first word, lower case. */
function firstWord(text: string): string {
  const m = /^\s*([^\s]+)/.exec(text);
  return m ? (m[1] as string).toLowerCase() : '';
}

/** Whether a sentence is all quote: nothing but marks and spaces outside its pieces. */
function allQuote(sentence: Sentence, pieces: readonly QuotePiece[]): boolean {
  let outside = sentence.text;
  for (const p of [...pieces].sort((x, y) => y.start - x.start)) outside = outside.slice(0, p.start) + outside.slice(p.end);
  return !/[\p{L}\p{N}]/u.test(outside);
}

/**
 * The speaker of every quote piece of an article (undefined where the text does not say), read the way
 * a reader does: the attribution in the piece's own sentence; else the one of another sentence of the
 * same remark (a quote that runs over sentences is attributed once). A pronoun ("he added") stands for
 * the first person named before it in its sentence, else the speaker or subject of the nearest sentence
 * before that has one, else the last speaker named a few paragraphs back. A quote left unattributed takes the speaker of its paragraph's other quotes, and a
 * paragraph that is all quote continues the previous paragraph's speaker.
 * @example attributeSpeakers(sentences, quotePieces(sentences)).map((s) => s?.text) // -> ['Harry Reid', 'Harry Reid', undefined]
 */
export function attributeSpeakers(sentences: readonly Sentence[], pieces: readonly QuotePiece[]): Array<Speaker | undefined> {
  const bySentence = new Map<number, number[]>();
  const spansOf = new Map<number, QuotePiece[]>();
  pieces.forEach((p, i) => {
    (bySentence.get(p.sentence) ?? bySentence.set(p.sentence, []).get(p.sentence)!).push(i);
    (spansOf.get(p.sentence) ?? spansOf.set(p.sentence, []).get(p.sentence)!).push(p);
  });
  // A remark is attributed once, in the first of its sentences that says who speaks: the pieces after
  // that are not read for an attribution of their own.
  const ofRemark = new Map<number, Speaker>();
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as QuotePiece;
    if (ofRemark.has(p.remark)) continue;
    const spans = spansOf.get(p.sentence) as QuotePiece[];
    const found = cachedAttribution((sentences[p.sentence] as Sentence).text, spans, spans.indexOf(p));
    if (found) ofRemark.set(p.remark, found);
  }
  const speakers: Array<Speaker | undefined> = pieces.map((p) => ofRemark.get(p.remark));

  if (speakers.some((s) => s?.kind === 'pronoun')) resolvePronouns(sentences, pieces, speakers, bySentence);

  // Unattributed quotes: the paragraph's speaker, or the previous paragraph's for a paragraph all quote.
  const ofParagraph = new Map<number, Speaker>();
  pieces.forEach((p, i) => {
    const s = speakers[i];
    if (s && s.kind !== 'pronoun' && sentences[p.sentence]?.kind !== 'headline') ofParagraph.set((sentences[p.sentence] as Sentence).paragraph, s);
  });
  pieces.forEach((p, i) => {
    const sentence = sentences[p.sentence] as Sentence;
    if (speakers[i] || sentence.kind === 'headline') return;
    const quoteOnly = allQuote(sentence, (bySentence.get(p.sentence) ?? []).map((k) => pieces[k] as QuotePiece));
    const carried = quoteOnly ? ofParagraph.get(sentence.paragraph - 1) : undefined;
    speakers[i] = ofParagraph.get(sentence.paragraph) ?? (carried && { ...carried, assumed: true });
  });
  // A role stands for the one person the article gives that title ("the former vice president": Dick Cheney);
  // a role in the plural ("aides") is several people, never one.
  let whole: string | undefined;
  const named = new Map<string, Speaker | undefined>();
  const resolve = (role: Speaker) => {
    if (isPluralRole(role)) return role;
    if (!named.has(role.text)) named.set(role.text, nameOfRole(role, (whole ??= sentences.map((s) => s.text).join('\n'))));
    return named.get(role.text) ?? role;
  };
  return speakers.map((s) => (s?.kind === 'pronoun' ? undefined : s?.kind === 'role' ? resolve(s) : s));
}

/** Replaces pronoun speakers, in reading order, by the person they stand for (or undefined). */
function resolvePronouns(sentences: readonly Sentence[], pieces: readonly QuotePiece[], speakers: Array<Speaker | undefined>, bySentence: ReadonlyMap<number, number[]>): void {
  // Surnames of people named in full anywhere, so a later "Braley" alone is known to be a person.
  // Headlines are left out: a title-case headline capitalises every word.
  // Read only if a lone capitalised word has to be told apart from a person (most pronouns find a full name).
  let known: Set<string> | undefined;
  const surnames = { has: (key: string) => (known ??= surnamesIn(sentences.filter((s) => s.kind !== 'headline').map((s) => s.text).join('\n'))).has(key) };
  // A person, not a body ("Fox News", "CNN", "the New York Times"), standing as a subject, not after a preposition
  // ("with Fox News").
  const person = (m: PersonMention) => !m.afterPreposition && !m.afterThe && !ORGANIZATION_WORDS.has(m.speaker.key) && !/^\p{Lu}+$/u.test(m.speaker.text);
  // Several pronouns look back at the same sentences: each is read once, whole; a pronoun in it reads
  // the mentions before its own position.
  const mentions = new Map<number, PersonMention[]>();
  const mentionsOf = (s: Sentence) => mentions.get(s.index) ?? mentions.set(s.index, personMentions(s.text, surnames)).get(s.index)!;
  const subject = (s: Sentence, beforeWord = Infinity, pronoun = 'they') => mentionsOf(s).find((m) => m.word < beforeWord && person(m) && canBe(pronoun, m.speaker))?.speaker;
  const speakerOf = (s: number) => (bySentence.get(s) ?? []).map((i) => speakers[i]).find((x) => x && x.kind !== 'pronoun');
  /**
   * The nearest earlier sentence's speaker or subject, passing over sentences that open with a pronoun. "He"
   * or "she" passes over a speaker in the plural ("what aides called ‘…’") to the sentence's subject.
   */
  const antecedent = (sentence: Sentence, singular: boolean): Speaker | undefined => {
    for (let k = sentence.index - 1; k >= 0 && k >= sentence.index - PRONOUN_REACH; k--) {
      const earlier = sentences[k] as Sentence;
      if (earlier.kind === 'headline' || earlier.paragraph < sentence.paragraph - 1) break;
      const spoke = speakerOf(k);
      const found = (spoke && !(singular && isPluralRole(spoke)) ? spoke : undefined) ?? (SPEAKER_PRONOUNS.has(firstWord(earlier.text)) ? undefined : subject(earlier));
      if (found) return found;
    }
    return undefined;
  };
  let named: { speaker: Speaker; paragraph: number } | undefined;
  pieces.forEach((p, i) => {
    const sentence = sentences[p.sentence] as Sentence;
    if (speakers[i]?.kind === 'pronoun') {
      const recent = named && sentence.paragraph - named.paragraph <= PRONOUN_PARAGRAPHS ? named.speaker : undefined;
      const wordsBefore = sentence.text.slice(0, p.start).split(/\s+/).filter(Boolean).length;
      const pronoun = (speakers[i] as Speaker).key;
      const found = subject(sentence, wordsBefore, pronoun) ?? (sentence.kind === 'headline' ? undefined : (antecedent(sentence, pronoun !== 'they') ?? recent));
      speakers[i] = found?.kind === 'name' && (pronoun === 'he' || pronoun === 'she') ? { ...found, gender: pronoun === 'she' ? 'female' : 'male' } : found;
    }
    const s = speakers[i];
    if (s?.kind === 'name' && sentence.kind !== 'headline') named = { speaker: s, paragraph: sentence.paragraph };
  });
}
