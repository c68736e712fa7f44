// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComparisonView } from '../../components/ComparisonView';
import { TEST_IDS } from '../../components/test-ids';
import { ALIGN_THRESHOLDS } from '../../lib/align/thresholds';
import { compareArticles } from '../../lib/compare';
import type { Consensus } from '../../lib/match/types';
import type { Article } from '../../lib/types';
import { installFakeI18n } from './fake-i18n';
import { byTestId, click, mount, unmountAll } from './mount';

const article = (id: string, paragraphs: string[]): Article => ({ id, outlet: `Outlet ${id.toUpperCase()}`, title: '', text: paragraphs.join('\n\n') });
const a = article('a', [
  'Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for his first visit in 24 years.',
  'Kim said the “friendship” between the nations was the colour of blood and would never fade.',
  'North Korean leader Kim Jong Un greeted him at the airport with a hug.',
  'The visit was watched closely in Washington and Seoul.',
  'Officials said "the talks were frank and useful" after the meeting.',
]);
const b = article('b', [
  'Russian President Vladimir Putin landed in Pyongyang early Wednesday for his first visit in 24 years.',
  'Kim said the "friendship" between the nations was the color of blood and would last forever.',
  'The two leaders signed a mutual defence pact at the Kumsusan palace on Wednesday afternoon.',
  'The visit was watched closely in Washington and Seoul.',
  'Officials said "the talks were frank and constructive" after the meeting.',
]);
const comparison = compareArticles(a, b);

const kinds = (root: HTMLElement) => byTestId(root, TEST_IDS.group).map((g) => g.dataset.kind);
const filterButton = (root: HTMLElement, filter: string) => root.querySelector<HTMLElement>(`[data-testid="${TEST_IDS.filter}"][data-filter="${filter}"]`);

beforeEach(installFakeI18n);
afterEach(unmountAll);

