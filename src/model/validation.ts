import type { FieldIssue } from '../adapters/errors.js';
import { fieldDefinition, isFieldRequired, ruleDependencies, type RuleValues } from './layout-rules.js';
import {
  fieldValueIssue,
  fieldValueOf,
  isEmptyFieldValue,
  sameFieldValue,
  satisfiesRequired,
} from './layout-values.js';
import type { FieldValue, Layout } from './types.js';

/**
 * Checks what an agent (or a backend's client) sends for a case against the layout, the one set of
 * rules the form shows and every adapter enforces. Issue codes are the strings table's `issue.*`.
 */

/** Longest case title, in UTF-16 units as HTML's `maxlength` counts. */
export const titleMaxLength = 200;

/** A create, or a patch of a stored case. */
export interface CaseInput {
  readonly title?: string;
  readonly fields?: Readonly<Record<string, FieldValue>>;
  /**
   * The status the case will have: the initial status of a create (resolve the default one before
   * validating), or the status `setCaseStatus` moves it to; rules on `status` read it.
   */
  readonly statusId?: string;
}

/** The stored values a patch applies to. A `CaseRecord` fits. */
export interface StoredCaseValues {
  readonly statusId: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
}

export interface ValidationOptions {
  readonly mode: 'create' | 'update';
  /**
   * Update mode: the stored case. With it, a field that a patch (or a status change) makes required
   * is checked against its stored value, and a read-only field sent unchanged is accepted. Without
   * it, the patch is judged on its own.
   */
  readonly current?: StoredCaseValues;
}

/**
 * Problems by key (`title`, or a layout field key); an empty object means valid.
 *
 * - create: the title and every required field (incl. an active `requiredWhen`) must be given or
 *   have a default; a `view`/`hidden` field may only be sent with its default (`read-only`).
 * - update: only what the patch holds is checked, plus the fields whose `visibleWhen`/`requiredWhen`
 *   reads something the patch (or `statusId`) changes; a `view`/`hidden` field may not be set.
 * - everywhere: a key the layout lacks is `unknown-field`; a field its `visibleWhen` hides is not
 *   required; values are checked for type, format and constraints (`fieldValueIssue`).
 *
 * @example
 * const issues = validateCaseInput(layout, patch, { mode: 'update', current: record });
 * if (Object.keys(issues).length > 0) throw new CaseKitError('validation', { fieldErrors: issues });
 */
export function validateCaseInput(
  layout: Layout,
  input: CaseInput,
  options: ValidationOptions,
): Record<string, FieldIssue> {
  // A Map, then `Object.fromEntries`: a key such as `__proto__` stays an ordinary own key.
  const issues = new Map<string, FieldIssue>();
  const creating = options.mode === 'create';
  const sent = definedValues(input.fields ?? {});
  const current = creating ? undefined : options.current;

  if (creating || input.title !== undefined) {
    const issue = titleIssue(input.title);
    if (issue) issues.set('title', issue);
  }

  for (const [key, value] of Object.entries(sent)) {
    const field = fieldDefinition(layout, key);
    if (!field) issues.set(key, { code: 'unknown-field' });
    else if (field.access !== 'edit') {
      // Sending back what is already there changes nothing; anything else would bypass `access`.
      const unchanged = creating ? field.default : current && fieldValueOf(current.fields, key);
      const allowed = creating || current !== undefined ? sameFieldValue(value, unchanged) : false;
      if (!allowed) issues.set(key, { code: 'read-only' });
    }
  }

  const values: RuleValues = {
    ...(input.statusId !== undefined
      ? { statusId: input.statusId }
      : current
        ? { statusId: current.statusId }
        : {}),
    fields: creating ? applyDefaults(layout, sent) : { ...current?.fields, ...sent },
  };
  const changed = new Set(Object.keys(sent));
  if (input.statusId !== undefined) changed.add('status');

  for (const field of layout.fields) {
    if (issues.has(field.key)) continue;
    const given = changed.has(field.key);
    const affected = given || ruleDependencies(field).some((key) => changed.has(key));
    if (!creating && !affected) continue;
    const value = fieldValueOf(values.fields, field.key);
    if (isFieldRequired(field, values) && !satisfiesRequired(field, value)) {
      issues.set(field.key, { code: 'required' });
    } else if (given && value !== undefined && !isEmptyFieldValue(value)) {
      const issue = fieldValueIssue(field, value);
      if (issue) issues.set(field.key, issue);
    }
  }
  return Object.fromEntries(issues);
}

function titleIssue(title: unknown): FieldIssue | undefined {
  if (title === undefined || title === null) return { code: 'required' };
  if (typeof title !== 'string') return { code: 'type' };
  if (title.trim() === '') return { code: 'required' };
  if (title.length > titleMaxLength) return { code: 'maxLength', params: { count: titleMaxLength } };
  return undefined;
}

/** The entries that carry a value (`undefined` means "not sent", as JSON would drop it). */
function definedValues(values: Readonly<Record<string, FieldValue | undefined>>): Record<string, FieldValue> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, FieldValue] => entry[1] !== undefined),
  );
}

/**
 * The fields of a new case: what was given, plus each layout default for a field not given at all
 * (an explicit `null` stays: the agent cleared it). Returns a new object.
 */
export function applyDefaults(
  layout: Layout,
  fields: Readonly<Record<string, FieldValue>> = {},
): Record<string, FieldValue> {
  const defaults: [string, FieldValue][] = [];
  for (const field of layout.fields) {
    if (field.default === undefined || fieldValueOf(fields, field.key) !== undefined) continue;
    const value = Array.isArray(field.default) ? [...(field.default as readonly string[])] : field.default;
    defaults.push([field.key, value]);
  }
  return Object.fromEntries([...Object.entries(fields), ...defaults]);
}
