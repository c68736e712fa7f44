import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * The CLI as the tests run it: scripts/cli/main.ts bundled once per test run by tests/setup/build-cli.ts
 * (the same source, compiled as tsx compiles it), so each of the ~90 spawned runs starts in about 0.3 s
 * instead of the 1.6 s tsx takes to compile the CLI's modules again. One test runs `npm run cli` itself.
 */
export const CLI_BUNDLE = join(root, 'node_modules', '.cache', 'outlet-diff-tests', 'cli.mjs');

/** The repository's root, where the CLI runs (its relative paths, the corpus). */
export const CLI_ROOT = root;
