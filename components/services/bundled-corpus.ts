import bundle from '../../corpus/generated/bundled-corpus.json';
import type { BundledCorpus } from '../../lib/corpus/types';

/**
 * The bundled corpus with its prebuilt index, shipped in the extension (no download). The JSON's
 * inferred type has `string` where the bundle has literal tags, hence the cast; build-corpus writes it.
 */
export const BUNDLED_CORPUS = bundle as unknown as BundledCorpus;
