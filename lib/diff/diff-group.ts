import type { DiffToken } from '../types';
import { cleanUpDiff } from './clean-up-diff';
import { diffTokens } from './diff-tokens';
import { markMinorChanges } from './mark-minor-changes';

/**
 * The readable word diff of one aligned group: jsdiff over words and punctuation, coincidental equal
 * runs folded into the changes, minor changes marked.
 * @example diffGroup('The programme grew.', 'The program grew fast.')
 * // -> [{op:'equal',text:'The'},{op:'delete',text:' programme',minor:true},{op:'insert',text:' program',minor:true},
 * //     {op:'equal',text:' grew'},{op:'insert',text:' fast'},{op:'equal',text:'.'}]
 */
export function diffGroup(a: string, b: string): DiffToken[] {
  // Outlets often carry a sentence word for word (agency copy): what the diff would find, without diffing.
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  return markMinorChanges(cleanUpDiff(diffTokens(a, b)));
}
