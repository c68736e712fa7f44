import { describe, expect, it } from 'vitest';
import { packBlock } from '../../../lib/store/postings-block';
import type { ShardHead } from '../../../lib/store/shard-head';
import { headView, recordsView } from '../../../lib/store/shard-view';

const sealed = packBlock(new Map([['kim', { docs: [1, 5], weights: [1000, 1414] }], ['putin', { docs: [2], weights: [2000] }]]));
const head: ShardHead = { terms: ['kim', 'putin', 'visit'], df: Uint32Array.of(3, 1, 1), openFrom: 40, open: packBlock(new Map([['kim', { docs: [41], weights: [500] }], ['visit', { docs: [43], weights: [1000] }]])) };
const flat = (runs: ReadonlyArray<{ docs: Uint32Array; weights: Uint32Array }>) => runs.flatMap((r) => [...r.docs].map((doc, k) => [doc, r.weights[k]]));

describe('recordsView', () => {
  it.each([
    ['a term in the sealed block and the head: every run, in docNo order', 'kim', 3, [[1, 1000], [5, 1414], [41, 500]]],
    ['a term in the sealed block alone', 'putin', 1, [[2, 2000]]],
    ['a term in the head alone', 'visit', 1, [[43, 1000]]],
    ['a term the shard lacks', 'seoul', 0, []],
  ])('%s', (_name, term, df, postings) => {
    const view = recordsView([sealed, head]);
    expect(view.df(term)).toBe(df);
    expect(flat(view.postings(term))).toEqual(postings);
  });

  it('counts nothing for a shard with no head (no records)', () => {
    expect(recordsView([]).df('kim')).toBe(0);
    expect(recordsView([]).postings('kim')).toEqual([]);
  });
});

describe('headView', () => {
  it.each([
    ['a listed term', 'kim', 3],
    ['a term the head does not list', 'seoul', 0],
  ])('%s', (_name, term, df) => {
    expect(headView(head).df(term)).toBe(df);
  });

  it('counts nothing for a shard without a head', () => {
    expect(headView(undefined).df('kim')).toBe(0);
  });
});
