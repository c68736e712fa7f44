import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../lib/compare';
import { comparisonToJson } from '../../../lib/format/comparison-to-json';

describe('comparisonToJson', () => {
  const c = compareArticles(
    { id: 'a', outlet: 'A', title: 'Putin visits North Korea', text: 'Putin arrived in Pyongyang. Kim met him. Putin made his first visit to North Korea in 24 years. "We greatly value this visit," Putin said.' },
    { id: 'b', outlet: 'B', title: 'Putin visits North Korea', text: 'Kim met him at the airport. Putin arrived in Pyongyang. Putin made his first visit to North Korea in 25 years. "We highly value this visit," Putin said.' },
  );
  const json = comparisonToJson(c);

  it('gives each group its sentences as text, in the comparison order', () => {
    expect(json.groups.map((g) => [g.kind, g.a, g.b])).toEqual(
      c.groups.map((g) => [g.kind, g.a.map((i) => c.sentencesA[i]?.text), g.b.map((j) => c.sentencesB[j]?.text)]),
    );
    expect(json.groups[1]).toMatchObject({ kind: 'same', a: ['Putin arrived in Pyongyang.'], b: ['Putin arrived in Pyongyang.'] });
  });

  it('keeps tokens, quotes, drift and stats, with similarities rounded', () => {
    expect(json.quotes).toEqual([expect.objectContaining({ a: 'We greatly value this visit', b: 'We highly value this visit', kind: 'reworded', speakers: { a: 'Putin', b: 'Putin' }, cut: { a: [], b: [] } })]);
    expect(json.drift[0]).toEqual({
      group: 3,
      groupB: 3,
      a: 'Putin made his first visit to North Korea in 24 years.',
      b: 'Putin made his first visit to North Korea in 25 years.',
      values: [{ kind: 'number', a: ['24 years'], b: ['25 years'], about: 'Korea, North, visit, made' }],
    });
    for (const g of json.groups) expect(String(g.similarity)).toMatch(/^\d(\.\d{1,3})?$/);
    expect(json.stats.wordsA).toBe(c.stats.wordsA);
  });

  it.each([
    ['both dated: whole days between their publication days', '2019-01-04T22:15:00Z', '2019-01-06T01:00:00Z', 2],
    ['one undated: left out', undefined, '2019-01-06T01:00:00Z', undefined],
    ['a date that cannot be read: left out', 'last Tuesday', '2019-01-06T01:00:00Z', undefined],
  ])('publishedDaysApart, %s', (_name, publishedA, publishedB, days) => {
    const x = { id: 'a', outlet: 'A', title: 'T', text: 'One.', published: publishedA };
    const y = { id: 'b', outlet: 'B', title: 'T', text: 'Two.', published: publishedB };
    expect(comparisonToJson(compareArticles(x, y)).publishedDaysApart).toBe(days);
    expect('publishedDaysApart' in comparisonToJson(compareArticles(x, y))).toBe(days !== undefined);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
