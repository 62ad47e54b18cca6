import {
  isFieldValueShape,
  isJsonObject,
  item,
  member,
  readText,
  show,
  type JsonObject,
  type ProblemLog,
} from './layout-problems.js';
import { isSystemField, ruleSystemFields } from './layout-rules.js';
import {
  compileFieldPattern,
  fieldValueIssue,
  isEmptyFieldValue,
  isIsoDate,
  isIsoDateTime,
  isListFieldType,
  isRangeFieldType,
  isTextFieldType,
} from './layout-values.js';
import {
  customFieldTypes,
  type CustomFieldType,
  type FieldAccess,
  type FieldDefinition,
  type FieldOption,
  type FieldRule,
  type FieldValue,
} from './types.js';

/** Reads the `fields` of a layout document (the field definitions, with their defaults filled in). */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const fieldProperties = [
  'key',
  'label',
  'hint',
  'type',
  'required',
  'access',
  'default',
  'options',
  'pattern',
  'patternMessage',
  'min',
  'max',
  'maxLength',
  'filterable',
  'sortable',
  'visibleWhen',
  'requiredWhen',
] as const;

const fieldAccesses: readonly FieldAccess[] = ['edit', 'view', 'hidden'];
const fieldKey = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** A field as read, with where it came from, for the checks that need every field first. */
interface ReadField {
  readonly path: string;
  readonly raw: JsonObject;
  readonly definition: Mutable<FieldDefinition>;
  /** Whether its type and constraints are sound enough to judge its default and rules against it. */
  readonly sound: boolean;
}

/** Reads every field definition, in order. Only meaningful when no problem was reported. */
export function readFields(log: ProblemLog, value: unknown, path: string): FieldDefinition[] {
  if (!Array.isArray(value)) {
    log.report(path, 'not-array', 'Expected an array of field definitions.');
    return [];
  }
  const read: ReadField[] = [];
  const seen = new Set<string>();
  value.forEach((raw: unknown, index) => {
    const fieldPath = item(path, index);
    if (!isJsonObject(raw)) {
      log.report(fieldPath, 'not-object', 'Expected a field definition object.');
      return;
    }
    const field = readField(log, raw, fieldPath, seen);
    read.push(field);
  });
  const byKey = new Map(read.map((field) => [field.definition.key, field]));
  for (const field of read) {
    readDefault(log, field);
    for (const name of ['visibleWhen', 'requiredWhen'] as const) {
      const rule = readRule(log, field.raw[name], member(field.path, name), field.definition.key, byKey);
      if (rule !== undefined) field.definition[name] = rule;
    }
  }
  return read.map((field) => field.definition);
}

function readField(log: ProblemLog, raw: JsonObject, path: string, seen: Set<string>): ReadField {
  log.rejectUnknown(raw, path, fieldProperties, 'a field definition');
  const key = readKey(log, raw['key'], member(path, 'key'), seen);

  const label = raw['label'] === undefined ? undefined : readText(log, raw['label'], member(path, 'label'));
  if (raw['label'] === undefined) log.report(member(path, 'label'), 'missing', 'A field needs a label.');

  let type: CustomFieldType | undefined;
  if (raw['type'] === undefined) {
    log.report(member(path, 'type'), 'missing', `A field needs a type: ${customFieldTypes.join(', ')}.`);
  } else if ((customFieldTypes as readonly unknown[]).includes(raw['type'])) {
    type = raw['type'] as CustomFieldType;
  } else {
    log.report(
      member(path, 'type'),
      'unknown-type',
      `${show(raw['type'])} is not a field type (${customFieldTypes.join(', ')}).`,
    );
  }

  const definition: Mutable<FieldDefinition> = {
    key,
    label: label ?? key,
    type: type ?? 'text',
    required: readBoolean(log, raw, path, 'required'),
    access: readAccess(log, raw['access'], member(path, 'access')),
    filterable: readBoolean(log, raw, path, 'filterable'),
    sortable: readBoolean(log, raw, path, 'sortable'),
  };
  if (raw['hint'] !== undefined) {
    const hint = readText(log, raw['hint'], member(path, 'hint'));
    if (hint !== undefined) definition.hint = hint;
  }
  const constraintsBefore = log.problems.length;
  if (type !== undefined) readConstraints(log, raw, path, type, definition);
  const sound = type !== undefined && log.problems.length === constraintsBefore;
  return { path, raw, definition, sound };
}

function readKey(log: ProblemLog, value: unknown, path: string, seen: Set<string>): string {
  if (value === undefined) {
    log.report(path, 'missing', 'A field needs a key.');
    return '';
  }
  if (typeof value !== 'string' || !fieldKey.test(value)) {
    log.report(
      path,
      'invalid-key',
      `${show(value)} is not a field key: use a letter, then letters, digits or "_".`,
    );
    return typeof value === 'string' ? value : '';
  }
  if (isSystemField(value)) {
    log.report(path, 'system-field', `"${value}" is a system field; it cannot be redefined.`);
  } else if (seen.has(value)) {
    log.report(path, 'duplicate-key', `Another field already has the key "${value}".`);
  }
  seen.add(value);
  return value;
}

