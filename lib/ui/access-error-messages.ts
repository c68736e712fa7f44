/**
 * What Chrome and Firefox say (lower case) when an extension may not script a page: browser and store
 * pages, file URLs without file access, error pages, a tab gone meanwhile. Data for isAccessError.
 */
export const ACCESS_ERROR_MESSAGES: readonly string[] = [
  'cannot access',
  'cannot be scripted',
  'missing host permission',
  'extensions gallery',
  'permission to access',
  'no tab with id',
  'error page',
  'cannot script',
];
