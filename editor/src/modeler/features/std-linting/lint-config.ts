/**
 * The standards' lint as bpmn-js-bpmnlint runs it in the browser: the same configuration as the API's
 * validation (`standardLintConfig` of @jingzhun/standards/lint: bpmnlint's recommended rules, adjusted,
 * plus the project's `std` rules), resolved from a static table because the browser cannot look rules
 * up on disk. Every report speaks the modeler's language and carries the API's code for it.
 */
import { standardLintConfig, stdLintPlugin, type LintConfig, type StandardLintContext } from '@jingzhun/standards/lint';
import recommended from 'bpmnlint/config/recommended';
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
import { speakingRule, type RuleFactory } from './speaking-rule';

/** bpmnlint's own rules, by the names its recommended configuration gives them. */
const BPMNLINT_RULES: Readonly<Record<string, RuleFactory>> = {
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

/** The rule factory for `<pkg>/<name>` as bpmnlint asks for it, or undefined. */
function ruleOf(pkg: string, name: string): RuleFactory | undefined {
  if (pkg === 'bpmnlint') return BPMNLINT_RULES[name];
  if (pkg === 'bpmnlint-plugin-std') return stdLintPlugin.rules[name] as RuleFactory | undefined;
  return undefined;
}

function configOf(pkg: string, name: string): object | undefined {
  if (pkg === 'bpmnlint' && name === 'recommended') return recommended;
  if (pkg === 'bpmnlint-plugin-std' && name === 'recommended') return stdLintPlugin.configs.recommended;
  return undefined;
}

/** What bpmn-js-bpmnlint's `linting.setLinterConfig` takes, and bpmnlint's Linter too. */
export interface EditorLintConfig {
  config: LintConfig;
  resolver: {
    resolveRule(pkg: string, name: string): RuleFactory;
    resolveConfig(pkg: string, name: string): object;
  };
}

/**
 * The lint configuration for a modeler in `language`; `context` (the standard around the diagram)
 * enables the rules' cross-checks, as the API's validation does.
 */
export function createLintConfig(language: string, context?: StandardLintContext): EditorLintConfig {
  return {
    config: standardLintConfig(context),
    resolver: {
      resolveRule(pkg, name) {
        const factory = ruleOf(pkg, name);
        if (!factory) throw new Error(`unknown rule <${pkg}/${name}>`);
        // Reports are keyed as bpmnlint names the rule in its results: `no-implicit-end`, `std/user-tasks`.
        return speakingRule(pkg === 'bpmnlint' ? name : `std/${name}`, factory, language);
      },
      resolveConfig(pkg, name) {
        const config = configOf(pkg, name);
        if (!config) throw new Error(`unknown config <${pkg}/${name}>`);
        return config;
      },
    },
  };
}
