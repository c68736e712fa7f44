import { describe, expect, it } from 'vitest';
import { ALIGN_THRESHOLDS } from '../../lib/align/thresholds';
import { compareArticles, groupMembers } from '../../lib/compare';
import type { Article, Comparison } from '../../lib/types';

const article = (id: string, title: string, text: string): Article => ({ id, outlet: id.toUpperCase(), title, text });

const a = article(
  'a',
  'Putin arrives in North Korea, first visit in 24 years',
  [
    'Russian President Vladimir Putin arrived in Pyongyang early on Wednesday.',
    'Kim Jong-un welcomed him at the airport.',
    '\u201CWe greatly appreciate your support,\u201D Putin said.',
    'The two leaders signed a mutual defence pact.',
  ].join(' ') + '\n\nLocal markets stayed shut for the holiday.',
);
const b = article(
  'b',
  'Putin lands in Pyongyang for first visit in 25 years',
  [
    'Kim Jong Un and Putin signed a mutual defense pact on Wednesday.',
    'Putin landed in Pyongyang early Wednesday, where Kim Jong Un welcomed him at the airport.',
    '\u201CWe highly appreciate your support,\u201D Putin said.',
  ].join(' ') + '\n\nWashington said it was watching closely.',
);

const kinds = (c: Comparison) => c.groups.map((g) => g.kind);

