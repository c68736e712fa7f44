import { describe, expect, it } from 'vitest';
import { textWords } from '../../../lib/drift/text-words';

describe('textWords', () => {
  it.each([
    ['a currency sign stands before the number', 'It cost $5 million.', [['It', ''], ['cost', ' '], ['5', ' $'], ['million', ' ']]],
    ['a percent sign stands after it', 'Up 5% now', [['Up', ''], ['5', ' '], ['now', '% ']]],
    ['nothing', '', []],
  ])('%s', (_name, text, expected) => {
    expect(textWords(text).map((w) => [w.text, w.before])).toEqual(expected);
  });

  it('keeps what follows each word, lower case and offsets', () => {
    const [w] = textWords('Putin, 71.');
    expect(w).toMatchObject({ text: 'Putin', lower: 'putin', start: 0, end: 5, after: ', ' });
  });
});
