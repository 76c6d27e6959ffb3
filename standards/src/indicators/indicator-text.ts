/**
 * An indicator in words, in Chinese and English: its definition in one plain sentence (what is
 * measured, against what limit and target) and the rule of its cohort (which cases count, from which
 * point, what is pending, what is left out), so a figure on a dashboard can be read and checked and a
 * reviewer reads a sentence, never an expression. The one source of these sentences: supervision's
 * figures and the editor's indicator cards both say them from here (pure code, run in the browser too).
 *
 * @example
 *   describeIndicator(indicator, names, standard).definition.zh
 *   // 从「接案」完成起，「入户评估」在评估时限（市级 3 个工作日，各区可收紧）内完成的比例，目标 ≥ 90%
 *   // 「结案评估」中「就业情况」为「已就业」或「参加培训」的答复比例，目标 ≥ 40%
 */
import type { LocalizedText } from '../schema/localized-text';
import { recordKindsText, type ServiceRecordKind } from '../schema/service-record';
import type { Comparator, Indicator, NumberOrParameter, Parameter } from '../schema/service-standard';

/** The names of a process's elements, as a diagram or a compiled process knows them. */
export interface ProcessNames {
  /** The element's name, or undefined when no element has that id. */
  element(id: string): LocalizedText | undefined;
  /** The name of the user task that fills `form`, if any. */
  taskWithForm(form: string): LocalizedText | undefined;
}

/** What of a standard its indicators' sentences read: parameters' titles and defaults, forms' field titles. */
export interface StandardTexts {
  parameters: readonly Parameter[];
  forms: Readonly<Record<string, object>>;
}

export interface IndicatorText {
  definition: LocalizedText;
  cohort: LocalizedText;
  /** What the value is in: 百分比 / percent, 平均值, 次/月 … */
  unit: LocalizedText;
}

const UNITS = {
  working_days: { zh: '个工作日', en: 'working days' },
  days: { zh: '天', en: 'days' },
  hours: { zh: '小时', en: 'hours' },
} as const;

const PERIODS = { month: { zh: '每月', en: 'a month' }, quarter: { zh: '每季度', en: 'a quarter' }, year: { zh: '每年', en: 'a year' } } as const;

const PERCENT: LocalizedText = { zh: '百分比', en: 'percent' };

const UNSET: LocalizedText = { zh: '（未选择）', en: '(not chosen)' };

function name(names: ProcessNames, id: string): LocalizedText {
  if (!id) return UNSET;
  return names.element(id) ?? { zh: id, en: id };
}

/** What a recurrence or count measures: an element's completion (its name), or service records of some kinds. */
function measured(names: ProcessNames, element: string | undefined, records: { kinds?: ServiceRecordKind[] | undefined } | undefined): LocalizedText {
  if (records) {
    const kinds = recordKindsText(records.kinds);
    return { zh: `服务记录（${kinds.zh}）`, en: `a service record (${kinds.en})` };
  }
  const n = name(names, element ?? '');
  return { zh: `「${n.zh}」`, en: `"${n.en}"` };
}

/** `limit` in words: a number, or a parameter with the city's default (districts may tighten it). */
function limitText(limit: NumberOrParameter, unit: LocalizedText, parameters: readonly Parameter[]): LocalizedText {
  if (typeof limit === 'number') return { zh: `${limit} ${unit.zh}`, en: `${limit} ${unit.en}` };
  const p = parameters.find((x) => x.id === limit.parameter);
  if (!p) return { zh: limit.parameter, en: limit.parameter };
  return {
    zh: `${p.title.zh}（市级 ${p.default} ${unit.zh}，各区可收紧）`,
    en: `${p.title.en} (${p.default} ${unit.en} in the city standard; districts may tighten it)`,
  };
}

const PENDING: LocalizedText = {
  zh: '仍在办理且未超时限的为“待定”，不计入分母；已超时限仍未完成的计为未达标；个案撤销的另列。',
  en: 'Still running within the limit: pending, not in the denominator; past the limit and not done: a breach; cancelled cases are shown apart.',
};

