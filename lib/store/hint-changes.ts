import { articleSlot, slotKey } from './article-slot';
import { STORES } from './corpus-schema';
import { INDEX_LAYOUT } from './index-layout';
import { emptyHintBlock, type HintBlock, type NormHint } from './norm-hints';
import type { KvWriter } from './types';

type Change = { set?: NormHint; day?: number; a: number; b: number; c: number };

/**
 * Changes to per-article numbers collected while an add or a delete rewrites shards, written at the
 * end, one read and one write per block and kind touched: new articles' hint sums and publication days
 * set (or, in a fold made in slices, their sums over each slice's terms added), other articles' b and c
 * sums shifted.
 */
export class HintChanges {
  private readonly changes = new Map<number, Change>();

  private entry(docNo: number) {
    let change = this.changes.get(docNo);
    if (!change) this.changes.set(docNo, (change = { a: 0, b: 0, c: 0 }));
    return change;
  }

  /** A new article: its hint sums and its publication day (publishedDay; NaN when unknown). */
  set(docNo: number, hint: NormHint, day: number): void {
    Object.assign(this.entry(docNo), { set: hint, day });
  }

  /** The sums over some more of an article's terms: a hint is a sum over terms, so slices of them add up. */
  add(docNo: number, hint: NormHint): void {
    const change = this.entry(docNo);
    change.a += hint.a;
    this.shift(docNo, hint);
  }

  shift(docNo: number, by: { b: number; c: number }): void {
    const change = this.entry(docNo);
    change.b += by.b;
    change.c += by.c;
  }

  /**
   * Writes the changes into their blocks.
   * @example const hints = new HintChanges(); hints.set(7, normHint(weights, dfs), day); await hints.write(tx)
   */
  async write(tx: KvWriter): Promise<void> {
    const byBlock = new Map<number, number[]>();
    for (const docNo of this.changes.keys()) {
      const { block } = articleSlot(docNo);
      byBlock.set(block, [...(byBlock.get(block) ?? []), docNo]);
    }
    await Promise.all(
      [...byBlock].map(async ([block, docNos]) => {
        const dated = docNos.some((docNo) => this.changes.get(docNo)?.day !== undefined);
        const [hints, days] = await Promise.all([
          tx.get<HintBlock>(STORES.perArticle, slotKey(block, 'hints')),
          dated ? tx.get<Float32Array>(STORES.perArticle, slotKey(block, 'days')) : undefined,
        ]);
        const sums = hints ?? emptyHintBlock();
        const calendar = days ?? new Float32Array(INDEX_LAYOUT.hintBlock).fill(Number.NaN);
        for (const docNo of docNos) {
          const { slot } = articleSlot(docNo);
          const change = this.changes.get(docNo) as Change;
          if (change.set) [sums.a[slot], sums.b[slot], sums.c[slot]] = [change.set.a, change.set.b, change.set.c];
          if (change.day !== undefined) calendar[slot] = change.day;
          sums.a[slot] = (sums.a[slot] as number) + change.a;
          sums.b[slot] = (sums.b[slot] as number) + change.b;
          sums.c[slot] = (sums.c[slot] as number) + change.c;
        }
        tx.put(STORES.perArticle, sums, slotKey(block, 'hints'));
        if (dated) tx.put(STORES.perArticle, calendar, slotKey(block, 'days'));
      }),
    );
  }
}
