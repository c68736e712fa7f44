import { describe, expect, it } from 'vitest';
import { ACCESS_ERROR_MESSAGES } from '../../../lib/ui/access-error-messages';
import { isAccessError } from '../../../lib/ui/is-access-error';

describe('access error messages', () => {
  it.each(ACCESS_ERROR_MESSAGES.map((m) => [m]))('%j is lower case, trimmed, and recognised in any case', (message) => {
    expect(message).toBe(message.toLowerCase().trim());
    expect(isAccessError(new Error(`Error: ${message.toUpperCase()}.`))).toBe(true);
  });
});
