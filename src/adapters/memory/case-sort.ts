import type { CaseRecord, Status } from '../../model/types.js';
import type { CaseField } from './case-fields.js';
import { caseNumberValue, type CaseTable } from './case-table.js';
import { collationRanks, collator, stepMask } from './collation.js';
import { firstSlots, type KeyReader } from './first-slots.js';
import { packedSort } from './packed-sort.js';

/**
 * Sort orders of the in-memory query. Each sorted field keeps, per slot of the case table, a numeric
 * key (a collation rank for strings) and the ascending permutation of the live slots. They are built
 * once (sorting 100k cases with a collator takes hundreds of milliseconds) and then kept: a changed
 * case moves to its new place by binary search, the descending order is derived from the ascending
 * one, and only a large batch of changes rebuilds.
 */

function keyReader(field: CaseField, statuses: readonly Status[]): KeyReader {
  switch (field.key) {
    case 'number':
      return { key: (r) => caseNumberValue(r.number) };
    case 'status': {
      const order = new Map(statuses.map((s) => [s.id, s.order]));
      return { key: (r) => order.get(r.statusId) ?? NaN };
    }
  }
  const options = field.definition?.options?.map((o) => o.value) ?? [];
  switch (field.kind) {
    case 'number':
      return { key: (r) => (typeof field.value(r) === 'number' ? (field.value(r) as number) : NaN) };
    case 'date':
    case 'datetime':
      return {
        key: (r) => {
          const v = field.value(r);
          return typeof v === 'string' && v !== '' ? Date.parse(v) : NaN;
        },
      };
    case 'checkbox':
      return { key: (r) => (typeof field.value(r) === 'boolean' ? Number(field.value(r)) : NaN) };
    case 'select':
      // A select sorts in the admin's option order (low, normal, high…), like status by `order`.
      return {
        key: (r) => {
          const index = options.indexOf(String(field.value(r)));
          return index < 0 ? NaN : index;
        },
      };
    default:
      return {
        text: (r) => {
          const t = field.text(r);
          const s = Array.isArray(t) ? t.join(', ') : (t as string | null);
          return s === '' ? null : s;
        },
      };
  }
}

/** A sorted field: keys by slot and the ascending permutation of live slots. */
export class SortOrder {
  readonly #table: CaseTable;
  readonly #reader: KeyReader;
  #version = -1;
  #keys = new Float64Array(0);
  #asc: Int32Array = new Int32Array(0);
  #desc: Int32Array | undefined;
  #building: Promise<void> | undefined;

  /** The case-number order: its keys are the table's number column. */
  readonly #byNumber: boolean;

  constructor(table: CaseTable, field: CaseField, statuses: readonly Status[]) {
    this.#table = table;
    this.#reader = keyReader(field, statuses);
    this.#byNumber = field.key === 'number';
  }

