/**
 * `std pull <code> [--version n|draft] --server URL --out folder (--user U --password P | --token T)`:
 * downloads a standard from a server and writes it as a folder (by default the draft if there is one,
 * else the newest version). Exit 0 when written, 2 when the server refused or the archive is unusable.
 */
import type { Command } from 'commander';
import { writeStandardFolder } from '../../archive/standard-folder';
import { standardFromZip } from '../../archive/standard-zip';
import type { ServiceStandard } from '../../schema/service-standard';
import { commandLang, EXIT, say, type CliIo } from '../cli-io';
import { ServerClient, ServerError } from '../server/server-client';
import type { CliCommand } from './cli-command';
import { credentialsOf, printServerError, withServerOptions, type ServerOptions } from './server-options';

function parseVersion(value: string | undefined): number | 'draft' | undefined | null {
  if (value === undefined) return undefined;
  if (value === 'draft') return 'draft';
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

export const pullCommand: CliCommand = {
  register(program: Command, io: CliIo, exit: (code: number) => void) {
    withServerOptions(
      program
        .command('pull')
        .description('download a standard from a server into a folder / 从服务器下载标准到文件夹')
        .argument('<code>', 'the standard code, e.g. BJ-SW-ELDER')
        .option('--version <n>', 'a published version number, or "draft" (default: the draft, else the newest version)')
        .requiredOption('--out <folder>', 'the folder to write'),
    ).action(async (code: string, options: ServerOptions & { version?: string; out: string }) => {
      const lang = commandLang(options.lang, io);
      if (!lang) {
        exit(EXIT.unusable);
        return;
      }
      const version = parseVersion(options.version);
      if (version === null) {
        io.err(`${say(lang, { zh: `版本应为正整数或 draft：${options.version}`, en: `the version must be a whole number or "draft": ${options.version}` })}\n`);
        exit(EXIT.unusable);
        return;
      }
      let client: ServerClient | undefined;
      try {
        client = await ServerClient.connect(credentialsOf(options), lang);
        const read = standardFromZip(await client.exportZip(code, version));
        const errors = read.problems.filter((p) => p.severity === 'error');
        if (errors.length || typeof read.standard !== 'object' || read.standard === null) {
          for (const p of errors) io.err(`${say(lang, p.message)}\n`);
          exit(EXIT.unusable);
          return;
        }
        await writeStandardFolder(options.out, read.standard as ServiceStandard);
        io.out(`${say(lang, { zh: `已将 ${code} 写入 ${options.out}`, en: `wrote ${code} to ${options.out}` })}\n`);
        exit(EXIT.ok);
      } catch (error) {
        if (!(error instanceof ServerError)) throw error;
        printServerError(io, error);
        exit(EXIT.unusable);
      } finally {
        await client?.close();
      }
    });
  },
};
