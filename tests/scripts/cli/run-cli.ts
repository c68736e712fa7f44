import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * Runs `npm run cli -- <command> ...args` the way a user does, but through node directly (no npm
 * banner or config warnings on stderr), so every stderr line is the CLI's own: a stack trace would show.
 */
export function runCli(command: string, ...args: string[]): { status: number | null; stdout: string; stderr: string[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/main.ts', command, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter(Boolean) };
}
