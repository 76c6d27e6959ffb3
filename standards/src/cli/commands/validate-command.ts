/**
 * `std validate <folder|file.bpmn|file.zip|file.json>…`: validates each input and prints a report,
 * in Chinese by default (`--lang en`) or as JSON (`--json`). Exit 0 without errors, 1 with errors,
 * 2 when an input is unusable.
 */
import type { Command } from 'commander';
import { lintBpmn } from '../../lint/lint-bpmn';
import type { Problem } from '../../problem';
import { validateStandard } from '../../validation/validate-standard';
import { commandLang, EXIT, problemLine, say, type CliIo, type Lang } from '../cli-io';
import { loadTarget } from '../load-target';
import type { CliCommand } from './cli-command';

interface TargetReport {
  path: string;
  usable: boolean;
  reason?: { zh: string; en: string };
  problems: Problem[];
  errors: number;
  warnings: number;
}

async function check(file: string): Promise<TargetReport> {
  const target = await loadTarget(file);
  if (target.kind === 'unusable') return { path: file, usable: false, reason: target.reason, problems: [], errors: 0, warnings: 0 };
  let problems: Problem[];
  if (target.kind === 'bpmn') problems = await lintBpmn(target.bytes);
  else problems = [...target.problems, ...(target.standard === undefined ? [] : await validateStandard(target.standard))];
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { path: file, usable: true, problems, errors, warnings: problems.length - errors };
}

function counts(lang: Lang, errors: number, warnings: number): string {
  if (lang === 'zh') return `${errors} 个错误，${warnings} 个警告`;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** The readable report of one input. */
export function formatReport(report: TargetReport, lang: Lang): string {
  const lines = [report.path];
  if (!report.usable) {
    lines.push(`  ✖ ${say(lang, report.reason!)}`);
    return lines.join('\n');
  }
  if (!report.problems.length) {
    lines.push(`  ✔ ${lang === 'zh' ? '没有问题' : 'no problems'}`);
    return lines.join('\n');
  }
  for (const p of report.problems) lines.push(problemLine(lang, p));
  lines.push(`  ${counts(lang, report.errors, report.warnings)}`);
  return lines.join('\n');
}

export const validateCommand: CliCommand = {
  register(program: Command, io: CliIo, exit: (code: number) => void) {
    program
      .command('validate')
      .description('validate standards (folders, .zip, .json) or bare .bpmn files / 校验标准或 BPMN 文件')
      .argument('<paths...>', 'standard folders, .zip, .json or .bpmn files')
      .option('--lang <lang>', 'zh-CN (default) or en')
      .option('--json', 'print the problems as JSON')
      .action(async (paths: string[], options: { lang?: string; json?: boolean }) => {
        const lang = commandLang(options.lang, io);
        if (!lang) {
          exit(EXIT.unusable);
          return;
        }
        const reports: TargetReport[] = [];
        for (const file of paths) reports.push(await check(file));
        const errors = reports.reduce((n, r) => n + r.errors, 0);
        const warnings = reports.reduce((n, r) => n + r.warnings, 0);
        const unusable = reports.some((r) => !r.usable);
        if (options.json) {
          io.out(`${JSON.stringify({ errors, warnings, unusable, results: reports }, null, 2)}\n`);
        } else {
          io.out(`${reports.map((r) => formatReport(r, lang)).join('\n\n')}\n`);
          if (reports.length > 1) io.out(`\n${lang === 'zh' ? '合计' : 'total'}: ${counts(lang, errors, warnings)}\n`);
        }
        exit(unusable ? EXIT.unusable : errors ? EXIT.errors : EXIT.ok);
      });
  },
};
