import type { Command } from '../command';

/** Every CLI subcommand by name; each command file adds itself here. */
export const commands: Record<string, Command> = {};
