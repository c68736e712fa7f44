import { isStopWord } from '../text/stop-words';
import { words } from '../text/tokenize';
import type { DiffToken } from '../types';

/** An equal run this small between two changes is coincidence ("the", "of a", ","), not agreement. */
const MAX_COINCIDENTAL_WORDS = 2;

function isCoincidental(text: string): boolean {
  const ws = words(text);
  return ws.length <= MAX_COINCIDENTAL_WORDS && ws.every((w) => w.kind === 'word' && isStopWord(w.text));
}

/**
 * Makes a word diff readable, in the spirit of diff-match-patch's semantic cleanup: a tiny equal run
 * of function words or punctuation between two changes becomes part of the change, and each change
 * region is shown as one deletion followed by one insertion instead of interleaved fragments.
 * Equal + delete still rebuild `a`, equal + insert `b`. Minor flags are left to markMinorChanges.
 * @example cleanUpDiff([{op:'delete',text:'greatly'},{op:'equal',text:' the '},{op:'delete',text:'x'},{op:'insert',text:'highly'}])
 * // -> [{op:'delete',text:'greatly the x'},{op:'insert',text:'highly the '}]
 */
export function cleanUpDiff(tokens: readonly DiffToken[]): DiffToken[] {
  const changed = (t: DiffToken | undefined) => t !== undefined && t.op !== 'equal';
  const expanded: DiffToken[] = [];
  tokens.forEach((t, k) => {
    if (t.op === 'equal' && changed(tokens[k - 1]) && changed(tokens[k + 1]) && isCoincidental(t.text)) {
      expanded.push({ op: 'delete', text: t.text }, { op: 'insert', text: t.text });
    } else expanded.push({ op: t.op, text: t.text });
  });

  const out: DiffToken[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  for (const t of expanded) {
    if (t.op === 'delete') deleted += t.text;
    else if (t.op === 'insert') inserted += t.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.text += t.text;
      else out.push({ op: 'equal', text: t.text });
    }
  }
  flush();
  return out;
}
