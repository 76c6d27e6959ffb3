import type { Command } from 'commander';
import type { CliIo } from '../cli-io';

/**
 * One `std` sub-command. A command registers itself on the program and reports its exit code through
 * `exit`; commands are listed in commands/index.ts.
 */
export interface CliCommand {
  register(program: Command, io: CliIo, exit: (code: number) => void): void;
}
