import type { FieldValue, LocalizedText } from './types.js';

/**
 * What `parseLayout` reports: every problem of a layout document at once, each at its JSON path,
 * so an admin fixes a layout in one round instead of one error at a time.
 */

/**
 * Every code a `LayoutProblem` may carry. Stable: admin tools may key their own wording on them.
 * - `invalid-json`: a string that is not JSON (at `$`).
 * - `not-object`, `not-array`, `not-string`, `not-boolean`: the value has the wrong JSON type.
 * - `missing`: a required property is absent. `unknown-property`: a property the format does not have.
 * - `empty`: an empty list (`list.columns`, `form.sections`, a section's `fields`) or an empty option value.
 * - `unsupported-version`: `version` is not `1`.
 * - `invalid-key`: a field key that is not identifier-like (`^[a-zA-Z][a-zA-Z0-9_]*$`).
 * - `duplicate-key`, `duplicate-option`, `duplicate-column`, `duplicate-placement` (a field placed twice in the form).
 * - `system-field`: a field key that redefines a system field (`title`, `status`…).
 * - `unknown-type`: a field type that is not one of `customFieldTypes`.
 * - `invalid-text`: a label, hint, title or pattern message that is not a non-empty string or locale map.
 * - `invalid-locale`: a locale map key that is not a language tag (`en`, `fr-CA`).
 * - `invalid-access`: `access` is not `edit`, `view` or `hidden`.
 * - `options-required`: a select or multiselect without options.
 * - `not-allowed`: a property the field's type does not take (`options` on a text field, `pattern` on a
 *   number, `min` on a checkbox, `sortable` on a multiselect…).
 * - `invalid-pattern`: a pattern that is not a valid regular expression.
 * - `pattern-message-without-pattern`.
 * - `invalid-bound`: `min`/`max` of the wrong kind (a number for `number`, an ISO day or timestamp for
 *   `date`/`datetime`). `min-greater-than-max`.
 * - `invalid-max-length`: not a positive integer.
 * - `invalid-default`: the default breaks the field's own type, options or constraints.
 * - `invalid-rule`: a rule that is not `{ field, equals }` or `{ field, oneOf: [...] }`.
 * - `unknown-field`: a rule, column, sort or section names a field the layout does not have.
 * - `unsupported-rule-field`: a rule reads a system field other than `status`.
 * - `self-reference`: a field's rule reads the field itself.
 * - `invalid-rule-value`: a rule compares with a value the field it reads can never hold.
 * - `invalid-width`: a column width that is not a CSS length (`12rem`, `140px`, `20%`).
 * - `not-sortable`: the list's sort names a custom field that is not `sortable`.
 * - `invalid-direction`: a sort direction other than `asc` or `desc`.
 * - `invalid-columns`: a section's `columns` is not an integer from 1 to 4.
 */
export const layoutProblemCodes = [
  'invalid-json',
  'not-object',
  'not-array',
  'not-string',
  'not-boolean',
  'missing',
  'unknown-property',
  'empty',
  'unsupported-version',
  'invalid-key',
  'duplicate-key',
  'duplicate-option',
  'duplicate-column',
  'duplicate-placement',
  'system-field',
  'unknown-type',
  'invalid-text',
  'invalid-locale',
  'invalid-access',
  'options-required',
  'not-allowed',
  'invalid-pattern',
  'pattern-message-without-pattern',
  'invalid-bound',
  'min-greater-than-max',
  'invalid-max-length',
  'invalid-default',
  'invalid-rule',
  'unknown-field',
  'unsupported-rule-field',
  'self-reference',
  'invalid-rule-value',
  'invalid-width',
  'not-sortable',
  'invalid-direction',
  'invalid-columns',
] as const;
export type LayoutProblemCode = (typeof layoutProblemCodes)[number];

/** One thing wrong with a layout document, at its JSON path (`form.sections[1].fields[3]`, `$` for the whole). */
export interface LayoutProblem {
  readonly path: string;
  readonly code: LayoutProblemCode;
  /** English, for the admin who wrote the layout (layouts are out of the agents' strings tables). */
  readonly message: string;
}

/** An invalid layout: one error listing every problem. */
export class LayoutError extends Error {
  override readonly name = 'LayoutError';
  readonly problems: readonly LayoutProblem[];

  constructor(problems: readonly LayoutProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super([`Invalid layout (${count}):`, ...problems.map((p) => `${p.path}: ${p.message}`)].join('\n'));
    this.problems = problems;
  }
}

/** Collects problems while a document is read. */
export class ProblemLog {
  readonly problems: LayoutProblem[] = [];

  report(path: string, code: LayoutProblemCode, message: string): void {
    this.problems.push({ path, code, message });
  }

  /** Reports each property of `object` that is not in `allowed`. */
  rejectUnknown(object: JsonObject, path: string, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) {
        this.report(member(path, key), 'unknown-property', `"${key}" is not a property of ${what}.`);
      }
    }
  }
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `path.key`, or `path["fr-CA"]` for a key that is not an identifier; the root `$` disappears. */
export function member(path: string, key: string): string {
  if (!/^[a-zA-Z_$][a-zA-Z0-9_$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '$' ? key : `${path}.${key}`;
}

export function item(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** `"x"` for messages: strings quoted, other values as JSON. */
export function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** BCP 47 in the shape admins write it: a language, then subtags (`fr`, `fr-CA`, `zh-Hant-TW`). */
const languageTag = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** Reads admin text: a non-empty string, or a non-empty map of language tag to non-empty string. */
export function readText(log: ProblemLog, value: unknown, path: string): LocalizedText | undefined {
  if (typeof value === 'string') {
    if (value.trim() !== '') return value;
    log.report(path, 'invalid-text', 'The text is empty.');
    return undefined;
  }
  if (!isJsonObject(value)) {
    log.report(path, 'invalid-text', 'Expected a string or a map of language tag to string.');
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) {
    log.report(path, 'invalid-text', 'The locale map is empty.');
    return undefined;
  }
  let valid = true;
  for (const [locale, text] of entries) {
    if (!languageTag.test(locale)) {
      log.report(
        member(path, locale),
        'invalid-locale',
        `"${locale}" is not a language tag such as "en" or "fr-CA".`,
      );
      valid = false;
    }
    if (typeof text !== 'string' || text.trim() === '') {
      log.report(member(path, locale), 'invalid-text', 'Expected a non-empty string.');
      valid = false;
    }
  }
  return valid ? (value as Readonly<Record<string, string>>) : undefined;
}

/** Whether a JSON value has the shape of a field value (a default, a rule's operand). */
export function isFieldValueShape(value: unknown): value is FieldValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}
