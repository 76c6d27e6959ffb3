/**
 * Validation's side of the list of elements the platform runs (`bpmn/supported-elements.ts`): any
 * flow element, artifact, event definition or loop not on it is `ELEMENT_NOT_SUPPORTED`, with what to
 * use instead when the list has a hint.
 */
import { isA, label, type BpmnElement } from '../../bpmn/bpmn-element';
import { REFUSED_ELEMENT_HINTS, SUPPORTED_ELEMENT_TYPES, SUPPORTED_EVENT_DEFINITIONS } from '../../bpmn/supported-elements';
import { report, type LintRuleFactory } from '../lint-context';

/** Whether `node` is something the platform would have to run or draw in a process, and cannot. */
function notRunnable(node: BpmnElement): boolean {
  if (node.$type === 'bpmn:ScriptTask') return false; // no-script-task reports it, with its own code
  if (isA(node, 'bpmn:EventDefinition')) return !SUPPORTED_EVENT_DEFINITIONS.has(node.$type);
  if (isA(node, 'bpmn:LoopCharacteristics') || node.$type === 'bpmn:Choreography') return true;
  if (isA(node, 'bpmn:FlowElement') || isA(node, 'bpmn:Artifact')) return !SUPPORTED_ELEMENT_TYPES.has(node.$type);
  return false;
}

/** Element types the engine cannot run are errors naming the element. */
const supportedElements: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!notRunnable(node)) return;
    const what = REFUSED_ELEMENT_HINTS[node.$type] ?? { zh: node.$type, en: node.$type };
    // An event definition or a loop is reported on its event or activity, which is what a person sees and selects.
    const onParent = isA(node, 'bpmn:EventDefinition') || isA(node, 'bpmn:LoopCharacteristics');
    const element: BpmnElement = onParent && node.$parent ? node.$parent : node;
    report(
      reporter,
      element,
      'ELEMENT_NOT_SUPPORTED',
      `平台无法运行 ${label(element)}：${what.zh}`,
      `the platform cannot run ${label(element)}: ${what.en}`,
    );
  },
});
export default supportedElements;
