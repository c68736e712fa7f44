/**
 * The hand-made gold of the truth evaluation (tests/fixtures/truth/pairs/*.json): for one BASIL pair,
 * which sentences carry the same content, which only one outlet has, the quotes both carry and the
 * facts stated with conflicting values. Units are referred to by position (`t`, `p3s1`), never by text.
 * How the judges worked: docs/truth-annotation.md.
 */

export type LinkStrength = 'must' | 'may';
export type QuoteClass = 'identical' | 'trimmed' | 'reworded';
export type GoldDriftKind = 'number' | 'date' | 'name';

export interface GoldLink {
  a: string;
  b: string;
  /** must: the same central fact or quote; may: a clause or a detail in common. */
  strength: LinkStrength;
}

export interface GoldQuote {
  a: string;
  b: string;
  class: QuoteClass;
  /** Who said it, as the articles name them (a surname is enough), when known. */
  speaker?: string;
}

export interface GoldDrift {
  a: string;
  b: string;
  kind: GoldDriftKind;
  /** What conflicts, in the judge's own words (no sentence copied). */
  what: string;
}

export interface GoldPair {
  year: string;
  /** BASIL file names without .json: a is "this outlet", b the other. */
  a: string;
  b: string;
  /** dev: used while building the engine; test: held out, looked at only to report. */
  split: 'dev' | 'test';
  judged: { by: string; date: string; minutes?: number };
  links: GoldLink[];
  only: { a: string[]; b: string[] };
  quotes: GoldQuote[];
  drift: GoldDrift[];
  notes?: string;
}
