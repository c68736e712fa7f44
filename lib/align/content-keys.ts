import { contentKeyList } from './content-key-list';

/**
 * The content of a sentence as sorted, unique word keys: function words dropped, case, spelling and
 * inflection folded. Two sentences that say the same thing in other words share most of these.
 * @example contentKeys('The programmes were cancelled.') // -> ['cancel', 'program']
 */
export function contentKeys(text: string): string[] {
  const keys = contentKeyList(text);
  // Sorted, then each repeat dropped in place: cheaper than collecting a set first.
  keys.sort();
  let unique = 0;
  for (const key of keys) if (unique === 0 || key !== keys[unique - 1]) keys[unique++] = key;
  keys.length = unique;
  return keys;
}
