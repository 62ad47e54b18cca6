import type { CaseFilter, FieldFilter, Range, Status } from '../../model/types.js';

/**
 * The filter panel edits one "slot" per control: `status` (a status list or the open / closed
 * shortcut), `owner`, `crmCard` (linked or not), or a layout field key. These pure functions read
 * and write a slot of a filter list in the DESIGN.md grammar.
 */

/** Which control a filter belongs to. */
export function filterSlot(filter: CaseFilter): string {
  if ('statusClass' in filter) return 'status';
  if ('owner' in filter) return 'owner';
  if ('linkedCrmCard' in filter) return 'crmCard';
  return filter.field;
}

/** The filters with the slot's filter replaced (or removed, when `filter` is undefined). */
export function withSlot(
  filters: readonly CaseFilter[],
  slot: string,
  filter: CaseFilter | undefined,
): CaseFilter[] {
  const others = filters.filter((f) => filterSlot(f) !== slot);
  return filter ? [...others, filter] : others;
}

export function slotFilter(filters: readonly CaseFilter[], slot: string): CaseFilter | undefined {
  return filters.find((f) => filterSlot(f) === slot);
}

/** The status ids a status filter selects (every status when there is none). */
export function selectedStatusIds(filters: readonly CaseFilter[], statuses: readonly Status[]): Set<string> {
  const filter = slotFilter(filters, 'status');
  if (!filter) return new Set();
  if ('statusClass' in filter) {
    return new Set(statuses.filter((s) => s.closed === (filter.statusClass === 'closed')).map((s) => s.id));
  }
  if ('field' in filter && filter.op === 'in') return new Set(filter.value.map(String));
  if ('field' in filter && filter.op === 'eq') return new Set([String(filter.value)]);
  return new Set();
}

/**
 * The status filter for a selection: none when nothing (or everything) is selected, the `statusClass`
 * shortcut when the selection is exactly the open (or closed) statuses, else `status in [...]`.
 */
export function statusFilter(ids: ReadonlySet<string>, statuses: readonly Status[]): CaseFilter | undefined {
  const selected = statuses.filter((s) => ids.has(s.id));
  if (selected.length === 0 || selected.length === statuses.length) return undefined;
  const open = statuses.filter((s) => !s.closed);
  const closed = statuses.filter((s) => s.closed);
  if (selected.length === open.length && selected.every((s) => !s.closed)) return { statusClass: 'open' };
  if (selected.length === closed.length && selected.every((s) => s.closed)) return { statusClass: 'closed' };
  return { field: 'status', op: 'in', value: selected.map((s) => s.id) };
}

/** The `statusClass` shortcut in force, if any. */
export function statusClassOf(filters: readonly CaseFilter[]): 'open' | 'closed' | undefined {
  const filter = slotFilter(filters, 'status');
  return filter && 'statusClass' in filter ? filter.statusClass : undefined;
}

/** `''` (anyone), `me`, `my-team` or an agent id. */
export function ownerOf(filters: readonly CaseFilter[]): string {
  const filter = slotFilter(filters, 'owner');
  return filter && 'owner' in filter ? filter.owner : '';
}

/** `''` (either), `yes` or `no`. */
export function linkedOf(filters: readonly CaseFilter[]): '' | 'yes' | 'no' {
  const filter = slotFilter(filters, 'crmCard');
  if (!filter || !('linkedCrmCard' in filter)) return '';
  return filter.linkedCrmCard ? 'yes' : 'no';
}

/** A field filter of a layout field's slot. */
export function fieldFilterOf(filters: readonly CaseFilter[], key: string): FieldFilter | undefined {
  const filter = slotFilter(filters, key);
  return filter && 'field' in filter ? filter : undefined;
}

/** The values an `in` filter selects. */
export function selectedValues(filters: readonly CaseFilter[], key: string): Set<string> {
  const filter = fieldFilterOf(filters, key);
  return new Set(
    filter?.op === 'in' ? filter.value.map(String) : filter?.op === 'eq' ? [String(filter.value)] : [],
  );
}

/** The bounds of a `range` filter. */
export function rangeOf(filters: readonly CaseFilter[], key: string): Range {
  const filter = fieldFilterOf(filters, key);
  return filter?.op === 'range' ? filter.value : {};
}

/**
 * A range filter from two inputs' values (empty inputs leave that bound open). Bounds typed the wrong
 * way round ("from 500 to 100") mean the values between them: they are put in order.
 */
export function rangeFilter(key: string, from: string, to: string, numeric: boolean): CaseFilter | undefined {
  const read = (value: string): number | string | undefined => {
    if (value.trim() === '') return undefined;
    if (!numeric) return value;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  };
  let [low, high] = [read(from), read(to)];
  if (low === undefined && high === undefined) return undefined;
  if (low !== undefined && high !== undefined && low > high) [low, high] = [high, low];
  const value: Range = {
    ...(low !== undefined ? { from: low } : {}),
    ...(high !== undefined ? { to: high } : {}),
  };
  return { field: key, op: 'range', value };
}
