import { isA, label, type BpmnElement } from '../../bpmn/bpmn-element';
import { feelProblem } from '../../feel/feel';
import { report, type LintRuleFactory } from '../lint-context';

const FEEL_LANGUAGES = new Set(['feel', 'http://www.omg.org/spec/feel/20140401', 'https://www.omg.org/spec/dmn/20191111/feel/']);

/** Checks one condition expression; `owner` is the element reported. */
function checkCondition(expression: BpmnElement, owner: BpmnElement, reporter: Parameters<typeof report>[0]): void {
  const language = typeof expression['language'] === 'string' ? (expression['language'] as string).trim() : '';
  if (language && !FEEL_LANGUAGES.has(language.toLowerCase())) {
    report(
      reporter,
      owner,
      'CONDITION_NOT_FEEL',
      `条件必须使用 FEEL，${label(owner)} 使用了 “${language}”`,
      `conditions must be FEEL; ${label(owner)} uses "${language}"`,
    );
    return;
  }
  const body = typeof expression['body'] === 'string' ? (expression['body'] as string).trim() : '';
  if (!body) {
    report(reporter, owner, 'CONDITION_EMPTY', `${label(owner)} 的条件为空`, `the condition of ${label(owner)} is empty`);
    return;
  }
  const problem = feelProblem(body);
  if (problem?.kind === 'budget') {
    const { reason } = problem.error;
    report(
      reporter,
      owner,
      'CONDITION_FEEL_BUDGET_EXCEEDED',
      `${label(owner)} 的条件超出 FEEL 计算上限：${reason.zh}`,
      `the condition of ${label(owner)} exceeds the FEEL budget: ${reason.en}`,
    );
  } else if (problem) {
    const error = problem.reason;
    const hint = /^\$\{|^#\{/.test(body)
      ? { zh: '（这像是 JUEL 表达式）', en: ' (this looks like a JUEL expression)' }
      : /^=/.test(body)
        ? { zh: '（去掉开头的 “=”）', en: ' (remove the leading "=")' }
        : { zh: '', en: '' };
    report(
      reporter,
      owner,
      'CONDITION_FEEL_INVALID',
      `${label(owner)} 的条件不是有效的 FEEL${hint.zh}：${error}`,
      `the condition of ${label(owner)} is not valid FEEL${hint.en}: ${error}`,
    );
  }
}

/**
 * Conditions are FEEL and only FEEL: no JavaScript (bpmn-engine would run it); they must parse, and
 * run within the FEEL budget (no case could ever take a flow whose condition cannot).
 */
const feelConditions: LintRuleFactory = () => ({
  check(node, reporter) {
    if (isA(node, 'bpmn:SequenceFlow') && node['conditionExpression']) {
      checkCondition(node['conditionExpression'] as BpmnElement, node, reporter);
    }
  },
});
export default feelConditions;
