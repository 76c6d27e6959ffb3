import { isA, many, text, type BpmnElement } from '../../bpmn/bpmn-element';
import { contextOf, report, type LintRuleFactory } from '../lint-context';

const STANDARD_CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,5}$/;

/** The processes that hold flow elements: pools of external participants are empty and do not count. */
export function processesOf(definitions: BpmnElement): BpmnElement[] {
  return many(definitions, 'rootElements').filter((e) => isA(e, 'bpmn:Process') && many(e, 'flowElements').length > 0);
}

/**
 * A standard has exactly one executable process, with exactly one start event, and it carries the
 * standard's code (`std:code`), so a BPMN file cannot be attached to the wrong standard.
 */
const processCode: LintRuleFactory = (config) => {
  const context = contextOf(config);
  return {
    check(node, reporter) {
      if (!isA(node, 'bpmn:Definitions')) return;
      const processes = processesOf(node);
      if (processes.length === 0) {
        report(reporter, node, 'PROCESS_MISSING', '没有含流程元素的流程', 'there is no process with flow elements');
        return false;
      }
      if (processes.length > 1) {
        for (const extra of processes.slice(1)) {
          report(
            reporter,
            extra,
            'PROCESS_MULTIPLE',
            `一个标准只能有一个可执行流程，多余的流程：${extra.id}`,
            `a standard has exactly one executable process; extra process: ${extra.id}`,
          );
        }
      }
      const process = processes[0]!;
      // bpmn-engine runs every executable process of the file: an empty pool marked executable would run too.
      for (const other of many(node, 'rootElements')) {
        if (isA(other, 'bpmn:Process') && !processes.includes(other) && other['isExecutable'] === true) {
          report(
            reporter,
            other,
            'PROCESS_MULTIPLE',
            `一个标准只能有一个可执行流程，流程 ${other.id} 也标记为可执行（请去掉 isExecutable）`,
            `a standard has exactly one executable process; process ${other.id} is marked executable too (remove isExecutable)`,
          );
        }
      }
      const starts = many(process, 'flowElements').filter((e) => isA(e, 'bpmn:StartEvent'));
      if (starts.length > 1) {
        for (const extra of starts.slice(1)) {
          report(
            reporter,
            extra,
            'PROCESS_START_MULTIPLE',
            `流程只能有一个开始事件（个案从一处开始），多余的开始事件：${extra.id}`,
            `the process has exactly one start event (a case starts in one place); extra start event: ${extra.id}`,
          );
        }
      }
      if (process['isExecutable'] !== true) {
        report(reporter, process, 'PROCESS_NOT_EXECUTABLE', `流程 ${process.id} 未标记为可执行（isExecutable="true"）`, `process ${process.id} is not marked executable (isExecutable="true")`);
      }
      const code = text(process, 'code');
      if (!code) {
        report(reporter, process, 'PROCESS_NO_CODE', `流程 ${process.id} 没有标准代码（std:code）`, `process ${process.id} has no standard code (std:code)`);
      } else if (context.code !== undefined && code !== context.code) {
        report(
          reporter,
          process,
          'PROCESS_CODE_MISMATCH',
          `流程的 std:code “${code}” 与标准代码 “${context.code}” 不一致`,
          `the process's std:code "${code}" differs from the standard's code "${context.code}"`,
        );
      } else if (!STANDARD_CODE.test(code)) {
        report(reporter, process, 'PROCESS_CODE_INVALID', `std:code “${code}” 不是有效的标准代码（如 BJ-SW-ELDER）`, `std:code "${code}" is not a valid standard code (e.g. BJ-SW-ELDER)`);
      }
      return false;
    },
  };
};
export default processCode;
