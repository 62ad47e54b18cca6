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
import { foldText, resolveCaseField, type CaseField } from './case-fields.js';
import { searchTexts, searchTokens } from './case-search.js';
import { SortOrder } from './case-sort.js';
import { firstSlotsMax } from './first-slots.js';
import { afterPaint } from './background.js';
import type { CaseTable } from './case-table.js';
import type { MemoryStore } from './store.js';

/**
 * The DESIGN.md query grammar, in memory: visibility, search, filters (AND), sort and paging, over the
 * slots of the store's case table. Three caches make a 100k-case list interactive:
 * - sort orders per field (`SortOrder`), kept across queries and updated case by case;
 * - folded search texts per case (`SearchTexts`), built once;
 * - the last matches of recent queries, so that the next page is a slice and a keystroke that extends
 *   the search filters the previous matches instead of every case.
 */

/** Whether a slot passes a filter; record-based filters read the record, shortcuts read columns. */
type Predicate = (slot: number) => boolean;

interface Matches {
  readonly signature: string;
  readonly tokens: readonly string[];
  readonly version: number;
  readonly slots: Int32Array;
}

interface QueryCaches {
  readonly sorts: Map<string, SortOrder>;
  /** Most recent first; a few, since each holds up to one slot list. */
  recent: Matches[];
  /** Cases examined by the last query (for tests of the caches' effect). */
  scanned: number;
  /** Whether the last query selected its page while its order was not built (for tests). */
  selected: boolean;
}

const cachesByTable = new WeakMap<CaseTable, QueryCaches>();
const layoutIds = new WeakMap<Layout, number>();
const sortsKept = 4;
const resultsKept = 4;

function cachesOf(table: CaseTable): QueryCaches {
  let caches = cachesByTable.get(table);
  if (caches === undefined)
    cachesByTable.set(table, (caches = { sorts: new Map(), recent: [], scanned: 0, selected: false }));
  return caches;
}

let nextLayoutId = 0;

function layoutId(layout: Layout): number {
  let id = layoutIds.get(layout);
  if (id === undefined) layoutIds.set(layout, (id = nextLayoutId++));
  return id;
}

/** How many cases the last `queryCases` on this store examined (test support, not a contract). */
export function lastQueryScanned(store: MemoryStore): number {
  return cachesOf(store.table).scanned;
}

/** Whether the last `queryCases` on this store selected its page while its order was building (test support). */
export function lastQuerySelected(store: MemoryStore): boolean {
  return cachesOf(store.table).selected;
}

function invalid(message: string): CaseKitError {
  return new CaseKitError('validation', { message, reason: { code: 'invalid-query' } });
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

type RecordPredicate = (record: CaseRecord) => boolean;

function fieldPredicate(filter: FieldFilter, layout: Layout, store: MemoryStore): RecordPredicate {
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

/** A mask over the table's interned values: 1 where `wanted` holds. */
function mask(values: readonly string[], wanted: (value: string) => boolean): Uint8Array {
  const result = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) result[i] = wanted(values[i] as string) ? 1 : 0;
  return result;
}

function filterPredicate(filter: CaseFilter, session: Session, store: MemoryStore): Predicate {
  const table = store.table;
  if ('statusClass' in filter) {
    if (filter.statusClass !== 'open' && filter.statusClass !== 'closed')
      throw invalid('statusClass is "open" or "closed".');
    const closed = new Set(store.statuses.filter((s) => s.closed).map((s) => s.id));
    const wanted = filter.statusClass === 'closed';
    const statuses = mask(table.statuses.values, (id) => closed.has(id) === wanted);
    const column = table.statusColumn;
    return (slot) => statuses[column[slot] as number] === 1;
  }
  if ('linkedCrmCard' in filter) {
    const wanted = filter.linkedCrmCard !== false && String(filter.linkedCrmCard) !== 'false' ? 1 : 0;
    const column = table.linkedColumn;
    return (slot) => column[slot] === wanted;
  }
  if ('owner' in filter && !('op' in filter)) {
    const column = table.ownerColumn;
    if (filter.owner === 'my-team') {
      const team = new Set(session.teamMembers.map((a) => a.id));
      const owners = mask(table.owners.values, (id) => team.has(id));
      return (slot) => owners[column[slot] as number] === 1;
    }
    const owner = table.owners.find(filter.owner === 'me' ? session.agent.id : filter.owner);
    return (slot) => column[slot] === owner;
  }
  if ('field' in filter && 'op' in filter) {
    const predicate = fieldPredicate(filter, session.layout, store);
    return (slot) => predicate(table.record(slot) as CaseRecord);
  }
  throw invalid(`Unknown filter ${JSON.stringify(filter)}.`);
}

/** The sort order of a field, kept per layout; the oldest goes when too many fields were sorted (memory). */
function sortOrder(store: MemoryStore, session: Session, sort: Sort): SortOrder {
  if (sort.direction !== 'asc' && sort.direction !== 'desc')
    throw invalid('Sort direction is "asc" or "desc".');
  const field = resolveCaseField(sort.field, session.layout, store, 'sort');
  const { sorts } = cachesOf(store.table);
  const key = `${layoutId(session.layout)}\u0000${sort.field}`;
  let order = sorts.get(key);
  if (order === undefined) order = new SortOrder(store.table, field, store.statuses);
  // Most recently used last; the oldest goes when too many fields were sorted (memory).
  sorts.delete(key);
  sorts.set(key, order);
  if (sorts.size > sortsKept) sorts.delete(sorts.keys().next().value as string);
  return order;
}

/**
 * Gets a query's sort order ready without one long task (a first sort by a text field at 100k takes
 * a few hundred milliseconds): call and await it before `queryCases`, which then answers at once.
 */
export async function prepareQuery(store: MemoryStore, session: Session, query: CaseQuery): Promise<void> {
  const order = sortOrder(store, session, query.sort ?? session.layout.list.sort);
  if (order.ready) return;
  if (answersBySelection(query)) {
    // `queryCases` selects this page without the order, which builds once the page is painted.
    afterPaint(() => void order.prepare());
    return;
  }
  await order.prepare();
}

/** Whether a page this early is selected from the cases while its order is not built yet. */
function answersBySelection(query: CaseQuery): boolean {
  return query.offset + query.limit <= firstSlotsMax;
}

function checkPaging(query: CaseQuery): void {
  const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!ok(query.offset) || !ok(query.limit)) throw invalid('offset and limit are integers ≥ 0.');
}

