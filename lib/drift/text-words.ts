import { words, type Token } from '../text/tokenize';

/** A word or number of a text with the characters between it and its neighbours. */
export interface TextWord {
  text: string;
  lower: string;
  kind: Token['kind'];
  start: number;
  end: number;
  /** What stands between the previous word and this one ('' for the first word): " ", ", ", "$", "-". */
  before: string;
  /** What stands between this word and the next ('' for the last). */
  after: string;
}

/**
 * The words and numbers of a text, each with the characters around it, as the value finders read them:
 * "$" before a number, "%" or "-" after it, a full stop that ends a clause.
 * @example textWords('It cost $5 million.').map((w) => [w.text, w.before]) // -> [['It', ''], ['cost', ' '], ['5', ' $'], ['million', ' ']]
 */
export function textWords(text: string): TextWord[] {
  const ws = words(text);
  return ws.map((t, i) => {
    const previous = ws[i - 1];
    const next = ws[i + 1];
    return {
      text: t.text,
      lower: t.text.toLowerCase(),
      kind: t.kind,
      start: t.start,
      end: t.end,
      before: text.slice(previous ? previous.end : 0, t.start),
      after: text.slice(t.end, next ? next.start : text.length),
    };
  });
}
