import { STORES } from './corpus-schema';
import { emptyHintBlock, hintPlace, type HintBlock, type NormHint } from './norm-hints';
import type { KvWriter } from './types';

/**
 * Changes to norm hints collected while an add or a delete rewrites shards, written at the end, one
 * read and one write per hint block touched: new articles' sums set, other articles' b and c shifted.
 */
export class HintChanges {
  private readonly changes = new Map<number, { set?: NormHint; b: number; c: number }>();

  private entry(docNo: number) {
    let change = this.changes.get(docNo);
    if (!change) this.changes.set(docNo, (change = { b: 0, c: 0 }));
    return change;
  }

  set(docNo: number, hint: NormHint): void {
    this.entry(docNo).set = hint;
  }

  shift(docNo: number, by: { b: number; c: number }): void {
    const change = this.entry(docNo);
    change.b += by.b;
    change.c += by.c;
  }

  /**
   * Writes the changes into their hint blocks.
   * @example const hints = new HintChanges(); hints.set(7, normHint(weights, dfs)); await hints.write(tx)
   */
  async write(tx: KvWriter): Promise<void> {
    const byBlock = new Map<number, number[]>();
    for (const docNo of this.changes.keys()) {
      const { block } = hintPlace(docNo);
      byBlock.set(block, [...(byBlock.get(block) ?? []), docNo]);
    }
    const blocks = [...byBlock.keys()];
    const stored = await Promise.all(blocks.map((block) => tx.get<HintBlock>(STORES.hints, block)));
    blocks.forEach((block, i) => {
      const record = stored[i] ?? emptyHintBlock();
      for (const docNo of byBlock.get(block) as number[]) {
        const { slot } = hintPlace(docNo);
        const change = this.changes.get(docNo) as { set?: NormHint; b: number; c: number };
        if (change.set) {
          record.a[slot] = change.set.a;
          record.b[slot] = change.set.b;
          record.c[slot] = change.set.c;
        }
        record.b[slot] = (record.b[slot] as number) + change.b;
        record.c[slot] = (record.c[slot] as number) + change.c;
      }
      tx.put(STORES.hints, record, block);
    });
  }
}
