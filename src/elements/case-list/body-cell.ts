import type { Case } from '../../model/types.js';
import { element } from '../dom-writes.js';
import { cellClass, cellText, type CellContext, type ListColumn } from './cells.js';

/** An icon drawn by CSS (no SVG to paint per row), named for assistive technology. */
function icon(className: string, name: string): HTMLSpanElement {
  const made = element('span', `icon ${className}`);
  made.setAttribute('role', 'img');
  made.setAttribute('aria-label', name);
  return made;
}

/** A status chip and what it last showed. */
interface Chip {
  readonly element: HTMLElement;
  readonly text: Text;
  tone: string | undefined;
  closed: boolean;
}

/**
 * One body cell of the row pool. Its row shows one case after another while the agent scrolls (25 rows
 * a frame), so it keeps its nodes and what it last wrote: a write is one DOM call per part that changed,
 * and nothing is read back from the DOM (a read costs about as much as a write). Backend text is set as
 * text, never as HTML.
 */
export class BodyCell {
  readonly element: HTMLElement;
  readonly #column: ListColumn;
  /** The cell's text: the number, title, owner, date, card name… (the status's is in its chip). */
  readonly #text = new Text('');
  readonly #chip: Chip | undefined;
  /** The CRM-card icon of a number cell, when the list has no CRM-card column. */
  #cardIcon: HTMLElement | undefined;
  #marker: HTMLElement | undefined;
  /** The grey bar shown while the cell's case has not arrived. */
  #bar: HTMLElement | undefined;
  #pending = false;
  /** What was last written, compared instead of read back. */
  #case: Case | undefined;
  #context: CellContext | undefined;
  #open = false;
  #shown = '';
  #label: string | undefined;
  #linked = false;

  constructor(column: ListColumn) {
    this.#column = column;
    this.element = element('div', cellClass(column));
    this.element.setAttribute('role', 'gridcell');
    this.element.dataset['key'] = column.key;
    if (column.key === 'status') {
      const chip = element('span', 'chip');
      chip.setAttribute('part', 'status');
      const text = new Text('');
      chip.append(text);
      this.#chip = { element: chip, text, tone: undefined, closed: false };
    }
    this.element.append(this.#chip?.element ?? this.#text);
  }

  /** A grey bar: the cell's case has not arrived yet. */
  showPending(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.#bar ??= element('span', 'skeleton');
    this.element.replaceChildren(this.#bar); // the marker and the card icon go with the content
    this.#marker = this.#cardIcon = undefined;
    this.#setLinked(false);
    this.#setLabel(undefined); // the name of the case it showed before
    this.#case = undefined;
    this.#open = false;
  }

  /** Shows `c`; `open` puts the "open in the workspace" marker first in the cell. */
  show(c: Case, open: boolean, context: CellContext): void {
    if (c === this.#case && open === this.#open && context === this.#context) return;
    if (this.#pending) {
      this.#pending = false;
      this.element.replaceChildren(this.#chip?.element ?? this.#text);
    }
    this.#case = c;
    this.#context = context;
    this.#syncMarker(open, context);
    switch (this.#column.key) {
      case 'number':
        this.#setText(c.number);
        this.#syncCardIcon(context.crmCardInNumber ? cardName(c, context) : undefined);
        break;
      case 'status':
        this.#showStatus(c, context);
        break;
      case 'crmCard': {
        // The card's name is the cell's text, its icon the cell's background (class `linked`), and the
        // cell is named "Linked to CRM card …": no element to make or remove while scrolling.
        this.#setText(c.crmCard?.name ?? '');
        const name = cardName(c, context);
        this.#setLinked(name !== undefined);
        this.#nameCell(name, context);
        this.element.removeAttribute('title'); // set again when pointed at (`showIconTitle`)
        break;
      }
      default:
        this.#setText(cellText(this.#column, c, context));
    }
  }

  #setText(text: string): void {
    if (text === this.#shown) return;
    this.#shown = text;
    this.#text.data = text;
  }

  #showStatus(c: Case, context: CellContext): void {
    const chip = this.#chip as Chip;
    const shown = context.chips.get(c.statusId) ?? {
      label: c.statusId,
      tone: 'neutral',
      closedName: undefined,
    };
    if (shown.label !== this.#shown) chip.text.data = this.#shown = shown.label;
    if (shown.tone !== chip.tone) chip.element.dataset['tone'] = chip.tone = shown.tone;
    const closed = shown.closedName !== undefined;
    if (closed !== chip.closed) chip.element.classList.toggle('closed', (chip.closed = closed));
    // "Resolved, closed" for assistive technology, as the cell's name: no hidden box of words to make,
    // lay out and remove in the rows of every scrolled frame.
    this.#nameCell(shown.closedName, context);
  }

  /**
   * Names the cell for assistive technology when its text does not say it all (`undefined`: its text
   * does). The name replaces the cell's content, so it starts with the open marker's when there is one.
   */
  #nameCell(name: string | undefined, context: CellContext): void {
    this.#setLabel(
      name !== undefined && this.#open ? `${context.t.t('caseList.openInWorkspace')}, ${name}` : name,
    );
  }

  #setLinked(linked: boolean): void {
    if (linked === this.#linked) return;
    this.#linked = linked;
    this.element.classList.toggle('linked', linked);
  }

  #setLabel(label: string | undefined): void {
    if (label === this.#label) return;
    this.#label = label;
    if (label === undefined) this.element.removeAttribute('aria-label');
    else this.element.setAttribute('aria-label', label);
  }

  /** The "open in the workspace" marker, first in the cell. */
  #syncMarker(open: boolean, context: CellContext): void {
    this.#open = open;
    if (!open) {
      this.#marker?.remove();
      this.#marker = undefined;
      return;
    }
    const name = context.t.t('caseList.openInWorkspace');
    if (!this.#marker) this.element.prepend((this.#marker = icon('open-marker', name)));
    else if (this.#marker.getAttribute('aria-label') !== name) this.#marker.setAttribute('aria-label', name);
  }

  /** The CRM-card icon after the number (made, renamed or removed). */
  #syncCardIcon(name: string | undefined): void {
    if (name === undefined) {
      this.#cardIcon?.remove();
      this.#cardIcon = undefined;
      return;
    }
    if (!this.#cardIcon) this.element.append((this.#cardIcon = icon('crm-card', name)));
    else this.#cardIcon.setAttribute('aria-label', name);
    // Its tooltip is set when the pointer reaches it (`showIconTitle`): writing `title` restyles the icon.
    this.#cardIcon.removeAttribute('title');
  }
}

function cardName(c: Case, context: CellContext): string | undefined {
  return c.crmCard ? context.linkedName(c.crmCard.name) : undefined;
}

/**
 * Gives the icon (or the linked cell) under the pointer its name as a tooltip (a `pointerover`
 * listener on the rows): writing `title` while scrolling restyled every icon of every frame.
 */
export function showIconTitle(event: Event): void {
  const target = event.target as Element;
  const named = target.classList.contains('icon') || target.classList.contains('linked');
  if (named && !target.hasAttribute('title'))
    target.setAttribute('title', target.getAttribute('aria-label') ?? '');
}
