import type { FieldIssue } from '../adapters/errors.js';
import type { CustomFieldType, FieldDefinition, FieldValue } from './types.js';

/**
 * What a value of one layout field must look like. Shared by `parseLayout` (a field's `default` must
 * obey its own constraints) and `validateCaseInput` (what an agent or a backend sends), so the two
 * can never disagree.
 */

/** Types whose values are strings an agent types: they take `pattern` and `maxLength`. */
export const textFieldTypes = [
  'text',
  'textarea',
  'email',
  'phone',
  'url',
] as const satisfies readonly CustomFieldType[];
/** Types whose values come from `options`. */
export const listFieldTypes = ['select', 'multiselect'] as const satisfies readonly CustomFieldType[];
/** Types that take `min` and `max`: numbers for `number`, ISO strings for `date` and `datetime`. */
export const rangeFieldTypes = ['number', 'date', 'datetime'] as const satisfies readonly CustomFieldType[];

export function isTextFieldType(type: CustomFieldType): boolean {
  return (textFieldTypes as readonly string[]).includes(type);
}
export function isListFieldType(type: CustomFieldType): boolean {
  return (listFieldTypes as readonly string[]).includes(type);
}
export function isRangeFieldType(type: CustomFieldType): boolean {
  return (rangeFieldTypes as readonly string[]).includes(type);
}

/**
 * "Nothing entered": absent, null, a blank string or an empty selection. Such a value is only ever
 * checked against `required`, never against the type or the constraints.
 */
