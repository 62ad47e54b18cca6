import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CasePageQuery } from '../../controllers/case-page-query.js';
import type { VirtualRowsController } from '../../controllers/virtual-rows.js';

export interface RowFocusOptions {
  readonly pages: CasePageQuery;
  readonly rows: VirtualRowsController;
  /** The rendered row element of a row index, if any. */
  readonly rowElement: (index: number) => HTMLElement | null;
  /** The agent activated a row (click or Enter). */
  readonly onOpen: (index: number) => void;
}

/** The row index of the body row an event happened in (its `aria-rowindex` counts the header row). */
function rowIndexOf(event: Event): number | undefined {
  const row = (event.target as HTMLElement).closest<HTMLElement>("[role='row'][aria-rowindex]");
  return row ? Number(row.getAttribute('aria-rowindex')) - 2 : undefined;
}

/**
 * Roving focus over the grid's rows (the WAI-ARIA grid pattern with row focus): one row is in the tab
 * order; arrows, Page Up / Page Down and Home / End move it, scrolling the least needed; Enter opens it.
 * Across refreshes the active row follows its case, and focus stays in the grid when it was there.
 */
export class RowFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: RowFocusOptions;
  #index = 0;
  #caseId: string | undefined;
  #hadFocus = false;
  /** Focus is following the active row to another element: the list must not scroll to it. */
  #following = false;

  constructor(host: ReactiveControllerHost & Element, options: RowFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The row in the tab order. */
  get activeIndex(): number {
    return this.#index;
  }

  /** A new view: the first row becomes the active one. */
  reset(): void {
    this.#index = 0;
    this.#caseId = undefined;
  }

  hostUpdate(): void {
    const { pages } = this.#options;
    this.#hadFocus = this.#host.shadowRoot?.activeElement?.getAttribute('role') === 'row';
    // After a refresh, the active row follows its case, or stays in place if the case went away.
    if (this.#caseId && pages.row(this.#index)?.id !== this.#caseId) {
      const index = pages.indexOf(this.#caseId);
      if (index >= 0) this.#index = index;
    }
    this.#index = Math.max(0, Math.min(this.#index, (pages.total ?? 0) - 1));
    this.#caseId = pages.row(this.#index)?.id ?? this.#caseId;
  }

  hostUpdated(): void {
    // Row elements are pooled: after a scroll, another element may show the active row.
    const active = this.#options.rowElement(this.#index);
    if (this.#hadFocus && active && this.#host.shadowRoot?.activeElement !== active) {
      this.#following = true;
      active.focus({ preventScroll: true });
      this.#following = false;
    }
  }

  async moveTo(index: number): Promise<void> {
    const { pages, rows } = this.#options;
    const total = pages.total ?? 0;
    if (total === 0) return;
    this.#index = Math.max(0, Math.min(index, total - 1));
    this.#caseId = pages.row(this.#index)?.id;
    rows.scrollToIndex(this.#index);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#options.rowElement(this.#index)?.focus({ preventScroll: true });
  }

  readonly onClick = (event: Event): void => {
    const index = rowIndexOf(event);
    if (index === undefined) return;
    void this.moveTo(index);
    this.#options.onOpen(index);
  };

  /** Focus reached a row (Tab, click): it becomes the active row, scrolled into view. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const index = rowIndexOf(event);
    if (index === undefined || this.#following) return;
    // Tabbing through the column titles can leave the grid scrolled sideways at the last one: the row
    // reached from them shows from its start (its case number).
    if ((event.relatedTarget as Element | null)?.closest('.head'))
      (event.target as Element).closest('.scroller')?.scrollTo({ left: 0 });
    if (index !== this.#index || !this.#options.rows.isVisible(index)) {
      this.#index = index;
      this.#caseId = this.#options.pages.row(index)?.id;
      this.#options.rows.scrollToIndex(index);
    }
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'row') return;
    const { pages, rows } = this.#options;
    const page = Math.max(1, rows.rowsPerView - 1);
    const moves: Readonly<Record<string, number>> = {
      ArrowDown: this.#index + 1,
      ArrowUp: this.#index - 1,
      PageDown: this.#index + page,
      PageUp: this.#index - page,
      Home: 0,
      End: (pages.total ?? 1) - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      void this.moveTo(target);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.#options.onOpen(this.#index);
    }
  };
}
