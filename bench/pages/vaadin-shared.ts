import type { GridSortColumn } from '@vaadin/grid/vaadin-grid-sort-column.js';
import type { columns as Columns } from './rows.js';

const css = `
.g-search{font:inherit;padding:6px 8px;width:20rem}
vaadin-grid{flex:1;min-height:0}
`;

/** The same native search field as the vanilla page (vaadin-text-field is not part of the comparison). */
export function searchInput(): HTMLInputElement {
  if (!document.getElementById('g-style')) {
    const style = document.createElement('style');
    style.id = 'g-style';
    style.textContent = css;
    document.head.append(style);
  }
  const input = document.createElement('input');
  input.type = 'search';
  input.className = 'g-search';
  input.setAttribute('aria-label', 'Search cases');
  return input;
}

/** One `vaadin-grid-sort-column` per list column, with the same widths as the other pages. */
export function gridColumns(columns: typeof Columns): GridSortColumn[] {
  return columns.map((c) => {
    const column = document.createElement('vaadin-grid-sort-column') as GridSortColumn;
    column.path = c.key;
    column.header = c.label;
    if (c.width) {
      column.width = c.width;
      column.flexGrow = 0;
    } else column.flexGrow = 1;
    return column;
  });
}
