/**
 * The limit: hand-written DOM, a fixed-height (36 px) pool of row elements over the array,
 * app-level sort (Intl.Collator over the column) and app-level search (a precomputed folded key).
 */
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

const rowHeight = 36;
const template = columns.map((c) => c.width || 'minmax(0,1fr)').join(' ');

const css = `
.v-search{font:inherit;padding:6px 8px;width:20rem}
.v-list{flex:1;min-height:0;display:flex;flex-direction:column;border:1px solid #ccc}
.v-head,.v-row{display:grid;grid-template-columns:${template};height:${rowHeight}px;align-items:center}
.v-head{border-bottom:1px solid #ccc;font-weight:600}
.v-head button{font:inherit;text-align:start;background:none;border:0;padding:0 8px;height:100%;cursor:pointer}
.v-viewport{flex:1;min-height:0;overflow:auto;position:relative;contain:strict}
.v-spacer{width:1px}
.v-row{position:absolute;inset-inline:0;top:0;contain:layout style}
.v-cell{padding:0 8px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
`;

class VanillaList {
  readonly element = document.createElement('div');
  readonly #viewport = document.createElement('div');
  readonly #spacer = document.createElement('div');
  readonly #pool: { el: HTMLElement; cells: HTMLElement[]; index: number }[] = [];
  readonly #rows: readonly CaseRow[];
  readonly #keys: readonly string[];
  #sorted: number[];
  #view: number[];
  #query = '';
  #sort: { key: keyof CaseRow; direction: 'asc' | 'desc' } | undefined;

  constructor(rows: readonly CaseRow[], keys: readonly string[]) {
    this.#rows = rows;
    this.#keys = keys;
    this.#sorted = rows.map((_, i) => i);
    this.#view = this.#sorted;
    this.element.className = 'v-list';
    this.element.setAttribute('role', 'grid');
    const head = document.createElement('div');
    head.className = 'v-head';
    head.setAttribute('role', 'row');
    for (const column of columns) {
      const button = document.createElement('button');
      button.textContent = column.label;
      button.setAttribute('role', 'columnheader');
      button.addEventListener('click', () => this.sortBy(column.key));
      head.append(button);
    }
    this.#viewport.className = 'v-viewport';
    this.#spacer.className = 'v-spacer';
    this.#viewport.append(this.#spacer);
    this.#viewport.addEventListener('scroll', () => this.render(), { passive: true });
    this.element.append(head, this.#viewport);
  }

  sortBy(key: keyof CaseRow): void {
    const direction = this.#sort?.key === key && this.#sort.direction === 'asc' ? 'desc' : 'asc';
    this.#sort = { key, direction };
    this.#sorted = sortIndices(this.#rows, key, direction);
    this.search(this.#query);
  }

  search(text: string): void {
    this.#query = fold(text.trim());
    const q = this.#query;
    this.#view = q === '' ? this.#sorted : this.#sorted.filter((i) => this.#keys[i]!.includes(q));
    this.#viewport.scrollTop = 0;
    for (const slot of this.#pool) slot.index = -1;
    this.render();
  }

  render(): void {
    this.#spacer.style.height = `${this.#view.length * rowHeight}px`;
    const height = this.#viewport.clientHeight || 800;
    const first = Math.floor(this.#viewport.scrollTop / rowHeight);
    const count = Math.ceil(height / rowHeight) + 1;
    while (this.#pool.length < count) {
      const el = document.createElement('div');
      el.className = 'v-row';
      el.setAttribute('role', 'row');
      const cells = columns.map(() => {
        const cell = document.createElement('div');
        cell.className = 'v-cell';
        cell.setAttribute('role', 'gridcell');
        el.append(cell);
        return cell;
      });
      this.#viewport.append(el);
      this.#pool.push({ el, cells, index: -1 });
    }
    for (let i = 0; i < this.#pool.length; i++) {
      const slot = this.#pool[i]!;
      const position = first + i;
      const rowIndex = this.#view[position];
      if (rowIndex === undefined) {
        slot.el.hidden = true;
        slot.index = -1;
        continue;
      }
      slot.el.hidden = false;
      slot.el.style.transform = `translateY(${position * rowHeight}px)`;
      if (slot.index === rowIndex) continue;
      slot.index = rowIndex;
      const row = this.#rows[rowIndex]!;
      columns.forEach((c, j) => (slot.cells[j]!.textContent = row[c.key]));
    }
  }
}

expose('vanilla', async () => {
  const rows = await loadRows();
  let keys: string[] = [];
  let list: VanillaList | undefined;
  let search: HTMLInputElement | undefined;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const implementation: Implementation = {
    prepare() {
      keys = rows.map((r) => fold(`${r.number} ${r.title}`));
    },
    mount(container) {
      search = document.createElement('input');
      search.type = 'search';
      search.className = 'v-search';
      search.setAttribute('aria-label', 'Search cases');
      list = new VanillaList(rows, keys);
      search.addEventListener('input', () => list!.search(search!.value));
      container.append(search, list.element);
      list.render();
    },
    unmount() {
      search?.remove();
      list?.element.remove();
      list = undefined;
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
