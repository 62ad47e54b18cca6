import { CaseKitError } from '../errors.js';
import { visibleOwnerIds } from '../../model/policy.js';
import { isEmptyFieldValue } from '../../model/layout.js';
import type {
  CaseFilter,
  CaseQuery,
  CaseRecord,
  FieldFilter,
  FieldValue,
  Layout,
  Page,
  Session,
  Sort,
} from '../../model/types.js';
import { caseNumberValue, foldText, resolveCaseField, sortKeys, type CaseField } from './case-fields.js';
import type { MemoryStore } from './store.js';

/**
 * The DESIGN.md query grammar, in memory: visibility, search, filters (AND), sort and paging.
 * Sort orders are computed once per store revision and sort, search texts once per case record
 * (records are immutable, so a changed case is a new record and its cached text simply goes away).
 */

type Predicate = (record: CaseRecord) => boolean;

const textTypes = new Set(['text', 'textarea', 'email', 'phone', 'url']);

interface SortCache {
  revision: number;
  orders: WeakMap<Layout, Map<string, Int32Array>>;
}
const sortCaches = new WeakMap<MemoryStore, SortCache>();
const searchTexts = new WeakMap<Layout, { keys: readonly string[]; texts: WeakMap<CaseRecord, string> }>();

function invalid(message: string): CaseKitError {
  return new CaseKitError('validation', { message, reason: { code: 'invalid-query' } });
}

function searchTextOf(record: CaseRecord, layout: Layout): string {
  let entry = searchTexts.get(layout);
  if (entry === undefined) {
    const keys = layout.fields
      .filter((f) => textTypes.has(f.type) && f.access !== 'hidden')
      .map((f) => f.key);
    entry = { keys, texts: new WeakMap() };
    searchTexts.set(layout, entry);
  }
  let text = entry.texts.get(record);
  if (text === undefined) {
    let raw = `${record.number}\u0001${record.title}`;
    for (const key of entry.keys) {
      const value = record.fields[key];
      if (typeof value === 'string') raw += `\u0001${value}`;
    }
    text = foldText(raw);
    entry.texts.set(record, text);
  }
  return text;
}

function toNumber(value: unknown): number {
  return typeof value === 'number'
    ? value
    : typeof value === 'string' && value.trim() !== ''
      ? Number(value)
      : NaN;
}

/** Filter values may arrive as strings (a REST query string): coerce them to the field's type. */
function coerce(field: CaseField, value: FieldValue): FieldValue {
  if (field.kind === 'number' && typeof value === 'string') return toNumber(value);
  if (field.kind === 'checkbox' && typeof value === 'string') return value === 'true';
  return value;
}

function equals(field: CaseField, actual: FieldValue, expected: FieldValue): boolean {
  if (isEmptyFieldValue(expected)) return isEmptyFieldValue(actual);
  if (Array.isArray(actual)) {
    if (Array.isArray(expected)) {
      const wanted = expected as readonly string[];
      return (
        actual.length === wanted.length && wanted.every((v) => (actual as readonly string[]).includes(v))
      );
    }
    return (actual as readonly FieldValue[]).includes(expected);
  }
  return actual === coerce(field, expected);
}

/** A range bound as a number; a date-only bound on a datetime covers the whole (UTC) day. */
function bound(field: CaseField, value: number | string | undefined, end: boolean): number | undefined {
  if (value === undefined || value === '') return undefined;
  let result: number;
  if (field.kind === 'number') result = toNumber(value);
  else if (typeof value !== 'string') result = NaN;
  else if (field.kind === 'date') result = Date.parse(value.slice(0, 10));
  else
    result = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? Date.parse(value) + (end ? 86_399_999 : 0)
      : Date.parse(value);
  if (Number.isNaN(result)) throw invalid(`Invalid range bound ${JSON.stringify(value)} for "${field.key}".`);
  return result;
}

function fieldPredicate(filter: FieldFilter, layout: Layout, store: MemoryStore): Predicate {
  const field = resolveCaseField(filter.field, layout, store, 'filter');
  switch (filter.op) {
    case 'eq':
      return (r) => equals(field, field.value(r), filter.value);
    case 'in': {
      if (!Array.isArray(filter.value)) throw invalid(`"in" on "${field.key}" takes a list of values.`);
      const values = filter.value;
      return (r) => values.some((v) => equals(field, field.value(r), v));
    }
    case 'contains': {
      if (typeof filter.value !== 'string') throw invalid(`"contains" on "${field.key}" takes a string.`);
      const needle = foldText(filter.value);
      return (r) => {
        const text = field.text(r);
        if (text === null) return false;
        return Array.isArray(text)
          ? text.some((t) => foldText(t).includes(needle))
          : foldText(text as string).includes(needle);
      };
    }
    case 'range': {
      if (field.kind !== 'number' && field.kind !== 'date' && field.kind !== 'datetime') {
        throw new CaseKitError('validation', {
          message: `"range" applies to numbers, dates and datetimes, not to "${field.key}".`,
          reason: { code: 'not-rangeable', params: { field: field.key } },
          fieldErrors: { [field.key]: { code: 'not-rangeable' } },
        });
      }
      const from = bound(field, filter.value.from, false);
      const to = bound(field, filter.value.to, true);
      return (r) => {
        const v = field.value(r);
        if (isEmptyFieldValue(v)) return false;
        const n = field.kind === 'number' ? toNumber(v) : Date.parse(String(v));
        return (from === undefined || n >= from) && (to === undefined || n <= to);
      };
    }
    case 'isSet': {
      const wanted = filter.value !== false && String(filter.value) !== 'false';
      return (r) => !isEmptyFieldValue(field.value(r)) === wanted;
    }
    default: {
      const op: unknown = (filter as { op?: unknown }).op;
      throw invalid(`Unknown filter operator ${JSON.stringify(op)}.`);
    }
  }
}