export function isEmptyFieldValue(value: FieldValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * The value stored under `key`, own properties only: a field keyed `constructor` or `toString` must
 * not read what every object inherits.
 */
export function fieldValueOf(
  fields: Readonly<Record<string, FieldValue | undefined>>,
  key: string,
): FieldValue | undefined {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/**
 * Whether a value satisfies `required`. A required checkbox must be ticked, as with HTML's
 * `required` on a checkbox (a consent, an acknowledgement).
 */
export function satisfiesRequired(
  field: Pick<FieldDefinition, 'type'>,
  value: FieldValue | undefined,
): boolean {
  if (field.type === 'checkbox') return value === true;
  return !isEmptyFieldValue(value);
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A full timestamp with a zone, so that every reader compares the same instant. */
const isoDateTime =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** `YYYY-MM-DD`, a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DDTHH:mm[:ss[.sss]]` followed by `Z` or an offset such as `+02:00`. */
export function isIsoDateTime(value: string): boolean {
  const match = isoDateTime.exec(value);
  return match !== null && isIsoDate(match[1] ?? '');
}

/** The allowed web-address schemes: a link an agent clicks must never run script. */
const webSchemes: readonly string[] = ['http:', 'https:'];

/** An absolute `http:` or `https:` address with a host. Elements use it before rendering a link. */
export function isWebUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return webSchemes.includes(url.protocol) && url.hostname !== '' && !/\s/.test(value);
}

/** HTML's e-mail grammar, except that the domain must have a dot: customers are not on intranets. */
const email =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isEmailAddress(value: string): boolean {
  return email.test(value);
}

/** Digits with the usual separators and an optional leading `+`; 3 to 20 digits (extensions to E.164). */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9(][0-9 ().\-/]*$/.test(value.trim())) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 20;
}

/**
 * An admin's `pattern`, matched against the whole value as HTML's `pattern` attribute does, so the
 * form can hand the same pattern to the browser. Returns null when the pattern does not compile.
 */
export function compileFieldPattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return null;
  }
}

/** The admin's pattern message as one string, for `FieldIssue.message` (elements localize the field's own). */
function patternMessageText(field: FieldDefinition): string | undefined {
  const text = field.patternMessage;
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text['en'] ?? Object.values(text)[0];
}

function optionValues(field: FieldDefinition): readonly string[] {
  return (field.options ?? []).map((option) => option.value);
}

/** Checks a string against the text constraints: `maxLength` (UTF-16 units, like HTML), then `pattern`. */
function textIssue(field: FieldDefinition, value: string): FieldIssue | undefined {
  if (field.maxLength !== undefined && value.length > field.maxLength) {
    return { code: 'maxLength', params: { count: field.maxLength } };
  }
  if (field.pattern !== undefined) {
    const pattern = compileFieldPattern(field.pattern);
    if (pattern && !pattern.test(value)) {
      const message = patternMessageText(field);
      return message === undefined ? { code: 'pattern' } : { code: 'pattern', message };
    }
  }
  return undefined;
}

function boundIssue(
  field: FieldDefinition,
  compare: (bound: number | string) => number,
): FieldIssue | undefined {
  if (field.min !== undefined && compare(field.min) < 0) return { code: 'min', params: { min: field.min } };
  if (field.max !== undefined && compare(field.max) > 0) return { code: 'max', params: { max: field.max } };
  return undefined;
}

/**
 * The first problem of a non-empty value for this field, or undefined when it is valid. Checks the
 * type and format first (`type`, `number`, `date`, `datetime`, `email`, `phone`, `url`, `option`),
 * then, unless `constraints` is false, the constraints (`min`, `max`, `maxLength`, `pattern`).
 * Codes are the strings table's `issue.*`.
 */
export function fieldValueIssue(
  field: FieldDefinition,
  value: FieldValue,
  options: { readonly constraints?: boolean } = {},
): FieldIssue | undefined {
  const format = formatIssue(field, value);
  if (format !== undefined || options.constraints === false) return format;
  return constraintIssue(field, value);
}

function formatIssue(field: FieldDefinition, value: FieldValue): FieldIssue | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? undefined : { code: 'type' };
    case 'email':
      if (typeof value !== 'string') return { code: 'type' };
      return isEmailAddress(value) ? undefined : { code: 'email' };
    case 'phone':
      if (typeof value !== 'string') return { code: 'type' };
      return isPhoneNumber(value) ? undefined : { code: 'phone' };
    case 'url':
      if (typeof value !== 'string') return { code: 'type' };
      return isWebUrl(value) ? undefined : { code: 'url' };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : { code: 'number' };
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? undefined : { code: 'date' };
    case 'datetime':
      return typeof value === 'string' && isIsoDateTime(value) ? undefined : { code: 'datetime' };
    case 'select':
      if (typeof value !== 'string') return { code: 'type' };
      return optionValues(field).includes(value) ? undefined : { code: 'option' };
    case 'multiselect': {
      if (!Array.isArray(value)) return { code: 'type' };
      const allowed = optionValues(field);
      for (const entry of value as readonly unknown[]) {
        if (typeof entry !== 'string') return { code: 'type' };
        if (!allowed.includes(entry)) return { code: 'option' };
      }
      return undefined;
    }
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : { code: 'type' };
  }
}

/** Constraints of a value whose format is already right. */
function constraintIssue(field: FieldDefinition, value: FieldValue): FieldIssue | undefined {
  if (typeof value === 'number') {
    return boundIssue(field, (bound) => (typeof bound === 'number' ? value - bound : 0));
  }
  if (typeof value !== 'string') return undefined;
  if (field.type === 'date') {
    // ISO days order as strings.
    return boundIssue(field, (bound) =>
      typeof bound !== 'string' ? 0 : value < bound ? -1 : value > bound ? 1 : 0,
    );
  }
  if (field.type === 'datetime') {
    // A bound written as a day (`2024-01-01`) is UTC midnight, as `Date.parse` reads it.
    return boundIssue(field, (bound) =>
      typeof bound === 'string' ? Date.parse(value) - Date.parse(bound) : 0,
    );
  }
  return isTextFieldType(field.type) ? textIssue(field, value) : undefined;
}

/** Whether two field values are the same (selections compare as sets). */
export function sameFieldValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const left = isEmptyFieldValue(a) ? null : a;
  const right = isEmptyFieldValue(b) ? null : b;
  if (Array.isArray(left) && Array.isArray(right)) {
    const l = left as readonly string[];
    const r = right as readonly string[];
    return l.length === r.length && l.every((item) => r.includes(item));
  }
  return left === right;
}
