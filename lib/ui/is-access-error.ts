/** What Chrome and Firefox say when an extension may not script a page (error texts, lower case). */
const ACCESS_ERRORS = ['cannot access', 'cannot be scripted', 'missing host permission', 'extensions gallery', 'permission to access', 'no tab with id', 'error page', 'cannot script'];

/**
 * True when an injection failed because the page is off limits (a browser page, a store page, a file
 * URL without file access, an error page), as opposed to a bug: the popup then shows the restricted state.
 * @example isAccessError(new Error('Cannot access contents of url "file:///a.html".')) // -> true
 * @example isAccessError(new Error('x is not a function')) // -> false
 */
export function isAccessError(error: unknown): boolean {
  const message = (error instanceof Error ? error.message : String(error)).toLowerCase();
  return ACCESS_ERRORS.some((text) => message.includes(text));
}
