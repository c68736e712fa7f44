import { describe, expect, it } from 'vitest';
import { isAccessError } from '../../../lib/ui/is-access-error';

describe('isAccessError', () => {
  it.each([
    [new Error('Cannot access contents of url "file:///a.html". Extension manifest must request permission to access this host.'), true],
    [new Error('Cannot access a chrome:// URL'), true],
    [new Error('The extensions gallery cannot be scripted.'), true],
    [new Error('Missing host permission for the tab'), true],
    [new Error('No tab with id: 12.'), true],
    ['Frame with ID 0 is showing error page', true],
    [new Error('x is not a function'), false],
    [undefined, false],
  ])('%s -> %s', (error, expected) => {
    expect(isAccessError(error)).toBe(expected);
  });
});
