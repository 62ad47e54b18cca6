import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { consume } from '@lit/context';
import type { CaseKitAdapter } from '../../adapters/contract.js';
import { isCaseKitError } from '../../adapters/errors.js';
import { adapterContext } from '../../context/adapter.js';
import { sessionContext } from '../../context/session.js';
import { CasePageQuery } from '../../controllers/case-page-query.js';
import { LocaleController } from '../../controllers/locale.js';
import { VirtualRowsController } from '../../controllers/virtual-rows.js';
import { CaseKitErrorEvent } from '../../events/provider.js';
import { can } from '../../model/policy.js';
import type { CaseFilter, Session, Sort } from '../../model/types.js';
import { hostStyles } from '../../styles/host.js';
import { styles } from './case-list.styles.js';
import { showIconTitle } from './body-cell.js';
import { CellSetup, type CellContext, type ListColumn } from './cells.js';
import { Delay } from './delay.js';
import { CaseCreateEvent, CaseOpenEvent, ViewChangeEvent } from '../../events/navigation.js';
import { FilterPopoverController } from './filter-popover.js';
import { RowFocusController } from './row-focus.js';
import { renderState } from './states.js';
import { setStyle } from './set-style.js';
import { renderToolbar } from './toolbar.js';
import { columnSizes, renderHeaderRow, renderSkeletonRows } from './rows.js';
import { RowPool, type RowsProps } from './row-pool.js';
import { ResultAnnouncement } from './result-announcement.js';
import { SearchTyping } from './search-typing.js';
import {
  emptyViewState,
  normalizeViewState,
  readPersistedView,
  ViewQuery,
  writePersistedView,
  type CaseListViewState,
} from './view-state.js';

/** How long a first page may take before grey rows stand in for it. */
const skeletonDelayMs = 150;
/** How long the results stay the same before their count is announced. */
const announceDelayMs = 300;

/**
 * The Cases module: the cases the agent may see, in the columns of their profile's layout. Sort by a
 * column title, filter with the funnel, search by number, title and text; a WAI-ARIA data grid with
 * one tabbable row, virtualised for lists of millions of cases. It reads through the adapter given by
 * `ck-provider` and refreshes when the adapter reports a change.
 *
 * @tagname ck-case-list
 * @summary List of cases: sort, filter, search, open.
 * @csspart toolbar - The bar with the scope, the search, the funnel and "New case".
 * @csspart search - The search input.
 * @csspart funnel - The button that opens the filter panel.
 * @csspart create - The "New case" button.
 * @csspart grid - The data grid.
 * @csspart header-row - The row of column titles.
 * @csspart row - Each case row (`row-open` too when the case is open in the workspace).
 * @csspart status - The status chips.
 * @csspart filter-panel - The filter panel (in the top layer).
 * @csspart state - The empty, no-match, error and forbidden messages.
 * @cssprop [--ck-case-list-block-size=32rem] - Height of the list (it scrolls inside).
 * @cssprop [--ck-case-list-row-height=var(--ck-row-height, 2.5rem)] - Height of every row.
 * @cssprop [--ck-case-list-header-surface=var(--ck-color-surface-sunken)] - Background of the column titles.
 * @fires {CaseOpenEvent} ck-case-open - The agent opened a case (click, or Enter on a row).
 * @fires {CaseCreateEvent} ck-case-create - The agent asked for a new case (with `crmCardId` in a CRM card's list).
 * @fires {ViewChangeEvent} ck-view-change - The agent changed the sort, the filters or the search.
 * @fires {CaseKitErrorEvent} ck-error - A background refresh failed (the rows stay), or the session expired.
 *
 * @example
 * ```html
 * <ck-provider><ck-case-list persist-key="cases"></ck-case-list></ck-provider>
 * <script type="module">
 *   document.querySelector('ck-case-list').addEventListener('ck-case-open', (e) => openCase(e.caseId));
 * </script>
 * ```
 */
export class CaseList extends LitElement {
  static override styles = [hostStyles, styles];

  /** Sort, filters and search. Setting it does not fire `ck-view-change`. */
  @property({ attribute: false })
  get viewState(): CaseListViewState {
    return this.#view;
  }
  set viewState(value: CaseListViewState) {
    const old = this.#view;
    this.#view = normalizeViewState(value);
    this.#appliedSearch = this.#view.search;
    this.#viewSetByHost = true;
    this.requestUpdate('viewState', old);
  }

