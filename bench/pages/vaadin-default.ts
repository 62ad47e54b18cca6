/**
 * `<vaadin-grid>` as a typical user writes it: `vaadin-grid-sort-column`s, `items=` the whole array,
 * and search as `grid.items = all.filter(...)`.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import type { Grid } from '@vaadin/grid';
import { columns, expose, loadRows, rowOracle, type CaseRow, type Implementation } from './common.js';
import { gridColumns, searchInput } from './vaadin-shared.js';

const matches = (row: CaseRow, value: string) => {
  const q = value.toLowerCase();
  return row.number.toLowerCase().includes(q) || row.title.toLowerCase().includes(q);
};

expose('vaadin-default', async () => {
  const rows = await loadRows();
  let grid: Grid<CaseRow> | undefined;
  let search: HTMLInputElement | undefined;
  const implementation: Implementation = {
    prepare() {},
    mount(container) {
      search = searchInput();
      grid = document.createElement('vaadin-grid') as Grid<CaseRow>;
      grid.append(...gridColumns(columns));
      grid.items = rows;
      search.addEventListener('input', () => {
        const value = search!.value;
        grid!.items = value === '' ? rows : rows.filter((r) => matches(r, value));
      });
      container.append(search, grid);
    },
    unmount() {
      search?.remove();
      grid?.remove();
      grid = undefined;
      search = undefined;
    },
    // vaadin's array data provider compares strings with `<` (code units), not a collator.
    oracle: rowOracle(
      () => rows,
      (row, _i, value) => matches(row, value),
      (a, b) => a < b,
    ),
  };
  return implementation;
});
