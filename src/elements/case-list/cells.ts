import type { Translator } from '../../i18n/strings.js';
import { isWord, localize } from '../../i18n/format.js';
import { fieldDefinition, isSystemField, textFieldTypes } from '../../model/layout.js';
import type { Case, FieldDefinition, FieldValue, Session, Status } from '../../model/types.js';

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

  /** A date-time value as text (the value itself when it is not a date). */
  dateTimeText(value: string): string {
    const time = Date.parse(value);
    return Number.isNaN(time) ? value : this.dateTime.format(time);
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
        chips: statusChips(session.statuses, t),
        linkedName: linkedNames(t),
        crmCardInNumber: !columns.some((c) => c.key === 'crmCard'),
      };
      this.#made = { session, t, columns, context };
    }
    return this.#made;
  }
}

/** What a status chip shows in one language. */
export interface StatusChip {
  readonly label: string;
  readonly tone: string;
  /** "Resolved, closed" ("Closed" alone): the cell's name for assistive technology, for closed statuses only. */
  readonly closedName: string | undefined;
}

/** The chips of the layout's statuses, made once per language rather than in every row. */
export function statusChips(statuses: readonly Status[], t: Translator): Map<string, StatusChip> {
  return new Map(
    statuses.map((status) => {
      const label = localize(status.label, t.lang);
      const word = t.t('caseList.statusClosed');
      const closedName = status.closed ? (isWord(label, word) ? label : `${label}, ${word}`) : undefined;
      return [status.id, { label, tone: status.tone ?? 'neutral', closedName }];
    }),
  );
}

/**
 * The linked cells' name, the translation split once around the card's name: made for every linked row
 * of every scrolled frame, the interpolation was a sixth of what a scroll allocated.
 */
export function linkedNames(t: Translator): (cardName: string) => string {
  const marker = '\u0000';
  const [before = '', after = ''] = t.t('caseList.crmCardLinked', { name: marker }).split(marker);
  return (cardName) => before + cardName + after;
}

/** What a cell needs besides its case. */
export interface CellContext {
  readonly t: Translator;
  readonly formats: Formats;
  /** "Linked to CRM card Acme Ltd": a linked cell's name, from the card's name. */
  readonly linkedName: (cardName: string) => string;
  /** What each status's chip shows, by status id. */
  readonly chips: ReadonlyMap<string, StatusChip>;
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

/** The text of a plain-text cell. */
export function cellText(column: ListColumn, c: Case, context: CellContext): string {
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
