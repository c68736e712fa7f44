/**
 * Core types shared by the engine, the CLI and the extension (see DESIGN.md).
 * Direction convention, fixed everywhere: `a` is *this* outlet (the page the reader is on),
 * `b` is the other outlet. Token ops follow jsdiff from a to b, so equal + delete tokens
 * rebuild the `a` text and equal + insert tokens rebuild the `b` text: a `delete` is a word
 * only this outlet has, an `insert` a word only the other outlet has.
 */

/** One news article: the headline apart from the body text (paragraphs separated by blank lines). */
export interface Article {
  id: string;
  outlet: string;
  title: string;
  /** Body text; paragraphs separated by blank lines, subheads and bullets on their own lines. */
  text: string;
  url?: string;
  /** ISO 8601 date or date-time where known. */
  published?: string;
  byline?: string;
  /** BCP 47 language tag, e.g. "en". */
  lang?: string;
}

/** What a sentence is in its article; headings and bullets are units of their own. */
export type SentenceKind = 'headline' | 'heading' | 'body' | 'bullet';

export interface Sentence {
  /** Position in the article's sentence list; the headline, when present, is 0. */
  index: number;
  /** The sentence as it appears in the source (trimmed, internal line breaks kept). */
  text: string;
  /** Offsets into `article.title` for the headline, into `article.text` otherwise. */
  start: number;
  end: number;
  paragraph: number;
  kind: SentenceKind;
}

export type TokenOp = 'equal' | 'insert' | 'delete';

/** A run of text in a group's word diff. `minor` marks a change of quote style, spacing or spelling variant only. */
export interface DiffToken {
  op: TokenOp;
  text: string;
  minor?: boolean;
}

/**
 * same: equal after normalisation; reworded: aligned, words differ; partial: a sentence that shares part of
 * its content with the other article (linked to the sentences that carry that part);
 * added: only in this outlet (a); omitted: only in the other (b);
 * uncertain: no counterpart found, but the other article may carry it in other words: no claim either way.
 */
export type GroupKind = 'same' | 'reworded' | 'partial' | 'added' | 'omitted' | 'uncertain';

/**
 * One row of a comparison: sentences of a and of b that say the same thing, a partly covered sentence with the
 * sentences that carry part of it, or a lone sentence. Every sentence of both articles is a member of exactly one
 * group: both sides of a same or reworded group, `a` of an added group, `b` of an omitted one, the one side
 * that is not empty of an uncertain one, the `side` of a partial one (its other side lists sentences that are
 * members of groups of their own).
 */
export interface Group {
  kind: GroupKind;
  /** Sentence indices in a (empty for omitted). */
  a: number[];
  /** Sentence indices in b (empty for added). */
  b: number[];
  /** Partial groups only: the side whose sentence is partly covered by the other side's. */
  side?: 'a' | 'b';
  /** Similarity of the aligned sentences, 0..1 (1 for same, 0 for unaligned); for partial, the link probability. */
  similarity: number;
  /**
   * The word diff from the a text to the b text: equal + delete tokens rebuild a, equal + insert rebuild b. A
   * partial group's tokens rebuild its own side only, marking the words the sentences it points to do not have.
   */
  tokens: DiffToken[];
}

/**
 * How two outlets quote one remark: identical (the same words; quote style, punctuation, case and
 * bracketed insertions aside), trimmed (one quotes a shorter span of the same words: see `cut`),
 * reworded (the same remark in other words).
 */
export type QuoteKind = 'identical' | 'trimmed' | 'reworded';

/** A remark both outlets quote: the same speaker (as far as the texts say) and much the same words. */
export interface QuoteDiff {
  /** Index of the group a's quote is in. */
  group: number;
  /** Index of the group b's quote is in. */
  groupB: number;
  a: string;
  b: string;
  kind: QuoteKind;
  /** Who said it, as each article names them, where the article says. */
  speakers: { a?: string; b?: string };
  /** For a trimmed pair, what each side leaves out: `a` the passages only b quotes, `b` those only a quotes. */
  cut: { a: string[]; b: string[] };
  /** Share of the shorter quote's content words the other quote carries, 0..1. */
  similarity: number;
  /** The word diff of a reworded pair (empty for identical and trimmed ones: `cut` says what differs). */
  tokens: DiffToken[];
}

export type DriftKind = 'number' | 'date' | 'name';

/** One fact the two outlets state with conflicting values. */
export interface DriftValue {
  kind: DriftKind;
  /** The value as a writes it ("$43 million"). */
  a: string[];
  /** The value as b writes it ("nearly $44 million"). */
  b: string[];
  /** What both say the values are of, in a's words: the shared words around them ("paid … taxes") or the shared role ("Defense Secretary"). */
  about?: string;
}

/**
 * Numbers, dates or names two passages state differently: an aligned or partly covered group's two sides, or
 * two linked sentences that ended up in different groups.
 */
export interface Drift {
  /** The group of a's passage. */
  group: number;
  /** The group of b's passage (the same as `group` when one group holds both). */
  groupB: number;
  /** The sentences of each side that were compared (indices into sentencesA / sentencesB). */
  sentencesA: number[];
  sentencesB: number[];
  /** The two passages' texts. */
  a: string;
  b: string;
  values: DriftValue[];
}

export interface KindCounts {
  same: number;
  reworded: number;
  partial: number;
  added: number;
  omitted: number;
  uncertain: number;
}

export interface ComparisonStats {
  /**
   * Sentences per kind, as the reader sees them (this outlet's text with the other's omitted sentences inline):
   * a's sentences for same, reworded and added, b's for omitted, each side's partly covered ones for partial.
   */
  sentences: KindCounts;
  /** Words per kind, counted the same way. */
  words: KindCounts;
  wordsA: number;
  wordsB: number;
  /** Share of a's words that are equal words in an aligned group with b (0..1). */
  sharedShare: number;
}

export interface ArticleRef {
  id: string;
  outlet: string;
  title: string;
  url?: string;
}

/** A sentence of a and one of b that carry the same fact or statement, in full or in part. */
export interface SentenceLink {
  a: number;
  b: number;
  /** How sure the link model is, 0..1. */
  probability: number;
}

export interface Comparison {
  a: ArticleRef;
  b: ArticleRef;
  sentencesA: Sentence[];
  sentencesB: Sentence[];
  /** Every link claimed between a sentence of a and one of b (those of aligned and partial groups among them), by a then b. */
  links: SentenceLink[];
  /** In a's reading order; omitted groups placed next to the group of their nearest aligned neighbour in b. */
  groups: Group[];
  stats: ComparisonStats;
  quotes: QuoteDiff[];
  drift: Drift[];
  /**
   * Whole days between the two reports' publication days, when both give a date that can be read. Values that
   * differ between reports published days apart may be an update (a toll that rose), not a contradiction.
   */
  publishedDaysApart?: number;
}
