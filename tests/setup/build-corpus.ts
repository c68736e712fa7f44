import { writeBundledCorpus } from '../../scripts/build-corpus';

/** Vitest global setup: the bundled corpus is a build product, so tests build it from corpus/ first. */
export default function setup(): void {
  writeBundledCorpus();
}