describe('ComparisonView', () => {
  it('renders every group with its kind and the summary', () => {
    const root = mount(<ComparisonView comparison={comparison} otherCount={1} />);
    expect(kinds(root)).toEqual(comparison.groups.map((g) => g.kind));
    expect(new Set(kinds(root))).toEqual(new Set(['same', 'reworded', 'added', 'omitted']));
    const summary = byTestId(root, TEST_IDS.summary)[0]!;
    expect([...summary.querySelectorAll('li')].map((li) => li.dataset.kind)).toEqual(['added', 'omitted', 'partial', 'reworded', 'same', 'uncertain']);
    expect(byTestId(root, TEST_IDS.legend)).toHaveLength(1);
    // Counted in words a reader says: "1 sentence", "2 sentences".
    for (const li of summary.querySelectorAll('li')) {
      const n = Number(li.dataset.sentences);
      expect(li.textContent).toContain(n === 1 ? ': 1 sentence,' : `: ${n} sentences,`);
    }
    expect([...summary.querySelectorAll('li')].some((li) => li.dataset.sentences === '1')).toBe(true);
    // Right-to-left article text (Arabic, Hebrew) takes its direction from the text itself.
    expect(byTestId(root, TEST_IDS.group).every((g) => g.getAttribute('dir') === 'auto')).toBe(true);
  });

  it('shows the omitted sentence inline, introduced by the other outlet', () => {
    const root = mount(<ComparisonView comparison={comparison} otherCount={1} />);
    const omitted = byTestId(root, TEST_IDS.group).find((g) => g.dataset.kind === 'omitted')!;
    expect(omitted.textContent).toContain('Only in Outlet B:');
    expect(omitted.textContent).toContain('mutual defence pact');
  });

  it("marks this outlet's words with <ins> and the other's with <del>, each with a screen-reader label", () => {
    const root = mount(<ComparisonView comparison={comparison} otherCount={1} />);
    const reworded = byTestId(root, TEST_IDS.group).find((g) => g.dataset.kind === 'reworded' && g.textContent?.includes('Putin'))!;
    expect([...reworded.querySelectorAll('ins')].map((e) => e.lastChild?.textContent)).toContain('arrived');
    expect([...reworded.querySelectorAll('del')].map((e) => e.lastChild?.textContent)).toContain('landed');
    expect(reworded.querySelector('ins .sr-only')?.textContent).toContain('only in this outlet:');
    expect(reworded.querySelector('del .sr-only')?.textContent).toContain('only in the other outlet:');
  });

  it('starts and ends every mark at a word: spaces stay outside', () => {
    const root = mount(<ComparisonView comparison={comparison} otherCount={1} />);
    const marks = [...root.querySelectorAll('.groups ins, .groups del')].map((e) => e.lastChild?.textContent ?? '');
    expect(marks.length).toBeGreaterThan(0);
    for (const text of marks) expect(text).toBe(text.trim());
  });

  it.each([
    ['all', ['same', 'reworded', 'added', 'omitted']],
    ['changes', ['reworded', 'added', 'omitted']],
    ['added', ['added']],
    ['omitted', ['omitted']],
    ['reworded', ['reworded']],
  ])('filter %s shows only %j, pressed', (filter, expected) => {
    const root = mount(<ComparisonView comparison={comparison} otherCount={1} />);
    click(filterButton(root, filter));
    expect(new Set(kinds(root))).toEqual(new Set(expected));
    for (const button of byTestId(root, TEST_IDS.filter)) expect(button.getAttribute('aria-pressed')).toBe(String(button.dataset.filter === filter));
  });

  it('hide minor changes: quote style and spelling variants disappear, real changes stay', () => {
    const root = mount(<ComparisonView comparison={comparison} otherCount={1} />);
    const minorMarks = () => root.querySelectorAll('.groups [data-minor="true"]').length;
    const realMarks = () => root.querySelectorAll('.groups ins:not(.minor), .groups del:not(.minor)').length;
    expect(minorMarks()).toBeGreaterThan(0);
    const real = realMarks();
    const checkbox = byTestId(root, TEST_IDS.hideMinor)[0] as HTMLInputElement;
    click(checkbox);
    expect(checkbox.checked).toBe(true);
    expect(minorMarks()).toBe(0);
    expect(realMarks()).toBe(real);
    // This outlet's own wording stays: "colour", not "color".
    expect(root.querySelector('.groups')?.textContent).toContain('colour of blood');
    expect(root.querySelector('.groups')?.textContent).not.toContain('color of blood');
  });

  it('flags the quotes both carry, in the list (class in words) and on their group', () => {
    const root = mount(<ComparisonView comparison={comparison} otherCount={1} />);
    expect(comparison.quotes.length).toBeGreaterThan(0);
    const items = [...(byTestId(root, TEST_IDS.quotes)[0]?.querySelectorAll('li') ?? [])];
    expect(items).toHaveLength(comparison.quotes.length);
    expect(items.map((li) => li.dataset.quoteKind)).toEqual(comparison.quotes.map((q) => q.kind));
    expect(items[0]?.querySelector('.quote-kind')?.textContent).toMatch(/(identical|trimmed|reworded)/);
    const flagged = byTestId(root, TEST_IDS.group).filter((g) => g.querySelector('[data-flag="quote"]'));
    expect(flagged.map((g) => Number(g.dataset.group))).toEqual([...new Set(comparison.quotes.map((q) => q.group))]);
  });

  it('shows a trimmed quote with what each outlet leaves out, as text', () => {
    const quotes = [{ group: 0, groupB: 0, a: 'We will <b>win</b>', b: 'We will <b>win</b> again', kind: 'trimmed' as const, speakers: { a: 'Reid' }, cut: { a: ['again'], b: [] }, similarity: 1, tokens: [] }];
    const root = mount(<ComparisonView comparison={{ ...comparison, quotes }} otherCount={1} />);
    const item = byTestId(root, TEST_IDS.quotes)[0]?.querySelector('li');
    expect(item?.textContent).toContain('trimmed: one outlet quotes less');
    expect(item?.textContent).toContain('said by Reid');
    expect(item?.querySelector('[data-cut="a"]')?.textContent).toContain('this outlet leaves out: again');
    expect(item?.querySelector('b')).toBeNull();
  });

  it('flags number, date and name drift', () => {
    const c = compareArticles(article('a', ['The quake killed 24 people in Nepal on Monday, officials in Kathmandu said.']), article('b', ['The quake killed 42 people in Nepal on Monday, officials in Kathmandu said.']));
    const root = mount(<ComparisonView comparison={c} otherCount={1} />);
    const drift = byTestId(root, TEST_IDS.drift)[0];
    expect(drift?.textContent).toContain('number: 24 people here, 42 people there');
    expect(drift?.textContent).toContain('said of:');
    expect(byTestId(root, TEST_IDS.group)[0]?.querySelector('[data-flag="drift"]')?.textContent).toBe('numbers, dates or names differ');
  });

  it.each([
    ['published three days apart: the note says a later report may give an updated figure', '2015-04-25T08:00:00Z', '2015-04-28T20:00:00Z', 'Days between the two reports: 3.'],
    ['published the same day: no note', '2015-04-25T08:00:00Z', '2015-04-25T20:00:00Z', undefined],
    ['a report without a date: no note', undefined, '2015-04-28T20:00:00Z', undefined],
  ])('drift of reports %s', (_name, publishedA, publishedB, note) => {
    const x = { ...article('a', ['The quake killed 24 people in Nepal on Monday, officials in Kathmandu said.']), published: publishedA };
    const y = { ...article('b', ['The quake killed 42 people in Nepal on Monday, officials in Kathmandu said.']), published: publishedB };
    const root = mount(<ComparisonView comparison={compareArticles(x, y)} otherCount={1} />);
    expect(byTestId(root, TEST_IDS.drift)).toHaveLength(1);
    expect(byTestId(root, TEST_IDS.driftDaysApart)[0]?.textContent?.slice(0, 32)).toBe(note);
  });

  it('shows consensus marks only with two or more other outlets', () => {
    const consensus: Consensus = { sentences: comparison.sentencesA.map((s) => ({ index: s.index, text: s.text, carriedBy: s.index === 2 ? [] : ['b', 'c'] })), omissions: [], minOutlets: 2 };
    const one = mount(<ComparisonView comparison={comparison} consensus={consensus} otherCount={1} />);
    expect(byTestId(one, TEST_IDS.consensusMark)).toHaveLength(0);
    unmountAll();
    const root = mount(<ComparisonView comparison={comparison} consensus={consensus} otherCount={3} />);
    const marks = byTestId(root, TEST_IDS.consensusMark).map((m) => m.textContent);
    expect(marks).toContain('3 of 4 outlets');
    expect(marks).toContain('only this outlet');
  });

  it('uses real buttons and a real checkbox for every control', () => {
    const root = mount(<ComparisonView comparison={comparison} otherCount={1} />);
    for (const button of byTestId(root, TEST_IDS.filter)) expect(button.tagName).toBe('BUTTON');
    expect(byTestId(root, TEST_IDS.hideMinor)[0]?.getAttribute('type')).toBe('checkbox');
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Show');
  });

  it('says when a filter leaves nothing', () => {
    const same = compareArticles(article('a', ['The visit was watched closely in Washington and Seoul.']), article('b', ['The visit was watched closely in Washington and Seoul.']));
    const root = mount(<ComparisonView comparison={same} otherCount={1} />);
    click(filterButton(root, 'added'));
    expect(root.textContent).toContain('Nothing matches this filter.');
  });

  describe('claims made and not made', () => {
    // Thresholds that align nothing and link a little: the shared sentence is partly covered on each side.
    const partly = compareArticles(
      article('x', ['The senator resigned on Friday after a report about his taxes.', 'He denied wrongdoing.']),
      article('y', ['A report about the senator\u2019s taxes, published by the Times last month, found he paid nothing for a decade.', 'The governor will appoint a successor.']),
      { thresholds: { ...ALIGN_THRESHOLDS, align: 1.1, link: 0.3, joint: 1.1, mergeGain: 1.1 } },
    );

    it('shows a partly covered sentence with the words the other lacks marked, and where the other says the rest', () => {
      const root = mount(<ComparisonView comparison={partly} otherCount={1} />);
      const [own, other] = byTestId(root, TEST_IDS.group).filter((g) => g.dataset.kind === 'partial');
      expect(own?.querySelector('.sr-only')?.textContent).toContain('Partly covered by the other outlet:');
      expect([...own!.querySelectorAll('ins')].map((e) => e.lastChild?.textContent)).toEqual(['resigned', 'Friday']);
      const where = own?.querySelector(`[data-testid="${TEST_IDS.counterpart}"]`);
      expect(where?.querySelector('summary')?.textContent).toBe('Where Outlet Y says it');
      expect(where?.textContent).toContain('published by the Times last month');
      expect(other?.textContent).toContain('Partly here, in Outlet Y:');
      expect(other?.querySelector(`[data-testid="${TEST_IDS.counterpart}"] summary`)?.textContent).toBe('Where this outlet says it');
    });

    it('the partial filter keeps the partly covered sentences only', () => {
      const root = mount(<ComparisonView comparison={partly} otherCount={1} />);
      click(filterButton(root, 'partial'));
      expect(kinds(root)).toEqual(['partial', 'partial']);
    });

    it('shows a sentence with no clear match plainly, saying no claim is made, and leaves it out of the changes', () => {
      const unsure = compareArticles(
        article('x', ['Stocks rose sharply in early trading.', 'Local markets were closed for the holiday.']),
        article('y', ['Stocks rose sharply in early trading.', 'Washington said it was watching closely.']),
        { thresholds: { ...ALIGN_THRESHOLDS, link: 1.1, only: 0.01 } },
      );
      const root = mount(<ComparisonView comparison={unsure} otherCount={1} />);
      const groups = byTestId(root, TEST_IDS.group).filter((g) => g.dataset.kind === 'uncertain');
      expect(groups).toHaveLength(2);
      expect(groups[0]?.querySelector('.sr-only')?.textContent).toContain('No clear match either way:');
      expect(groups.some((g) => g.textContent?.includes('In Outlet Y (no clear match here):'))).toBe(true);
      expect(groups.every((g) => !g.querySelector('ins, del'))).toBe(true);
      click(filterButton(root, 'changes'));
      expect(kinds(root)).not.toContain('uncertain');
    });
  });
});