  /** Keep the view state in browser storage under this key (per agent), and restore it. */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** Ids of the cases open in the workspace: their rows are marked. */
  @property({ attribute: false }) openCaseIds: readonly string[] = [];

  /** Show only this CRM card's cases; "New case" then carries the card. */
  @property({ attribute: 'crm-card-id' }) crmCardId?: string;

  /** The backend seam, from `ck-provider`. */
  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter?: CaseKitAdapter;

  /** The signed-in agent's session, from `ck-provider`. */
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: Session;

  @query('.scroller', true) private readonly scroller?: HTMLElement | null;
  @query('.head') private readonly head?: HTMLElement | null;
  @query('.probe', true) private readonly probe?: HTMLElement | null;
  @query('.grid') private readonly grid?: HTMLElement | null;
  @query('.body') private readonly body?: HTMLElement | null;
  @query('.window') private readonly rowWindow?: HTMLElement | null;

  #view: CaseListViewState = emptyViewState;
  #columnSizes = { template: '', minInlineSize: '' };
  #sizedColumns: readonly ListColumn[] = [];
  /** The search the query uses (typing reaches it at once, or after a debounce on slow backends). */
  #appliedSearch = '';
  #viewSetByHost = false;
  #restoredFor: string | undefined;
  #queryKey: string | undefined;
  readonly #viewQuery = new ViewQuery();
  #reportedError: unknown;
  #openIds: ReadonlySet<string> = new Set();
  #openIdsOf: readonly string[] | undefined;
  readonly #pool = new RowPool();
  #bodyRows: RowsProps | undefined;
  readonly #cells = new CellSetup();
  /** Grey rows only for a first page that takes a moment: a fast one paints with no grey flash. */
  readonly #skeleton = new Delay(this, skeletonDelayMs);
  /** The shell without a session (loading) only when the session takes a moment. */
  readonly #shell = new Delay(this, skeletonDelayMs);

