import { describe, expect, it } from 'vitest';
import { visibleTokens } from '../../../lib/ui/visible-tokens';
import type { DiffToken } from '../../../lib/types';

const tokens: DiffToken[] = [
  { op: 'delete', text: '"', minor: true },
  { op: 'insert', text: '“', minor: true },
  { op: 'equal', text: 'Kim ' },
  { op: 'delete', text: 'met' },
  { op: 'insert', text: 'greeted' },
  { op: 'equal', text: ' Putin ' },
  { op: 'delete', text: 'colour', minor: true },
  { op: 'insert', text: 'color', minor: true },
];

describe('visibleTokens', () => {
  it.each<[string, boolean, DiffToken[]]>([
    ['keeps every token when minor changes are shown', false, tokens],
    [
      "shows minor changes as this outlet wrote them, joined with the plain text around",
      true,
      [
        { op: 'equal', text: '"Kim ' },
        { op: 'delete', text: 'met' },
        { op: 'insert', text: 'greeted' },
        { op: 'equal', text: ' Putin colour' },
      ],
    ],
  ])('%s', (_case, hideMinor, expected) => {
    expect(visibleTokens(tokens, hideMinor)).toEqual(expected);
  });

  it('does not change the tokens it was given', () => {
    const copy = structuredClone(tokens);
    visibleTokens(tokens, true);
    expect(tokens).toEqual(copy);
  });

  it('still rebuilds this outlet\'s text when minor changes are hidden', () => {
    const a = (ts: DiffToken[]) => ts.filter((t) => t.op !== 'insert').map((t) => t.text).join('');
    expect(a(visibleTokens(tokens, true))).toBe(a(tokens));
  });
});
