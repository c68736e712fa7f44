import { ACCESS_ERROR_MESSAGES } from './access-error-messages';

/**
 * True when an injection failed because the page is off limits (a browser page, a store page, a file
 * URL without file access, an error page), as opposed to a bug: the popup then shows the restricted state.
 * @example isAccessError(new Error('Cannot access contents of url "file:///a.html".')) // -> true
 * @example isAccessError(new Error('x is not a function')) // -> false
 */
export function isAccessError(error: unknown): boolean {
  const message = (error instanceof Error ? error.message : String(error)).toLowerCase();
  return ACCESS_ERROR_MESSAGES.some((text) => message.includes(text));
}
