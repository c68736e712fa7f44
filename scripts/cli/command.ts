export interface CliIo {
  stdout: { write(text: string): unknown };
  /** Colour only when writing to a terminal. */
  isTTY: boolean;
}

/** One CLI subcommand; each lives in scripts/cli/commands/<name>.ts and is listed in commands/index.ts. */
export interface Command {
  summary: string;
  run(argv: string[], io: CliIo): void | Promise<void>;
}
