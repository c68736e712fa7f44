import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_ROOT } from './cli-bundle';

// The other CLI tests run the CLI bundled once per test run (cli-bundle.ts); this one runs it the way the
// README says, through npm and tsx, so that path cannot break unseen.
describe('npm run cli', () => {
  it('runs a command through tsx: the bundled corpus listed, exit 0', () => {
    const run = spawnSync('npm', ['run', '-s', 'cli', '--', 'corpus'], { cwd: CLI_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^5 bundled articles/);
  });
});
