import { nothing, render } from 'lit';
import { element } from '../dom-writes.js';

/**
 * The layout's sections of `ck-case-form`, made with plain DOM calls rather than lit templates: a
 * `<fieldset class="section" part="section" data-columns>` with its `<legend id="section-<index>">`
 * and a `.grid` of the section's fields, kept per section index and patched where what it shows
 * changed. A grid whose fields are all built-in controls (their `FieldView` nodes) holds those nodes
 * themselves, with no lit part or marker per field; a grid with a read-only field or a host's
 * renderer (lit templates) is rendered by lit.
 */

/** What one section shows: its title in the agent's language, its column count and its fields. */
export interface SectionContent {
  readonly title: string;
  readonly columns: number;
  /** Per field of the section: a `FieldView` node, a lit value (template, directive) or `nothing`. */
  readonly fields: readonly unknown[];
}

class SectionView {
  readonly node: HTMLFieldSetElement;
  readonly #title: Text;
  #grid: HTMLDivElement;
  /** Whether lit renders the grid (some field is a template), else it holds the field nodes. */
  #litGrid = false;
  #columns = '';

  constructor(index: number) {
    this.node = element('fieldset', 'section');
    this.node.setAttribute('part', 'section');
    const legend = element('legend');
    legend.id = `section-${index}`;
    this.#title = document.createTextNode('');
    legend.append(this.#title);
    this.#grid = grid();
    this.node.append(legend, this.#grid);
  }

  show({ title, columns, fields }: SectionContent): HTMLFieldSetElement {
    if (this.#title.data !== title) this.#title.data = title;
    const columnText = String(columns);
    if (columnText !== this.#columns) {
      this.node.dataset['columns'] = columnText;
      this.#columns = columnText;
    }
    const nodes = fields.every((field) => field instanceof Node || field === nothing)
      ? (fields.filter((field) => field instanceof Node) as Node[])
      : undefined;
    if ((nodes === undefined) !== this.#litGrid) {
      // Lit keeps its parts on the grid it renders into: a grid changing hands is a new element.
      const fresh = grid();
      this.#grid.replaceWith(fresh);
      this.#grid = fresh;
      this.#litGrid = nodes === undefined;
    }
    if (nodes) placeNodes(this.#grid, nodes);
    else render(fields, this.#grid);
    return this.node;
  }
}

const grid = () => element('div', 'grid');

/**
 * Makes `nodes` the children of `parent`, in order. A field node that stays is never moved (fields
 * keep their order in a layout; moving one would take the agent's focus away): fields gone are
 * removed, then the new ones inserted at their place.
 */
function placeNodes(parent: Element, nodes: readonly Node[]): void {
  const children = parent.childNodes;
  if (children.length === nodes.length && nodes.every((node, index) => children[index] === node)) return;
  const wanted = new Set(nodes);
  for (const child of [...children]) if (!wanted.has(child)) child.remove();
  nodes.forEach((node, index) => {
    if (children[index] !== node) parent.insertBefore(node, children[index] ?? null);
  });
}

/** The sections of one form, by index. */
export class SectionViews {
  readonly #views: SectionView[] = [];

  /** The section fieldsets, made or brought up to date; the views of sections gone are dropped. */
  show(sections: readonly SectionContent[]): HTMLFieldSetElement[] {
    this.#views.length = Math.min(this.#views.length, sections.length);
    return sections.map((section, index) => (this.#views[index] ??= new SectionView(index)).show(section));
  }
}