describe('compareArticles', () => {
  const c = compareArticles(a, b);

  it('compares the headlines as their own group, first', () => {
    expect(c.groups[0]).toMatchObject({ kind: 'reworded', a: [0], b: [0] });
  });

  it('aligns paraphrases order-free, merges 2:1, and keeps leftovers sharing nothing as added/omitted', () => {
    const byA = (i: number) => c.groups.find((g) => g.a.includes(i));
    expect(byA(1)).toMatchObject({ kind: 'reworded', a: [1, 2], b: [2] });
    expect(byA(4)).toMatchObject({ kind: 'reworded', a: [4], b: [1] });
    expect(byA(5)).toMatchObject({ kind: 'added', b: [] });
    expect(c.groups.find((g) => g.b.includes(4))).toMatchObject({ kind: 'omitted', a: [] });
  });

  it('puts every sentence of both articles in exactly one group', () => {
    const inA = c.groups.flatMap((g) => groupMembers(g).a).sort((x, y) => x - y);
    const inB = c.groups.flatMap((g) => groupMembers(g).b).sort((x, y) => x - y);
    expect(inA).toEqual(c.sentencesA.map((s) => s.index));
    expect(inB).toEqual(c.sentencesB.map((s) => s.index));
  });

  it('keeps this outlet\'s reading order, with an omitted sentence after its neighbour', () => {
    const firstA = c.groups.filter((g) => g.a.length).map((g) => g.a[0] as number);
    expect(firstA).toEqual([...firstA].sort((x, y) => x - y));
    const omittedAt = c.groups.findIndex((g) => g.kind === 'omitted');
    expect(c.groups[omittedAt - 1]?.b).toContain(3);
  });

  it('lists the quote both carry, classified, and the number that drifts', () => {
    expect(c.quotes.map((q) => [q.a, q.b, q.kind, q.speakers])).toEqual([['We greatly appreciate your support', 'We highly appreciate your support', 'reworded', { a: 'Putin', b: 'Putin' }]]);
    expect(c.drift.find((d) => d.group === 0)?.values).toContainEqual(expect.objectContaining({ kind: 'number', a: ['24 years'], b: ['25 years'] }));
  });

  // LePage's term: one outlet says when it ends in passing, in a sentence aligned with something else.
  const lepageA = article('a', 'Governor LePage hints he may resign', 'Maine Gov. Paul LePage said Tuesday that he may step down, telling a radio host he was looking at all options.\n\nLePage has been in office since 2011. His second and final term as governor officially ends in 2019.');
  const lepageB = article('b', 'LePage says he may quit', 'LePage hinted on Tuesday that he may resign before his term as governor ends in 2018, telling a local radio station, "I\'m looking at all options."\n\nHe has clashed with lawmakers for years.');
  it.each([
    ['a to b', lepageA, lepageB, [3], [1], ['2019'], ['2018']],
    ['b to a (mirrored)', lepageB, lepageA, [1], [3], ['2018'], ['2019']],
  ])('reads drift between two linked sentences of different groups: %s', (_name, x, y, sentencesA, sentencesB, valueA, valueB) => {
    const lc = compareArticles(x, y);
    const d = lc.drift.find((e) => e.values.some((v) => v.kind === 'date'));
    expect(d).toMatchObject({ sentencesA, sentencesB, values: [{ kind: 'date', a: valueA, b: valueB, about: 'ends, governor, term' }] });
    expect(d?.group).not.toBe(d?.groupB);
    expect(lc.groups[d?.group as number]?.a).toContain(sentencesA[0]);
    expect(groupMembers(lc.groups[d?.groupB as number] as Comparison['groups'][number]).b).toContain(sentencesB[0]);
  });

  it.each([
    ['drift read between linked sentences off (driftLink above 1)', { ...ALIGN_THRESHOLDS, driftLink: 1.1 }, 0],
    ['on', ALIGN_THRESHOLDS, 1],
  ])('the passing mention only drifts with the near pairs read: %s', (_name, thresholds, count) => {
    expect(compareArticles(lepageA, lepageB, { thresholds }).drift).toHaveLength(count);
  });

  // Two sentences each partly covered by the other stand in two groups, one per side: their conflict is one claim.
  it('tells a conflict between two sentences that partly cover each other once, not once per group', () => {
    const x = article('a', 'Riverside beats Eastfield', "Riverside beat Eastfield on Saturday night. Riverside's Tom Brandt finished his team's victory with 25 points and 16 rebounds, both career highs, while the guards struggled from the field all night.");
    const y = article('b', 'Riverside opens league play with win', 'Fans filled the arena for the opener. Tom Brandt finished with 22 points and nine rebounds, as Riverside opened its league season with a 71-57 win over Eastfield.');
    // Aligned only above 0.95, the two sentences (linked at about 0.87) are partly covered, each by the other.
    const c = compareArticles(x, y, { thresholds: { ...ALIGN_THRESHOLDS, align: 0.95 } });
    expect(c.groups.filter((g) => g.kind === 'partial')).toHaveLength(2);
    expect(c.drift.map((d) => d.values.map((v) => `${v.a[0]} / ${v.b[0]}`))).toEqual([['25 points / 22 points']]);
  });

  // A thing named by its measure, in two sentences that share nothing else: read across the whole texts.
  const hunterA = article('a', 'Congressman indicted', 'Representative Duncan Hunter was indicted on Tuesday on charges of misusing campaign funds.\n\nThe 48-page indictment says Hunter paid for family vacations to Italy and Hawaii.');
  const hunterB = article('b', 'Hunter charged', 'Duncan Hunter and his wife were indicted Tuesday over campaign funds.\n\n"The goal of the conspiracy was for Hunter to enrich himself," the 47-page indictment says.');
  it.each([
    ['a to b', hunterA, hunterB, ['48-page indictment'], ['47-page indictment']],
    ['b to a (mirrored)', hunterB, hunterA, ['47-page indictment'], ['48-page indictment']],
  ])('reads a thing named by its measure wherever it stands: %s', (_name, x, y, valueA, valueB) => {
    const hc = compareArticles(x, y);
    const d = hc.drift.filter((e) => e.values.some((v) => v.about === 'page indictment'));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ sentencesA: [2], sentencesB: [2], values: [{ kind: 'number', a: valueA, b: valueB }] });
    expect(hc.groups[d[0]?.group as number]?.a).toContain(2);
  });

  it('counts sentences and words per kind', () => {
    expect(c.stats.sentences).toEqual({ same: 0, reworded: 5, partial: 0, added: 1, omitted: 1, uncertain: 0 });
    expect(c.stats.wordsA).toBe(c.sentencesA.reduce((n, s) => n + s.text.split(/[\s-]+/).filter((w) => /\w/.test(w)).length, 0));
    expect(c.stats.sharedShare).toBeGreaterThan(0.3);
    expect(c.stats.sharedShare).toBeLessThan(1);
  });

  it('mirrors when the articles are swapped (added <-> omitted)', () => {
    const mirror = compareArticles(b, a);
    const swap = { added: 'omitted', omitted: 'added', same: 'same', reworded: 'reworded', partial: 'partial', uncertain: 'uncertain' } as const;
    const key = (g: { kind: string; a: number[]; b: number[]; side?: string }) => `${g.kind}|${g.a}|${g.b}|${g.side ?? ''}`;
    const flip = { a: 'b', b: 'a' } as const;
    expect(mirror.groups.map(key).sort()).toEqual(c.groups.map((g) => key({ kind: swap[g.kind], a: g.b, b: g.a, ...(g.side ? { side: flip[g.side] } : {}) })).sort());
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compareArticles(a, b))).toBe(JSON.stringify(c));
  });

  it.each([
    ['identical articles are all same', a, a, ['same', 'same', 'same', 'same', 'same', 'same']],
    ['an empty other article: everything added', a, article('e', '', ''), ['added', 'added', 'added', 'added', 'added', 'added']],
    ['both empty', article('x', '', ''), article('y', '', ''), []],
    // A headline is never claimed by one outlet only once the two have anything in common: the other's lead may carry it.
    ['no headline on one side: the headline is not claimed', article('x', 'Headline', 'Body text here.'), article('y', '', 'Body text here.'), ['uncertain', 'same']],
    ['unrelated headlines are not paired, nor claimed', article('x', 'Bank holds rates', 'Rates stay.'), article('y', 'Team wins final', 'Rates stay.'), ['uncertain', 'uncertain', 'same']],
    ['nothing in common: not one story, so the headlines and leads are claimed', article('x', 'Bank holds rates', 'Rates stay.'), article('y', 'Team wins final', 'Fans cheer.'), ['added', 'added', 'omitted', 'omitted']],
  ])('%s', (_name, x, y, expected) => {
    expect(kinds(compareArticles(x, y))).toEqual(expected);
  });

  it('marks a sentence whose only change is quote style or spelling as same', () => {
    const x = compareArticles(article('x', '', 'The \u201Cdefence programme\u201D grew.'), article('y', '', 'The "defense program" grew.'));
    expect(kinds(x)).toEqual(['same']);
    expect(x.groups[0]?.tokens.some((t) => t.op !== 'equal' && t.minor)).toBe(true);
  });

  it('shows a linked sentence left out of every alignment as partly covered, on each side, linked to the other', () => {
    // Thresholds that align nothing and link a little, so the one shared sentence can only be partly covered.
    const x = compareArticles(
      // Each second sentence in a paragraph of its own: next to the covered one, it would not be claimed.
      article('x', '', 'The senator resigned on Friday after a report about his taxes.\n\nHe denied wrongdoing.'),
      article('y', '', 'A report about the senator\u2019s taxes, published by the Times last month, found he paid nothing for a decade.\n\nThe governor will appoint a successor.'),
      { thresholds: { ...ALIGN_THRESHOLDS, align: 1.1, link: 0.3, joint: 1.1, mergeGain: 1.1 } },
    );
    expect(x.groups.map((g) => [g.kind, g.side, g.a, g.b])).toEqual([
      ['partial', 'a', [0], [0]],
      ['added', undefined, [1], []],
      ['partial', 'b', [0], [0]],
      ['omitted', undefined, [], [1]],
    ]);
    expect(x.links).toEqual([{ a: 0, b: 0, probability: expect.any(Number) }]);
    expect(x.stats.sentences).toMatchObject({ partial: 2, added: 1, omitted: 1 });
  });

  it('links no two sentences that are mostly quotes of two remarks, and claims neither as one outlet\'s alone', () => {
    const warren = article('w', 'Democrats demand Mueller report', 'Democratic candidates demanded the release of the report on Friday.\n\n\u201CAttorney General Barr must release the full Mueller report to the American public now,\u201D Warren wrote on Twitter.');
    const rourke = article('r', 'Candidates want the Mueller report out', 'The candidates called on Friday for the report to be released.\n\n\u201CRelease the full Mueller report to the American people and to their representatives in Congress,\u201D O\u2019Rourke said.');
    const groupsOf = (c: Comparison) => c.groups.map((g) => `${g.kind} ${g.a.join(',')}|${g.b.join(',')}`);
    // Without the rule (no sentence is that much quotation) the two remarks are aligned and word-diffed.
    const before = compareArticles(warren, rourke, { thresholds: { ...ALIGN_THRESHOLDS, remarkShare: 1.1 } });
    expect(groupsOf(before)).toContain('reworded 2|2');
    const x = compareArticles(warren, rourke);
    expect(x.quotes).toEqual([]);
    expect(x.links.map((l) => [l.a, l.b])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(groupsOf(x).filter((g) => g.includes('2'))).toEqual(['uncertain |2', 'uncertain 2|']);
  });

  it('links two sentences that quote one remark, however little else they share, and places the quote in their groups', () => {
    // Thresholds no pair of words reaches: only the remark both quote can link the two sentences.
    const x = compareArticles(
      article('x', '', 'The city council approved the budget on Tuesday. Mayor Ellen Park, who had campaigned for a decade on transit, housing and the harbour front, called the plan \u201Ca good start for a city that has waited too long.\u201D'),
      article('y', '', 'Budget passes after debate. Protesters gathered across the square with signs about bus fares and rents while Park described the vote as \u201Ca good start for a city that has waited too long.\u201D'),
      { thresholds: { ...ALIGN_THRESHOLDS, align: 1.1, alignHeadlines: 1.1, link: 0.999, joint: 1.1, mergeGain: 1.1 } },
    );
    expect(x.links).toEqual([{ a: 1, b: 1, probability: 0.999 }]);
    const partial = x.groups.flatMap((g, index) => (g.kind === 'partial' ? [[index, g.side, g.a, g.b]] : []));
    expect(partial.map(([, ...rest]) => rest)).toEqual([
      ['a', [1], [1]],
      ['b', [1], [1]],
    ]);
    expect(x.quotes.map((q) => [q.kind, q.group, q.groupB])).toEqual([['identical', partial[0]?.[0], partial[1]?.[0]]]);
  });

  it.each([
    ['beside a covered sentence in its own paragraph', (text: string) => text.replace('\n\nLocal markets', ' Local markets')],
    ['in the lead (moved to the top, a paragraph of its own)', (text: string) => `Local markets stayed shut for the holiday.\n\n${text.replace('\n\nLocal markets stayed shut for the holiday.', '')}`],
  ])('makes no "only this outlet" claim for a sentence found nowhere in the other when it is %s', (_name, edit) => {
    const x = compareArticles({ ...a, text: edit(a.text) }, b);
    const local = x.sentencesA.find((s) => s.text.startsWith('Local markets'))?.index;
    expect(x.groups.find((g) => local !== undefined && g.a.includes(local))?.kind).toBe('uncertain');
    expect(c.groups.find((g) => g.a.includes(5))?.kind).toBe('added');
  });

  it('makes no claim either way about a sentence that shares a little with the other side, too little to link', () => {
    // "closed" and "closely" share a key: not enough to say the other outlet carries it, too much to say it does not.
    const x = compareArticles(
      { ...a, text: a.text.replace('Local markets stayed shut for the holiday.', 'Local markets were closed for the holiday.') },
      b,
    );
    expect(x.groups.filter((g) => g.kind === 'uncertain').map((g) => [g.a, g.b])).toEqual([[[], [4]], [[5], []]]);
    expect(x.groups.some((g) => g.kind === 'added' || g.kind === 'omitted')).toBe(false);
    expect(x.stats.sentences.uncertain).toBe(2);
  });
});
