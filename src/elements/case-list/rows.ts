import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Sort } from '../../model/types.js';
import type { ListColumn } from './cells.js';

const sortIcon = svg`<svg class="sort-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 3.5 12.5 9h-9L8 3.5Z"/></svg>`;

/** The CSS grid columns of every row, and the width under which the list scrolls sideways. */
export function columnSizes(columns: readonly ListColumn[]): { template: string; minInlineSize: string } {
  const template = columns.map((c) => c.width).join(' ');
  const minimums = columns.map(
    (c) => /^minmax\(([^,]+),/.exec(c.width)?.[1]?.trim() ?? (/fr$/.test(c.width) ? '8rem' : c.width),
  );
  return { template, minInlineSize: `calc(${minimums.join(' + ') || '0px'})` };
}

/** The header row: one column header per column, a button on the sortable ones. */
export function renderHeaderRow(
  columns: readonly ListColumn[],
  sort: Sort | undefined,
  onSort: (key: string) => void,
): TemplateResult {
  return html`<div role="row" class="row header" part="header-row" aria-rowindex="1">
    ${columns.map((column) => {
      const direction = sort?.field === column.key ? sort.direction : undefined;
      const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : nothing;
      return html`<div role="columnheader" class="cell" aria-sort=${ariaSort} data-key=${column.key}>
        ${
          column.sortable
            ? html`<button
                type="button"
                class="sort"
                data-direction=${direction ?? 'none'}
                @click=${() => onSort(column.key)}
              >
                <span class="label">${column.label}</span>${sortIcon}
              </button>`
            : html`<span class="label">${column.label}</span>`
        }
      </div>`;
    })}
  </div>`;
}

/** Rows of grey bars while the first page loads. */
export function renderSkeletonRows(columns: readonly ListColumn[], count: number): TemplateResult {
  return html`${Array.from(
    { length: count },
    (_, index) =>
      html`<div role="row" class="row pending" aria-rowindex=${index + 2}>
        ${columns.map(() => html`<div role="gridcell" class="cell"><span class="skeleton"></span></div>`)}
      </div>`,
  )}`;
}
