import type { CliCommand } from './cli-command';
import { diffCommand } from './diff-command';
import { validateCommand } from './validate-command';

/** Every `std` sub-command; add `push` and `pull` here when the API client exists. */
export const CLI_COMMANDS: readonly CliCommand[] = [validateCommand, diffCommand];
export type { CliCommand } from './cli-command';
