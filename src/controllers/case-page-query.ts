import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaseKitAdapter } from '../adapters/contract.js';
import { isAbortError } from '../adapters/errors.js';
import type { Case, CaseQuery } from '../model/types.js';

/** A case query without its paging: what a list shows, in which order. */
export type CaseListQuery = Omit<CaseQuery, 'offset' | 'limit'>;

/**
 * Where a `CasePageQuery` is:
 * - `idle`: no adapter or no query yet;
 * - `loading`: nothing to show yet (first load, or after an error);
 * - `updating`: rows of the previous query are shown while the new one loads;
 * - `refreshing`: the rows are shown while the same query loads again (after a change);
 * - `ready`, or `error`.
 */
export type CasePageQueryStatus = 'idle' | 'loading' | 'updating' | 'refreshing' | 'ready' | 'error';

export interface CasePageQueryOptions {
  /** Rows per `listCases` call (default 100). */
  readonly pageSize?: number;
  /** Pages kept per query, the farthest from view dropped first (default 10: a thousand rows; memory). */
  readonly maxPages?: number;
  /** Other queries whose pages are kept, for an agent going back to a sort or a search (default 3). */
  readonly cachedQueries?: number;
  /** A background refresh failed: the rows stay, the host decides how to tell. */
  readonly onRefreshError?: (error: unknown) => void;
}

/** One query's pages: rows by page index, the total, and the requests in flight. */
class PageSet {
  readonly pages = new Map<number, readonly Case[]>();
  readonly inflight = new Map<number, AbortController>();
  total: number | undefined;

  constructor(
    readonly key: string,
    readonly query: CaseListQuery,
  ) {}

  abort(page?: number): void {
    for (const [index, controller] of this.inflight) {
      if (page !== undefined && index !== page) continue;
      controller.abort();
      this.inflight.delete(index);
    }
  }
}

/**
 * Loads the pages of a case list that are in view, through `adapter.listCases`, and keeps them in a
 * cache keyed by the query. It never shows a stale answer: a new query (or a refresh) loads beside the
 * rows on screen and takes their place only once the rows in view are there; requests for a query no
 * longer wanted, or for pages scrolled far away, are aborted.
 *
 * It listens to the adapter's change notifications and refreshes (keeping the rows) when one comes.
 *
 * The host calls `sync()` in `willUpdate` with the adapter, the query and the rows it is about to
 * render; the controller asks for a new render when pages arrive.
 *
 * @example
 * ```ts
 * readonly #pages = new CasePageQuery(this);
 * override willUpdate() {
 *   this.#pages.sync(this.adapter, { sort, filters, search }, first, last);
 * }
 * // in render(): this.#pages.status, this.#pages.total, this.#pages.row(index)
 * ```
 */
export class CasePageQuery implements ReactiveController {
  readonly pageSize: number;
  readonly #host: ReactiveControllerHost;
  readonly #maxPages: number;
  readonly #cachedQueries: number;
  readonly #onRefreshError: ((error: unknown) => void) | undefined;

