import { describe, expect, it } from 'vitest';
import { findRoleNames } from '../../../lib/drift/find-role-names';
import { textWords } from '../../../lib/drift/text-words';

const roles = (text: string) => findRoleNames(textWords(text)).map((r) => [r.roleKey, r.name]);

describe('findRoleNames', () => {
  it.each([
    ['a role before a name', 'Defense Secretary James Mattis will leave.', [['defens secretary', 'James Mattis']]],
    ['a lower-case role with its qualifiers (role keys are word keys)', 'said White House press secretary Josh Earnest.', [['whit hous press secretary', 'Josh Earnest']]],
    ['a name in apposition', 'said Josh Earnest, the White House press secretary, on Monday.', [['whit hous press secretary', 'Josh Earnest']]],
    ['a role alone', 'the Texas governor continues.', []],
    ['a one-word name after a role', 'President Trump said', []],
  ])('%s', (_name, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
