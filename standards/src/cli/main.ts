/**
 * The `std` command line: validate and compare standards kept as folders (or zips, JSON, bare BPMN),
 * and push them to or pull them from a Jingzhun server.
 *
 * @example
 *   npx std validate examples/standards/*           # report in Chinese, exit 1 on errors
 *   npx std validate --lang en --json process.bpmn
 *   npx std diff old-folder new-folder
 *   npx std push examples/standards/elder --server http://localhost:3000 --user officer --password …
 *   npx std pull BJ-SW-ELDER --version 2 --server http://localhost:3000 --token … --out elder
 */
import { Command, CommanderError } from 'commander';
import { EXIT, type CliIo } from './cli-io';
import { CLI_COMMANDS } from './commands';

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('std')
    .description('精准 service standards: validate, compare, push and pull / 校验、比较、上传和下载服务标准')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();
  for (const command of CLI_COMMANDS) command.register(program, io, (c) => (code = c));
  if (!argv.length) {
    io.out(program.helpInformation());
    return EXIT.unusable;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.unusable;
    io.err(`${(e as Error).stack ?? String(e)}\n`);
    return EXIT.unusable;
  }
  return code;
}
