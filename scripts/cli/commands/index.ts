import type { Command } from '../command';
import { extract } from './extract';

/** Every CLI subcommand by name; each command file adds itself here. */
export const commands: Record<string, Command> = {};
commands.extract = extract;
