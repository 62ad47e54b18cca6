import type { Translator } from '../../i18n/strings.js';
import { localize } from '../../i18n/format.js';
import { fieldDefinition, isSystemField, textFieldTypes } from '../../model/layout.js';
import type { Case, FieldDefinition, FieldValue, Session, Status } from '../../model/types.js';
import { element, setAttribute, setText } from '../dom-writes.js';

/** One column of the list, from the layout's list definition. */
export interface ListColumn {
  /** A system field key (`number`, `status`…) or a custom field key. */
  readonly key: string;
  readonly label: string;
  /** CSS length from the layout, or a default. */
  readonly width: string;
  readonly sortable: boolean;
  /** The layout's definition, for custom fields. */
  readonly field?: FieldDefinition;
}

const defaultWidths: Readonly<Record<string, string>> = {
  number: '7rem',
  title: 'minmax(12rem, 2fr)',
  status: '9rem',
  owner: '10rem',
  crmCard: '10rem',
  createdAt: '9rem',
  updatedAt: '9rem',
};

/**
 * The columns an agent sees: the layout's list columns in order, without hidden fields or keys the
 * layout does not define. System fields are sortable; custom fields when the layout says so.
 */
export function listColumns(session: Session, t: Translator): ListColumn[] {
  const columns: ListColumn[] = [];
  for (const column of session.layout.list.columns) {
    if (isSystemField(column.field)) {
      columns.push({
        key: column.field,
        label: t.t(`field.${column.field}`),
        width: column.width ?? defaultWidths[column.field] ?? '10rem',
        sortable: true,
      });
      continue;
    }
    const field = fieldDefinition(session.layout, column.field);
    if (!field || field.access === 'hidden') continue;
    columns.push({
      key: field.key,
      label: localize(field.label, t.lang),
      width: column.width ?? (field.type === 'textarea' ? 'minmax(12rem, 2fr)' : '10rem'),
      sortable: field.sortable,
      field,
    });
  }
  return columns;
}

/** The formatters of one locale, each made when first used (making one costs milliseconds). */
class Formats {
  readonly #lang: string;
  #date: Intl.DateTimeFormat | undefined;
  #dateTime: Intl.DateTimeFormat | undefined;
  #number: Intl.NumberFormat | undefined;
  #list: Intl.ListFormat | undefined;

  constructor(lang: string) {
    this.#lang = lang;
  }

