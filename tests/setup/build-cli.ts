import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, CLI_ROOT } from '../scripts/cli/cli-bundle';

/**
 * Each of the repository's modules keeps its own import.meta.dirname and import.meta.url in the bundle,
 * as under tsx: the corpus is found next to scripts/, and a script's "run as main" check still compares
 * the command line with its own file, not with the bundle's.
 */
const sourcePaths: Plugin = {
  name: 'source-paths',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(CLI_ROOT + sep) || args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Vitest global setup: bundles the CLI for the spawned-process tests (see cli-bundle.ts). Built anew on
 * every run, from the working tree, so the tests never run an older CLI than the source.
 */
export default async function setup(): Promise<void> {
  await build({
    entryPoints: [join(CLI_ROOT, 'scripts', 'cli', 'main.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [sourcePaths],
    // Some dependencies are CommonJS and require Node's own modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
