import type { DiffToken } from '../types';
import { minorFold } from './minor-fold';

/**
 * Marks change regions that only change quote style, spacing, punctuation, case or spelling variant
 * (see minorFold) as `minor`, so a reader can hide them. A region is the deletion and insertion
 * between two equal runs, as cleanUpDiff leaves them.
 * @example markMinorChanges([{op:'delete',text:'programme'},{op:'insert',text:'program'}])
 * // -> [{op:'delete',text:'programme',minor:true},{op:'insert',text:'program',minor:true}]
 */
export function markMinorChanges(tokens: readonly DiffToken[]): DiffToken[] {
  const out: DiffToken[] = [];
  let region: DiffToken[] = [];
  const flush = () => {
    const removed = region.filter((t) => t.op === 'delete').map((t) => t.text).join('');
    const added = region.filter((t) => t.op === 'insert').map((t) => t.text).join('');
    const minor = minorFold(removed) === minorFold(added);
    for (const t of region) out.push(minor ? { op: t.op, text: t.text, minor: true } : { op: t.op, text: t.text });
    region = [];
  };
  for (const t of tokens) {
    if (t.op === 'equal') {
      flush();
      out.push({ op: 'equal', text: t.text });
    } else region.push(t);
  }
  flush();
  return out;
}
