/**
 * The dates a form records. A date in a form (`"format": "date"`, also inside lists and in the
 * branches of rules between answers) says when something happened — a visit, a hand-over, a closing —
 * and so may not lie after the day the form is submitted: a caseworker who types next month's date
 * for today's visit would move the figures supervision publishes. A date that looks ahead (a planned
 * start, a contract's first day) carries `"x-planned": true` and may lie anywhere.
 *
 * @example
 *   datesAfter(form, { visitDate: '2026-03-09' }, '2026-03-05', '/data')
 *   // [{ code: 'DATE_AFTER_SUBMISSION', pointer: '/data/visitDate', … }]
 *   redated(form, { visitDate: '2026-03-09' }, '2026-03-05') // { visitDate: '2026-03-05' }
 */
import type { IsoDate } from '../calendar/working-days';
import type { Problem } from '../problem';

type Schema = Record<string, unknown>;

/** A date answer of a form: where it is, what it says, and whether it may look ahead. */
export interface FormDate {
  pointer: string;
  value: string;
  planned: boolean;
}

const BRANCH_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const BRANCHES = ['then', 'else'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeKey(key: string): string {
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The schema itself and every subschema that applies to the same value (rules' branches and combinations). */
function applicable(schema: Schema): Schema[] {
  const out: Schema[] = [];
  const stack: Schema[] = [schema];
  while (stack.length) {
    const s = stack.pop()!;
    out.push(s);
    for (const k of BRANCH_LISTS) {
      const list = s[k];
      if (Array.isArray(list)) for (const item of list) if (isObject(item)) stack.push(item);
    }
    for (const k of BRANCHES) if (isObject(s[k])) stack.push(s[k]);
  }
  return out;
}

/** Every date answer in `data` as `schema` declares it, in document order. */
export function formDates(schema: object, data: unknown, prefix = ''): FormDate[] {
  const out: FormDate[] = [];
  const visit = (node: unknown, value: unknown, at: string) => {
    if (!isObject(node)) return;
    const schemas = applicable(node);
    if (typeof value === 'string' && schemas.some((s) => s['format'] === 'date')) {
      out.push({ pointer: at, value, planned: schemas.some((s) => s['x-planned'] === true) });
      return;
    }
    if (Array.isArray(value)) {
      const items = schemas.map((s) => s['items']).filter(isObject);
      value.forEach((item, i) => items.forEach((s) => visit(s, item, `${at}/${i}`)));
      return;
    }
    if (isObject(value)) {
      for (const [key, v] of Object.entries(value)) {
        const declared = schemas.map((s) => s['properties']).filter(isObject).map((p) => p[key]).find(isObject);
        if (declared) visit(declared, v, `${at}/${escapeKey(key)}`);
      }
    }
  };
  visit(schema, data, prefix);
  return out;
}

/**
 * The date answers after `day` (the Beijing date the form is submitted on) that record something
 * rather than plan it: each a problem located at its answer.
 */
export function datesAfter(schema: object, data: unknown, day: IsoDate, prefix = '', code = 'DATE_AFTER_SUBMISSION'): Problem[] {
  // ISO dates compare as strings; an answer that is not a date at all is the schema's to refuse.
  return formDates(schema, data, prefix)
    .filter((d) => !d.planned && /^\d{4}-\d{2}-\d{2}$/.test(d.value) && d.value > day)
    .map((d) => ({
      severity: 'error' as const,
      code,
      pointer: d.pointer,
      message: {
        zh: `日期 ${d.value} 晚于提交当日（${day}）：记录的事不能发生在提交之后`,
        en: `the date ${d.value} is after the day this is submitted (${day}): what is recorded cannot happen later`,
      },
    }));
}

/**
 * `data` with its date answers moved to `day`: every one (`'every'`, a story's dates replayed on
 * another day) or only those that would be refused (`'after'`). `data` itself is left as it was.
 */
export function redated<T>(schema: object, data: T, day: IsoDate, which: 'every' | 'after' = 'every'): T {
  const dates = formDates(schema, data).filter((d) => which === 'every' || (!d.planned && d.value > day));
  if (!dates.length) return data;
  const out = structuredClone(data);
  for (const { pointer } of dates) {
    const keys = pointer.split('/').slice(1).map(unescapeKey);
    const last = keys.pop()!;
    let node = out as Record<string, unknown>;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    node[last] = day;
  }
  return out;
}
