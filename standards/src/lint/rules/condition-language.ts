import { isA, label, type BpmnElement } from '../../bpmn/bpmn-element';
import { report, type LintRuleFactory } from '../lint-context';

/**
 * The runtime evaluates a condition written `language="feel"` and no other: without a language
 * bpmn-engine would read the text as one of its own expressions, and the OMG's URIs for FEEL are not
 * what the runtime looks for. Whether the language is FEEL at all, and the FEEL itself, are the
 * feel-conditions rule's.
 */
const conditionLanguage: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!isA(node, 'bpmn:SequenceFlow') || !node['conditionExpression']) return;
    const expression = node['conditionExpression'] as BpmnElement;
    const language = typeof expression['language'] === 'string' ? expression['language'].trim() : '';
    if (!language) {
      report(
        reporter,
        node,
        'CONDITION_LANGUAGE_MISSING',
        `${label(node)} 的条件没有声明语言；请写 language="feel"`,
        `the condition of ${label(node)} names no language; write language="feel"`,
      );
    } else if (language.toLowerCase() !== 'feel' && /feel/i.test(language)) {
      report(
        reporter,
        node,
        'CONDITION_LANGUAGE_SPELLING',
        `${label(node)} 的条件语言写作 “${language}”；平台只识别 language="feel"`,
        `the condition of ${label(node)} names its language "${language}"; the platform recognises language="feel" only`,
      );
    }
  },
});
export default conditionLanguage;
