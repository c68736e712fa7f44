/**
 * The bundled corpus is a build product (corpus/generated/, written by `npm run build:corpus`), so the
 * type of its JSON is declared here: type-checking then works before the first build, and the import
 * is typed as the bundle it is rather than as the literal shape of today's data.
 */
declare module '*/generated/bundled-corpus.json' {
  const bundle: import('../../lib/corpus/types').BundledCorpus;
  export default bundle;
}
