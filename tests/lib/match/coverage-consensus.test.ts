import { describe, expect, it } from 'vitest';
import { coverageConsensus } from '../../../lib/match/coverage-consensus';
import type { Article } from '../../../lib/types';

const article = (id: string, paragraphs: string[], title = ''): Article => ({ id, outlet: `Outlet ${id}`, title, text: paragraphs.join('\n\n') });

const arrival = 'Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for his first visit in 24 years.';
const arrivalReworded = 'Russian President Vladimir Putin landed in Pyongyang early Wednesday for his first visit in 24 years.';
const greeting = 'North Korean leader Kim Jong Un greeted him at the airport with a hug.';
const pact = 'The two leaders signed a mutual defence pact at the Kumsusan palace on Wednesday afternoon.';
const pactReworded = 'The two leaders signed a mutual defence pact at the Kumsusan palace on Wednesday.';
const hanoi = 'Putin is scheduled to travel on to Hanoi for talks with Vietnamese leaders on Thursday.';
const subhead = 'What Happens Next';

const page = article('page', [arrival, greeting]);
const b = article('b', [arrival, pact, subhead, hanoi]);
const c = article('c', [arrivalReworded, pactReworded, subhead]);
const flood = 'Heavy rain flooded the valley towns overnight, officials in Bavaria reported on Sunday.';
const d = article('d', [flood]);

describe('coverageConsensus', () => {
  const consensus = coverageConsensus(page, [b, c, d]);

  it.each([
    ['a sentence two outlets carry (one verbatim, one reworded)', arrival, ['b', 'c']],
    ['a sentence nobody else carries', greeting, []],
  ])('counts %s', (_case, text, carriedBy) => {
    expect(consensus.sentences.find((s) => s.text === text)?.carriedBy).toEqual(carriedBy);
  });

  it("lists every one of the article's sentences once, in order", () => {
    expect(consensus.sentences.map((s) => s.text)).toEqual([arrival, greeting]);
    expect(consensus.sentences.map((s) => s.index)).toEqual([0, 1]);
  });

  it('reports a fact two others carry and this one omits, once, with both wordings', () => {
    expect(consensus.omissions).toHaveLength(1);
    const [omission] = consensus.omissions;
    expect(omission?.text).toBe(pact);
    expect(omission?.carriedBy).toEqual(['b', 'c']);
    expect(omission?.sentences.map((s) => s.text)).toEqual([pact, pactReworded]);
  });

  it.each([
    ['k = 1 also reports facts one other outlet carries (subheads never count)', 1, [pact, hanoi, flood]],
    ['k = 2 (default) reports the pact only', 2, [pact]],
    ['k = 3 reports nothing: no fact is in three others', 3, []],
  ])('%s', (_case, minOutlets, texts) => {
    const result = coverageConsensus(page, [b, c, d], { minOutlets });
    expect(result.minOutlets).toBe(minOutlets);
    expect(result.omissions.map((o) => o.text).sort()).toEqual([...texts].sort());
  });

  it('with no other outlets, nothing is carried and nothing omitted', () => {
    const alone = coverageConsensus(page, []);
    expect(alone.sentences.map((s) => s.carriedBy)).toEqual([[], []]);
    expect(alone.omissions).toEqual([]);
  });
});