/** True when every match of `tokens` also matches `previous` (each old word is inside a new one). */
function narrows(tokens: readonly string[], previous: readonly string[]): boolean {
  return previous.every((old) => tokens.some((t) => t.includes(old)));
}

/** The visible cases matching the query, sorted and paged (records; the adapter adds the derived parts). */
export function queryCases(store: MemoryStore, session: Session, query: CaseQuery): Page<CaseRecord> {
  checkPaging(query);
  const table = store.table;
  const predicates: Predicate[] = (query.filters ?? []).map((f) => filterPredicate(f, session, store));
  if (query.crmCardId !== undefined) {
    const cardId = query.crmCardId;
    predicates.unshift((slot) => table.record(slot)?.crmCardId === cardId);
  }
  const tokens = searchTokens(query.search);
  // The same answer as `isVisibleTo` for each owner, as a mask over the interned owners.
  const visibleOwners = visibleOwnerIds(session);
  const owners =
    visibleOwners === null ? undefined : mask(table.owners.values, (id) => visibleOwners.has(id));
  const ownerColumn = table.ownerColumn;
  const visible: Predicate | undefined =
    owners === undefined ? undefined : (slot) => owners[ownerColumn[slot] as number] === 1;
  const sort = query.sort ?? session.layout.list.sort;
  const sorted = sortOrder(store, session, sort);

  if (!sorted.ready && answersBySelection(query)) {
    // The order is building: select this first page from the cases instead of waiting for it.
    const texts = tokens.length > 0 ? searchTexts(table, session.layout) : undefined;
    const all = [...(visible ? [visible] : []), ...predicates, ...(texts ? [texts.matcher(tokens)] : [])];
    const first = sorted.first(sort.direction, query.offset + query.limit, (slot) =>
      all.every((predicate) => predicate(slot)),
    );
    const caches = cachesOf(table);
    caches.scanned = table.size;
    caches.selected = true;
    return { items: recordsOf(table, first.slots, query.offset, first.slots.length), total: first.total };
  }
  const order = sorted.slots(sort.direction);

  const caches = cachesOf(table);
  caches.selected = false;
  const signature = JSON.stringify([
    session.agent.id,
    session.profile.id,
    layoutId(session.layout),
    sort.field,
    sort.direction,
    query.filters ?? [],
    query.crmCardId ?? null,
  ]);
  const fresh = caches.recent.filter((m) => m.version === table.version && m.signature === signature);
  // Compared token by token: the words `late delivery` and the phrase `"late delivery"` differ.
  const same = fresh.find(
    (m) => m.tokens.length === tokens.length && m.tokens.every((t, i) => t === tokens[i]),
  );
  let slots: Int32Array;
  if (same !== undefined) {
    slots = same.slots;
    caches.scanned = 0;
  } else {
    const texts = tokens.length > 0 ? searchTexts(table, session.layout) : undefined;
    const narrowed = texts === undefined ? undefined : fresh.find((m) => narrows(tokens, m.tokens));
    if (narrowed !== undefined) {
      // A keystroke that extends the search: only the previous matches can still match.
      slots = filterSlots(narrowed.slots, texts!.matcher(tokens));
    } else {
      if (visible !== undefined) predicates.unshift(visible);
      if (texts !== undefined) predicates.push(texts.matcher(tokens));
      slots =
        predicates.length === 0
          ? order
          : filterSlots(order, (slot) => predicates.every((predicate) => predicate(slot)));
    }
    caches.scanned = narrowed?.slots.length ?? order.length;
    caches.recent = [{ signature, tokens, version: table.version, slots }, ...caches.recent].slice(
      0,
      resultsKept,
    );
  }
  // Fold the search texts in the background: the agent's first keystroke then finds them ready.
  searchTexts(table, session.layout).warm();
  return { items: recordsOf(table, slots, query.offset, query.offset + query.limit), total: slots.length };
}

function recordsOf(table: CaseTable, slots: Int32Array, from: number, to: number): CaseRecord[] {
  const items: CaseRecord[] = [];
  const end = Math.min(to, slots.length);
  for (let i = from; i < end; i++) items.push(table.record(slots[i] as number) as CaseRecord);
  return items;
}

function filterSlots(slots: Int32Array, keep: (slot: number) => boolean): Int32Array {
  const kept = new Int32Array(slots.length);
  let n = 0;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as number;
    if (keep(slot)) kept[n++] = slot;
  }
  // A copy of the right size: the oversized buffer goes (memory).
  return kept.slice(0, n);
}
