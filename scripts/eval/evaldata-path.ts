import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where ../shared/evaldata is: beside the repo, or OUTLET_DIFF_EVALDATA. Never copied into the repo. */
export const EVALDATA_DIR = resolve(process.env.OUTLET_DIFF_EVALDATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'evaldata'));

/**
 * The path of one evaldata set, or exits with a clear message when it is absent (exit code 2).
 * @example evaldataPath('msrp') // -> '/work/shared/evaldata/msrp'
 */
export function evaldataPath(name: string): string {
  const path = join(EVALDATA_DIR, name);
  if (!existsSync(path)) {
    process.stderr.write(`evaldata not found at ${path}: this evaluation needs ../shared/evaldata (or OUTLET_DIFF_EVALDATA)\n`);
    process.exit(2);
  }
  return path;
}
