import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Case, Sort } from '../../model/types.js';
import { renderCell, type CellContext, type ListColumn } from './cells.js';

const sortIcon = svg`<svg class="sort-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 3.5 12.5 9h-9L8 3.5Z"/></svg>`;
const openIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="4" fill="currentColor"/></svg>`;

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

/** Text is wrapped so it ends with an ellipsis when the column is narrow. */
function cellContent(column: ListColumn, c: Case, context: CellContext): unknown {
  const content = renderCell(column, c, context);
  return typeof content === 'string' ? html`<span class="text">${content}</span>` : content;
}

function renderRow(
  index: number,
  props: RowsProps,
  placement: 'before' | 'after' | undefined,
): TemplateResult {
  const c = props.row(index);
  const open = c !== undefined && props.openCaseIds.has(c.id);
  const classes = `row${open ? ' open' : ''}${c ? '' : ' pending'}${placement ? ` detached ${placement}` : ''}`;
  return html`<div
    role="row"
    class=${classes}
    part=${open ? 'row row-open' : 'row'}
    aria-rowindex=${index + 2}
    tabindex=${index === props.activeIndex ? 0 : -1}
    data-index=${index}
    data-case-id=${c?.id ?? nothing}
  >
    ${
      c
        ? props.columns.map(
            (column, at) =>
              html`<div role="gridcell" class="cell" data-key=${column.key}>
                ${
                  at === 0 && open
                    ? html`<span
                        class="open-marker"
                        role="img"
                        aria-label=${props.context.t.t('caseList.openInWorkspace')}
                        >${openIcon}</span
                      >`
                    : nothing
                }${cellContent(column, c, props.context)}
              </div>`,
          )
        : props.columns.map(
            () => html`<div role="gridcell" class="cell"><span class="skeleton"></span></div>`,
          )
    }
  </div>`;
}

/**
 * The rows from `first` to `last` (excluded), plus the active row when it is outside them (placed just
 * out of view, so the grid always has one tabbable row). The rows in view are a pool, as in a vanilla
 * row pool: the element at each place shows whichever row is there, so scrolling updates text instead
 * of creating and moving rows, and a refresh keeps every element. The active row out of view is keyed
 * by its index, so it keeps its element while the list scrolls (`RowFocusController` moves focus to
 * whichever element shows the active row).
 */
export function renderRows(props: RowsProps): TemplateResult {
  const { first, last, activeIndex } = props;
  const inView: number[] = [];
  for (let index = first; index < last; index++) inView.push(index);
  const detached = activeIndex >= 0 && (activeIndex < first || activeIndex >= last);
  const active = detached
    ? keyed(activeIndex, renderRow(activeIndex, props, activeIndex < first ? 'before' : 'after'))
    : nothing;
  return html`${activeIndex < first ? active : nothing}${inView.map((index) =>
    renderRow(index, props, undefined),
  )}${activeIndex >= last ? active : nothing}`;
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
