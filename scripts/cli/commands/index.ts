import type { Command } from '../command';
import { compare } from './compare';
import { consensus } from './consensus';
import { corpus } from './corpus';
import { extract } from './extract';
import { collect } from './collect';
import { match } from './match';

/** Every CLI subcommand by name; each command file adds itself here. */
export const commands: Record<string, Command> = {};
commands.compare = compare;
commands.extract = extract;
commands.corpus = corpus;
commands.match = match;
commands.consensus = consensus;
commands.collect = collect;
