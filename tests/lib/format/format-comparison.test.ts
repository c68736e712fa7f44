import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../lib/compare';
import { ALIGN_THRESHOLDS } from '../../../lib/align/thresholds';
import { formatComparison } from '../../../lib/format/format-comparison';

const c = compareArticles(
  { id: 'a', outlet: 'Daily A', title: 'Storm kills 12', text: 'Heavy rain flooded the capital on Monday. "We have never seen water rise this fast," the mayor said.\n\nShelters opened.' },
  { id: 'b', outlet: 'Daily B', title: 'Storm kills 14', text: 'Heavy rains flooded the capital on Monday. "We have never seen the water rising so fast," the mayor said.\n\nSchools closed.' },
);

describe('formatComparison', () => {
  it('plain: a header, then one line per group with wdiff marks', () => {
    const lines = formatComparison(c, 'plain').split('\n');
    expect(lines[0]).toBe('a: Daily A — Storm kills 12');
    expect(lines[1]).toBe('b: Daily B — Storm kills 14');
    expect(lines).toContain('reworded  a0 b0        Storm kills[- 12-]{+ 14+}');
    expect(lines.filter((l) => /^(same|reworded|partial|added|omitted|uncertain) /.test(l))).toHaveLength(c.groups.length);
    expect(lines).toContain('added     a3 b-        Shelters opened.');
    expect(lines).toContain('omitted   a- b3        Schools closed.');
  });

  it.each([
    ['this outlet\'s sentence, the other side in brackets', 'a', 'partial   a0 b(0)      The senator [-resigned-] on [-Friday-] after a report about his taxes.'],
    ['the other outlet\'s sentence, this side in brackets', 'b', 'partial   a(0) b0      A report about the senator’s taxes, {+published+} by the {+Times last month+}, {+found+} he {+paid nothing+} for a {+decade+}.'],
  ])('plain: a partly covered sentence, marked where it says what the bracketed ones do not: %s', (_name, side, line) => {
    // Thresholds that align nothing and link a little: the shared sentence can only be partly covered.
    const p = compareArticles(
      { id: 'x', outlet: 'X', title: '', text: 'The senator resigned on Friday after a report about his taxes. He denied wrongdoing.' },
      { id: 'y', outlet: 'Y', title: '', text: 'A report about the senator\u2019s taxes, published by the Times last month, found he paid nothing for a decade. The governor will appoint a successor.' },
      { thresholds: { ...ALIGN_THRESHOLDS, align: 1.1, link: 0.3, joint: 1.1, mergeGain: 1.1 } },
    );
    expect(p.groups.some((g) => g.kind === 'partial' && g.side === side)).toBe(true);
    expect(formatComparison(p, 'plain').split('\n')).toContain(line);
  });

  it.each([
    ['days apart: a note under the heading', '2024-06-01', '2024-06-03', true],
    ['the same day: none', '2024-06-01', '2024-06-01T23:00:00Z', false],
  ])('plain: drift of reports published %s', (_name, publishedA, publishedB, shown) => {
    const x = { id: 'a', outlet: 'Daily A', title: 'Storm kills 12', text: 'Shelters opened.', published: publishedA };
    const y = { id: 'b', outlet: 'Daily B', title: 'Storm kills 14', text: 'Schools closed.', published: publishedB };
    const lines = formatComparison(compareArticles(x, y), 'plain').split('\n');
    const heading = lines.indexOf('numbers, dates and names that differ');
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]?.startsWith('(Days between the two reports: 2. A later report may give an updated figure')).toBe(shown);
  });

  it('plain: lists quotes with their class and drift with what it is said of', () => {
    const text = formatComparison(c, 'plain');
    expect(text).toContain('quotes both outlets carry (= identical, ✂ trimmed: one quotes less, ≈ reworded: other words)');
    expect(text).toContain('group 2/2: ≈ reworded, mayor: We have never seen{+ the+} water[- rise this-]{+ rising so+} fast');
    expect(text).toContain('group 0: number 12 / 14 (said of: kills, Storm)');
  });

  it.each([
    ['in one group: its number', 0, 0, 'group 0: number 12 / 14 (said of: kills, Storm)'],
    ['between two groups: both numbers', 4, 1, 'group 4/1: number 12 / 14 (said of: kills, Storm)'],
  ])('plain: drift %s', (_name, group, groupB, line) => {
    const d = c.drift[0] as (typeof c.drift)[number];
    expect(formatComparison({ ...c, drift: [{ ...d, group, groupB }] }, 'plain')).toContain(line);
  });

  it.each([
    ['identical: the quote once', { kind: 'identical', a: 'We will win', b: 'we will win', cut: { a: [], b: [] } }, 'group 2/3: = identical, Reid: “We will win”'],
    ['trimmed: both quotes and what each cuts', { kind: 'trimmed', a: 'We will win', b: 'We will win again', cut: { a: ['again'], b: [] } }, 'group 2/3: ✂ trimmed, Reid: a “We will win” / b “We will win again”; a cuts “again”'],
  ] as const)('plain: a quote pair %s', (_name, quote, line) => {
    const text = formatComparison({ ...c, quotes: [{ group: 2, groupB: 3, speakers: { a: 'Reid', b: 'Reid' }, similarity: 1, tokens: [], ...quote, cut: { a: [...quote.cut.a], b: [...quote.cut.b] } }] }, 'plain');
    expect(text).toContain(line);
  });

  it('ansi: colours changes and resets after each', () => {
    const text = formatComparison(c, 'ansi');
    expect(text).toContain(' \x1b[4;34m12\x1b[0m');
    expect(text.split('\x1b[0m').length).toBeGreaterThan(c.groups.length);
    expect(text).not.toContain('[-');
  });

  it('markdown: headings, strike for a-only words, bold for b-only words', () => {
    const text = formatComparison(c, 'markdown');
    expect(text.startsWith('# a: Daily A')).toBe(true);
    expect(text).toContain('## groups');
    expect(text).toContain('- **reworded** (a0 b0): Storm kills ~~12~~ **14**');
  });
});
