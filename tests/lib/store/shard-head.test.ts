import { describe, expect, it } from 'vitest';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { unpackBlock } from '../../../lib/store/postings-block';
import { addToShard, headFrequency, removeFromShard, shardPostings, type ShardHead, type ShardPosting } from '../../../lib/store/shard-head';
import type { PostingsBlock } from '../../../lib/store/postings-block';

/** A term's postings across records as one list (shardPostings gives one view per record). */
const postingsOf = (records: Array<PostingsBlock | ShardHead>, term: string) => {
  const views = shardPostings(records, term);
  return { docs: views.flatMap((v) => [...v.docs]), weights: views.flatMap((v) => [...v.weights]) };
};

const p = (term: string, docNo: number, weight = 1000): ShardPosting => ({ term, docNo, weight });

describe('shard heads', () => {
  it('counts each term per article and keeps the new postings in the head', () => {
    const { head, sealed } = addToShard(undefined, [p('kim', 0), p('putin', 0, 1414), p('kim', 1)], 2);
    expect(sealed).toBeUndefined();
    expect([headFrequency(head, 'kim'), headFrequency(head, 'putin'), headFrequency(head, 'absent')]).toEqual([2, 1, 0]);
    expect(head.openFrom).toBe(0);
    expect(postingsOf([head], 'kim')).toEqual({ docs: [0, 1], weights: [1000, 1000] });
  });

  it('seals the head postings into a block past the limit, and goes on from the next docNo', () => {
    const many = Array.from({ length: INDEX_LAYOUT.openPostings + 1 }, (_, i) => p('kim', i));
    const { head, sealed } = addToShard(undefined, many, many.length);
    expect(sealed?.firstDocNo).toBe(0);
    expect(unpackBlock(sealed!.block).get('kim')?.docs).toHaveLength(many.length);
    expect(head.openFrom).toBe(many.length);
    expect(head.open.docs).toHaveLength(0);
    expect(headFrequency(head, 'kim')).toBe(many.length);
    // Reading the shard: sealed block first, then the head, in docNo order.
    const { head: next } = addToShard(head, [p('kim', many.length)], many.length + 1);
    expect(postingsOf([sealed!.block, next], 'kim').docs).toEqual([...many.map((x) => x.docNo), many.length]);
    // One view per record holding the term, into the record's own arrays (no copy); none for a record without it.
    const { head: other } = addToShard(undefined, [p('reis', 0)], 1);
    const views = shardPostings([sealed!.block, other, next], 'kim');
    expect(views.map((v) => v.docs.length)).toEqual([many.length, 1]);
    expect(views[0]!.docs.buffer).toBe(sealed!.block.docs.buffer);
  });

  it.each([
    ['from the head', [p('kim', 1)], ['kim', 'putin'], [0, 2]],
    ['a term whose last article goes', [p('putin', 0)], ['kim'], [0, 1, 2]],
  ])('removes postings %s', (_case, removed, terms, kimDocs) => {
    const { head } = addToShard(undefined, [p('kim', 0), p('putin', 0), p('kim', 1), p('kim', 2)], 3);
    const result = removeFromShard(head, new Map(), removed);
    expect(result.head?.terms).toEqual(terms);
    expect(postingsOf([result.head!], 'kim').docs).toEqual(kimDocs);
  });

  it('removes postings from a sealed block, and deletes a block left empty', () => {
    const many = Array.from({ length: INDEX_LAYOUT.openPostings + 1 }, (_, i) => p('kim', i));
    const { head, sealed } = addToShard(undefined, many, many.length);
    const { head: next } = addToShard(head, [p('kim', many.length)], many.length + 1);
    const partly = removeFromShard(next, new Map([[0, sealed!.block]]), [p('kim', 3)]);
    expect(unpackBlock(partly.blocks.get(0)!).get('kim')?.docs).not.toContain(3);
    const emptied = removeFromShard(next, new Map([[0, sealed!.block]]), many);
    expect(emptied.blocks.has(0) && emptied.blocks.get(0) === undefined).toBe(true);
    expect(headFrequency(emptied.head, 'kim')).toBe(1);
  });

  it('a shard left with no term has no head', () => {
    const { head } = addToShard(undefined, [p('kim', 0)], 1);
    expect(removeFromShard(head, new Map(), [p('kim', 0)]).head).toBeUndefined();
  });
});
