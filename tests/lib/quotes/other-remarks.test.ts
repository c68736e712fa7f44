import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../../../lib/quotes/compare-quotes';
import { locatedQuotes } from '../../../lib/quotes/located-quotes';
import { otherRemarks } from '../../../lib/quotes/other-remarks';
import { segmentSentences } from '../../../lib/text/segment-sentences';

/** An article's sentences and its quotes located by sentence, as compareArticles locates them first. */
const read = (text: string) => {
  const sentences = segmentSentences({ title: '', text });
  return { sentences, quotes: locatedQuotes(sentences, new Map(sentences.map((s) => [s.index, s.index]))) };
};

describe('otherRemarks', () => {
  it.each([
    ['both mostly quotes of two remarks', '“We will release the whole report to the public now,” Warren said.', '“The full report belongs to the American people and their representatives,” O’Rourke said.', 0.7, true],
    ['one remark quoted on both sides (compareQuotes pairs them)', '“We will release the whole report to the public now,” Warren said.', '“We will release the whole report to the public now,” she said on Friday.', 0.7, false],
    ['one side mostly the writer’s own words', '“We will release the whole report to the public now,” Warren said.', 'Warren, who spoke in Charleston on Friday evening before a crowd of supporters, said the report was “overdue.”', 0.7, false],
    ['a title is not a remark', 'Warren spoke on “Face the Nation.”', '“The full report belongs to the American people,” O’Rourke said.', 0.5, false],
    ['under the share asked for', '“We will release it,” Senator Elizabeth Warren of Massachusetts said on Friday.', '“The full report belongs to the American people and their representatives,” O’Rourke said.', 0.7, false],
    ['at a lower share, the same pair', '“We will release it,” Senator Elizabeth Warren of Massachusetts said on Friday.', '“The full report belongs to the American people and their representatives,” O’Rourke said.', 0.2, true],
  ])('%s', (_name, textA, textB, share, expected) => {
    const a = read(textA);
    const b = read(textB);
    const same = compareQuotes(a.quotes, b.quotes).map((q) => [q.group, q.groupB] as const);
    expect(otherRemarks(a.sentences, a.quotes, b.sentences, b.quotes, same, share)(0, 0)).toBe(expected);
  });

  it('takes a remark quoted over several sentences as one remark in each of them', () => {
    const a = read('“It is about some phony ideal, some phony theology. Oh, not a theology based on the Bible. A different theology,” Santorum said.');
    const b = read('“It is about some phony ideal, some phony theology, not a theology based on the Bible, a different theology,” Santorum said.');
    const same = compareQuotes(a.quotes, b.quotes).map((q) => [q.group, q.groupB] as const);
    const apart = otherRemarks(a.sentences, a.quotes, b.sentences, b.quotes, same, 0.7);
    expect(a.sentences).toHaveLength(3);
    expect([apart(0, 0), apart(1, 0), apart(2, 0)]).toEqual([false, false, false]);
  });

  it('reads each side by its own index, and says no for a sentence it does not have', () => {
    const a = read('Markets rose. “We will release the whole report to the public now,” Warren said.');
    const b = read('“The full report belongs to the American people and their representatives,” O’Rourke said.');
    const apart = otherRemarks(a.sentences, a.quotes, b.sentences, b.quotes, [], 0.7);
    expect([apart(0, 0), apart(1, 0), apart(2, 0), apart(1, 1)]).toEqual([false, true, false, false]);
  });
});
