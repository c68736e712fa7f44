import { describe, expect, it } from 'vitest';
import { markMinorChanges } from '../../../lib/diff/mark-minor-changes';
import type { DiffToken } from '../../../lib/types';
import { show } from './helpers';

const d = (text: string): DiffToken => ({ op: 'delete', text });
const i = (text: string): DiffToken => ({ op: 'insert', text });
const e = (text: string): DiffToken => ({ op: 'equal', text });

describe('markMinorChanges', () => {
  it.each([
    ['spelling variant', [e('the '), d('programme'), i('program')], 'the [-programme-]~{+program+}~'],
    ['quote style', [d('\u201C'), i('"'), e('We')], '[-\u201C-]~{+"+}~We'],
    ['punctuation only deletion', [e('said'), d(','), e(' then')], 'said[-,-]~ then'],
    ['name variant', [e('Kim Jong'), d('-un'), i(' Un')], 'Kim Jong[--un-]~{+ Un+}~'],
    ['a real rewording is not minor', [d('greatly'), i('highly')], '[-greatly-]{+highly+}'],
    ['a deleted word is not minor', [e('the'), d(' first'), e(' visit')], 'the[- first-] visit'],
    ['each region is judged alone', [d('programme'), i('program'), e(' x '), d('a'), i('b')], '[-programme-]~{+program+}~ x [-a-]{+b+}'],
  ])('%s', (_name, tokens, expected) => {
    expect(show(markMinorChanges(tokens))).toBe(expected);
  });
});