  readonly #locale = new LocaleController(this);
  readonly #results = new ResultAnnouncement(this, announceDelayMs);
  readonly #typing = new SearchTyping(this, {
    latency: () => this.#pages.latency,
    onTyped: (search) => (this.#view = { ...this.#view, search }),
    onSearch: (search) => this.#changeView({ ...this.#view, search }),
  });
  readonly #rows = new VirtualRowsController(this, {
    scroller: () => this.scroller,
    rowProbe: () => this.probe,
    header: () => this.head,
  });
  readonly #pages = new CasePageQuery(this, {
    onRefreshError: (error) => {
      if (error instanceof Error) this.dispatchEvent(new CaseKitErrorEvent(error));
    },
  });

  readonly #filterPopover = new FilterPopoverController(this, {
    root: () => this.shadowRoot,
    onChange: (filters) => this.#changeView({ ...this.#view, filters }),
  });

  readonly #focus = new RowFocusController(this, {
    pages: this.#pages,
    rows: this.#rows,
    rowElement: (index) => this.#rowElement(index),
    onOpen: (index) => this.#open(index),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#skeleton.reset();
  }

  protected override shouldUpdate(): boolean {
    // Before the session, the shell waits a moment: a session already in memory arrives a few
    // microtasks later, and rendering the shell twice before the first rows cost the first paint.
    return this.hasUpdated || this.session !== undefined || this.#shell.due();
  }

  /**
   * The first render waits for the first rows when they come within a few microtasks (the
   * MemoryAdapter's first page takes four): the list is then made once, with its rows, instead of its
   * loading shell first and the rows in a second update of the same task. A slower answer gets the
   * loading shell after those few turns, as before.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.session !== undefined) {
      this.#syncPages();
      for (let turns = 12; turns > 0 && this.#pages.status === 'loading'; turns--) await null;
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(): void {
    // Compared by identity (not `changed`): an update skipped by `shouldUpdate` forgets what changed.
    if (this.#openIdsOf !== this.openCaseIds) {
      this.#openIdsOf = this.openCaseIds;
      this.#openIds = new Set(this.openCaseIds);
    }
    this.#syncPages();
    this.#rows.total = this.#pages.total ?? 0;
    if (this.#pages.status !== 'loading' && this.#pages.status !== 'idle') this.#skeleton.reset();
    this.#announce();
  }

  /** Asks the page query for the view's rows (it starts the requests that are missing). */
  #syncPages(): void {
    this.#restoreView();

    const session = this.session;
    const { query, key } = session
      ? this.#viewQuery.of(this.#view, this.#appliedSearch, session.layout.list.sort, this.crmCardId)
      : { query: undefined, key: undefined };
    if (key !== undefined && this.#queryKey !== undefined && key !== this.#queryKey) {
      // A new view starts at its first row.
      this.#rows.scrollToTop();
      this.#focus.reset();
    }
    if (key !== undefined) this.#queryKey = key;

    const first = this.#rows.first;
    // Two views ahead: the next page is there before the agent scrolls to it (no grey rows in between).
    const perView = this.#rows.rowsPerView;
    // The active row's page stays loaded: it is the grid's one tabbable row, even scrolled out of view.
    this.#pages.sync(this.adapter, query, first, first + 3 * perView + 10, this.#focus.activeIndex);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Sizes go through the CSSOM (strict CSP: no style attributes), only when they change (setting a
    // custom property on the grid, even to the same value, restyles every row), and before the first
    // rows are measured: the layout that measures the view sees the header's columns and the scrollbar
    // of the full height, and the first frame does not lay them out again.
    setStyle(this.grid, '--_columns', this.#columnSizes.template);
    setStyle(this.grid, '--_min-inline-size', this.#columnSizes.minInlineSize);
    setStyle(this.body, 'block-size', `${this.#rows.spacerHeight}px`);
    // The rows in view are a pool of plain elements (see RowPool), filled once the template is in place.
    if (this.#bodyRows && this.rowWindow) {
      if (!this.#rows.measured) {
        // The first rows: the view's size is read before they exist (a layout of the shell alone), so the
        // first frame lays out only the rows that fit instead of a window's height of them.
        this.#rows.measure();
        this.#bodyRows = { ...this.#bodyRows, first: this.#rows.first, last: this.#rows.last };
      }
      this.#pool.update(this.rowWindow, this.#bodyRows);
    }
  }

  protected override updated(): void {
    // Placed after the controllers' `hostUpdated`: moving focus to a row can scroll the list.
    setStyle(this.rowWindow, 'transform', `translateY(${this.#rows.windowOffset}px)`);
  }

  override render(): TemplateResult {
    const t = this.#locale.translator;
    const session = this.session;
    const { columns, context } = session ? this.#cells.of(session, t) : { columns: [], context: undefined };
    const status = this.#pages.status;
    const scope = this.#scopeLabel(session);
    const { search, filters } = this.#view;
    const canCreate = session !== undefined && can(session, 'create').allowed;
    // Guarded, like the header row: a scroll renders the list again in every frame, and making these
    // templates anew each time was a quarter of what a scroll allocated (the garbage collections it
    // set off slowed whole frames).
    return html`${guard([t, scope, search, filters.length, session, canCreate], () =>
        renderToolbar({
          t,
          scope,
          search,
          filterCount: filters.length,
          ready: session !== undefined,
          canCreate,
          onSearchInput: this.#onSearchInput,
          onCreate: this.#onCreate,
        }),
      )}
      <div class="scroller">
        ${session && context ? this.#renderBody(columns, context, session) : nothing}
      </div>
      <div class="probe" aria-hidden="true"></div>
      <div class="visually-hidden" role="status">
        ${status === 'loading' || !session ? t.t('caseList.loading') : this.#results.text}
      </div>
      ${
        session
          ? this.#filterPopover.render({
              filters: this.#view.filters,
              session,
              t,
              crmCardScoped: Boolean(this.crmCardId),
            })
          : nothing
      }`;
  }

  #renderBody(columns: readonly ListColumn[], context: CellContext, session: Session): TemplateResult {
    const t = this.#locale.translator;
    const status = this.#pages.status;
    const total = this.#pages.total;
    if (columns !== this.#sizedColumns) this.#columnSizes = columnSizes(columns);
    this.#sizedColumns = columns;
    const sort = this.#view.sort ?? session.layout.list.sort;
    const loading = status === 'loading' || status === 'idle';
    const showRows = !loading && status !== 'error' && total !== undefined && total > 0;
    this.#bodyRows = showRows
      ? {
          columns,
          first: this.#rows.first,
          last: this.#rows.last,
          total,
          activeIndex: this.#focus.activeIndex,
          row: (index) => this.#pages.row(index),
          openCaseIds: this.#openIds,
          context,
        }
      : undefined;
    return html`<div
        class="grid"
        part="grid"
        role="grid"
        aria-labelledby="scope"
        aria-rowcount=${showRows ? total + 1 : loading ? -1 : 1}
        aria-colcount=${columns.length}
        aria-busy=${loading || status === 'updating' ? 'true' : 'false'}
      >
        <div role="rowgroup" class="head">
          ${guard([columns, sort], () => renderHeaderRow(columns, sort, this.#onSort))}
        </div>
        ${
          loading
            ? html`<div role="rowgroup">
                ${this.#skeleton.due() ? renderSkeletonRows(columns, 8) : nothing}
              </div>`
            : showRows
              ? html`<div
                  role="rowgroup"
                  class="body"
                  @click=${this.#focus.onClick}
                  @keydown=${this.#focus.onKeyDown}
                  @focusin=${this.#focus.onFocusIn}
                  @pointerover=${showIconTitle}
                >
                  <div class="window"></div>
                </div>`
              : nothing
        }
      </div>
      ${
        showRows || loading
          ? nothing
          : renderState({
              t,
              error: this.#pages.error,
              failed: status === 'error',
              filtered: this.#isFiltered(),
              onRetry: () => this.#pages.retry(),
              onClearAll: this.#clearAll,
            })
      }`;
  }

  #isFiltered(): boolean {
    return this.#view.filters.length > 0 || this.#appliedSearch.trim() !== '';
  }

  #scopeLabel(session: Session | undefined): string {
    const t = this.#locale.translator;
    if (this.crmCardId) {
      const name = this.#pages.row(0)?.crmCard?.name;
      return name ? t.t('caseList.scope.crmCard', { name }) : t.t('caseList.scope.crmCardUnnamed');
    }
    const visibility = session?.profile.rights.visibility ?? 'team';
    return t.t(`caseList.scope.${visibility}`);
  }

  // ------------------------------------------------------------------ view state

  #changeView(view: CaseListViewState, applySearch = true): void {
    this.#view = view;
    if (applySearch) this.#appliedSearch = view.search;
    this.requestUpdate('viewState');
    if (this.persistKey && this.session) writePersistedView(this.persistKey, this.session.agent.id, view);
    this.dispatchEvent(new ViewChangeEvent({ viewState: view }));
  }

  #restoreView(): void {
    const agentId = this.session?.agent.id;
    if (!this.persistKey || !agentId || this.#restoredFor === `${this.persistKey}:${agentId}`) return;
    this.#restoredFor = `${this.persistKey}:${agentId}`;
    if (this.#viewSetByHost) return;
    const persisted = readPersistedView(this.persistKey, agentId);
    if (persisted) {
      this.#view = persisted;
      this.#appliedSearch = persisted.search;
    }
  }

  readonly #onSort = (key: string): void => {
    const current = this.#view.sort ?? this.session?.layout.list.sort;
    const sort: Sort = {
      field: key,
      direction: current?.field === key && current.direction === 'asc' ? 'desc' : 'asc',
    };
    this.#changeView({ ...this.#view, sort });
  };

  readonly #onSearchInput = (event: Event): void => {
    this.#typing.typed((event.target as HTMLInputElement).value);
  };

  readonly #clearAll = (): void => {
    this.#typing.cancel();
    const filters: CaseFilter[] = [];
    this.#changeView({ ...this.#view, filters, search: '' });
  };

  // ------------------------------------------------------------------ rows and focus

  #rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.body [role='row'][aria-rowindex='${index + 2}']`);
  }

  #open(index: number): void {
    const c = this.#pages.row(index);
    if (c) this.dispatchEvent(new CaseOpenEvent({ caseId: c.id }));
  }

  // ------------------------------------------------------------------ create, live refresh

  readonly #onCreate = (): void => {
    this.dispatchEvent(new CaseCreateEvent(this.crmCardId ? { crmCardId: this.crmCardId } : {}));
  };

  #announce(): void {
    const status = this.#pages.status;
    if (status === 'error') {
      const error = this.#pages.error;
      if (error !== this.#reportedError && isCaseKitError(error, 'unauthenticated'))
        this.dispatchEvent(new CaseKitErrorEvent(error));
      this.#reportedError = error;
      return;
    }
    const key = this.#queryKey;
    if (status !== 'ready' || key === undefined) return;
    const total = this.#pages.total ?? 0;
    const filtered = this.#isFiltered();
    this.#results.settle(key, () => {
      const t = this.#locale.translator;
      if (total > 0) return t.t('caseList.count', { count: total });
      return t.t(filtered ? 'caseList.noMatch' : 'caseList.empty');
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-case-list': CaseList;
  }
}