  #adapter: CaseKitAdapter | undefined;
  /** The query whose rows are on screen. */
  #shown: PageSet | undefined;
  /** A query (new, or the same one refreshed) loading to take the place of `#shown`. */
  #next: PageSet | undefined;
  readonly #cache = new Map<string, PageSet>();
  #first = 0;
  #last = 0;
  /** A row out of view whose page stays loaded (the list's focusable row). */
  #kept: number | undefined;
  /** The set whose load failed (in the `error` status), loaded again by `retry()`. */
  #failed: PageSet | undefined;
  #error: unknown;
  #latencies: number[] = [];
  #unsubscribe: (() => void) | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: CasePageQueryOptions = {}) {
    this.#host = host;
    this.pageSize = options.pageSize ?? 100;
    this.#maxPages = options.maxPages ?? 10;
    this.#cachedQueries = options.cachedQueries ?? 3;
    this.#onRefreshError = options.onRefreshError;
    host.addController(this);
  }

  get status(): CasePageQueryStatus {
    if (this.#error !== undefined) return 'error';
    if (!this.#shown) return this.#next ? 'loading' : 'idle';
    if (!this.#next) return 'ready';
    return this.#next.key === this.#shown.key ? 'refreshing' : 'updating';
  }

  /** Why the last load failed, in the `error` status. */
  get error(): unknown {
    return this.#error;
  }

  /** Number of cases of the query on screen; undefined before its first page. */
  get total(): number | undefined {
    return this.#shown?.total;
  }

  /** The query whose rows are on screen. */
  get shownQuery(): CaseListQuery | undefined {
    return this.#shown?.query;
  }

  /**
   * How long `listCases` takes, in ms: the fastest of the last few calls, so that one slow call (a
   * first sort building its index) does not make a fast backend look slow. A host may debounce typing
   * on slow backends.
   */
  get latency(): number {
    return this.#latencies.length === 0 ? 0 : Math.min(...this.#latencies);
  }

  /** The case at a row index of the query on screen, when its page is loaded. */
  row(index: number): Case | undefined {
    const set = this.#shown;
    return set?.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** The loaded row index of a case of the query on screen, or -1. */
  indexOf(caseId: string): number {
    for (const [page, items] of this.#shown?.pages ?? []) {
      const at = items.findIndex((item) => item.id === caseId);
      if (at >= 0) return page * this.pageSize + at;
    }
    return -1;
  }

  /**
   * Says what to show: the adapter, the query and the rows in view (`first` to `last`, excluded),
   * and a row out of view to keep loaded (`kept`, e.g. the row that takes focus). Cheap when nothing
   * changed; starts the requests that are missing and aborts those not needed.
   */
  sync(
    adapter: CaseKitAdapter | undefined,
    query: CaseListQuery | undefined,
    first: number,
    last: number,
    kept?: number,
  ): void {
    this.#first = Math.max(0, first);
    this.#last = Math.max(this.#first + 1, last);
    this.#kept = kept !== undefined && kept >= 0 ? kept : undefined;
    if (adapter !== this.#adapter) {
      this.#reset();
      this.#adapter = adapter;
      this.#subscribe();
    }
    if (!adapter || !query) return;
    const key = queryKey(query);
    const target = this.#next ?? this.#failed ?? this.#shown;
    if (target?.key !== key) this.#switchTo(key, query);
    this.#load();
  }

  /** Loads the query on screen again, keeping its rows until the new ones are there. */
  refresh(): void {
    for (const [key, set] of this.#cache) if (key !== this.#shown?.key) this.#drop(key, set);
    const current = this.#next ?? this.#shown;
    if (!current || !this.#adapter) return;
    this.#next?.abort();
    this.#next = new PageSet(current.key, current.query);
    this.#load();
    this.#host.requestUpdate();
  }

  /** After an error: loads the query again. */
  retry(): void {
    const current = this.#next ?? this.#failed ?? this.#shown;
    this.#error = undefined;
    this.#failed = undefined;
    if (!current) return;
    this.#shown = undefined;
    this.#next = new PageSet(current.key, current.query);
    this.#load();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#subscribe();
    clearTimeout(this.#refreshTimer);
    // Requests stop with the element; `sync` starts what is missing on reconnection.
    this.#shown?.abort();
    this.#next?.abort();
  }

  /** Listens to the adapter's changes while connected: any change refreshes the list. */
  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (!this.#connected || !this.#adapter) return;
    this.#unsubscribe = this.#adapter.subscribe(() => {
      // One action may report several changes: they refresh once.
      clearTimeout(this.#refreshTimer);
      this.#refreshTimer = setTimeout(() => this.refresh(), 30);
    });
  }

  #switchTo(key: string, query: CaseListQuery): void {
    this.#next?.abort();
    this.#next = undefined;
    this.#error = undefined;
    this.#failed = undefined;
    const cached = this.#cache.get(key);
    if (cached && cached.total !== undefined) {
      this.#remember(this.#shown);
      this.#cache.delete(key);
      this.#shown = cached;
      return;
    }
    this.#next = new PageSet(key, query);
  }

  /** Starts the requests the rows in view need, for the set loading (or the one shown). */
  #load(): void {
    const set = this.#next ?? this.#shown;
    if (!set || !this.#adapter || this.#error !== undefined) return;
    const { firstPage, lastPage } = this.#pagesInView(set);
    const keptPage = this.#keptPage(set);
    for (const [page] of set.inflight) {
      if ((page < firstPage - 1 || page > lastPage + 1) && page !== keptPage) set.abort(page);
    }
    const wanted: number[] = [];
    for (let page = firstPage; page <= lastPage; page++) wanted.push(page);
    if (keptPage !== undefined) wanted.push(keptPage);
    for (const page of wanted) {
      if (!set.pages.has(page) && !set.inflight.has(page)) void this.#fetch(set, page);
    }
    if (set === this.#next) this.#promoteWhenReady();
  }

  #pagesInView(set: PageSet): { firstPage: number; lastPage: number } {
    const last = set.total === undefined ? this.#last : Math.min(this.#last, set.total);
    const firstPage = Math.floor(this.#first / this.pageSize);
    // Before the total is known, only the first page in view is asked for.
    const lastPage =
      set.total === undefined ? firstPage : Math.max(firstPage, Math.floor((last - 1) / this.pageSize));
    return { firstPage, lastPage };
  }

  /** The page of the kept row, once the set's total says it exists. */
  #keptPage(set: PageSet): number | undefined {
    const kept = this.#kept;
    if (kept === undefined || set.total === undefined || kept >= set.total) return undefined;
    return Math.floor(kept / this.pageSize);
  }

  async #fetch(set: PageSet, page: number): Promise<void> {
    const adapter = this.#adapter;
    if (!adapter) return;
    const controller = new AbortController();
    set.inflight.set(page, controller);
    const started = performance.now();
    try {
      const result = await adapter.listCases(
        { ...set.query, offset: page * this.pageSize, limit: this.pageSize },
        { signal: controller.signal },
      );
      if (set.inflight.get(page) !== controller || controller.signal.aborted) return;
      set.inflight.delete(page);
      this.#latencies = [performance.now() - started, ...this.#latencies.slice(0, 2)];
      set.pages.set(page, result.items);
      set.total = result.total;
      this.#trim(set);
      if (set === this.#next) {
        this.#load();
      } else if (set === this.#shown) {
        // More pages may be in view once the total is known.
        this.#load();
        this.#host.requestUpdate();
      }
    } catch (error) {
      if (isAbortError(error) || set.inflight.get(page) !== controller) return;
      set.inflight.delete(page);
      if (set !== this.#shown && set !== this.#next) return;
      if (set === this.#next && this.#shown?.key === set.key) {
        // A background refresh failed: the rows on screen stay.
        set.abort();
        this.#next = undefined;
        this.#onRefreshError?.(error);
      } else {
        set.abort();
        this.#next = undefined;
        if (this.#shown?.key !== set.key) this.#shown = undefined;
        this.#failed = set;
        this.#error = error;
      }
      this.#host.requestUpdate();
    }
  }

  /** The loading set replaces the shown one once every page in view is there. */
  #promoteWhenReady(): void {
    const next = this.#next;
    if (!next || next.total === undefined) return;
    const { firstPage, lastPage } = this.#pagesInView(next);
    for (let page = firstPage; page <= lastPage; page++) if (!next.pages.has(page)) return;
    if (this.#shown && this.#shown.key !== next.key) this.#remember(this.#shown);
    else this.#shown?.abort();
    this.#shown = next;
    this.#next = undefined;
    this.#host.requestUpdate();
  }

  #remember(set: PageSet | undefined): void {
    if (!set) return;
    set.abort();
    if (set.total === undefined) return;
    this.#cache.delete(set.key);
    this.#cache.set(set.key, set);
    while (this.#cache.size > this.#cachedQueries) {
      const [oldest] = this.#cache.keys();
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }

  #drop(key: string, set: PageSet): void {
    set.abort();
    this.#cache.delete(key);
  }

  /** Keeps a set's memory bounded: drops the pages farthest from view. */
  #trim(set: PageSet): void {
    if (set.pages.size <= this.#maxPages) return;
    const centre = Math.floor((this.#first + this.#last) / 2 / this.pageSize);
    const keptPage = this.#keptPage(set);
    const byDistance = [...set.pages.keys()]
      .filter((page) => page !== keptPage)
      .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const page of byDistance.slice(0, set.pages.size - this.#maxPages)) set.pages.delete(page);
  }

  #reset(): void {
    this.#shown?.abort();
    this.#next?.abort();
    for (const [key, set] of this.#cache) this.#drop(key, set);
    this.#shown = undefined;
    this.#next = undefined;
    this.#failed = undefined;
    this.#error = undefined;
  }
}

/** A stable key for a query: equal queries, equal keys. */
export function queryKey(query: CaseListQuery): string {
  return JSON.stringify([
    query.search ?? '',
    query.sort ?? null,
    query.filters ?? [],
    query.crmCardId ?? null,
  ]);
}