function readBoolean(
  log: ProblemLog,
  raw: JsonObject,
  path: string,
  name: 'required' | 'filterable' | 'sortable',
): boolean {
  const value = raw[name];
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  log.report(member(path, name), 'not-boolean', `Expected true or false, not ${show(value)}.`);
  return false;
}

function readAccess(log: ProblemLog, value: unknown, path: string): FieldAccess {
  if (value === undefined) return 'edit';
  if (fieldAccesses.includes(value as FieldAccess)) return value as FieldAccess;
  log.report(path, 'invalid-access', `${show(value)} is not an access: use "edit", "view" or "hidden".`);
  return 'edit';
}

/** The type-dependent properties: options, pattern, bounds, length, sortability. */
function readConstraints(
  log: ProblemLog,
  raw: JsonObject,
  path: string,
  type: CustomFieldType,
  definition: Mutable<FieldDefinition>,
): void {
  const notAllowed = (name: string): void =>
    log.report(member(path, name), 'not-allowed', `A ${type} field does not take "${name}".`);

  if (isListFieldType(type)) {
    const options = readOptions(log, raw['options'], member(path, 'options'));
    if (options !== undefined) definition.options = options;
  } else if (raw['options'] !== undefined) {
    notAllowed('options');
  }

  const pattern = raw['pattern'];
  if (pattern !== undefined) {
    if (!isTextFieldType(type)) notAllowed('pattern');
    else if (typeof pattern !== 'string' || compileFieldPattern(pattern) === null) {
      log.report(
        member(path, 'pattern'),
        'invalid-pattern',
        `${show(pattern)} is not a valid regular expression.`,
      );
    } else definition.pattern = pattern;
  }
  if (raw['patternMessage'] !== undefined) {
    if (pattern === undefined) {
      log.report(
        member(path, 'patternMessage'),
        'pattern-message-without-pattern',
        'A pattern message needs a pattern.',
      );
    } else {
      const message = readText(log, raw['patternMessage'], member(path, 'patternMessage'));
      if (message !== undefined) definition.patternMessage = message;
    }
  }

  for (const name of ['min', 'max'] as const) {
    const bound = raw[name];
    if (bound === undefined) continue;
    if (!isRangeFieldType(type)) notAllowed(name);
    else if (isBound(type, bound)) definition[name] = bound;
    else log.report(member(path, name), 'invalid-bound', boundExpectation(type, bound));
  }
  if (
    definition.min !== undefined &&
    definition.max !== undefined &&
    compareBounds(type, definition.min, definition.max) > 0
  ) {
    log.report(
      member(path, 'min'),
      'min-greater-than-max',
      `min ${show(definition.min)} is greater than max ${show(definition.max)}.`,
    );
  }

  const maxLength = raw['maxLength'];
  if (maxLength !== undefined) {
    if (!isTextFieldType(type)) notAllowed('maxLength');
    else if (typeof maxLength === 'number' && Number.isInteger(maxLength) && maxLength > 0)
      definition.maxLength = maxLength;
    else
      log.report(
        member(path, 'maxLength'),
        'invalid-max-length',
        `Expected a positive integer, not ${show(maxLength)}.`,
      );
  }

  // A list of selections has no order an agent would recognise.
  if (type === 'multiselect' && definition.sortable) notAllowed('sortable');
}

function isBound(type: CustomFieldType, bound: unknown): bound is number | string {
  if (type === 'number') return typeof bound === 'number' && Number.isFinite(bound);
  if (typeof bound !== 'string') return false;
  return type === 'date' ? isIsoDate(bound) : isIsoDate(bound) || isIsoDateTime(bound);
}

function boundExpectation(type: CustomFieldType, bound: unknown): string {
  if (type === 'number') return `Expected a number, not ${show(bound)}.`;
  if (type === 'date') return `Expected a day as "YYYY-MM-DD", not ${show(bound)}.`;
  return `Expected "YYYY-MM-DD" or a timestamp with a zone ("2024-05-01T09:00:00Z"), not ${show(bound)}.`;
}

function compareBounds(type: CustomFieldType, min: number | string, max: number | string): number {
  if (typeof min === 'number' && typeof max === 'number') return min - max;
  if (type === 'datetime') return Date.parse(String(min)) - Date.parse(String(max));
  return String(min) < String(max) ? -1 : String(min) > String(max) ? 1 : 0;
}

