import { describe, expect, it } from 'vitest';
import { locatedQuotes } from '../../../lib/quotes/located-quotes';
import { segmentSentences } from '../../../lib/text/segment-sentences';

describe('locatedQuotes', () => {
  const sentences = segmentSentences({
    title: "Reid Says 'We Will Win'",
    text: 'He spoke on “Face the Nation” on Sunday. “We will win,” said Harry Reid. Mr. Stone told “senior campaign officials” about the emails. He told reporters “it is over.” She told us: “We are done.”',
  });
  const groupOf = new Map(sentences.map((s) => [s.index, 10 + s.index]));
  const quotes = locatedQuotes(sentences, groupOf);

  it.each([
    ['a title in body text is marked', 'Face the Nation', { group: 11, title: true }],
    ['a remark has its group, speaker and remark number', 'We will win', { group: 12, speaker: { kind: 'name', text: 'Harry Reid', key: 'reid' }, remark: 2 }],
    ['a title-case quote in a title-case headline is no title', 'We Will Win', { group: 10 }],
    ['the people told, quoted right after "told", are marked (no remark)', 'senior campaign officials', { group: 13, title: true }],
    ['a remark after "told" and its object is no title', 'it is over.', { group: 14 }],
    ['a remark after "told us:" is no title', 'We are done.', { group: 15 }],
  ])('%s', (_name, text, expected) => {
    const q = quotes.find((x) => x.text === text);
    expect(q).toMatchObject(expected);
    if (!('title' in expected)) expect(q?.title).toBeUndefined();
  });
});
