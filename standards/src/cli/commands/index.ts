import type { CliCommand } from './cli-command';
import { diffCommand } from './diff-command';
import { pullCommand } from './pull-command';
import { pushCommand } from './push-command';
import { validateCommand } from './validate-command';

/** Every `std` sub-command. */
export const CLI_COMMANDS: readonly CliCommand[] = [validateCommand, diffCommand, pushCommand, pullCommand];
export type { CliCommand } from './cli-command';
