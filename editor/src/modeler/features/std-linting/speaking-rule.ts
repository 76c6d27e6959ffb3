import { lintCode, lintMessageZh } from '@jingzhun/standards/lint';

/** bpmnlint's reporter: the optional third argument is a path, or extra fields of the report. */
interface Reporter {
  report(id: string, message: string, extra?: string[] | Record<string, unknown>): void;
}

type Check = (node: never, reporter: Reporter) => unknown;

/** A bpmnlint rule: a check (or enter and leave checks) over every node, and its documentation. */
interface Rule {
  check: Check | { enter?: Check; leave?: Check };
  meta?: unknown;
}

export type RuleFactory = (config?: never) => Rule;

/**
 * A bpmnlint rule whose reports speak the modeler's language (bpmn-js-bpmnlint shows `message` on the
 * diagram) and carry both languages and a code, named as the API's validation names them: the
 * project's rules give their code and Chinese, bpmnlint's get `LINT_<RULE>` and the standards' Chinese.
 */
export function speakingRule(rule: string, factory: RuleFactory, language: string): RuleFactory {
  return (config) => {
    const { check, ...rest } = factory(config);
    const speak = (reporter: Reporter): Reporter => ({
      report(id, message, extra) {
        const more: Record<string, unknown> = Array.isArray(extra) ? { path: extra } : (extra ?? {});
        const zh = typeof more['zh'] === 'string' ? more['zh'] : lintMessageZh(rule, message);
        const code = typeof more['code'] === 'string' ? more['code'] : lintCode(rule);
        reporter.report(id, language === 'en' ? message : zh, { ...more, code, zh, en: message });
      },
    });
    const wrap = (fn: Check | undefined): Check | undefined => fn && ((node, reporter) => fn(node, speak(reporter)));
    if (typeof check === 'function') return { ...rest, check: wrap(check)! };
    return { ...rest, check: { enter: wrap(check.enter), leave: wrap(check.leave) } };
  };
}