  /** Whether `slots()` answers at once: the order is built, or a few changes are to be merged. */
  get ready(): boolean {
    const table = this.#table;
    if (this.#version === table.version) return true;
    const changes = this.#version < 0 ? null : table.changesSince(this.#version);
    if (changes !== null && new Set(changes).size <= Math.max(64, this.#asc.length >> 6)) return true;
    return this.#slotOrder();
  }

  /** Makes the case-number order at once when it is the slot order: cases made in number order, none deleted. */
  #slotOrder(): boolean {
    const table = this.#table;
    const count = table.slotCount;
    if (!this.#byNumber || table.size !== count || !table.numbersAscending) return false;
    this.#keys = table.numberColumn.slice(0, count);
    this.#asc = identity(count);
    this.#version = table.version;
    this.#desc = undefined;
    return true;
  }

  /** The first `count` slots in this order that `keep` accepts, and how many it accepts, without building it. */
  first(
    direction: 'asc' | 'desc',
    count: number,
    keep: (slot: number) => boolean,
  ): { slots: Int32Array; total: number } {
    return firstSlots(this.#table, this.#reader, direction, count, keep);
  }

  /** The live slots in this order (ties by case number ascending, unset values last). */
  slots(direction: 'asc' | 'desc'): Int32Array {
    this.#refresh();
    if (direction === 'asc') return this.#asc;
    this.#desc ??= this.#reversed();
    return this.#desc;
  }

  #refresh(): void {
    const table = this.#table;
    if (this.#version === table.version) return;
    const changes = this.#version < 0 ? null : table.changesSince(this.#version);
    const changed = changes === null ? null : [...new Set(changes)];
    if (changed === null || changed.length > Math.max(64, this.#asc.length >> 6) || !this.#update(changed))
      this.#build();
    else this.#version = table.version;
    this.#desc = undefined;
  }

  /**
   * Builds the order in the background, in steps of tens of milliseconds with the event loop free
   * between them (sorting 100k titles with a collator is no longer one long task). `slots()` after
   * it resolves answers at once; `slots()` before it builds at once.
   */
  prepare(): Promise<void> {
    const table = this.#table;
    if (this.ready) return Promise.resolve();
    return (this.#building ??= (async () => {
      const version = table.version;
      const steps = this.#steps();
      let slice = performance.now();
      while (!steps.next().done) {
        // Small builds finish at once; large ones give the event loop a turn every ~30 ms.
        if (performance.now() - slice < 30) continue;
        await yieldToEventLoop();
        slice = performance.now();
        if (table.version !== version) break; // changed meanwhile: `slots()` builds again
      }
      this.#building = undefined;
    })());
  }

  #build(): void {
    const steps = this.#steps();
    while (!steps.next().done);
  }

  /** The build, a step per `next()`. */
  *#steps(): Generator<void, void, void> {
    const table = this.#table;
    const version = table.version;
    const count = table.slotCount;
    if (this.#slotOrder()) return;
    const keys = new Float64Array(count);
    const { key, text } = this.#reader;
    if (this.#byNumber) {
      keys.set(table.numberColumn.subarray(0, count));
      for (let slot = 0; slot < count; slot++) if (table.record(slot) === undefined) keys[slot] = NaN;
    } else if (key !== undefined) {
      for (let slot = 0; slot < count; slot++) {
        if ((slot & stepMask) === stepMask) yield;
        const record = table.record(slot);
        keys[slot] = record === undefined ? NaN : key(record);
      }
    } else if (text !== undefined) {
      const values: (string | null)[] = new Array<string | null>(count);
      for (let slot = 0; slot < count; slot++) {
        if ((slot & stepMask) === stepMask) yield;
        const record = table.record(slot);
        values[slot] = record === undefined ? null : text(record);
      }
      yield;
      const ranks = collationRanks(values);
      let step = ranks.next();
      for (; !step.done; step = ranks.next()) yield;
      keys.set(step.value);
    }
    yield;
    const live = new Int32Array(table.size);
    let n = 0;
    for (let slot = 0; slot < count; slot++) if (table.record(slot) !== undefined) live[n++] = slot;
    const numbers = table.numberColumn;
    yield;
    // Cases are usually created in number order: then the slot order is already the order.
    let asc = live;
    if (!inOrder(live, keys, numbers)) {
      const packed = packedSort(live, keys, numbers);
      let step = packed.next();
      for (; !step.done; step = packed.next()) yield;
      asc = step.value ?? live.sort((a, b) => this.#compare(keys, numbers, a, b));
    }
    this.#keys = keys;
    this.#asc = asc;
    this.#version = version;
    this.#desc = undefined;
  }

  #compare(keys: Float64Array, numbers: Float64Array, a: number, b: number): number {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    if (ka !== kb && (ka === ka || kb === kb)) {
      if (ka !== ka) return 1; // NaN (unset) last
      if (kb !== kb) return -1;
      return ka - kb;
    }
    return (numbers[a] as number) - (numbers[b] as number) || a - b;
  }

  /** Moves each changed slot to its place; false when a new text's rank cannot be placed (rebuild). */
  #update(changed: readonly number[]): boolean {
    const table = this.#table;
    if (this.#keys.length < table.slotCount) {
      const keys = new Float64Array(table.slotCount + 1024);
      keys.set(this.#keys);
      this.#keys = keys;
    }
    const keys = this.#keys;
    const numbers = table.numberColumn;
    let asc = this.#asc;
    for (const slot of changed) {
      const at = asc.indexOf(slot);
      if (at >= 0) asc = concat(asc.subarray(0, at), asc.subarray(at + 1));
      const record = table.record(slot);
      if (record === undefined) continue;
      const { key, text } = this.#reader;
      let place: number;
      if (key !== undefined) {
        keys[slot] = key(record);
        place = lowerBound(asc, (other) => this.#compare(keys, numbers, other, slot) < 0);
      } else {
        const value = (text as (r: CaseRecord) => string | null)(record);
        const rank = this.#placeText(asc, value);
        if (rank === undefined) return false;
        keys[slot] = rank;
        place = lowerBound(asc, (other) => this.#compare(keys, numbers, other, slot) < 0);
      }
      asc = concat(asc.subarray(0, place), Int32Array.of(slot), asc.subarray(place));
    }
    this.#asc = asc;
    return true;
  }

  /** The rank of a text among the ranked ones: an equal text's rank, or one between its neighbours. */
  #placeText(asc: Int32Array, value: string | null): number | undefined {
    if (value === null) return NaN;
    const text = this.#reader.text as (r: CaseRecord) => string | null;
    const keys = this.#keys;
    const textAt = (other: number): string | null => {
      const record = this.#table.record(other);
      return record === undefined ? null : text(record);
    };
    // First slot whose text sorts at or after `value` (unset texts are last).
    const at = lowerBound(asc, (other) => {
      const t = textAt(other);
      return t !== null && collator.compare(t, value) < 0;
    });
    const next = asc[at];
    const nextText = next === undefined ? null : textAt(next);
    if (next !== undefined && nextText !== null && collator.compare(nextText, value) === 0)
      return keys[next] as number;
    const before = at > 0 ? (keys[asc[at - 1] as number] as number) : undefined;
    const after = next !== undefined && nextText !== null ? (keys[next] as number) : undefined;
    const rank =
      before === undefined
        ? after === undefined
          ? 0
          : after - 1
        : after === undefined
          ? before + 1
          : (before + after) / 2;
    // Out of precision between two neighbours: rebuild the ranks.
    if (rank === before || rank === after) return undefined;
    return rank;
  }

  /** Descending: the groups of equal keys in reverse order, each still by case number ascending; unset last. */
  #reversed(): Int32Array {
    const asc = this.#asc;
    const keys = this.#keys;
    const desc = new Int32Array(asc.length);
    let set = asc.length;
    while (set > 0 && Number.isNaN(keys[asc[set - 1] as number])) set--;
    desc.set(asc.subarray(set), set);
    let out = 0;
    let end = set;
    while (end > 0) {
      let start = end - 1;
      const key = keys[asc[start] as number];
      while (start > 0 && keys[asc[start - 1] as number] === key) start--;
      desc.set(asc.subarray(start, end), out);
      out += end - start;
      end = start;
    }
    return desc;
  }
}

/** Lets the browser run its other tasks (input, frames) between two steps of work. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** 0, 1, 2… `count - 1`. */
function identity(count: number): Int32Array {
  const slots = new Int32Array(count);
  for (let i = 0; i < count; i++) slots[i] = i;
  return slots;
}

/** Whether `slots` are already in (key, case number, slot) order, NaN keys last. */
function inOrder(slots: Int32Array, keys: Float64Array, numbers: Float64Array): boolean {
  for (let i = 1; i < slots.length; i++) {
    const a = slots[i - 1] as number;
    const b = slots[i] as number;
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    if (ka === kb) {
      if ((numbers[a] as number) > (numbers[b] as number)) return false;
    } else if (ka !== ka || ka > kb) return false; // NaN before a key, or descending
  }
  return true;
}

function concat(...parts: readonly Int32Array[]): Int32Array<ArrayBuffer> {
  const result = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}

/** First index whose element is not `before` the sought place. */
function lowerBound(slots: Int32Array, before: (slot: number) => boolean): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(slots[mid] as number)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
