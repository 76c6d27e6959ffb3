/**
 * How a lint report is named for people and programs: Chinese for bpmnlint's own messages (bpmnlint
 * speaks English only), and the stable code of a rule that gives none. Matched on the message text, so
 * a message bpmnlint adds later falls back to a generic sentence naming the rule. The API's validation
 * and the editor's lint both name reports this way.
 */
const ZH: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Element is missing bpmndi$/, () => '元素没有图形信息（BPMN DI），在流程图中不可见'],
  [/^Element is outside of parent boundary$/, () => '元素超出了所在容器的边界'],
  [/^Element overlaps with other element$/, () => '元素与其他元素重叠'],
  [/^Duplicate link catch event with link name <(.*)> in scope$/, (m) => `同一范围内有重复的链接捕获事件 “${m[1]}”`],
  [/^Link (catch|throw) event with link name <(.*)> missing in scope$/, (m) => `同一范围内缺少名为 “${m[2]}” 的链接${m[1] === 'catch' ? '捕获' : '抛出'}事件`],
  [/^A <Sequence Flow> outgoing from an <Event-based Gateway> must not be conditional$/, () => '事件网关的出口顺序流不能带条件'],
  [/^Sequence flow is missing condition$/, () => '顺序流缺少条件'],
  [/^A <Start Event> is not allowed in <Ad Hoc Sub Process>$/, () => '自由子流程中不允许开始事件'],
  [/^An <End Event> is not allowed in <Ad Hoc Sub Process>$/, () => '自由子流程中不允许结束事件'],
  [/^Start event is missing event definition$/, () => '事件子流程的开始事件缺少事件定义'],
  [/^Start event must be blank$/, () => '子流程的开始事件必须是空白开始事件'],
  [/^Link event is missing link name$/, () => '链接事件缺少链接名称'],
  [/^An <Event-based Gateway> must have at least 2 outgoing <Sequence Flows>$/, () => '事件网关至少需要两条出口顺序流'],
  [/^Conditional event is missing a condition$/, () => '条件事件缺少条件'],
  [/^Element is an implicit end$/, () => '元素没有出口，是隐式结束；请连接到结束事件'],
  [/^Element is an implicit start$/, () => '元素没有入口，是隐式开始；请从开始事件连接过来'],
  [/^Element is missing label\/name$/, () => '元素缺少名称'],
  [/^Element is not connected$/, () => '元素没有与流程相连'],
  [/^Element type <(.*)> is discouraged$/, (m) => `不建议使用元素类型 ${m[1]}`],
  [/^Event has multiple event definitions$/, () => '事件有多个事件定义'],
  [/^Flow splits implicitly$/, () => '流程隐式分支；请使用网关'],
  [/^Gateway forks and joins$/, () => '网关同时汇合和分支；请拆成两个网关'],
  [/^Gateway is superfluous\. It only has one source and target\.$/, () => '网关多余：只有一个入口和一个出口'],
  [/^Incoming flows do not join$/, () => '多条入口顺序流没有经过网关汇合'],
  [/^Sequence flow has superfluous label$/, () => '顺序流的名称多余'],
  [/^SequenceFlow is a duplicate$/, () => '顺序流重复'],
  [/^Termination is superfluous\.$/, () => '终止结束事件多余'],
  [/^(.*) has multiple blank start events$/, (m) => `${m[1]} 有多个空白开始事件`],
  [/^(.*) is missing end event$/, (m) => `${m[1]} 缺少结束事件`],
  [/^(.*) is missing start event$/, (m) => `${m[1]} 缺少开始事件`],
  [/^Element is missing name$/, () => '元素缺少名称'],
  [/^Element is unused$/, () => '元素未被使用'],
  [/^Element name is not unique$/, () => '元素名称不唯一'],
  [/^Duplicate outgoing sequence flows$/, () => '重复的出口顺序流'],
  [/^Duplicate incoming sequence flows$/, () => '重复的入口顺序流'],
];

/** The Chinese for a bpmnlint message of `rule`. */
export function lintMessageZh(rule: string, message: string): string {
  for (const [pattern, zh] of ZH) {
    const m = pattern.exec(message);
    if (m) return zh(m);
  }
  return `BPMN 检查规则 ${rule}：${message}`;
}

/**
 * The problem code of a report from a rule that gives none (bpmnlint's own): `LINT_<RULE>`, e.g.
 * `no-implicit-end` → `LINT_NO_IMPLICIT_END`. The project's rules give their own (`USER_TASK_NO_ROLE`).
 */
export function lintCode(rule: string): string {
  return `LINT_${rule.replace(/^std\//, '').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;
}
