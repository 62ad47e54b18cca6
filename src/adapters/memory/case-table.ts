import type { CaseRecord } from '../../model/types.js';
import { inBackground } from './background.js';
import { SlotIndex } from './slot-index.js';

/** The digits of a case number: `C-00042` → 42 (the tie-break of every sort). */
export function caseNumberValue(number: string): number {
  let start = number.length;
  while (start > 0) {
    const code = number.charCodeAt(start - 1);
    if (code < 48 || code > 57) break;
    start--;
  }
  if (start === number.length) return 0;
  if (number.length - start > 15) return Number(number.slice(start));
  let value = 0;
  for (let i = start; i < number.length; i++) value = value * 10 + number.charCodeAt(i) - 48;
  return value;
}

/** How many slot changes the journal remembers; a cache further behind rebuilds instead. */
const journalSize = 4096;

/** Gives each distinct string a small integer, so a column stores numbers instead of references. */
class Interner {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();

  of(value: string): number {
    let index = this.#index.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.#index.set(value, index);
    }
    return index;
  }

  /** The index of a value, or -1 when no case ever had it. */
  find(value: string): number {
    return this.#index.get(value) ?? -1;
  }
}

/**
 * The cases of a store, each in a numbered slot, with the columns every list query reads in typed
 * arrays (owner, status, case number, CRM-card link): a query over 100k cases scans these small arrays
 * instead of chasing 100k records around the heap. A slot keeps its number while its case lives (a
 * changed case is a new record in the same slot; a deleted case leaves an empty slot), so the caches
 * built on slots (sort orders, search texts) are updated one slot at a time through `changesSince`.
 */
export class CaseTable {
  readonly owners = new Interner();
  readonly statuses = new Interner();
  #records: (CaseRecord | undefined)[] = [];
  /**
   * Id → slot, for the slots below `#indexed`. Hashing 100k fresh ids costs more than the rest of the
   * table, so the index is built in background tasks after construction (or at the first lookup).
   */
  #slots = new SlotIndex((slot) => this.#records[slot]?.id);
  #indexed = 0;
  #indexing = false;
  #owner = new Int32Array(0);
  #status = new Int32Array(0);
  #number = new Float64Array(0);
  #linked = new Uint8Array(0);
  #size = 0;
  /** Whether the case numbers never decrease from one slot to the next (cases made in number order). */
  #numbersAscending = true;
  #version = 0;
  /** Slots changed by the last versions: `#journal[i]` changed at version `#journalStart + i + 1`. */
  #journal: number[] = [];
  #journalStart = 0;

  constructor(records: readonly CaseRecord[] = []) {
    this.reset(records);
  }

  /** Increases on every change of a slot. */
  get version(): number {
    return this.#version;
  }

  /** How many slots exist (live or empty): the length the slot-indexed caches need. */
  get slotCount(): number {
    return this.#records.length;
  }

  /** How many cases live. */
  get size(): number {
    return this.#size;
  }

  /** The slots changed after `version` (possibly repeated), or null when the journal no longer goes back so far. */
  changesSince(version: number): readonly number[] | null {
    if (version < this.#journalStart || version > this.#version) return null;
    return this.#journal.slice(version - this.#journalStart);
  }

  record(slot: number): CaseRecord | undefined {
    return this.#records[slot];
  }

  get(id: string): CaseRecord | undefined {
    const slot = this.#slotOf(id);
    return slot === undefined ? undefined : this.#records[slot];
  }

  has(id: string): boolean {
    return this.#slotOf(id) !== undefined;
  }

  #slotOf(id: string): number | undefined {
    this.#index(this.#records.length);
    return this.#slots.get(id);
  }

