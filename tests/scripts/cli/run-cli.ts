import { spawnSync } from 'node:child_process';
import { CLI_BUNDLE, CLI_ROOT } from './cli-bundle';

/**
 * Runs `npm run cli -- <command> ...args` as a user does, but through node directly on the tests' CLI
 * bundle (cli-bundle.ts: no npm banner or config warnings on stderr), so every stderr line is the CLI's
 * own: a stack trace would show.
 */
export function runCli(command: string, ...args: string[]): { status: number | null; stdout: string; stderr: string[] } {
  const run = spawnSync(process.execPath, [CLI_BUNDLE, command, ...args], { cwd: CLI_ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter(Boolean) };
}