function readOptions(log: ProblemLog, value: unknown, path: string): FieldOption[] | undefined {
  if (value === undefined) {
    log.report(path, 'options-required', 'A select or multiselect field needs options.');
    return undefined;
  }
  if (!Array.isArray(value)) {
    log.report(path, 'not-array', 'Expected an array of options ({ value, label }).');
    return undefined;
  }
  if (value.length === 0) {
    log.report(path, 'options-required', 'A select or multiselect field needs at least one option.');
    return undefined;
  }
  const options: FieldOption[] = [];
  const seen = new Set<string>();
  value.forEach((raw: unknown, index) => {
    const optionPath = item(path, index);
    if (!isJsonObject(raw)) {
      log.report(optionPath, 'not-object', 'Expected an option ({ value, label }).');
      return;
    }
    log.rejectUnknown(raw, optionPath, ['value', 'label'], 'an option');
    const optionValue = raw['value'];
    const valuePath = member(optionPath, 'value');
    if (optionValue === undefined) log.report(valuePath, 'missing', 'An option needs a value.');
    else if (typeof optionValue !== 'string')
      log.report(valuePath, 'not-string', `Expected a string, not ${show(optionValue)}.`);
    else if (optionValue.trim() === '') log.report(valuePath, 'empty', 'An option value cannot be empty.');
    else if (seen.has(optionValue))
      log.report(valuePath, 'duplicate-option', `Another option already has the value "${optionValue}".`);
    if (typeof optionValue === 'string') seen.add(optionValue);

    const labelPath = member(optionPath, 'label');
    const label = raw['label'] === undefined ? undefined : readText(log, raw['label'], labelPath);
    if (raw['label'] === undefined) log.report(labelPath, 'missing', 'An option needs a label.');
    if (typeof optionValue === 'string') options.push({ value: optionValue, label: label ?? optionValue });
  });
  return options;
}

/** The default must be a value the field itself accepts; an empty default is no default. */
function readDefault(log: ProblemLog, field: ReadField): void {
  const value = field.raw['default'];
  if (value === undefined) return;
  const path = member(field.path, 'default');
  if (!isFieldValueShape(value)) {
    log.report(path, 'invalid-default', `${show(value)} is not a field value.`);
    return;
  }
  if (isEmptyFieldValue(value) || !field.sound) return;
  const issue = fieldValueIssue(field.definition, value);
  if (issue === undefined) {
    field.definition.default = value;
    return;
  }
  log.report(
    path,
    'invalid-default',
    `The default ${show(value)} breaks the field's own rule "${issue.code}".`,
  );
}

function readRule(
  log: ProblemLog,
  value: unknown,
  path: string,
  ownKey: string,
  fields: ReadonlyMap<string, ReadField>,
): FieldRule | undefined {
  if (value === undefined) return undefined;
  const shape = 'Expected { "field": key, "equals": value } or { "field": key, "oneOf": [values] }.';
  if (!isJsonObject(value)) {
    log.report(path, 'invalid-rule', shape);
    return undefined;
  }
  const keys = Object.keys(value);
  const operator = keys.includes('equals') ? 'equals' : 'oneOf';
  const wellFormed =
    keys.length === 2 && keys.includes('field') && keys.includes('equals') !== keys.includes('oneOf');
  if (!wellFormed) {
    log.report(path, 'invalid-rule', shape);
    return undefined;
  }
  const target = value['field'];
  const operand = value[operator];
  if (typeof target !== 'string') {
    log.report(member(path, 'field'), 'not-string', `Expected a field key, not ${show(target)}.`);
    return undefined;
  }
  const expected: unknown[] = operator === 'equals' ? [operand] : Array.isArray(operand) ? operand : [];
  if (operator === 'oneOf' && (!Array.isArray(operand) || operand.length === 0)) {
    log.report(member(path, 'oneOf'), 'invalid-rule', 'Expected a non-empty array of values.');
    return undefined;
  }
  let valid = true;
  const read = fields.get(target);
  if (target === ownKey) {
    log.report(member(path, 'field'), 'self-reference', "A field's rule cannot read the field itself.");
    valid = false;
  } else if (isSystemField(target) && !(ruleSystemFields as readonly string[]).includes(target)) {
    log.report(
      member(path, 'field'),
      'unsupported-rule-field',
      `A rule can read custom fields and "status", not "${target}".`,
    );
    valid = false;
  } else if (!isSystemField(target) && read === undefined) {
    log.report(member(path, 'field'), 'unknown-field', `The layout has no field "${target}".`);
    valid = false;
  }
  if (!valid) return undefined;
  expected.forEach((operandValue, index) => {
    const operandPath = operator === 'equals' ? member(path, 'equals') : item(member(path, 'oneOf'), index);
    if (!isRuleOperand(operandValue, read)) {
      log.report(operandPath, 'invalid-rule-value', `"${target}" can never hold ${show(operandValue)}.`);
      valid = false;
    }
  });
  if (!valid) return undefined;
  return operator === 'equals'
    ? { field: target, equals: operand as FieldValue }
    : { field: target, oneOf: operand as FieldValue[] };
}

/** Whether the field a rule reads could hold this value (`status` holds status ids, so strings). */
function isRuleOperand(value: unknown, read: ReadField | undefined): boolean {
  if (!isFieldValueShape(value)) return false;
  if (value === null) return true;
  if (read === undefined) return typeof value === 'string';
  if (!read.sound) return true;
  const field = read.definition;
  // `equals: 'x'` on a multiselect means "x is selected".
  const candidate = field.type === 'multiselect' && typeof value === 'string' ? [value] : value;
  return fieldValueIssue(field, candidate, { constraints: false }) === undefined;
}
