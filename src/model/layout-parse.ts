import { readFields } from './layout-fields.js';
import {
  isJsonObject,
  item,
  LayoutError,
  member,
  ProblemLog,
  readText,
  show,
  type JsonObject,
} from './layout-problems.js';
import { isSystemField } from './layout-rules.js';
import type { FieldDefinition, Layout, LayoutColumn, LayoutSection, Sort, SortDirection } from './types.js';

/** The list's order when the layout gives none: the cases touched last come first. */
export const defaultLayoutSort: Sort = { field: 'updatedAt', direction: 'desc' };

/** Most a form section may lay side by side; more no longer fits an agent desktop's side panel. */
const maxSectionColumns = 4;

/** A CSS length or percentage, as a column width (`12rem`, `140px`, `20%`, `0`). */
const cssLength =
  /^(0|(\d+(\.\d+)?|\.\d+)(px|em|rem|ex|ch|cap|ic|lh|rlh|vw|vh|vi|vb|vmin|vmax|svw|svh|lvw|lvh|dvw|dvh|cm|mm|q|in|pt|pc|%))$/i;

/**
 * Parses a layout document (an object, or its JSON text) strictly: unknown properties, wrong types,
 * dangling references and self-contradicting constraints are all refused, together, in one
 * `LayoutError` whose `problems` name each JSON path. Fills the defaults: `required: false`,
 * `access: 'edit'`, `filterable: false`, `sortable: false`, a section's `columns: 1`, and the list's
 * sort (`updatedAt`, newest first). Columns may be written as a bare key (`"title"`).
 *
 * @example
 * const layout = parseLayout(await (await fetch('/layouts/support.json')).text());
 */
export function parseLayout(json: unknown): Layout {
  const log = new ProblemLog();
  let document = json;
  if (typeof json === 'string') {
    try {
      document = JSON.parse(json) as unknown;
    } catch (error) {
      log.report(
        '$',
        'invalid-json',
        `The text is not JSON (${error instanceof Error ? error.message : String(error)}).`,
      );
      throw new LayoutError(log.problems);
    }
  }
  if (!isJsonObject(document)) {
    log.report(
      '$',
      'not-object',
      `Expected a layout object, not ${document === null ? 'null' : Array.isArray(document) ? 'an array' : typeof document}.`,
    );
    throw new LayoutError(log.problems);
  }
  log.rejectUnknown(document, '$', ['$schema', 'version', 'id', 'fields', 'list', 'form'], 'a layout');

  if (document['version'] === undefined) log.report('version', 'missing', 'A layout needs "version": 1.');
  else if (document['version'] !== 1) {
    log.report(
      'version',
      'unsupported-version',
      `Version ${show(document['version'])} is not supported; this kit reads version 1.`,
    );
  }
  const id = document['id'];
  if (id !== undefined && (typeof id !== 'string' || id.trim() === '')) {
    log.report('id', 'not-string', 'Expected a non-empty string.');
  }

  let fields: FieldDefinition[] = [];
  if (document['fields'] === undefined)
    log.report('fields', 'missing', 'A layout needs "fields" (an array, possibly empty).');
  else fields = readFields(log, document['fields'], 'fields');

  const list = readList(log, document['list'], fields);
  const form = readForm(log, document['form'], fields);

  if (log.problems.length > 0) throw new LayoutError(log.problems);
  return {
    version: 1,
    ...(typeof id === 'string' ? { id } : {}),
    fields,
    list,
    form,
  };
}

/** Whether a key names a system field or one of the layout's fields. */
function isKnownField(fields: readonly FieldDefinition[], key: string): boolean {
  return isSystemField(key) || fields.some((field) => field.key === key);
}

/** Reads an object property that must be present; reports it missing or of the wrong type. */
function requireObject(log: ProblemLog, value: unknown, path: string, what: string): JsonObject | undefined {
  if (value === undefined) log.report(path, 'missing', `A layout needs ${what}.`);
  else if (!isJsonObject(value)) log.report(path, 'not-object', `Expected ${what} as an object.`);
  else return value;
  return undefined;
}

/** Reads an array property that must be present and non-empty. */
function requireArray(
  log: ProblemLog,
  value: unknown,
  path: string,
  what: string,
): readonly unknown[] | undefined {
  if (value === undefined) log.report(path, 'missing', `Expected ${what}.`);
  else if (!Array.isArray(value)) log.report(path, 'not-array', `Expected ${what} as an array.`);
  else if (value.length === 0) log.report(path, 'empty', `Expected at least one entry in ${what}.`);
  else return value;
  return undefined;
}

function readList(log: ProblemLog, value: unknown, fields: readonly FieldDefinition[]): Layout['list'] {
  const list = requireObject(log, value, 'list', '"list" (its columns and sort)');
  if (!list) return { columns: [], sort: defaultLayoutSort };
  log.rejectUnknown(list, 'list', ['columns', 'sort'], 'the list');

  const columns: LayoutColumn[] = [];
  const seen = new Set<string>();
  requireArray(log, list['columns'], 'list.columns', 'the list columns')?.forEach((raw, index) => {
    const path = item('list.columns', index);
    const column = readColumn(log, raw, path);
    if (column === undefined) return;
    const fieldPath = typeof raw === 'string' ? path : member(path, 'field');
    if (!isKnownField(fields, column.field)) {
      log.report(fieldPath, 'unknown-field', `The layout has no field "${column.field}".`);
    } else if (seen.has(column.field)) {
      log.report(fieldPath, 'duplicate-column', `"${column.field}" already has a column.`);
    }
    seen.add(column.field);
    columns.push(column);
  });

  return {
    columns,
    sort: list['sort'] === undefined ? defaultLayoutSort : readSort(log, list['sort'], fields),
  };
}

