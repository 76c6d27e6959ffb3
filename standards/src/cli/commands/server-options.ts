/**
 * The options `std push` and `std pull` share: where the server is and how to sign in, and how a
 * server's refusal is printed.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import type { Credentials, ServerError } from '../server/server-client';

export interface ServerOptions {
  server: string;
  user?: string;
  password?: string;
  token?: string;
  lang?: string;
}

export function withServerOptions(command: Command): Command {
  return command
    .requiredOption('--server <url>', 'the Jingzhun server, e.g. http://localhost:3000')
    .option('--user <username>', 'sign in as this user')
    .option('--password <password>', 'the user’s password')
    .option('--token <token>', 'an access token instead of a user and password')
    .option('--lang <lang>', 'zh-CN (default) or en');
}

export function credentialsOf(options: ServerOptions): Credentials {
  return { server: options.server, user: options.user, password: options.password, token: options.token };
}

/** The server's error, with each detail on its own line. */
export function printServerError(io: CliIo, error: ServerError): void {
  io.err(`${error.message} [${error.code}]\n`);
  for (const d of error.details) io.err(`  ${d.elementId ?? d.pointer ?? '/'}  ${d.message}\n`);
}
