/**
 * Files the options page must refuse, each with its one-line reason and no change to the saved
 * articles; imported by both browsers' saved-articles tests.
 */

/** [what it is, file name, content, the reason the page must show]. */
export const MALFORMED_PACKS: [string, string, string, RegExp][] = [
  ['not JSON', 'broken.json', '{ "format": "outlet-diff-corpus", "articles": [ ', /^Nothing imported: the file is not JSON\.$/],
  ['another format', 'other.json', JSON.stringify({ format: 'something-else', version: 1, articles: [] }), /^Nothing imported: not an Outlet Diff corpus pack/],
  ['an article without text', 'no-text.json', JSON.stringify({ format: 'outlet-diff-corpus', version: 1, articles: [{ id: 'x', outlet: 'X', title: 'T' }] }), /^Nothing imported: .*text/],
  // A valid pack but for its size: without the size limit it would be read and "imported".
  ['a 21 MB file', 'huge.json', `{"format":"outlet-diff-corpus","version":1,"articles":[],"pad":"${'x'.repeat(21 * 1024 * 1024)}"}`, /^Nothing imported: the file is too large \(\d+ MB; the limit for a \.json pack is 20 MB, use JSON Lines for more\)\.$/],
];
