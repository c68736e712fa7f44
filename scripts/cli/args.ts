import { CliError } from './cli-error';

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string>;
}

/**
 * Splits `--name value` / `--name=value` options from positional arguments, refusing unknown options.
 * @example parseArgs(['a.txt', '--format', 'json'], ['format']) // -> { positional: ['a.txt'], options: { format: 'json' } }
 */
export function parseArgs(argv: string[], known: string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!known.includes(name)) throw new CliError(`unknown option --${name} (known: ${known.map((k) => `--${k}`).join(', ') || 'none'})`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value.startsWith('--')) throw new CliError(`option --${name} needs a value`);
    options[name] = value;
  }
  return { positional, options };
}

/** Reads `--format`, checking it is one of the allowed values (the first is the default). */
export function formatOption<T extends string>(options: Record<string, string>, allowed: readonly T[]): T {
  const value = options.format ?? allowed[0];
  if (!allowed.includes(value as T)) throw new CliError(`--format must be one of ${allowed.join(', ')}`);
  return value as T;
}
