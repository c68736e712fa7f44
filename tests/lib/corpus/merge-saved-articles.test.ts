import { describe, expect, it } from 'vitest';
import { mergeSavedArticles } from '../../../lib/corpus/merge-saved-articles';
import type { Article } from '../../../lib/types';

const article = (id: string, text: string): Article => ({ id, outlet: 'X', title: `Title ${id}`, text });
const a = article('a', 'Kim met Putin.');
const b = article('b', 'Rain fell in Bavaria.');
const bundled = article('000', 'A bundled article.');

describe('mergeSavedArticles', () => {
  it.each<[string, Article[], Article[], string[], Array<[string, string]>]>([
    ['a new article is added after the saved ones', [a], [b], ['a', 'b'], []],
    ['the same id is a duplicate', [a], [{ ...a, text: 'Other text.' }], ['a'], [['a', 'id']]],
    ['the same text under another id is a duplicate', [a], [article('c', 'Kim met Putin.')], ['a'], [['c', 'text']]],
    ['the same text typeset differently is a duplicate', [a], [article('c', '  kim met   Putin.\u200B')], ['a'], [['c', 'text']]],
    ['a bundled article is a duplicate', [], [article('000', 'Anything.')], [], [['000', 'id']]],
    ['a bundled text is a duplicate', [], [article('z', 'A bundled article.')], [], [['z', 'text']]],
    ['a repeat within one import is a duplicate', [], [b, { ...b }], ['b'], [['b', 'id']]],
    ['nothing incoming changes nothing', [a, b], [], ['a', 'b'], []],
  ])('%s', (_case, saved, incoming, ids, duplicates) => {
    const result = mergeSavedArticles(saved, incoming, [bundled]);
    expect(result.articles.map((x) => x.id)).toEqual(ids);
    expect(result.duplicates.map((d) => [d.id, d.reason])).toEqual(duplicates);
    expect(result.added.map((x) => x.id)).toEqual(ids.filter((id) => !saved.some((s) => s.id === id)));
  });

  it('does not change the saved list it was given', () => {
    const saved = [a];
    mergeSavedArticles(saved, [b]);
    expect(saved).toEqual([a]);
  });
});
