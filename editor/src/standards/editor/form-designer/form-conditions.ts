/**
 * Conditions between a form's answers in the designer: "when 是否独居 is 是, 同住人 must be answered".
 * Which fields a condition can read (a yes-or-no question, a choice, several choices, a number) and
 * the first condition offered for one.
 *
 * @example
 *   const next = addCondition(form, 'field_3'); // undefined when field_3 cannot be read by a condition
 */
import { firstTest } from './form-edits';
import type { Condition, DesignedField, DesignedForm } from './form-model';

/** The fields a condition can read. */
export function conditionFields(form: DesignedForm): DesignedField[] {
  return form.fields.filter((f) => firstTest(f) !== undefined);
}

/**
 * The form with a new condition on `fieldKey`: its first test, requiring the first field that is not
 * always required (or the first other field); undefined when no condition can be made.
 */
export function addCondition(form: DesignedForm, fieldKey: string): DesignedForm | undefined {
  const field = form.fields.find((f) => f.key === fieldKey);
  const test = field && firstTest(field);
  const others = form.fields.filter((f) => f.key !== fieldKey);
  const target = others.find((f) => !f.required) ?? others[0];
  if (!test || !target) return undefined;
  const condition: Condition = { field: fieldKey, test, require: [target.key] };
  return { ...form, conditions: [...form.conditions, condition] };
}
