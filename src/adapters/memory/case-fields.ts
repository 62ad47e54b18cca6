import { CaseKitError } from '../errors.js';
import { fieldDefinition } from '../../model/layout.js';
import type { CaseRecord, CustomFieldType, FieldDefinition, FieldValue, Layout } from '../../model/types.js';
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

const nonAscii = /[\u0080-\uffff]/;
const nonAsciiRuns = /[\u0080-\uffff]+/g;
/** Typographic quotes and dashes, searched as their ASCII forms (`don't` finds `don’t`). */
const typographic = /[‘’‚‛“”„–—]/g;
const asciiOf: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
};
/** Folded runs of non-ASCII characters ('é', '’'…): data repeats them, NFD is slow. */
const foldedRuns = new Map<string, string>();

function foldRun(run: string): string {
  let folded = foldedRuns.get(run);
  if (folded === undefined) {
    folded = run
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(typographic, (mark) => asciiOf[mark] as string);
    if (foldedRuns.size < 4096) foldedRuns.set(run, folded);
  }
  return folded;
}

/** Accent-, case- and quote-insensitive form of a text, for `contains` and search. */
export function foldText(text: string): string {
  // Most texts are ASCII: skip the (slow) decomposition for them. ASCII characters never take part
  // in a decomposition, so decomposing the non-ASCII runs alone gives the same text.
  if (!nonAscii.test(text)) return text.toLowerCase();
  return text.replace(nonAsciiRuns, foldRun).toLowerCase();
}
