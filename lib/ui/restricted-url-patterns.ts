/**
 * Pages an extension may not script even after a toolbar click (browser pages, other extensions, the
 * add-on stores, built-in viewers). Data for isRestrictedUrl; the stores are listed by host because
 * both browsers block content scripts there whatever the permissions.
 */
export const RESTRICTED_SCHEMES = ['chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'chrome-extension:', 'extension:', 'view-source:', 'devtools:', 'chrome-search:', 'chrome-untrusted:', 'resource:', 'jar:', 'data:', 'javascript:', 'blob:', 'filesystem:'];

/** The extension stores, matched against `host + pathname` (lower case). */
export const RESTRICTED_STORE_PAGES: readonly RegExp[] = [
  /^chromewebstore\.google\.com\//,
  /^chrome\.google\.com\/webstore/,
  /^microsoftedge\.microsoft\.com\/addons/,
  /^addons\.mozilla\.org\//,
  /^addons\.opera\.com\//,
];

/** The only schemes whose pages hold articles we can read. */
export const READABLE_SCHEMES = ['http:', 'https:', 'file:'];