  /** Indexes the ids of the slots up to `end`. */
  #index(end: number): void {
    for (; this.#indexed < end; this.#indexed++) {
      const record = this.#records[this.#indexed];
      if (record === undefined) continue;
      const first = this.#slots.get(record.id);
      if (first === undefined) {
        this.#slots.add(record.id, this.#indexed);
        continue;
      }
      // The same id twice in the data: like a map, the first place with the last record.
      this.#records[first] = record;
      this.#records[this.#indexed] = undefined;
      this.#size--;
      this.#fill(first, record);
      this.#numbersAscending = false; // rare; the sort checks the order the long way
      this.#changed(first);
      this.#changed(this.#indexed);
    }
  }

  #indexInBackground(): void {
    if (this.#indexing) return;
    this.#indexing = true;
    inBackground((budgetMs) => {
      const until = performance.now() + budgetMs;
      while (this.#indexed < this.#records.length && performance.now() < until)
        this.#index(Math.min(this.#indexed + 1000, this.#records.length));
      if (this.#indexed < this.#records.length) return true;
      this.#indexing = false;
      return false;
    });
  }

  /** Interned owner of each slot (see `owners.values`). */
  get ownerColumn(): Int32Array {
    return this.#owner;
  }

  /** Interned status of each slot (see `statuses.values`). */
  get statusColumn(): Int32Array {
    return this.#status;
  }

  /** Case-number value of each slot. */
  get numberColumn(): Float64Array {
    return this.#number;
  }

  /** Whether the number column never decreases: then the slot order is the case-number order. */
  get numbersAscending(): boolean {
    return this.#numbersAscending;
  }

  /** 1 where the slot's case has a CRM card. */
  get linkedColumn(): Uint8Array {
    return this.#linked;
  }

  /** Live records in slot order (creation order). */
  *values(): IterableIterator<CaseRecord> {
    for (const record of this.#records) if (record !== undefined) yield record;
  }

  /** Inserts a case in a new slot or replaces the record in its slot. */
  set(record: CaseRecord): void {
    let slot = this.#slotOf(record.id);
    if (slot === undefined) {
      slot = this.#records.length;
      this.#grow(slot + 1);
      this.#records.push(record);
      this.#slots.add(record.id, slot);
      this.#indexed = this.#records.length;
      this.#size++;
    } else {
      this.#records[slot] = record;
    }
    this.#fill(slot, record);
    const number = this.#number;
    if (
      (slot > 0 && (number[slot] as number) < (number[slot - 1] as number)) ||
      (slot + 1 < this.#records.length && (number[slot] as number) > (number[slot + 1] as number))
    )
      this.#numbersAscending = false;
    this.#changed(slot);
  }

  delete(id: string): void {
    const slot = this.#slotOf(id);
    if (slot === undefined) return;
    this.#slots.delete(id);
    this.#records[slot] = undefined;
    this.#size--;
    this.#changed(slot);
  }

  /** Replaces every case (compacting the slots): every cache built on the table rebuilds. */
  reset(records: Iterable<CaseRecord>): void {
    this.#records = [...records];
    this.#slots.clear(this.#records.length);
    this.#indexed = 0;
    this.#owner = new Int32Array(0);
    this.#status = new Int32Array(0);
    this.#number = new Float64Array(0);
    this.#linked = new Uint8Array(0);
    this.#grow(this.#records.length);
    this.#numbersAscending = true;
    for (let slot = 0; slot < this.#records.length; slot++) {
      this.#fill(slot, this.#records[slot] as CaseRecord);
      if (slot > 0 && (this.#number[slot] as number) < (this.#number[slot - 1] as number))
        this.#numbersAscending = false;
    }
    this.#size = this.#records.length;
    if (this.#records.length > 0) this.#indexInBackground();
    this.#version++;
    this.#journal = [];
    this.#journalStart = this.#version;
  }

  #fill(slot: number, record: CaseRecord): void {
    this.#owner[slot] = this.owners.of(record.ownerId);
    this.#status[slot] = this.statuses.of(record.statusId);
    this.#number[slot] = caseNumberValue(record.number);
    this.#linked[slot] = record.crmCardId === null ? 0 : 1;
  }

  #grow(length: number): void {
    if (length <= this.#owner.length) return;
    const capacity = Math.max(length, Math.ceil(this.#owner.length * 1.25) + 16);
    const owner = new Int32Array(capacity);
    owner.set(this.#owner);
    this.#owner = owner;
    const status = new Int32Array(capacity);
    status.set(this.#status);
    this.#status = status;
    const number = new Float64Array(capacity);
    number.set(this.#number);
    this.#number = number;
    const linked = new Uint8Array(capacity);
    linked.set(this.#linked);
    this.#linked = linked;
  }

  #changed(slot: number): void {
    this.#version++;
    this.#journal.push(slot);
    if (this.#journal.length > journalSize) {
      const drop = this.#journal.length - journalSize;
      this.#journal.splice(0, drop);
      this.#journalStart += drop;
    }
  }
}