  get date(): Intl.DateTimeFormat {
    return (this.#date ??= new Intl.DateTimeFormat(this.#lang, { dateStyle: 'medium', timeZone: 'UTC' }));
  }
  get dateTime(): Intl.DateTimeFormat {
    return (this.#dateTime ??= new Intl.DateTimeFormat(this.#lang, {
      dateStyle: 'short',
      timeStyle: 'short',
    }));
  }
  get number(): Intl.NumberFormat {
    return (this.#number ??= new Intl.NumberFormat(this.#lang));
  }
  get list(): Intl.ListFormat {
    return (this.#list ??= new Intl.ListFormat(this.#lang, { style: 'narrow', type: 'conjunction' }));
  }

  #lastDateTime = { value: '', text: '' };

  /**
   * A date-time value as text. The last one is remembered: a row pool asks for a cell's text twice in a
   * row (to see whether the cell changed, then to write it), and `Intl` formatting is the costly part.
   */
  dateTimeText(value: string): string {
    const last = this.#lastDateTime;
    if (value === last.value) return last.text;
    const time = Date.parse(value);
    const text = Number.isNaN(time) ? value : this.dateTime.format(time);
    this.#lastDateTime = { value, text };
    return text;
  }
}

const formatsByLang = new Map<string, Formats>();

export function formatsFor(lang: string): Formats {
  let formats = formatsByLang.get(lang);
  if (!formats) {
    formats = new Formats(lang);
    formatsByLang.set(lang, formats);
  }
  return formats;
}

// A page's first Intl date formatter costs 25–70 ms in Chromium (ICU loads its data, and the time
// zone's); made in an idle moment after the kit loads, it is ready when the first list paints its rows.
if (typeof requestIdleCallback === 'function' && typeof document !== 'undefined')
  requestIdleCallback(() => void formatsFor(document.documentElement.lang || 'en').dateTime.format(0));

/**
 * The columns and cell context of a session in a language, made again only when either changes: the
 * row pool keeps its rows and cells while they are the same objects.
 */
export class CellSetup {
  #made:
    { session: Session; t: Translator; columns: readonly ListColumn[]; context: CellContext } | undefined;

  of(session: Session, t: Translator): { columns: readonly ListColumn[]; context: CellContext } {
    if (this.#made?.session !== session || this.#made.t !== t) {
      const columns = listColumns(session, t);
      const context: CellContext = {
        t,
        formats: formatsFor(t.lang),
        statuses: new Map(session.statuses.map((s) => [s.id, s])),
        crmCardInNumber: !columns.some((c) => c.key === 'crmCard'),
      };
      this.#made = { session, t, columns, context };
    }
    return this.#made;
  }
}

/** What a cell needs besides its case. */
export interface CellContext {
  readonly t: Translator;
  readonly formats: Formats;
  readonly statuses: ReadonlyMap<string, Status>;
  /** No CRM-card column: the number cell shows the linked-CRM-card icon instead. */
  readonly crmCardInNumber: boolean;
}

function formatDate(value: string, formats: Formats): string {
  // A date field is a calendar day (`YYYY-MM-DD`): formatted in UTC, it never shifts by a day.
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? value : formats.date.format(time);
}

function optionLabel(field: FieldDefinition, value: string, lang: string): string {
  const option = field.options?.find((o) => o.value === value);
  return option ? localize(option.label, lang) : value;
}

/** A layout field's value as text, formatted by its type for the agent's locale. */
export function formatFieldValue(
  field: FieldDefinition,
  value: FieldValue | undefined,
  context: CellContext,
): string {
  if (value === null || value === undefined || value === '') return '';
  const { formats, t } = context;
  switch (field.type) {
    case 'number':
      return typeof value === 'number' ? formats.number.format(value) : String(value);
    case 'date':
      return formatDate(String(value), formats);
    case 'datetime':
      return formats.dateTimeText(String(value));
    case 'checkbox':
      return value === true ? t.t('caseList.yes') : t.t('caseList.no');
    case 'select':
      return optionLabel(field, String(value), t.lang);
    case 'multiselect':
      return Array.isArray(value)
        ? formats.list.format(value.map((v: string) => optionLabel(field, v, t.lang)))
        : '';
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}

const freeTextTypes = new Set<string>(textFieldTypes);

/**
 * The class of a body cell. Text people wrote (a title, a name, a text field) gets `free-text`: it
 * keeps its own direction, so an Arabic title in an English page reads right. Numbers, dates and
 * layout labels follow an LTR page without the bidi pass, which costs layout in every scrolled frame
 * (in an RTL page every cell gets it, so a date in a Latin format reads right too).
 */
export function cellClass(column: ListColumn): string {
  if (column.key === 'number') return 'cell number';
  const freeText =
    column.key === 'title' ||
    column.key === 'owner' ||
    column.key === 'crmCard' ||
    freeTextTypes.has(column.field?.type ?? '');
  return freeText ? 'cell free-text' : 'cell';
}

/** What a cell shows, as a key: the cell is written again only when it changes. */
export function cellKey(column: ListColumn, c: Case, context: CellContext, open: boolean): string {
  const lang = context.t.lang;
  const marker = open ? '\u0001open' : '';
  switch (column.key) {
    case 'number':
      return `${c.number}\u0001${context.crmCardInNumber ? (c.crmCard?.name ?? '') : ''}\u0001${lang}${marker}`;
    case 'status':
      return `${c.statusId}\u0001${lang}${marker}`;
    case 'crmCard':
      return `${c.crmCard?.name ?? ''}\u0001${lang}${marker}`;
    default:
      return `${cellText(column, c, context)}${marker}`;
  }
}

/** The text of a plain-text cell. */
function cellText(column: ListColumn, c: Case, context: CellContext): string {
  switch (column.key) {
    case 'title':
      return c.title;
    case 'owner':
      return c.ownerName;
    case 'createdAt':
      return context.formats.dateTimeText(c.createdAt);
    case 'updatedAt':
      return context.formats.dateTimeText(c.updatedAt);
    default:
      return column.field ? formatFieldValue(column.field, c.fields[column.key], context) : '';
  }
}

function span(className: string, text?: string): HTMLSpanElement {
  const made = element('span', className);
  if (text !== undefined) made.textContent = text;
  return made;
}

/** An icon drawn by CSS (no SVG to paint per row), named for assistive technology. */
function icon(className: string, name: string): HTMLSpanElement {
  const made = span(`icon ${className}`);
  made.setAttribute('role', 'img');
  made.setAttribute('aria-label', name);
  return made;
}

function crmCardName(c: Case, context: CellContext): string | undefined {
  return c.crmCard ? context.t.t('caseList.crmCardLinked', { name: c.crmCard.name }) : undefined;
}

/** The first text node among an element's children. */
function textChild(element: Element): Text | undefined {
  for (let node = element.firstChild; node; node = node.nextSibling) if (node instanceof Text) return node;
  return undefined;
}

/** The CRM-card icon of a cell (made, renamed or removed), placed before `before`. */
function syncCrmIcon(cell: HTMLElement, name: string | undefined, before: Node | null): void {
  let element = cell.querySelector<HTMLElement>(':scope > .crm-card');
  if (name === undefined) {
    element?.remove();
    return;
  }
  if (!element) {
    element = icon('crm-card', name);
    cell.insertBefore(element, before);
  }
  element.setAttribute('aria-label', name);
  // Its tooltip is set when the pointer reaches it (`showIconTitle`): writing `title` restyles the icon.
  element.removeAttribute('title');
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

/**
 * Names a cell for assistive technology when its text does not say it all (`undefined`: its text
 * does). The name replaces the cell's content, so it starts with the open marker's when there is one.
 */
function nameCell(cell: HTMLElement, name: string | undefined, open: boolean, context: CellContext): void {
  setAttribute(
    cell,
    'aria-label',
    name !== undefined && open ? `${context.t.t('caseList.openInWorkspace')}, ${name}` : name,
  );
  cell.removeAttribute('title'); // set again when pointed at (`showIconTitle`)
}

function syncStatusChip(cell: HTMLElement, c: Case, context: CellContext, open: boolean): void {
  let chip = cell.querySelector<HTMLElement>(':scope > .chip');
  if (!chip) {
    chip = span('chip');
    chip.setAttribute('part', 'status');
    chip.append('');
    cell.replaceChildren(chip); // in place of a grey bar or another column's content
  }
  const status = context.statuses.get(c.statusId);
  const label = status ? localize(status.label, context.t.lang) : c.statusId;
  (chip.firstChild as Text).data = label;
  const tone = status?.tone ?? 'neutral';
  if (chip.dataset['tone'] !== tone) chip.dataset['tone'] = tone;
  const closed = status?.closed === true;
  chip.classList.toggle('closed', closed);
  // "Resolved, closed" for assistive technology, as the cell's name: no hidden box of words to make,
  // lay out and remove in the rows of every scrolled frame.
  nameCell(cell, closed ? `${label}, ${context.t.t('caseList.statusClosed')}` : undefined, open, context);
}

/** The "open in the workspace" marker, first in the row's first cell. */
function syncOpenMarker(cell: HTMLElement, open: boolean, context: CellContext): void {
  const marker = cell.querySelector(':scope > .open-marker');
  if (!open) marker?.remove();
  else if (!marker) cell.prepend(icon('open-marker', context.t.t('caseList.openInWorkspace')));
}

/**
 * Writes what one cell shows with DOM calls, reusing its nodes (a row pool rewrites 25 rows a frame
 * while scrolling). Backend text is set as text, never as HTML.
 */
export function writeCell(
  cell: HTMLElement,
  column: ListColumn,
  c: Case,
  context: CellContext,
  open: boolean,
): void {
  switch (column.key) {
    case 'number': {
      // The number is the cell's text (the cell is styled as a number: no box of its own to lay out).
      const number = textChild(cell);
      if (number) number.data = c.number;
      else cell.replaceChildren(c.number);
      syncCrmIcon(cell, context.crmCardInNumber ? crmCardName(c, context) : undefined, null);
      break;
    }
    case 'status':
      syncStatusChip(cell, c, context, open);
      break;
    case 'crmCard': {
      // The card's name is the cell's text, its icon the cell's background (class `linked`), and the
      // cell is named "Linked to CRM card …": no element to make or remove while scrolling.
      const name = c.crmCard?.name ?? '';
      if (open || cell.firstElementChild) cell.replaceChildren(name);
      else setText(cell, name);
      const linked = crmCardName(c, context);
      cell.classList.toggle('linked', linked !== undefined);
      nameCell(cell, linked, open, context);
      break;
    }
    default:
      if (open || cell.firstElementChild) cell.replaceChildren(cellText(column, c, context));
      else setText(cell, cellText(column, c, context));
  }
  syncOpenMarker(cell, open, context);
}
