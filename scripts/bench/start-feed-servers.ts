import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Starts `hosts` local feed servers in a process of their own (feed-server-process.ts), so a bench
 * measures the collector or the browser alone; returns their origins and the way to stop them.
 * @example const servers = await startFeedServers(4); servers.origins // -> ['http://127.0.0.1:41234', …]; servers.stop()
 */
export async function startFeedServers(hosts: number): Promise<{ origins: string[]; stop: () => void }> {
  const root = join(import.meta.dirname, '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/feed-server-process.ts', String(hosts)], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  return { origins: (JSON.parse(line) as { origins: string[] }).origins, stop: () => child.stdin.end() };
}
