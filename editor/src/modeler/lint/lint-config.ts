/**
 * The bpmnlint configuration run in the browser by bpmn-js-bpmnlint: bpmnlint's recommended rules
 * plus the standard's own diagram rules, resolved from a static table (the browser cannot look
 * rules up on disk).
 */
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import fakeJoin from 'bpmnlint/rules/fake-join';
import labelRequired from 'bpmnlint/rules/label-required';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import { noScriptTask, serviceTaskService, userTaskForm, userTaskRole } from './std-rules';

type Level = 'error' | 'warn';

const BUILT_IN: Record<string, [unknown, Level]> = {
  'ad-hoc-sub-process': [adHocSubProcess, 'error'],
  'conditional-flows': [conditionalFlows, 'error'],
  'end-event-required': [endEventRequired, 'error'],
  'event-based-gateway': [eventBasedGateway, 'error'],
  'fake-join': [fakeJoin, 'warn'],
  // Unnamed elements are allowed while drawing; the reader of a standard still needs names.
  'label-required': [labelRequired, 'warn'],
  'no-complex-gateway': [noComplexGateway, 'error'],
  'no-disconnected': [noDisconnected, 'error'],
  'no-duplicate-sequence-flows': [noDuplicateSequenceFlows, 'error'],
  'no-gateway-join-fork': [noGatewayJoinFork, 'warn'],
  'no-implicit-end': [noImplicitEnd, 'error'],
  'no-implicit-split': [noImplicitSplit, 'error'],
  'no-implicit-start': [noImplicitStart, 'error'],
  'single-blank-start-event': [singleBlankStartEvent, 'error'],
  'single-event-definition': [singleEventDefinition, 'error'],
  'start-event-required': [startEventRequired, 'error'],
  'superfluous-gateway': [superfluousGateway, 'warn'],
};

const STD: Record<string, [unknown, Level]> = {
  'user-task-role': [userTaskRole, 'error'],
  'user-task-form': [userTaskForm, 'error'],
  'no-script-task': [noScriptTask, 'error'],
  'service-task-service': [serviceTaskService, 'error'],
};

function buildCache() {
  const cache: Record<string, unknown> = {};
  const rules: Record<string, Level> = {};
  for (const [name, [factory, level]] of Object.entries(BUILT_IN)) {
    cache[`rule:bpmnlint/${name}`] = factory;
    rules[name] = level;
  }
  for (const [name, [factory, level]] of Object.entries(STD)) {
    cache[`rule:bpmnlint-plugin-std/${name}`] = factory;
    rules[`std/${name}`] = level;
  }
  return { cache, rules };
}

export function createLintConfig() {
  const { cache, rules } = buildCache();
  const resolve = (type: string, pkg: string, name: string) => {
    const found = cache[`${type}:${pkg}/${name}`];
    if (!found) throw new Error(`unknown ${type} <${pkg}/${name}>`);
    return found;
  };
  return {
    config: { rules },
    resolver: {
      resolveRule: (pkg: string, name: string) => resolve('rule', pkg, name),
      resolveConfig: (pkg: string, name: string) => resolve('config', pkg, name),
    },
  };
}
