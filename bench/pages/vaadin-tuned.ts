/**
 * `<vaadin-grid>` the best-practice way: a `dataProvider` over pre-sorted index arrays. It sorts once
 * per sort change, filters once per keystroke, and only slices pages in the provider.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import type { Grid, GridDataProviderCallback, GridDataProviderParams } from '@vaadin/grid';
import {
  collator,
  columns,
  expose,
  fold,
  loadRows,
  rowOracle,
  sortIndices,
  type CaseRow,
  type Implementation,
} from './common.js';
import { gridColumns, searchInput } from './vaadin-shared.js';

expose('vaadin-tuned', async () => {
  const rows = await loadRows();
  let keys: string[] = [];
  let grid: Grid<CaseRow> | undefined;
  let search: HTMLInputElement | undefined;
  let sortKey = '';
  let sorted: number[] = [];
  let query = '';
  let view: number[] = [];

  const refilter = () => {
    view = query === '' ? sorted : sorted.filter((i) => keys[i]!.includes(query));
  };
  const provider = (params: GridDataProviderParams<CaseRow>, callback: GridDataProviderCallback<CaseRow>) => {
    const order = params.sortOrders[0];
    const key = order?.direction ? `${order.path}:${order.direction}` : '';
    if (key !== sortKey) {
      sortKey = key;
      sorted = order?.direction
        ? sortIndices(rows, order.path as keyof CaseRow, order.direction)
        : rows.map((_, i) => i);
      refilter();
    }
    const start = params.page * params.pageSize;
    callback(
      view.slice(start, start + params.pageSize).map((i) => rows[i]!),
      view.length,
    );
  };

  const implementation: Implementation = {
    prepare() {
      keys = rows.map((r) => fold(`${r.number} ${r.title}`));
      sorted = rows.map((_, i) => i);
      view = sorted;
    },
    mount(container) {
      search = searchInput();
      grid = document.createElement('vaadin-grid') as Grid<CaseRow>;
      grid.append(...gridColumns(columns));
      grid.dataProvider = provider;
      search.addEventListener('input', () => {
        query = fold(search!.value.trim());
        refilter();
        grid!.clearCache();
      });
      container.append(search, grid);
    },
    unmount() {
      search?.remove();
      grid?.remove();
      grid = undefined;
      search = undefined;
    },
    oracle: rowOracle(
      () => rows,
      (_row, i, value) => (keys[i] ?? '').includes(fold(value.trim())),
      (a, b) => collator.compare(a, b) < 0,
    ),
  };
  return implementation;
});
