import { describe, expect, it } from 'vitest';
import { sideTokens } from '../../../lib/ui/side-tokens';
import type { DiffToken } from '../../../lib/types';

const tokens: DiffToken[] = [
  { op: 'equal', text: 'Kim ' },
  { op: 'delete', text: 'met' },
  { op: 'insert', text: 'greeted' },
  { op: 'equal', text: ' Putin.' },
];

describe('sideTokens', () => {
  it.each<['a' | 'b', string, string]>([
    ['a', 'Kim met Putin.', 'delete'],
    ['b', 'Kim greeted Putin.', 'insert'],
  ])('side %s rebuilds its text and keeps only its own changes', (side, text, op) => {
    const kept = sideTokens(tokens, side);
    expect(kept.map((t) => t.text).join('')).toBe(text);
    expect(kept.filter((t) => t.op !== 'equal').map((t) => t.op)).toEqual([op]);
  });
});
