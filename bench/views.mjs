/**
 * How the probe reads each implementation's DOM (see ViewSpec in pages/probe.ts). Rows are read by
 * geometry and cells by text, so these selectors are all an implementation needs.
 */
const vaadin = {
  host: '#app',
  row: 'tbody#items > tr',
  cell: 'td',
  header: 'vaadin-grid-sorter',
  search: 'input[type="search"]',
  scroller: '#table',
};

export const views = {
  vanilla: {
    host: '#app',
    row: '.v-row',
    cell: '.v-cell',
    header: '.v-head button',
    search: 'input[type="search"]',
    scroller: '.v-viewport',
  },
  'vaadin-default': vaadin,
  'vaadin-tuned': vaadin,
  /**
   * casekit's `<ck-case-list>` (issue 4): a `role="grid"` in its shadow root, sortable column titles as
   * buttons in `role="columnheader"` cells, data rows `role="row"` with `aria-rowindex`, a search
   * `<input type="search">`, and the `.scroller` around the grid.
   */
  kit: {
    host: 'ck-case-list',
    row: '[role="row"][aria-rowindex]:not(:has([role="columnheader"]))',
    cell: '[role="gridcell"], [role="rowheader"]',
    header: '[role="columnheader"] button',
    search: 'input[type="search"]',
    scroller: '.scroller',
  },
};

/** Whether a page can be measured; returns the reason when it cannot. */
export const availability = {
  kit: () =>
    customElements.get('ck-case-list') ? null : '<ck-case-list> is not registered by src/define.ts yet',
};
