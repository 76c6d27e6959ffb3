import lintModule from 'bpmn-js-bpmnlint';
import type { ModuleDeclaration } from 'didi';
import stdContext from '../std-context';
import { StdLinting } from './std-linting';

/**
 * The standards' lint on the diagram as it is drawn (bpmn-js-bpmnlint's overlays and button, and its
 * `linting.completed` event), with the same rules, codes and messages as the API's validation.
 */
export default {
  __depends__: [lintModule, stdContext],
  __init__: ['stdLinting'],
  stdLinting: ['type', StdLinting],
} satisfies ModuleDeclaration;
