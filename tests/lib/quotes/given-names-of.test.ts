import { describe, expect, it } from 'vitest';
import { givenNamesOf } from '../../../lib/quotes/given-names-of';

describe('givenNamesOf', () => {
  it.each([
    ['a first name and a surname', 'Dick Cheney', ['dick']],
    ['an initial left out', 'Mark D. Sheridan', ['mark']],
    ['a middle name kept', 'Donald John Trump', ['donald', 'john']],
    ['a surname alone', 'Cheney', []],
    ['words before the name are kept (the caller compares them all)', 'National Security Adviser Susan Rice', ['national', 'security', 'adviser', 'susan']],
  ])('%s', (_case, text, expected) => {
    expect(givenNamesOf({ kind: 'name', text, key: text.split(' ').at(-1)!.toLowerCase() })).toEqual(expected);
  });

  it('a role has none', () => {
    expect(givenNamesOf({ kind: 'role', text: 'former president', key: 'president' })).toEqual([]);
  });
});
