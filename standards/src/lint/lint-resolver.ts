// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the typings travel with this file into other workspaces' type checks
/// <reference path="../types/vendor.d.ts" />
/**
 * A bpmnlint resolver over statically imported rules: bpmnlint's own (for `bpmnlint:recommended`) and
 * the project's `std` plugin. Static imports keep it bundlable for the browser, where bpmnlint's
 * node resolver cannot work.
 */
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoin from 'bpmnlint/rules/fake-join';
import global from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';
import { stdLintPlugin } from './std-lint-plugin';

type RuleFactory = (config?: unknown) => unknown;

const BPMNLINT_RULES: Record<string, RuleFactory> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  global,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

/** bpmnlint's recommended configuration, as shipped with bpmnlint 11. */
const BPMNLINT_RECOMMENDED = {
  rules: {
    'ad-hoc-sub-process': 'error',
    'conditional-flows': 'error',
    'end-event-required': 'error',
    'event-based-gateway': 'error',
    'event-sub-process-typed-start-event': 'error',
    'fake-join': 'warn',
    global: 'warn',
    'label-required': 'error',
    'link-event': 'error',
    'no-bpmndi': 'error',
    'no-complex-gateway': 'error',
    'no-disconnected': 'error',
    'no-duplicate-sequence-flows': 'error',
    'no-gateway-join-fork': 'error',
    'no-implicit-split': 'error',
    'no-implicit-end': 'error',
    'no-implicit-start': 'error',
    'no-inclusive-gateway': 'warn',
    'no-overlapping-elements': 'warn',
    'single-blank-start-event': 'error',
    'single-event-definition': 'error',
    'start-event-required': 'error',
    'sub-process-blank-start-event': 'error',
    'superfluous-gateway': 'warn',
    'superfluous-label': 'warn',
    'superfluous-termination': 'warn',
  },
};

export interface LintResolver {
  resolveRule(pkg: string, ruleName: string): RuleFactory | undefined;
  resolveConfig(pkg: string, configName: string): object | undefined;
}

/** Resolves `bpmnlint` rules and configs and the `std` plugin (`bpmnlint-plugin-std`). */
export function createLintResolver(): LintResolver {
  return {
    resolveRule(pkg, ruleName) {
      if (pkg === 'bpmnlint') return BPMNLINT_RULES[ruleName];
      if (pkg === 'bpmnlint-plugin-std') return stdLintPlugin.rules[ruleName] as RuleFactory | undefined;
      return undefined;
    },
    resolveConfig(pkg, configName) {
      if (pkg === 'bpmnlint' && configName === 'recommended') return BPMNLINT_RECOMMENDED;
      if (pkg === 'bpmnlint-plugin-std') return stdLintPlugin.configs[configName as 'recommended'];
      return undefined;
    },
  };
}
