// A mark opens a quotation when it follows a space or an opening bracket or dash and a word follows it;
// it closes one when a word precedes it and no letter follows (so the apostrophe of "Obama’s" is neither).
const OPENING = new Set(['“', '‘', '"', "'"]);
const CLOSING = new Set(['”', '’', '"', "'"]);
const BEFORE_OPENING = /[\s([{—–-]/u;
const WORD = /[\p{L}\p{N}]/u;
// "I said, ‘…’", "I told him: ‘…’": the speaker's own earlier words, just before the mark.
const SELF_QUOTE = /\bI (?:said|say|told \w+|tell \w+|asked|thought)[,:]?\s*$/u;

/**
 * Whether `at` (an offset in a quote's text) lies inside a quotation nested in that quote: the speaker
 * quoting someone else's words ("the war was not ‘a war of Obama’s choosing’"). A mark at the quote's
 * very start is not counted: there the whole quote is the quotation. Nor is a speaker quoting themself
 * ("And I said, ‘Baby, …’"): those words are still the speaker's. Straight and curly marks alike.
 * @example insideNestedQuote('the war was not “a war of Obama’s choosing.”', 20) // -> true
 * @example insideNestedQuote('the war was not “a war of Obama’s choosing.”', 4) // -> false
 */
export function insideNestedQuote(text: string, at: number): boolean {
  const openers: number[] = [];
  for (let k = 1; k < Math.min(at, text.length); k++) {
    const ch = text[k] as string;
    const before = text[k - 1] as string;
    const after = text[k + 1] ?? '';
    if (OPENING.has(ch) && BEFORE_OPENING.test(before) && WORD.test(after)) openers.push(k);
    else if (openers.length && CLOSING.has(ch) && !/\s/u.test(before) && !WORD.test(after)) openers.pop();
  }
  const opener = openers.at(-1);
  return opener !== undefined && !SELF_QUOTE.test(text.slice(Math.max(0, opener - 24), opener));
}
