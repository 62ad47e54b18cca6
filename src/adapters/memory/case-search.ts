import type { CaseRecord, Layout } from '../../model/types.js';
import { foldText } from './case-fields.js';
import { inBackground } from './background.js';
import type { CaseTable } from './case-table.js';

const textTypes = new Set(['text', 'textarea', 'email', 'phone', 'url']);
/** Slots coded between two looks at the clock, in background slices of a few milliseconds. */
const chunk = 500;
/** In a code column: "not coded yet"; codes are stored plus two. */
const uncoded = 0;
/** The code of a field without text (stored as 1). */
const noText = -1;

/**
 * What search reads, dictionary-encoded like a column store: each distinct text value (a title, an
 * e-mail, a description) is folded (lower case, no accents) once and kept once, and each case keeps
 * per searched field only the code of its value, in a typed array. Titles and descriptions repeat a
 * lot (templates, products, reasons): at 100k cases this is about half the memory of one folded
 * string per case, and a search tests each distinct value once instead of every case's text.
 * Codes are made in the background after the first query (in small tasks) or on demand; a changed
 * slot simply forgets its codes.
 */
export class SearchTexts {
  readonly #table: CaseTable;
  /** The searched fields of a record: its title, then the layout's text fields. */
  readonly #fields: readonly ((record: CaseRecord) => unknown)[];
  readonly #codeOf = new Map<string, number>();
  readonly #folded: string[] = [];
  /** Per field, per slot: the code of the value plus two (`uncoded` until made). */
  #columns: Int32Array[];
  #version: number;
  #warming = false;
  /** Every slot had its codes at the last warming (a changed slot is coded again on demand). */
  #warm = false;

  constructor(table: CaseTable, keys: readonly string[]) {
    this.#table = table;
    this.#fields = [(r) => r.title, ...keys.map((key) => (r: CaseRecord) => r.fields[key])];
    this.#columns = this.#fields.map(() => new Int32Array(0));
    this.#version = table.version;
  }

  /**
   * A test of whether a case has every token (folded words) in its number, its title or one of its
   * text fields. Each distinct value is tested once per search, then remembered for the others.
   */
  matcher(tokens: readonly string[]): (slot: number) => boolean {
    this.#refresh();
    // Per token, per code: 0 not tested yet, 1 no, 2 yes.
    const tested = tokens.map(() => new Uint8Array(this.#folded.length + 64));
    // Case numbers are mostly digits: a token of digits and dashes needs no folding of them.
    const plain = tokens.map((token) => /^[\d-]*$/.test(token));
    return (slot) => {
      const record = this.#table.record(slot);
      if (record === undefined) return false;
      return tokens.every((token, t) => {
        const number = record.number;
        if ((plain[t] ? number : foldText(number)).includes(token)) return true;
        for (let field = 0; field < this.#fields.length; field++) {
          const code = this.#code(field, slot, record);
          if (code === noText) continue;
          let seen = tested[t] as Uint8Array;
          if (code >= seen.length) {
            const grown = new Uint8Array(this.#folded.length * 2 + 64);
            grown.set(seen);
            tested[t] = seen = grown;
          }
          if (seen[code] === 0) seen[code] = (this.#folded[code] as string).includes(token) ? 2 : 1;
          if (seen[code] === 2) return true;
        }
        return false;
      });
    };
  }

  /** Codes the missing slots in background tasks (no-op when done or under way). */
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
        for (; next < end; next++) {
          const record = this.#table.record(next);
          if (record !== undefined)
            for (let field = 0; field < this.#fields.length; field++) this.#code(field, next, record);
        }
      }
      if (next < this.#table.slotCount) return true;
      this.#warming = false;
      this.#warm = true;
      return false;
    });
  }

  #refresh(): void {
    const table = this.#table;
    if (this.#columns[0]!.length < table.slotCount)
      this.#columns = this.#columns.map((column) => {
        const grown = new Int32Array(table.slotCount + (table.slotCount >> 3) + 16);
        grown.set(column);
        return grown;
      });
    if (this.#version === table.version) return;
    const changes = table.changesSince(this.#version);
    if (changes === null) {
      for (const column of this.#columns) column.fill(uncoded);
      this.#codeOf.clear();
      this.#folded.length = 0;
      this.#warm = false;
    } else for (const slot of changes) for (const column of this.#columns) column[slot] = uncoded;
    this.#version = table.version;
  }

  /** The code of a field's value in a slot (`noText` when it has none), made when first needed. */
  #code(field: number, slot: number, record: CaseRecord): number {
    const column = this.#columns[field] as Int32Array;
    const stored = column[slot] as number;
    if (stored !== uncoded) return stored - 2;
    const value = (this.#fields[field] as (r: CaseRecord) => unknown)(record);
    let code = noText;
    if (typeof value === 'string' && value !== '') {
      code = this.#codeOf.get(value) ?? -1;
      if (code < 0) {
        code = this.#folded.push(foldText(value)) - 1;
        this.#codeOf.set(value, code);
      }
    }
    column[slot] = code + 2;
    return code;
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
