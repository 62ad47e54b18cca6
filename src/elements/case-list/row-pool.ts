import { BodyCell } from './body-cell.js';
import type { Case } from '../../model/types.js';
import type { CellContext, ListColumn } from './cells.js';

/** What the body rows need. */
export interface RowsProps {
  readonly columns: readonly ListColumn[];
  readonly first: number;
  readonly last: number;
  /** How many rows the list has. */
  readonly total: number;
  /** The row that takes focus (the only one in the tab order). */
  readonly activeIndex: number;
  readonly row: (index: number) => Case | undefined;
  readonly openCaseIds: ReadonlySet<string>;
  readonly context: CellContext;
}

/** One pooled row: its element, its cells, and the attributes it last wrote (never read back). */
class PooledRow {
  readonly element = document.createElement('div');
  readonly cells: BodyCell[];
  /** The row index shown. */
  index = -1;
  readonly #written = new Map<string, string | undefined>();

  constructor(columns: readonly ListColumn[]) {
    this.element.setAttribute('role', 'row');
    this.cells = columns.map((column) => new BodyCell(column));
    this.element.append(...this.cells.map((cell) => cell.element));
  }

  /** Sets an attribute when its value changes (a write restyles the row and everything in it); `undefined` removes it. */
  set(name: string, value: string | undefined): void {
    if (this.#written.get(name) === value && this.#written.has(name)) return;
    this.#written.set(name, value);
    if (value === undefined) this.element.removeAttribute(name);
    else this.element.setAttribute(name, value);
  }
}

/**
 * The body rows, as a vanilla row pool: the element at each place shows whichever row is there, so
 * scrolling writes the cells that changed instead of creating or moving rows, and a refresh keeps every
 * element. Plain DOM calls, not templates: at 25 rows a frame, template diffing and the elements it
 * takes cost more than the frame. The active row, when it is out of the rows in view, keeps an element
 * of its own just out of view, so the grid always has one tabbable row (`RowFocusController` moves
 * focus to whichever element shows the active row).
 */
export class RowPool {
  #container: HTMLElement | undefined;
  #columns: readonly ListColumn[] = [];
  #rows: PooledRow[] = [];
  #detached: PooledRow | undefined;

  /** Makes `container`'s rows show `props`. */
  update(container: HTMLElement, props: RowsProps): void {
    if (container !== this.#container || props.columns !== this.#columns) {
      container.replaceChildren();
      this.#container = container;
      this.#columns = props.columns;
      this.#rows = [];
      this.#detached = undefined;
    }
    const { first, activeIndex } = props;
    const needed = Math.max(0, props.last - first);
    // One row more than needed is kept rather than removed: as rows scroll partly in and out of view, a
    // frame needs one row more or fewer than the frame before, and making a row costs more than laying
    // out a spare one.
    const spare = Math.min(this.#rows.length, needed + 1);
    const count = Math.min(Math.max(needed, spare), Math.max(0, props.total - first));
    const last = first + count;
    while (this.#rows.length > count) this.#rows.pop()?.element.remove();
    while (this.#rows.length < count) {
      const row = this.#makeRow();
      this.#rows.push(row);
      container.append(row.element);
    }
    this.#rows.forEach((row, at) => this.#show(row, first + at, props, undefined));

    const outside = activeIndex >= 0 && (activeIndex < first || activeIndex >= last);
    if (!outside) {
      this.#detached?.element.remove();
      this.#detached = undefined;
      return;
    }
    // Keyed by its index: the same element while the active row stays out of view.
    if (this.#detached?.index !== activeIndex) {
      this.#detached?.element.remove();
      this.#detached = this.#makeRow();
    }
    const placement = activeIndex < first ? 'before' : 'after';
    this.#show(this.#detached, activeIndex, props, placement);
    // Moved only when out of place: every move restyles the rows.
    const element = this.#detached.element;
    if (placement === 'before' ? container.firstChild !== element : container.lastChild !== element) {
      if (placement === 'before') container.prepend(element);
      else container.append(element);
    }
  }

  #makeRow(): PooledRow {
    return new PooledRow(this.#columns);
  }

  #show(row: PooledRow, index: number, props: RowsProps, placement: 'before' | 'after' | undefined): void {
    row.index = index;
    const c = props.row(index);
    const open = c !== undefined && props.openCaseIds.has(c.id);
    const state = open ? 'row open' : c ? 'row' : 'row pending';
    row.set('class', placement ? `${state} detached ${placement}` : state);
    row.set('part', open ? 'row row-open' : 'row');
    row.set('aria-rowindex', String(index + 2));
    row.set('tabindex', index === props.activeIndex ? '0' : '-1');
    row.set('data-case-id', c?.id);
    const { cells } = row;
    for (let at = 0; at < cells.length; at++) {
      const cell = cells[at] as BodyCell;
      if (c) cell.show(c, at === 0 && open, props.context);
      else cell.showPending();
    }
  }
}
