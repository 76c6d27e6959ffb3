/**
 * `std diff <a> <b>`: what changed from standard `a` to standard `b` (folders, .zip or .json), as a
 * readable list (zh-CN by default, `--lang en`) or JSON (`--json`). Exit 0, or 2 on unusable input.
 */
import type { Command } from 'commander';
import type { ServiceStandard } from '../../schema/service-standard';
import { diffVersions, type CollectionDiff, type StandardDiff, type ValueChange } from '../../versions/diff-versions';
import { commandLang, EXIT, problemLine, say, type CliIo, type Lang } from '../cli-io';
import { loadTarget, unreadParts } from '../load-target';
import type { CliCommand } from './cli-command';

const show = (v: unknown) => (v === undefined ? '∅' : typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v));

function valueLines(changes: ValueChange[], indent: string): string[] {
  return changes.map((c) => `${indent}${c.path || '/'}: ${show(c.before)} → ${show(c.after)}`);
}

function collection<T extends { id: string }>(title: string, diff: CollectionDiff<T>): string[] {
  if (!diff.added.length && !diff.removed.length && !diff.changed.length) return [];
  return [
    title,
    ...diff.added.map((x) => `  + ${x.id}`),
    ...diff.removed.map((x) => `  - ${x.id}`),
    ...diff.changed.flatMap((c) => [`  ~ ${c.id}`, ...valueLines(c.changes, '      ')]),
  ];
}

/** The readable form of a diff. */
export function formatDiff(diff: StandardDiff, lang: Lang): string {
  const t = (zh: string, en: string) => say(lang, { zh, en });
  const lines: string[] = [];
  if (diff.metadata.length) lines.push(t('基本信息：', 'Metadata:'), ...valueLines(diff.metadata, '  ~ '));
  lines.push(...collection(t('服务内容：', 'Contents:'), diff.contents));
  lines.push(...collection(t('服务方法：', 'Methods:'), diff.methods));
  lines.push(...collection(t('角色：', 'Roles:'), diff.roles));
  lines.push(...collection(t('参数：', 'Parameters:'), diff.parameters));
  lines.push(...collection(t('指标：', 'Indicators:'), diff.indicators));
  lines.push(...collection(t('表单：', 'Forms:'), diff.forms));
  const { added, removed, changed } = diff.elements;
  if (added.length || removed.length || changed.length) {
    const name = (e: { id: string; type: string; name?: string }) => `${e.id} (${e.type}${e.name ? ` ${e.name}` : ''})`;
    lines.push(t('流程元素：', 'Process elements:'));
    lines.push(...added.map((e) => `  + ${name(e)}`), ...removed.map((e) => `  - ${name(e)}`));
    for (const e of changed) {
      lines.push(`  ~ ${name(e)}`, ...e.changes.map((c) => `      ${c.property}: ${show(c.before)} → ${show(c.after)}`));
    }
  }
  if (diff.layoutChanged) lines.push(t('流程图布局有变化', 'The diagram layout changed'));
  lines.push(diff.identical ? t('没有变化', 'No changes') : t(`共 ${diff.changeCount} 处内容变化`, `${diff.changeCount} change(s) of content`));
  return lines.join('\n');
}

export const diffCommand: CliCommand = {
  register(program: Command, io: CliIo, exit: (code: number) => void) {
    program
      .command('diff')
      .description('what changed between two standards / 比较两个标准版本')
      .argument('<a>', 'the earlier standard (folder, .zip or .json)')
      .argument('<b>', 'the later standard')
      .option('--lang <lang>', 'zh-CN (default) or en')
      .option('--json', 'print the diff as JSON')
      .action(async (a: string, b: string, options: { lang?: string; json?: boolean }) => {
        const lang = commandLang(options.lang, io);
        if (!lang) {
          exit(EXIT.unusable);
          return;
        }
        const standards: ServiceStandard[] = [];
        for (const file of [a, b]) {
          const target = await loadTarget(file);
          if (target.kind === 'unusable') {
            io.err(`${say(lang, target.reason)}\n`);
            exit(EXIT.unusable);
            return;
          }
          const unread = unreadParts(target);
          if (unread.length) {
            io.err(`${say(lang, { zh: `${file} 中有无法读取的文件：`, en: `${file} has files that cannot be read:` })}\n`);
            for (const p of unread) io.err(`${problemLine(lang, p)}\n`);
            exit(EXIT.unusable);
            return;
          }
          if (target.kind !== 'standard' || typeof target.standard !== 'object' || target.standard === null) {
            io.err(`${say(lang, { zh: `${file} 不是完整的标准`, en: `${file} is not a whole standard` })}\n`);
            exit(EXIT.unusable);
            return;
          }
          standards.push(target.standard as ServiceStandard);
        }
        let diff: StandardDiff;
        try {
          diff = diffVersions(standards[0]!, standards[1]!);
        } catch (e) {
          io.err(`${(e as Error).message}\n`);
          exit(EXIT.unusable);
          return;
        }
        io.out(options.json ? `${JSON.stringify(diff, null, 2)}\n` : `${formatDiff(diff, lang)}\n`);
        exit(EXIT.ok);
      });
  },
};
