import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../../../lib/diff/compare-quotes';

describe('compareQuotes', () => {
  it('lists a remark rendered in different words, with its diff', () => {
    const [q, ...rest] = compareQuotes(
      [{ text: 'We greatly appreciate that the DPRK is strongly supporting Russia', group: 4 }],
      [{ text: 'We highly appreciate that the DPRK is firmly supporting Russia', group: 7 }],
    );
    expect(rest).toEqual([]);
    expect(q?.group).toBe(4);
    expect(q?.tokens.filter((t) => t.op === 'delete').map((t) => t.text.trim())).toEqual(['greatly', 'strongly']);
  });

  it.each([
    ['same words in other quote marks', 'we know that well', 'we know that well'],
    ['only a spelling variant', 'our defence programme works', 'our defense program works'],
    ['different remarks', 'the markets will recover soon', 'we condemn the missile launch'],
  ])('leaves out %s', (_name, a, b) => {
    expect(compareQuotes([{ text: a, group: 0 }], [{ text: b, group: 0 }])).toEqual([]);
  });

  it('pairs each quote once, with its closest rendering', () => {
    const result = compareQuotes(
      [{ text: 'Russia and North Korea are developing a multilateral partnership', group: 1 }],
      [
        { text: 'Russia and the North are developing the many-sided partnership', group: 2 },
        { text: 'Russia and the North are developing a multilateral partnership of sorts', group: 3 },
      ],
    );
    expect(result.map((q) => q.b)).toEqual(['Russia and the North are developing a multilateral partnership of sorts']);
  });
});
