/** What every benchmark page shares: fixture loading, search folding, and the `window.bench` hooks. */
import * as probe from './probe.js';
import type { CaseRow } from './rows.js';

export { columns, type CaseRow } from './rows.js';

/** The rows a test expects, computed by each page with its own semantics (what it should show). */
export interface Oracle {
  /** Case numbers of the first `count` rows for this search text (initial order: case number ascending). */
  search(value: string, count: number): Promise<string[]>;
  /** The title(s) the first row may show once the list is sorted by title, ascending. */
  sortedFirstTitles(): Promise<string[]>;
  /** Every row, for the blank-row check. */
  rows(): Promise<readonly CaseRow[]>;
  /**
   * Lets go of what the oracle made for its answers (a page's own data stays), before the measured
   * part of a scenario: a copy of the data held only for the oracle would make that page's heap, and
   * its garbage collections, larger than the implementation's.
   */
  release?(): void;
}

export interface Implementation {
  /** Builds the data source from the loaded data, in `container` if it is an element (before t0). */
  prepare(container: HTMLElement): void | Promise<void>;
  /** Attaches the list to `container` (t0). */
  mount(container: HTMLElement): void;
  unmount(): void;
  readonly oracle: Oracle;
}

export const size = new URL(location.href).searchParams.get('n') ?? '10k';
export const caseCount = { '1k': 1_000, '10k': 10_000, '100k': 100_000 }[size] ?? Number(size);

/** Fetches and parses the fixture, like data from a server (flat strings). */
export async function loadRows(): Promise<CaseRow[]> {
  const response = await fetch(`./cases-${size}.json`);
  return JSON.parse(await response.text()) as CaseRow[];
}

/** Lower case, without accents: the app-level search key. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export const collator = new Intl.Collator('en');

/** Indices of `rows` sorted by one column with the collator (the naive app-level sort). */
export function sortIndices(
  rows: readonly CaseRow[],
  key: keyof CaseRow,
  direction: 'asc' | 'desc',
): number[] {
  const order = rows.map((_, i) => i);
  const sign = direction === 'asc' ? 1 : -1;
  order.sort((a, b) => sign * collator.compare(rows[a]![key], rows[b]![key]) || a - b);
  return order;
}

/** An oracle over the flat rows, given the page's own search match and title order. */
export function rowOracle(
  rows: () => readonly CaseRow[],
  matches: (row: CaseRow, index: number, value: string) => boolean,
  titleBefore: (a: string, b: string) => boolean,
): Oracle {
  return {
    async search(value, count) {
      const found: string[] = [];
      const all = rows();
      for (let i = 0; i < all.length && found.length < count; i++)
        if (matches(all[i]!, i, value)) found.push(all[i]!.number);
      return found;
    },
    async sortedFirstTitles() {
      return [firstTitle(rows(), titleBefore)];
    },
    async rows() {
      return rows();
    },
  };
}

/** The first title of `rows` in the order `before`. */
export function firstTitle(rows: readonly CaseRow[], before: (a: string, b: string) => boolean): string {
  let first: string | undefined;
  for (const row of rows) if (first === undefined || before(row.title, first)) first = row.title;
  return first ?? '';
}

declare global {
  interface Window {
    bench: unknown;
  }
}

/** Publishes `window.bench` for the harness once `create` has loaded the data. */
export function expose(impl: string, create: () => Promise<Implementation>): void {
  const container = document.getElementById('app')!;
  let implementation: Implementation | undefined;
  const ready = create().then((i) => {
    implementation = i;
  });
  const get = () => {
    if (!implementation) throw new Error('bench: not ready');
    return implementation;
  };
  window.bench = {
    impl,
    size,
    caseCount,
    probe,
    ready,
    // Then an idle moment, as when an agent opens a module after the desktop has loaded: what an
    // implementation does in idle time ahead of its first use happens there (the kit's list warm-up).
    prepare: async () => {
      await get().prepare(container);
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    },
    mount: () => get().mount(container),
    unmount: () => get().unmount(),
    get oracle() {
      return get().oracle;
    },
  };
}