type SchemaNode = Record<string, unknown>;

/** The schema of the answer at `pointer` in `form`, looking into rules' branches too. */
function fieldSchema(standard: StandardTexts, form: string, pointer: string): SchemaNode | undefined {
  let node = standard.forms[form] as SchemaNode | undefined;
  for (const key of pointer.split('/').slice(1)) {
    const candidates = node ? [node, ...['allOf', 'anyOf', 'oneOf'].flatMap((k) => (Array.isArray(node![k]) ? (node![k] as SchemaNode[]) : []))] : [];
    const branches = candidates.flatMap((c) => [c, c['then'], c['else']]).filter((c): c is SchemaNode => typeof c === 'object' && c !== null);
    node = branches.map((b) => (b['properties'] as Record<string, SchemaNode> | undefined)?.[key]).find((n) => n !== undefined);
  }
  return node;
}

function titleOf(node: SchemaNode | undefined, fallback: string): LocalizedText {
  const zh = typeof node?.['title'] === 'string' ? node['title'] : fallback;
  const en = (node?.['x-en'] as { title?: unknown } | undefined)?.title;
  return { zh, en: typeof en === 'string' ? en : zh };
}

/** The task that fills `form` (its name), and the field's title in the form's schema. */
function fieldNames(names: ProcessNames, standard: StandardTexts, form: string, pointer: string): { task: LocalizedText; field: LocalizedText; schema: SchemaNode | undefined } {
  const task = names.taskWithForm(form) ?? { zh: form, en: form };
  const schema = fieldSchema(standard, form, pointer);
  return { task, field: titleOf(schema, pointer.slice(1)), schema };
}

const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** How a value compares with a literal, in words: 为「已就业」 / is "In work", 不低于 4 / is at least 4. */
const COMPARISONS: Record<string, (v: LocalizedText) => LocalizedText> = {
  '=': (v) => ({ zh: `为${v.zh}`, en: `is ${v.en}` }),
  '!=': (v) => ({ zh: `不为${v.zh}`, en: `is not ${v.en}` }),
  '>=': (v) => ({ zh: `不低于 ${v.zh}`, en: `is at least ${v.en}` }),
  '<=': (v) => ({ zh: `不高于 ${v.zh}`, en: `is at most ${v.en}` }),
  '>': (v) => ({ zh: `高于 ${v.zh}`, en: `is above ${v.en}` }),
  '<': (v) => ({ zh: `低于 ${v.zh}`, en: `is below ${v.en}` }),
};

const CLAUSE = /^\s*value\s*(!=|>=|<=|=|>|<)\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)\s*$/;

/** A literal of a condition as the form shows it: a choice by its title, a yes/no as 是/否, a number as itself. */
function literalText(literal: string, schema: SchemaNode | undefined): LocalizedText {
  if (literal === 'true' || literal === 'false') {
    return literal === 'true' ? { zh: '「是」', en: '"yes"' } : { zh: '「否」', en: '"no"' };
  }
  if (!literal.startsWith('"')) return { zh: literal, en: literal };
  const value = JSON.parse(literal) as string;
  const choices = [...((schema?.['oneOf'] as SchemaNode[] | undefined) ?? []), ...((schema?.['anyOf'] as SchemaNode[] | undefined) ?? [])];
  const choice = choices.find((c) => c['const'] === value);
  const title = choice ? titleOf(choice, value) : { zh: value, en: value };
  return { zh: `「${title.zh}」`, en: `"${title.en}"` };
}

/**
 * A field's condition in words, for the shapes conditions on one answer take: comparisons of `value`
 * with a literal, joined by `or` or by `and`. Anything else is said as "the condition set", never as
 * the expression itself.
 */
