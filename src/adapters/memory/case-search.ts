import type { Layout } from '../../model/types.js';
import { foldText } from './case-fields.js';
import { inBackground } from './background.js';
import type { CaseTable } from './case-table.js';

const textTypes = new Set(['text', 'textarea', 'email', 'phone', 'url']);
/** Slots folded between two looks at the clock, in background slices of a few milliseconds. */
const chunk = 500;

/**
 * The folded (lower-case, accent-free) search text of each case, one string per slot: folding is what
 * made a first keystroke cost half a second at 100k cases. Texts are built in the background after the
 * first query (in small tasks) or on demand, and a changed slot simply forgets its text.
 */
export class SearchTexts {
  readonly #table: CaseTable;
  readonly #keys: readonly string[];
  #texts: (string | undefined)[] = [];
  #version: number;
  #warming = false;
  /** Every slot had its text at the last warming (a changed slot is built again on demand). */
  #warm = false;

  constructor(table: CaseTable, keys: readonly string[]) {
    this.#table = table;
    this.#keys = keys;
    this.#version = table.version;
  }

  /** A test of whether a case's search text has every token (folded words). */
  matcher(tokens: readonly string[]): (slot: number) => boolean {
    return (slot) => {
      const text = this.at(slot);
      return tokens.every((token) => text.includes(token));
    };
  }

  /** The search text of a live slot. */
  at(slot: number): string {
    this.#refresh();
    return this.#texts[slot] ?? this.#build(slot);
  }

  /** Folds the missing texts in background tasks (no-op when done or under way). */
  warm(): void {
    if (this.#warming || this.#warm) return;
    this.#warming = true;
    let next = 0;
    // In idle periods: after the frame that paints the first page, never before it.
    inBackground((budgetMs) => {
      this.#refresh();
      const until = performance.now() + budgetMs;
      while (next < this.#table.slotCount && performance.now() < until) {
        const end = Math.min(next + chunk, this.#table.slotCount);
        for (; next < end; next++) if (this.#texts[next] === undefined) this.#build(next);
      }
      if (next < this.#table.slotCount) return true;
      this.#warming = false;
      this.#warm = true;
      return false;
    });
  }

  #refresh(): void {
    const table = this.#table;
    if (this.#version === table.version) return;
    const changes = table.changesSince(this.#version);
    if (changes === null) {
      this.#texts = [];
      this.#warm = false;
    } else for (const slot of changes) this.#texts[slot] = undefined;
    this.#version = table.version;
  }

  #build(slot: number): string {
    const record = this.#table.record(slot);
    if (record === undefined) return '';
    let raw = `${record.number}\u0001${record.title}`;
    for (const key of this.#keys) {
      const value = record.fields[key];
      if (typeof value === 'string') raw += `\u0001${value}`;
    }
    const text = foldText(raw);
    this.#texts[slot] = text;
    return text;
  }
}

const byTable = new WeakMap<CaseTable, Map<string, SearchTexts>>();

/** The search texts of a table for a layout (layouts with the same text fields share them). */
export function searchTexts(table: CaseTable, layout: Layout): SearchTexts {
  const keys = layout.fields.filter((f) => textTypes.has(f.type) && f.access !== 'hidden').map((f) => f.key);
  let perTable = byTable.get(table);
  if (perTable === undefined) byTable.set(table, (perTable = new Map()));
  const id = keys.join('\u0000');
  let texts = perTable.get(id);
  if (texts === undefined) perTable.set(id, (texts = new SearchTexts(table, keys)));
  return texts;
}

/** The folded words of a search. */
export function searchTokens(search: string | undefined): string[] {
  return foldText(search ?? '')
    .split(/\s+/)
    .filter((t) => t !== '');
}
