/**
 * A bpmnlint resolver over a fixed set of rules: bpmnlint's own (for `bpmnlint:recommended`) and the
 * project's `std` plugin, with no module lookups at lint time. In the browser, where bpmn-js-bpmnlint
 * brings bpmnlint's rules, the editor resolves `std/*` to `stdLintPlugin.rules` the same way.
 */
import { stdLintPlugin } from './std-lint-plugin';

type RuleFactory = (config?: unknown) => unknown;

/** One of bpmnlint's own rules, loaded once when this module loads. */
function rule(name: string): RuleFactory {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`bpmnlint/rules/${name}`) as RuleFactory;
}

const BPMNLINT_RULES: Record<string, RuleFactory> = {
  'ad-hoc-sub-process': rule('ad-hoc-sub-process'),
  'conditional-flows': rule('conditional-flows'),
  'end-event-required': rule('end-event-required'),
  'event-based-gateway': rule('event-based-gateway'),
  'event-sub-process-typed-start-event': rule('event-sub-process-typed-start-event'),
  'fake-join': rule('fake-join'),
  'global': rule('global'),
  'label-required': rule('label-required'),
  'link-event': rule('link-event'),
  'no-bpmndi': rule('no-bpmndi'),
  'no-complex-gateway': rule('no-complex-gateway'),
  'no-disconnected': rule('no-disconnected'),
  'no-duplicate-sequence-flows': rule('no-duplicate-sequence-flows'),
  'no-gateway-join-fork': rule('no-gateway-join-fork'),
  'no-implicit-end': rule('no-implicit-end'),
  'no-implicit-split': rule('no-implicit-split'),
  'no-implicit-start': rule('no-implicit-start'),
  'no-inclusive-gateway': rule('no-inclusive-gateway'),
  'no-overlapping-elements': rule('no-overlapping-elements'),
  'single-blank-start-event': rule('single-blank-start-event'),
  'single-event-definition': rule('single-event-definition'),
  'start-event-required': rule('start-event-required'),
  'sub-process-blank-start-event': rule('sub-process-blank-start-event'),
  'superfluous-gateway': rule('superfluous-gateway'),
  'superfluous-label': rule('superfluous-label'),
  'superfluous-termination': rule('superfluous-termination'),
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
