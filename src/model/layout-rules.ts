import { fieldValueOf, isEmptyFieldValue, sameFieldValue } from './layout-values.js';
import {
  systemFieldKeys,
  type FieldDefinition,
  type FieldRule,
  type FieldValue,
  type Layout,
  type SystemFieldKey,
} from './types.js';

/**
 * Questions the form, the list and the adapters ask of a parsed layout, answered in one place so a
 * field is shown, required and checked by the same rules everywhere.
 */

/** The values a rule reads: the case's status and its layout fields (a draft, or a record merged with a patch). */
export interface RuleValues {
  readonly statusId?: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
}

/** The only system field a rule may read: the others never change in a form, or are not values. */
export const ruleSystemFields = ['status'] as const satisfies readonly SystemFieldKey[];

export function isSystemField(key: string): key is SystemFieldKey {
  return (systemFieldKeys as readonly string[]).includes(key);
}

/** The layout's definition of a custom field, or undefined (system fields have none). */
export function fieldDefinition(layout: Layout, key: string): FieldDefinition | undefined {
  return layout.fields.find((field) => field.key === key);
}

function ruleSubject(rule: FieldRule, values: RuleValues): FieldValue {
  if (rule.field === 'status') return values.statusId ?? null;
  return fieldValueOf(values.fields, rule.field) ?? null;
}

/** Whether a selection (multiselect) or a single value matches one expected value. */
function matches(actual: FieldValue, expected: FieldValue): boolean {
  if (Array.isArray(actual) && !Array.isArray(expected)) {
    // `{ equals: 'x' }` on a multiselect holds when 'x' is selected.
    return isEmptyFieldValue(expected)
      ? actual.length === 0
      : (actual as readonly FieldValue[]).includes(expected);
  }
  return sameFieldValue(actual, expected);
}

/**
 * Whether a rule holds. An unset value (absent, null, blank, empty selection) equals `null`.
 * On a multiselect, `equals: 'x'` and `oneOf: ['x', 'y']` hold when one of those is selected.
 */
export function ruleHolds(rule: FieldRule, values: RuleValues): boolean {
  const actual = ruleSubject(rule, values);
  if ('oneOf' in rule) return rule.oneOf.some((expected) => matches(actual, expected));
  return matches(actual, rule.equals);
}

/**
 * Whether the field's `visibleWhen` rule lets it show for these values. `access` is a separate
 * question (a `hidden` field is never rendered, yet it may be required and carry a default).
 */
export function isFieldVisible(field: FieldDefinition, values: RuleValues): boolean {
  return field.visibleWhen === undefined || ruleHolds(field.visibleWhen, values);
}

/**
 * Whether a value must be given: `required`, or its `requiredWhen` rule holds. A field that its
 * `visibleWhen` rule hides is never required: the agent could not fill it in.
 */
export function isFieldRequired(field: FieldDefinition, values: RuleValues): boolean {
  if (!isFieldVisible(field, values)) return false;
  return field.required || (field.requiredWhen !== undefined && ruleHolds(field.requiredWhen, values));
}

/** The fields (custom keys, or `status`) that decide whether this field shows or is required. */
export function ruleDependencies(field: FieldDefinition): readonly string[] {
  return [field.visibleWhen?.field, field.requiredWhen?.field].filter(
    (key): key is string => key !== undefined,
  );
}
