import { queryKey, type CaseListQuery } from '../../controllers/case-page-query.js';
import type { CaseFilter, Sort } from '../../model/types.js';

/** What the agent chose to see: readable and settable on `ck-case-list` as `viewState`. */
export interface CaseListViewState {
  /** Absent: the layout's default sort. */
  readonly sort?: Sort;
  /** Combined with AND, in the DESIGN.md filter grammar. */
  readonly filters: readonly CaseFilter[];
  readonly search: string;
}

export const emptyViewState: CaseListViewState = { filters: [], search: '' };

/** A view state from anything a host or the storage gave, never throwing. */
export function normalizeViewState(value: unknown): CaseListViewState {
  if (typeof value !== 'object' || value === null) return emptyViewState;
  const raw = value as { sort?: unknown; filters?: unknown; search?: unknown };
  const sort = raw.sort as Partial<Sort> | undefined;
  const validSort =
    sort && typeof sort.field === 'string' && (sort.direction === 'asc' || sort.direction === 'desc')
      ? { field: sort.field, direction: sort.direction }
      : undefined;
  return {
    ...(validSort ? { sort: validSort } : {}),
    filters: Array.isArray(raw.filters)
      ? (raw.filters.filter((f) => typeof f === 'object' && f !== null) as CaseFilter[])
      : [],
    search: typeof raw.search === 'string' ? raw.search : '',
  };
}

/** The query a view state asks for (without paging). */
function viewQuery(
  view: CaseListViewState,
  search: string,
  defaultSort: Sort | undefined,
  crmCardId: string | undefined,
): CaseListQuery {
  const sort = view.sort ?? defaultSort;
  const words = search.trim();
  return {
    ...(words ? { search: words } : {}),
    ...(view.filters.length ? { filters: view.filters } : {}),
    ...(sort ? { sort } : {}),
    ...(crmCardId ? { crmCardId } : {}),
  };
}

/**
 * The query of a view and its key, made again only when what they are made of changes: the list asks
 * in every update, and a scroll updates it in every frame.
 */
export class ViewQuery {
  #made:
    | {
        readonly view: CaseListViewState;
        readonly search: string;
        readonly defaultSort: Sort | undefined;
        readonly crmCardId: string | undefined;
        readonly query: CaseListQuery;
        readonly key: string;
      }
    | undefined;

  /** `search` is the one the query uses (typing can run ahead of it, see `SearchTyping`). */
  of(
    view: CaseListViewState,
    search: string,
    defaultSort: Sort | undefined,
    crmCardId: string | undefined,
  ): { readonly query: CaseListQuery; readonly key: string } {
    const made = this.#made;
    if (
      made?.view === view &&
      made.search === search &&
      made.defaultSort === defaultSort &&
      made.crmCardId === crmCardId
    )
      return made;
    const query = viewQuery(view, search, defaultSort, crmCardId);
    this.#made = { view, search, defaultSort, crmCardId, query, key: queryKey(query) };
    return this.#made;
  }
}

const storagePrefix = 'casekit:case-list@1:';

/** Reads the view state kept for this key and agent; undefined when none (or storage is blocked). */
export function readPersistedView(persistKey: string, agentId: string): CaseListViewState | undefined {
  try {
    const text = globalThis.localStorage?.getItem(`${storagePrefix}${persistKey}:${agentId}`);
    return text ? normalizeViewState(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

export function writePersistedView(persistKey: string, agentId: string, view: CaseListViewState): void {
  try {
    globalThis.localStorage?.setItem(`${storagePrefix}${persistKey}:${agentId}`, JSON.stringify(view));
  } catch {
    // Storage full or blocked: persistence is a convenience, the list works without it.
  }
}
