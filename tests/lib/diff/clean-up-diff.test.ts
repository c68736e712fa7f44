import { describe, expect, it } from 'vitest';
import { cleanUpDiff } from '../../../lib/diff/clean-up-diff';
import { diffTokens } from '../../../lib/diff/diff-tokens';
import type { DiffToken } from '../../../lib/types';
import { rebuild, show } from './helpers';

const d = (text: string): DiffToken => ({ op: 'delete', text });
const i = (text: string): DiffToken => ({ op: 'insert', text });
const e = (text: string): DiffToken => ({ op: 'equal', text });

describe('cleanUpDiff', () => {
  it.each([
    ['coincidental "the" between changes joins them', [d('greatly'), e(' the '), d('x'), i('highly')], '[-greatly the x-]{+ the highly+}'],
    ['a content word between changes stays equal', [d('greatly'), e(' Putin '), i('highly')], '[-greatly-] Putin {+highly+}'],
    ['punctuation between changes joins them', [d('a'), i('b'), e(','), d('c'), i('d')], '[-a,c-]{+b,d+}'],
    ['a stop word at the edge stays equal', [e('the '), d('a'), i('b')], 'the [-a-]{+b+}'],
    ['interleaved changes become one deletion then one insertion', [d('a'), i('b'), d('c'), i('d')], '[-ac-]{+bd+}'],
    ['adjacent equals merge', [e('a'), e('b')], 'ab'],
    ['empty', [], ''],
  ])('%s', (_name, tokens, expected) => {
    expect(show(cleanUpDiff(tokens))).toBe(expected);
  });

  it('keeps the rebuild property on a real paraphrase', () => {
    const a = 'North Korea has denied supplying military hardware to Russia, but ahead of his visit Putin thanked Kim.';
    const b = 'The North has denied providing Russia with military gear, but before his trip, Putin hailed Kim.';
    expect(rebuild(cleanUpDiff(diffTokens(a, b)))).toEqual({ a, b });
  });

  it('has fewer change regions than the raw diff of a paraphrase', () => {
    const a = 'Russia and North Korea have been allies since their founding after World War II.';
    const b = 'Moscow and Pyongyang have been allies since the establishment of North Korea following World War II.';
    const regions = (tokens: DiffToken[]) => tokens.filter((t, k) => t.op !== 'equal' && tokens[k - 1]?.op === 'equal').length;
    expect(regions(cleanUpDiff(diffTokens(a, b)))).toBeLessThan(regions(diffTokens(a, b)));
  });
});
