import { spawn, type ChildProcess } from 'node:child_process';
import { CLI_BUNDLE, CLI_ROOT } from './cli-bundle';

export interface CliRun {
  child: ChildProcess;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string[] }>;
}

/**
 * Starts `npm run cli -- <command> ...args` as its own process without blocking this one, so a server
 * in the test process (the local feed server) can answer it. Like runCli, through node directly.
 */
export function startCli(command: string, ...args: string[]): CliRun {
  const child = spawn(process.execPath, [CLI_BUNDLE, command, ...args], { cwd: CLI_ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Awaited<CliRun['done']>>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr: stderr.split('\n').filter(Boolean) })),
  );
  return { child, done };
}
