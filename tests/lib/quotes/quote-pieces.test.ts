import { describe, expect, it } from 'vitest';
import { quotePieces } from '../../../lib/quotes/quote-pieces';
import { segmentSentences } from '../../../lib/text/segment-sentences';

const pieces = (title: string, text: string) => quotePieces(segmentSentences({ title, text })).map((p) => [p.sentence, p.text, p.remark]);

describe('quotePieces', () => {
  it.each([
    ['a quote in one sentence, trailing comma dropped', '', '“We will win,” he said.', [[0, 'We will win', 0]]],
    ['a quote running over two sentences is one remark', '', 'He said: “We won. We will win again.” Then he left.', [[0, 'We won.', 0], [1, 'We will win again.', 0]]],
    ['two quotes in one sentence are two remarks', '', '“Yes,” she said, “and no.”', [[0, 'Yes', 0], [0, 'and no.', 1]]],
    ['straight quotes pair by turns', '', 'He called it "a scam" and "a lie".', [[0, 'a scam', 0], [0, 'a lie', 1]]],
    ['a quote left open stops at the paragraph end', '', '“We won.\n\nThey lost.', [[0, 'We won.', 0]]],
    ['single quotes quote in a headline', "Boehner: '1-in-3 chance' of losing", '', [[0, '1-in-3 chance', 0]]],
    ["a headline apostrophe is no quote", "The Clintons' income rises", '', []],
    ['single quotes do not quote in the body', '', "He said it was 'fine' to go.", []],
    ['no quote marks', '', 'Nothing was said.', []],
  ])('%s', (_name, title, text, expected) => {
    expect(pieces(title, text)).toEqual(expected);
  });

  it('gives offsets of the quoted words in the sentence', () => {
    const [p] = quotePieces(segmentSentences({ title: '', text: 'She said “no way” twice.' }));
    expect(p && 'She said “no way” twice.'.slice(p.start, p.end)).toBe('no way');
  });
});