function filterPredicate(filter: CaseFilter, session: Session, store: MemoryStore): Predicate {
  if ('statusClass' in filter) {
    if (filter.statusClass !== 'open' && filter.statusClass !== 'closed')
      throw invalid('statusClass is "open" or "closed".');
    const closed = new Set(store.statuses.filter((s) => s.closed).map((s) => s.id));
    const wanted = filter.statusClass === 'closed';
    return (r) => closed.has(r.statusId) === wanted;
  }
  if ('linkedCrmCard' in filter) {
    const wanted = filter.linkedCrmCard !== false && String(filter.linkedCrmCard) !== 'false';
    return (r) => (r.crmCardId !== null) === wanted;
  }
  if ('owner' in filter && !('op' in filter)) {
    if (filter.owner === 'me') return (r) => r.ownerId === session.agent.id;
    if (filter.owner === 'my-team') {
      const team = new Set(session.teamMembers.map((a) => a.id));
      return (r) => team.has(r.ownerId);
    }
    return (r) => r.ownerId === filter.owner;
  }
  if ('field' in filter && 'op' in filter) return fieldPredicate(filter, session.layout, store);
  throw invalid(`Unknown filter ${JSON.stringify(filter)}.`);
}

/** Case indexes of `store.caseList()` in sort order; ties by case number ascending, unset values last. */
function sortedOrder(store: MemoryStore, session: Session, sort: Sort): Int32Array {
  if (sort.direction !== 'asc' && sort.direction !== 'desc')
    throw invalid('Sort direction is "asc" or "desc".');
  const field = resolveCaseField(sort.field, session.layout, store, 'sort');
  let cache = sortCaches.get(store);
  if (cache === undefined || cache.revision !== store.revision) {
    cache = { revision: store.revision, orders: new WeakMap() };
    sortCaches.set(store, cache);
  }
  let orders = cache.orders.get(session.layout);
  if (orders === undefined) cache.orders.set(session.layout, (orders = new Map()));
  const cacheKey = `${sort.field}\u0000${sort.direction}`;
  const cached = orders.get(cacheKey);
  if (cached !== undefined) return cached;

  const records = store.caseList();
  const keys = sortKeys(field, records, session.statuses);
  const numbers = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) numbers[i] = caseNumberValue((records[i] as CaseRecord).number);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const order = new Int32Array(records.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    if (ka !== kb) {
      if (ka !== ka) return kb !== kb ? 0 : 1; // NaN (unset) last
      if (kb !== kb) return -1;
      return (ka - kb) * sign;
    }
    return (numbers[a] as number) - (numbers[b] as number);
  });
  orders.set(cacheKey, order);
  return order;
}

function checkPaging(query: CaseQuery): void {
  const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!ok(query.offset) || !ok(query.limit)) throw invalid('offset and limit are integers ≥ 0.');
}

/** The visible cases matching the query, sorted and paged (records; the adapter adds the derived parts). */
export function queryCases(store: MemoryStore, session: Session, query: CaseQuery): Page<CaseRecord> {
  checkPaging(query);
  const predicates: Predicate[] = (query.filters ?? []).map((f) => filterPredicate(f, session, store));
  if (query.crmCardId !== undefined) {
    const cardId = query.crmCardId;
    predicates.unshift((r) => r.crmCardId === cardId);
  }
  const tokens = foldText(query.search ?? '')
    .split(/\s+/)
    .filter((t) => t !== '');
  if (tokens.length > 0) {
    const layout = session.layout;
    predicates.push((r) => {
      const text = searchTextOf(r, layout);
      return tokens.every((t) => text.includes(t));
    });
  }
  // One set lookup per case (none for `all`), the same answer as `isVisibleTo` for each owner.
  const visibleOwners = visibleOwnerIds(session);

  const order = sortedOrder(store, session, query.sort ?? session.layout.list.sort);
  const records = store.caseList();
  const items: CaseRecord[] = [];
  const end = query.offset + query.limit;
  let total = 0;
  outer: for (let i = 0; i < order.length; i++) {
    const record = records[order[i] as number] as CaseRecord;
    if (visibleOwners !== null && !visibleOwners.has(record.ownerId)) continue;
    for (const predicate of predicates) if (!predicate(record)) continue outer;
    if (total >= query.offset && total < end) items.push(record);
    total++;
  }
  return { items, total };
}