function readColumn(log: ProblemLog, raw: unknown, path: string): LayoutColumn | undefined {
  if (typeof raw === 'string') return { field: raw };
  if (!isJsonObject(raw)) {
    log.report(path, 'not-object', 'Expected a field key or { "field": key, "width": length }.');
    return undefined;
  }
  log.rejectUnknown(raw, path, ['field', 'width'], 'a column');
  const field = raw['field'];
  if (field === undefined) log.report(member(path, 'field'), 'missing', 'A column needs a field.');
  else if (typeof field !== 'string')
    log.report(member(path, 'field'), 'not-string', `Expected a field key, not ${show(field)}.`);
  const width = raw['width'];
  let validWidth: string | undefined;
  if (width !== undefined) {
    if (typeof width === 'string' && cssLength.test(width.trim())) validWidth = width.trim();
    else
      log.report(
        member(path, 'width'),
        'invalid-width',
        `${show(width)} is not a CSS length such as "12rem", "140px" or "20%".`,
      );
  }
  if (typeof field !== 'string') return undefined;
  return validWidth === undefined ? { field } : { field, width: validWidth };
}

function readSort(log: ProblemLog, value: unknown, fields: readonly FieldDefinition[]): Sort {
  if (!isJsonObject(value)) {
    log.report('list.sort', 'not-object', 'Expected { "field": key, "direction": "asc" | "desc" }.');
    return defaultLayoutSort;
  }
  log.rejectUnknown(value, 'list.sort', ['field', 'direction'], 'the sort');
  const field = value['field'];
  const direction = value['direction'];
  if (field === undefined) log.report('list.sort.field', 'missing', 'The sort needs a field.');
  else if (typeof field !== 'string')
    log.report('list.sort.field', 'not-string', `Expected a field key, not ${show(field)}.`);
  else if (!isKnownField(fields, field))
    log.report('list.sort.field', 'unknown-field', `The layout has no field "${field}".`);
  else if (
    !isSystemField(field) &&
    !fields.some((definition) => definition.key === field && definition.sortable)
  ) {
    log.report('list.sort.field', 'not-sortable', `"${field}" is not sortable (give it "sortable": true).`);
  }
  if (direction === undefined)
    log.report('list.sort.direction', 'missing', 'The sort needs a direction: "asc" or "desc".');
  else if (direction !== 'asc' && direction !== 'desc') {
    log.report(
      'list.sort.direction',
      'invalid-direction',
      `${show(direction)} is not a direction: use "asc" or "desc".`,
    );
  }
  if (typeof field !== 'string' || (direction !== 'asc' && direction !== 'desc')) return defaultLayoutSort;
  return { field, direction: direction satisfies SortDirection };
}

function readForm(log: ProblemLog, value: unknown, fields: readonly FieldDefinition[]): Layout['form'] {
  const form = requireObject(log, value, 'form', '"form" (its sections)');
  if (!form) return { sections: [] };
  log.rejectUnknown(form, 'form', ['sections'], 'the form');

  const sections: LayoutSection[] = [];
  const placed = new Set<string>();
  requireArray(log, form['sections'], 'form.sections', 'the form sections')?.forEach((raw, index) => {
    const path = item('form.sections', index);
    if (!isJsonObject(raw)) {
      log.report(path, 'not-object', 'Expected a section ({ "title", "columns", "fields" }).');
      return;
    }
    log.rejectUnknown(raw, path, ['title', 'columns', 'fields'], 'a section');

    const title = raw['title'] === undefined ? undefined : readText(log, raw['title'], member(path, 'title'));
    if (raw['title'] === undefined) log.report(member(path, 'title'), 'missing', 'A section needs a title.');

    let columns = 1;
    const rawColumns = raw['columns'];
    if (rawColumns !== undefined) {
      if (
        typeof rawColumns === 'number' &&
        Number.isInteger(rawColumns) &&
        rawColumns >= 1 &&
        rawColumns <= maxSectionColumns
      ) {
        columns = rawColumns;
      } else {
        log.report(
          member(path, 'columns'),
          'invalid-columns',
          `Expected an integer from 1 to ${maxSectionColumns}, not ${show(rawColumns)}.`,
        );
      }
    }

    const keys: string[] = [];
    requireArray(log, raw['fields'], member(path, 'fields'), 'the section fields')?.forEach(
      (key, position) => {
        const keyPath = item(member(path, 'fields'), position);
        if (typeof key !== 'string')
          log.report(keyPath, 'not-string', `Expected a field key, not ${show(key)}.`);
        else if (!isKnownField(fields, key))
          log.report(keyPath, 'unknown-field', `The layout has no field "${key}".`);
        else if (placed.has(key))
          log.report(keyPath, 'duplicate-placement', `"${key}" is already placed in the form.`);
        else {
          placed.add(key);
          keys.push(key);
        }
      },
    );
    sections.push({ title: title ?? '', columns, fields: keys });
  });
  return { sections };
}
