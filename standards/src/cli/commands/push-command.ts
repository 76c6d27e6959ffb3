/**
 * `std push <folder> --server URL (--user U --password P | --token T)`: uploads a standard folder to a
 * server as a zip. A new code creates the standard; a known one gets the folder as its next draft.
 * Prints the draft's revision and its problems. Exit 0 when saved without errors, 1 when saved with
 * errors, 2 when the folder is unusable or the server refused.
 */
import type { Command } from 'commander';
import { standardToZip } from '../../archive/standard-zip';
import type { ServiceStandard } from '../../schema/service-standard';
import { commandLang, EXIT, problemLine, say, type CliIo } from '../cli-io';
import { loadTarget, unreadParts } from '../load-target';
import { ServerClient, ServerError } from '../server/server-client';
import type { CliCommand } from './cli-command';
import { credentialsOf, printServerError, withServerOptions, type ServerOptions } from './server-options';

export const pushCommand: CliCommand = {
  register(program: Command, io: CliIo, exit: (code: number) => void) {
    withServerOptions(
      program
        .command('push')
        .description('upload a standard folder to a server as its draft / 将标准文件夹上传到服务器（保存为草稿）')
        .argument('<folder>', 'the standard folder (or a .zip of one)'),
    ).action(async (folder: string, options: ServerOptions) => {
      const lang = commandLang(options.lang, io);
      if (!lang) {
        exit(EXIT.unusable);
        return;
      }
      const target = await loadTarget(folder);
      if (target.kind === 'unusable') {
        io.err(`${say(lang, target.reason)}\n`);
        exit(EXIT.unusable);
        return;
      }
      const unread = unreadParts(target);
      if (unread.length) {
        io.err(`${say(lang, { zh: `${folder} 中有无法读取的文件，未上传：`, en: `${folder} has files that cannot be read; nothing was uploaded:` })}\n`);
        for (const p of unread) io.err(`${problemLine(lang, p)}\n`);
        exit(EXIT.unusable);
        return;
      }
      if (target.kind !== 'standard' || typeof target.standard !== 'object' || target.standard === null) {
        io.err(`${say(lang, { zh: `${folder} 不是标准文件夹`, en: `${folder} is not a standard folder` })}\n`);
        exit(EXIT.unusable);
        return;
      }
      // Zipped from the files as read, so the server sees the folder as it is, problems and all.
      const bytes = standardToZip(target.standard as ServiceStandard);
      let client: ServerClient | undefined;
      try {
        client = await ServerClient.connect(credentialsOf(options), lang);
        const result = await client.importZip(bytes);
        const { draft } = result;
        io.out(
          `${say(lang, {
            zh: `${result.code}：${result.created ? '已创建标准' : '已保存为新草稿'}，修订 ${draft.revision}`,
            en: `${result.code}: ${result.created ? 'standard created' : 'saved as the next draft'}, revision ${draft.revision}`,
          })}\n`,
        );
        for (const p of draft.problems) {
          const severity = p.severity === 'error' ? say(lang, { zh: '✖ 错误', en: '✖ error' }) : say(lang, { zh: '⚠ 警告', en: '⚠ warning' });
          io.out(`  ${severity}  ${p.elementId ?? (p.pointer || '/')}  ${say(lang, p.message)}  [${p.code}]\n`);
        }
        exit(draft.problems.some((p) => p.severity === 'error') ? EXIT.errors : EXIT.ok);
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
