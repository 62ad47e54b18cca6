import type { Case } from '../../model/types.js';
import { setAttribute } from '../dom-writes.js';
import { cellClass, cellKey, writeCell, type CellContext, type ListColumn } from './cells.js';

/** What the body rows need. */
export interface RowsProps {
  readonly columns: readonly ListColumn[];
  readonly first: number;
  readonly last: number;
  /** The row that takes focus (the only one in the tab order). */
  readonly activeIndex: number;
  readonly row: (index: number) => Case | undefined;
  readonly openCaseIds: ReadonlySet<string>;
  readonly context: CellContext;
}

/** The key of a cell whose case has not arrived yet (a grey bar). */
const pending = '\u0000pending';

interface PooledRow {
  readonly element: HTMLElement;
  readonly cells: HTMLElement[];
  /** What each cell shows (`cellKey`), so that only changed cells are written. */
  readonly shown: (string | undefined)[];
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
    const { first, last, activeIndex } = props;
    const count = Math.max(0, last - first);
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
    if (this.#detached?.element.dataset['index'] !== String(activeIndex)) {
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
    const element = document.createElement('div');
    element.setAttribute('role', 'row');
    const cells = this.#columns.map((column) => {
      const cell = document.createElement('div');
      cell.setAttribute('role', 'gridcell');
      cell.className = cellClass(column);
      cell.dataset['key'] = column.key;
      return cell;
    });
    element.append(...cells);
    return { element, cells, shown: [] };
  }

  #show(row: PooledRow, index: number, props: RowsProps, placement: 'before' | 'after' | undefined): void {
    const c = props.row(index);
    const open = c !== undefined && props.openCaseIds.has(c.id);
    const tabIndex = index === props.activeIndex ? 0 : -1;
    // Each attribute is written only when it changes: a write restyles the row and everything in it.
    const { element } = row;
    const className = `row${open ? ' open' : ''}${c ? '' : ' pending'}${placement ? ` detached ${placement}` : ''}`;
    if (element.className !== className) element.className = className;
    setAttribute(element, 'part', open ? 'row row-open' : 'row');
    setAttribute(element, 'aria-rowindex', String(index + 2));
    setAttribute(element, 'tabindex', String(tabIndex));
    setAttribute(element, 'data-index', String(index));
    setAttribute(element, 'data-case-id', c?.id);
    this.#columns.forEach((column, at) => {
      const cell = row.cells[at] as HTMLElement;
      if (!c) {
        if (row.shown[at] === pending) return;
        row.shown[at] = pending;
        const bar = document.createElement('span');
        bar.className = 'skeleton';
        cell.replaceChildren(bar);
        cell.removeAttribute('aria-label'); // the name of the case it showed before
        return;
      }
      const marker = at === 0 && open;
      const key = cellKey(column, c, props.context, marker);
      if (row.shown[at] === key) return;
      row.shown[at] = key;
      writeCell(cell, column, c, props.context, marker);
    });
  }
}