export function conditionText(condition: string, schema: SchemaNode | undefined): LocalizedText | undefined {
  for (const [joiner, zh, en] of [[' or ', '或', ' or '], [' and ', '且', ' and ']] as const) {
    const parts = condition.split(joiner);
    const clauses = parts.map((part) => CLAUSE.exec(part));
    if (clauses.some((c) => !c)) continue;
    const said = clauses.map((c) => ({ op: c![1]!, value: literalText(c![2]!, schema) }));
    // 为「已就业」或「参加培训」: one verb for a list of equals.
    if (said.length > 1 && said.every((c) => c.op === '=')) {
      return { zh: `为${said.map((c) => c.value.zh).join(zh)}`, en: `is ${said.map((c) => c.value.en).join(en)}` };
    }
    const words = said.map((c) => COMPARISONS[c.op]!(c.value));
    // 不低于 3 且低于 5: a number keeps its space before the next word.
    return { zh: words.map((w) => w.zh).reduce((a, b) => `${a}${/\d$/.test(a) ? ' ' : ''}${zh}${b}`), en: words.map((w) => w.en).join(en) };
  }
  return undefined;
}

export function describeIndicator(indicator: Indicator, names: ProcessNames, standard: StandardTexts): IndicatorText {
  const parameters = standard.parameters;
  const sign = COMPARATOR_SIGNS[indicator.comparator];
  const goal = { zh: `目标 ${sign} ${indicator.target}`, en: `target ${sign} ${indicator.target}` };
  const edge = (e: 'start' | 'end') => (e === 'start' ? { zh: '开始', en: 'starts' } : { zh: '完成', en: 'ends' });
  switch (indicator.kind) {
    case 'duration': {
      const from = name(names, indicator.from.element);
      const to = name(names, indicator.to.element);
      const limit = limitText(indicator.limit, UNITS[indicator.unit], parameters);
      return {
        definition: {
          zh: `从「${from.zh}」${edge(indicator.from.edge).zh}起，「${to.zh}」在${limit.zh}内${edge(indicator.to.edge).zh}的比例，${goal.zh}%`,
          en: `Share of passes from "${from.en}" ${edge(indicator.from.edge).en} to "${to.en}" ${edge(indicator.to.edge).en} within ${limit.en}; ${goal.en} %`,
        },
        cohort: {
          zh: `计入：统计期内「${from.zh}」${edge(indicator.from.edge).zh}的个案，每经过一次计一次，以其时限的截止时间判定；走了其他路径、不会再到「${to.zh}」的不计入。${PENDING.zh}`,
          en: `Counted: every pass of "${from.en}" (${edge(indicator.from.edge).en}) in the period, judged by its deadline; cases that took another way and can no longer reach "${to.en}" are left out. ${PENDING.en}`,
        },
        unit: PERCENT,
      };
    }
    case 'recurrence': {
      const activity = measured(names, indicator.activity, indicator.records);
      const from = name(names, indicator.span.from);
      const to = name(names, indicator.span.to);
      const every = limitText(indicator.everyDays, UNITS.days, parameters);
      // A record counts on the day of the contact it records, however late it was written down.
      const when = indicator.records
        ? { zh: '（按记录的联系时间计，补录的也按联系时间）', en: ' (by when the contact took place, also for one written down later)' }
        : { zh: '', en: '' };
      return {
        definition: {
          zh: `从「${from.zh}」到「${to.zh}」期间，${activity.zh}间隔不超过${every.zh}的比例，${goal.zh}%`,
          en: `Share of intervals between "${from.en}" and "${to.en}" in which ${activity.en} came within ${every.en}; ${goal.en} %`,
        },
        cohort: {
          zh: `计入：统计期内开始的每个间隔（自「${from.zh}」完成或上一次${activity.zh}起），下一次${activity.zh}在时限内为达标${when.zh}，超过时限为未达标；到「${to.zh}」时尚未到期的最后一个间隔、个案以其他方式结束时未完的间隔不计入。${PENDING.zh}`,
          en: `Counted: every interval begun in the period (from "${from.en}" or the last ${activity.en}); met when the next ${activity.en} came within the limit${when.en}, else a breach; the last interval at "${to.en}" is left out unless it had already run out, as is one the case ended another way in. ${PENDING.en}`,
        },
        unit: PERCENT,
      };
    }
    case 'completion': {
      const element = name(names, indicator.element);
      const within = indicator.withinDays === undefined ? undefined : limitText(indicator.withinDays, UNITS.days, parameters);
      return {
        definition: {
          zh: `个案${within ? `在开案后${within.zh}内` : ''}到达「${element.zh}」的比例，${goal.zh}%`,
          en: `Share of cases reaching "${element.en}"${within ? ` within ${within.en} of their start` : ''}; ${goal.en} %`,
        },
        cohort: {
          zh: `计入：统计期内开案的个案；以其他方式结案的计为未达标。${PENDING.zh}`,
          en: `Counted: cases started in the period; cases that ended another way count as not reached. ${PENDING.en}`,
        },
        unit: PERCENT,
      };
    }
    case 'field': {
      const { task, field, schema } = fieldNames(names, standard, indicator.form, indicator.field);
      const counted: LocalizedText = { zh: `计入：统计期内「${task.zh}」的每一份答复（未填写该项的不计）。`, en: `Counted: every answer of "${task.en}" given in the period (answers without the field are left out).` };
      if (indicator.aggregate === 'mean') {
        return {
          definition: { zh: `「${task.zh}」中「${field.zh}」的平均值，${goal.zh}`, en: `Mean of "${field.en}" in "${task.en}"; ${goal.en}` },
          cohort: counted,
          unit: { zh: '平均值', en: 'mean' },
        };
      }
      const condition = (indicator.condition && conditionText(indicator.condition, schema)) || { zh: '满足所设条件', en: 'meets the condition set' };
      return {
        definition: {
          zh: `「${task.zh}」中「${field.zh}」${condition.zh}${/\d$/.test(condition.zh) ? ' ' : ''}的答复比例，${goal.zh}%`,
          en: `Share of answers of "${task.en}" whose "${field.en}" ${condition.en}; ${goal.en} %`,
        },
        cohort: counted,
        unit: PERCENT,
      };
    }
    case 'count': {
      const period = PERIODS[indicator.period];
      const over = indicator.period === 'month' ? { zh: '月', en: 'months' } : indicator.period === 'quarter' ? { zh: '季度', en: 'quarters' } : { zh: '年', en: 'years' };
      const records = indicator.records ? recordKindsText(indicator.records.kinds) : undefined;
      const element = name(names, indicator.element ?? '');
      return {
        definition: records
          ? { zh: `${period.zh}的服务记录（${records.zh}）条数，${goal.zh}`, en: `Service records (${records.en}) made ${period.en}; ${goal.en}` }
          : { zh: `「${element.zh}」${period.zh}完成的次数，${goal.zh}`, en: `Times "${element.en}" is completed ${period.en}; ${goal.en}` },
        cohort: records
          ? {
              zh: `计入：统计期内的每一条服务记录，按联系发生的日期计；跨越多个${over.zh}时取平均。`,
              en: `Counted: every service record of a contact in the period, by the day the contact took place; over several ${over.en}, the average per period.`,
            }
          : {
              zh: `计入：统计期内每一次完成；跨越多个${period.zh.slice(1)}时取平均。`,
              en: `Counted: every completion in the period; over several periods, the average per period.`,
            },
        unit: { zh: `次/${period.zh.slice(1)}`, en: `per ${indicator.period}` },
      };
    }
    case 'conformance':
      return {
        definition: { zh: `个案路径符合标准流程的比例，${goal.zh}%（尚未测量）`, en: `Share of cases whose path fits the standard's process; ${goal.en} % (not measured yet)` },
        cohort: { zh: '流程符合度检查将在后续版本提供，目前不显示数值。', en: 'Conformance checking comes in a later release; no figure is shown until then.' },
        unit: PERCENT,
      };
  }
}
