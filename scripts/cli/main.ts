import { CliError } from './cli-error';
import type { Command } from './command';
import { commands } from './commands';

const usage = (all: Record<string, Command>) =>
  ['usage: npm run cli -- <command> [args]', '', ...Object.entries(all).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)].join('\n');

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage(commands) + '\n');
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) throw new CliError(`unknown command "${name}" (commands: ${Object.keys(commands).join(', ')})`);
  await command.run(rest, { stdout: process.stdout, isTTY: Boolean(process.stdout.isTTY) });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // User errors are one line; anything else is a bug, still reported on one line without a stack.
    const message = error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`outlet-diff: ${message}\n`);
    process.exitCode = 1;
  },
);
