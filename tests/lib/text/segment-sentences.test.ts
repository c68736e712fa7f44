import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../lib/text/segment-sentences';

const texts = (text: string, title = '') => segmentSentences({ title, text }).map((s) => s.text);

describe('segmentSentences', () => {
  it.each([
    ['two plain sentences', 'Putin arrived. Kim greeted him.', ['Putin arrived.', 'Kim greeted him.']],
    ['title abbreviation', 'Mr. Putin arrived. He left.', ['Mr. Putin arrived.', 'He left.']],
    ['U.S. mid-sentence', 'The U.S. and its allies objected. Russia did not.', ['The U.S. and its allies objected.', 'Russia did not.']],
    ['month abbreviation and date', 'It began on Jan. 5. Then it ended.', ['It began on Jan. 5.', 'Then it ended.']],
    ['initials', 'Author J. K. Rowling spoke. Fans cheered.', ['Author J. K. Rowling spoke.', 'Fans cheered.']],
    ['No. before a number', 'He lives at No. 10 Downing Street. Really.', ['He lives at No. 10 Downing Street.', 'Really.']],
    ['quote closing a sentence', 'He said \u201Cwe will go.\u201D Then he left.', ['He said \u201Cwe will go.\u201D', 'Then he left.']],
    ['quote then attribution stays one', '\u201CWe know,\u201D Kirby said. It ended.', ['\u201CWe know,\u201D Kirby said.', 'It ended.']],
    ['decimal and p.m.', 'It was 3.5 p.m. in Washington. Then dark.', ['It was 3.5 p.m. in Washington.', 'Then dark.']],
    ['subhead without final stop is its own unit', 'North Korea faces sanctions\nBoth are under sanctions.', ['North Korea faces sanctions', 'Both are under sanctions.']],
    ['bullet lines lose their marker', '\u2022 First point here.\n- Second point here.\n1. Third point.', ['First point here.', 'Second point here.', 'Third point.']],
    ['question and exclamation', 'Why now? Because! Fine.', ['Why now?', 'Because!', 'Fine.']],
    ['sentences never cross lines', 'A line without end\nstarts here.', ['A line without end', 'starts here.']],
    ['abbreviation after a bracket', 'He met (Gen. Smith) there. Then left.', ['He met (Gen. Smith) there.', 'Then left.']],
    ['abbreviation after a no-break space', 'Talks with Amb.\u00A0Smith ended. Then left.', ['Talks with Amb.\u00A0Smith ended.', 'Then left.']],
    ['abbreviation after a guillemet is not undone', 'It was \u00ABMr. Smith\u00BB there.', ['It was \u00ABMr.', 'Smith\u00BB there.']],
    ['accented initial', 'Report by \u00D3. Smith arrived. Then.', ['Report by \u00D3. Smith arrived.', 'Then.']],
    ['a number before the stop ends the sentence', 'Call 911. Then left.', ['Call 911.', 'Then left.']],
    ['plural titles of US political news', 'Two senators did not vote at all: Sens. Collins and Murkowski. Reps. Lewis and Carson spoke.', ['Two senators did not vote at all: Sens. Collins and Murkowski.', 'Reps. Lewis and Carson spoke.']],
    ['Lt. Gov. before a name', 'The Lt. Gov. Smith spoke. Then left.', ['The Lt. Gov. Smith spoke.', 'Then left.']],
    ['U.S. before a content word', 'He called the U.S. Attorney. Then left.', ['He called the U.S. Attorney.', 'Then left.']],
    ['U.S. ending a sentence before a function word', 'He moved to the U.S. The family followed.', ['He moved to the U.S.', 'The family followed.']],
    ['initialism before a name', 'The F.B.I. Director resigned. Then left.', ['The F.B.I. Director resigned.', 'Then left.']],
    ['state then a quote opening with a contraction', 'He spoke in Lexington, Ky. \u201CI\u2019m a believer,\u201D he said.', ['He spoke in Lexington, Ky.', '\u201CI\u2019m a believer,\u201D he said.']],
    ['state after a city, then a new sentence', 'The convention in Kansas City, Mo. The vote was unanimous.', ['The convention in Kansas City, Mo.', 'The vote was unanimous.']],
    ['empty text', '', []],
    ['blank lines only', '\n\n \n', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('puts the headline first, as its own unit', () => {
    const sentences = segmentSentences({ title: '  Putin lands in Pyongyang ', text: 'He arrived. Kim met him.' });
    expect(sentences.map((s) => [s.index, s.kind, s.text])).toEqual([
      [0, 'headline', 'Putin lands in Pyongyang'],
      [1, 'body', 'He arrived.'],
      [2, 'body', 'Kim met him.'],
    ]);
    expect(sentences[0]?.start).toBe(2);
  });

  it('offsets point into the text and paragraphs are counted', () => {
    const text = 'First one. Second one.\n\nSub head\n\n- A bullet point.';
    const sentences = segmentSentences({ title: '', text });
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => [s.paragraph, s.kind])).toEqual([
      [1, 'body'],
      [1, 'body'],
      [2, 'heading'],
      [3, 'bullet'],
    ]);
  });

  it('a long line without final punctuation is body text, not a heading', () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    expect(segmentSentences({ title: '', text: long })[0]?.kind).toBe('body');
  });
});
