import { CaseKitError } from '../errors.js';
import { fieldDefinition } from '../../model/layout.js';
import type {
  CaseRecord,
  CustomFieldType,
  FieldDefinition,
  FieldValue,
  Layout,
  Status,
} from '../../model/types.js';
import type { MemoryStore } from './store.js';

/**
 * How the in-memory query reads one field of a case (system or custom), whatever it is asked for:
 * the raw value for filters, a numeric sort key for sorts.
 */
export type FieldKind = CustomFieldType | 'reference';

export interface CaseField {
  readonly key: string;
  readonly kind: FieldKind;
  readonly definition?: FieldDefinition;
  /** The stored value (an id for status, owner and CRM card). */
  value(record: CaseRecord): FieldValue;
  /** Words a `contains` filter reads: the owner's and the CRM card's names rather than their ids. */
  text(record: CaseRecord): string | readonly string[] | null;
}

export type FieldPurpose = 'filter' | 'sort';

/** The digits of a case number: `C-00042` → 42 (the tie-break of every sort). */
export function caseNumberValue(number: string): number {
  const digits = /(\d+)$/.exec(number)?.[1];
  return digits === undefined ? 0 : Number(digits);
}

function refused(message: string, code: string, field: string): CaseKitError {
  return new CaseKitError('validation', {
    message,
    reason: { code, params: { field } },
    fieldErrors: { [field]: { code, message } },
  });
}

function systemField(key: string, store: MemoryStore): CaseField | undefined {
  switch (key) {
    case 'number':
      return { key, kind: 'text', value: (r) => r.number, text: (r) => r.number };
    case 'title':
      return { key, kind: 'text', value: (r) => r.title, text: (r) => r.title };
    case 'status':
      return { key, kind: 'reference', value: (r) => r.statusId, text: (r) => r.statusId };
    case 'owner':
      return {
        key,
        kind: 'reference',
        value: (r) => r.ownerId,
        text: (r) => store.agents.get(r.ownerId)?.name ?? null,
      };
    case 'crmCard':
      return {
        key,
        kind: 'reference',
        value: (r) => r.crmCardId,
        text: (r) => (r.crmCardId === null ? null : (store.crmCards.get(r.crmCardId)?.name ?? null)),
      };
    case 'createdAt':
      return { key, kind: 'datetime', value: (r) => r.createdAt, text: (r) => r.createdAt };
    case 'updatedAt':
      return { key, kind: 'datetime', value: (r) => r.updatedAt, text: (r) => r.updatedAt };
    default:
      return undefined;
  }
}

/**
 * The field a filter or a sort names, or a `validation` error: unknown, hidden from this layout,
 * or not filterable / sortable as the layout says.
 */
export function resolveCaseField(
  key: string,
  layout: Layout,
  store: MemoryStore,
  purpose: FieldPurpose,
): CaseField {
  const system = systemField(key, store);
  if (system !== undefined) return system;
  const definition = fieldDefinition(layout, key);
  const where = purpose === 'filter' ? 'filters' : 'sort';
  if (definition === undefined || definition.access === 'hidden') {
    throw refused(`Unknown field "${key}" in ${where}.`, 'unknown-field', key);
  }
  if (purpose === 'filter' && !definition.filterable) {
    throw refused(`The field "${key}" is not filterable in this layout.`, 'not-filterable', key);
  }
  if (purpose === 'sort' && !definition.sortable) {
    throw refused(`The field "${key}" is not sortable in this layout.`, 'not-sortable', key);
  }
  const value = (r: CaseRecord): FieldValue => r.fields[key] ?? null;
  const text = (r: CaseRecord): string | readonly string[] | null => {
    const v = r.fields[key];
    return typeof v === 'string' || Array.isArray(v) ? v : v === undefined || v === null ? null : String(v);
  };
  return { key, kind: definition.type, definition, value, text };
}

/** Accent- and case-insensitive form of a text, for `contains` and search. */
export function foldText(text: string): string {
  // Most texts are ASCII: skip the (slow) decomposition for them.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Ranks strings in collation order (equal under the collator → equal rank); NaN for unset values. */
function rankStrings(values: readonly (string | null)[]): Float64Array {
  const distinct = [...new Set(values.filter((v): v is string => v !== null && v !== ''))].sort(
    collator.compare,
  );
  const rank = new Map<string, number>();
  let r = 0;
  for (let i = 0; i < distinct.length; i++) {
    const value = distinct[i] as string;
    if (i > 0 && collator.compare(distinct[i - 1] as string, value) !== 0) r++;
    rank.set(value, r);
  }
  const keys = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    keys[i] = value === null || value === undefined || value === '' ? NaN : (rank.get(value) ?? NaN);
  }
  return keys;
}

function numericKeys(records: readonly CaseRecord[], key: (r: CaseRecord) => number): Float64Array {
  const keys = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) keys[i] = key(records[i] as CaseRecord);
  return keys;
}

/** One numeric sort key per record (NaN = unset, sorted last in both directions). */
export function sortKeys(
  field: CaseField,
  records: readonly CaseRecord[],
  statuses: readonly Status[],
): Float64Array {
  switch (field.key) {
    case 'number':
      return numericKeys(records, (r) => caseNumberValue(r.number));
    case 'status': {
      const order = new Map(statuses.map((s) => [s.id, s.order]));
      return numericKeys(records, (r) => order.get(r.statusId) ?? NaN);
    }
  }
  const options = field.definition?.options?.map((o) => o.value) ?? [];
  switch (field.kind) {
    case 'number':
      return numericKeys(records, (r) => {
        const v = field.value(r);
        return typeof v === 'number' ? v : NaN;
      });
    case 'date':
    case 'datetime':
      return numericKeys(records, (r) => {
        const v = field.value(r);
        return typeof v === 'string' && v !== '' ? Date.parse(v) : NaN;
      });
    case 'checkbox':
      return numericKeys(records, (r) => {
        const v = field.value(r);
        return typeof v === 'boolean' ? Number(v) : NaN;
      });
    case 'select':
      // A select sorts in the admin's option order (low, normal, high…), like status by `order`.
      return numericKeys(records, (r) => {
        const index = options.indexOf(String(field.value(r)));
        return index < 0 ? NaN : index;
      });
    default:
      return rankStrings(
        records.map((r) => {
          const t = field.text(r);
          return Array.isArray(t) ? t.join(', ') : (t as string | null);
        }),
      );
  }
}
