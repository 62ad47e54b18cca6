import type { CaseRecord } from '../../model/types.js';
import type { CaseTable } from './case-table.js';
import { collator, initialRank } from './collation.js';

/** How a sort reads a case: a numeric key (NaN = unset) or a text ranked by the collator (null = unset). */
export interface KeyReader {
  readonly key?: (record: CaseRecord) => number;
  readonly text?: (record: CaseRecord) => string | null;
}

/** Past this many rows, a page waits for the whole order instead. */
export const firstSlotsMax = 200;

/**
 * The first `count` live slots of an order that is not built yet, among those `keep` accepts, and how
 * many it accepts: one pass over the cases that keeps the best `count` so far in a sorted buffer. A
 * first sort by a text column at 100k cases then shows its first page in milliseconds while the whole
 * order builds in the background. The order is `SortOrder`'s: by key (texts by the collator), ties by
 * case number then slot, unset values last in both directions.
 */
export function firstSlots(
  table: CaseTable,
  reader: KeyReader,
  direction: 'asc' | 'desc',
  count: number,
  keep: (slot: number) => boolean,
): { slots: Int32Array; total: number } {
  const numbers = table.numberColumn;
  const sign = direction === 'asc' ? 1 : -1;
  const { key, text } = reader;
  const compareValues = (a: string | number | null, b: string | number | null): number => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return sign * (typeof a === 'string' ? collator.compare(a, b as string) : a - (b as number));
  };
  const compare = (a: string | number | null, slotA: number, b: string | number | null, slotB: number) =>
    compareValues(a, b) || (numbers[slotA] as number) - (numbers[slotB] as number) || slotA - slotB;

  // The best so far, best first: their slots, values and first-letter ranks.
  const slots: number[] = [];
  const values: (string | number | null)[] = [];
  const initials: number[] = [];
  let total = 0;
  for (let slot = 0; slot < table.slotCount; slot++) {
    const record = table.record(slot);
    if (record === undefined || !keep(slot)) continue;
    total++;
    if (count === 0) continue;
    let value: string | number | null;
    let initial = -1;
    if (text !== undefined) {
      value = text(record);
      if (value !== null) initial = initialRank(value);
    } else {
      const k = (key as (r: CaseRecord) => number)(record);
      value = k === k ? k : null;
    }
    const last = slots.length - 1;
    if (last + 1 === count) {
      // A text whose first letter sorts after the last kept one's cannot enter: no collator call.
      const lastInitial = initials[last] as number;
      if (initial >= 0 && lastInitial >= 0 && sign * (initial - lastInitial) > 0) continue;
      if (compare(value, slot, values[last] as string | number | null, slots[last] as number) >= 0) continue;
      slots.pop();
      values.pop();
      initials.pop();
    }
    let lo = 0;
    let hi = slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(values[mid] as string | number | null, slots[mid] as number, value, slot) < 0) lo = mid + 1;
      else hi = mid;
    }
    slots.splice(lo, 0, slot);
    values.splice(lo, 0, value);
    initials.splice(lo, 0, initial);
  }
  return { slots: Int32Array.from(slots), total };
}
