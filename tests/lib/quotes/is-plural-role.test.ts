import { describe, expect, it } from 'vitest';
import { isPluralRole } from '../../../lib/quotes/is-plural-role';
import type { Speaker } from '../../../lib/quotes/speaker-of-phrase';

const role = (text: string): Speaker => ({ kind: 'role', text, key: text });

describe('isPluralRole', () => {
  it.each([
    ['aides', true],
    ['officials', true],
    ['spokesmen', true],
    ['lawmakers', true],
    ['spokesman', false],
    ['aide', false],
    ['ms', false],
    ['mrs', false],
    ['press', false],
    ['campus', false],
    ['letter', false],
  ])('%s -> %s', (text, expected) => {
    expect(isPluralRole(role(text))).toBe(expected);
  });

  it('a name is never a role', () => {
    expect(isPluralRole({ kind: 'name', text: 'Jones', key: 'jone' })).toBe(false);
  });
});
