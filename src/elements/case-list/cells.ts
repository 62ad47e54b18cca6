import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Translator } from '../../i18n/strings.js';
import { localize } from '../../i18n/format.js';
import { fieldDefinition, isSystemField } from '../../model/layout.js';
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

/** What a cell needs besides its case. */
export interface CellContext {
  readonly t: Translator;
  readonly formats: Formats;
  readonly statuses: ReadonlyMap<string, Status>;
  /** No CRM-card column: the number cell shows the linked-CRM-card icon instead. */
  readonly crmCardInNumber: boolean;
}

function formatDateTime(value: string, formats: Formats): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : formats.dateTime.format(time);
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
      return formatDateTime(String(value), formats);
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

const crmCardIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M2 3h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Zm0 1v8h12V4H2Zm4 1.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3ZM3.5 11c0-1.2 1.1-2 2.5-2s2.5.8 2.5 2h-5ZM10 6h3v1h-3V6Zm0 2h3v1h-3V8Z"/></svg>`;
const closedIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.2 11.6 2.8 8.2l1-1 2.4 2.4 6-6 1 1-7 7Z"/></svg>`;

function statusChip(c: Case, context: CellContext): TemplateResult {
  const status = context.statuses.get(c.statusId);
  const label = status ? localize(status.label, context.t.lang) : c.statusId;
  return html`<span class="chip" part="status" data-tone=${status?.tone ?? 'neutral'}
    >${status?.closed ? closedIcon : nothing}<span class="text">${label}</span>${
      status?.closed
        ? html`<span class="visually-hidden">, ${context.t.t('caseList.statusClosed')}</span>`
        : nothing
    }</span
  >`;
}

function crmCardIconOf(c: Case, context: CellContext): TemplateResult | typeof nothing {
  if (!c.crmCard) return nothing;
  const name = context.t.t('caseList.crmCardLinked', { name: c.crmCard.name });
  return html`<span class="icon" role="img" aria-label=${name} title=${name}>${crmCardIcon}</span>`;
}

function crmCardCell(c: Case, context: CellContext): TemplateResult | typeof nothing {
  if (!c.crmCard) return nothing;
  return html`${crmCardIconOf(c, context)}<span class="text" aria-hidden="true">${c.crmCard.name}</span>`;
}

/** The content of one cell. Backend text is bound as text, never as HTML. */
export function renderCell(
  column: ListColumn,
  c: Case,
  context: CellContext,
): TemplateResult | string | typeof nothing {
  switch (column.key) {
    case 'number':
      return html`<span class="number text">${c.number}</span
        >${context.crmCardInNumber ? crmCardIconOf(c, context) : nothing}`;
    case 'title':
      return c.title;
    case 'status':
      return statusChip(c, context);
    case 'owner':
      return c.ownerName;
    case 'crmCard':
      return crmCardCell(c, context);
    case 'createdAt':
      return formatDateTime(c.createdAt, context.formats);
    case 'updatedAt':
      return formatDateTime(c.updatedAt, context.formats);
    default:
      return column.field ? formatFieldValue(column.field, c.fields[column.key], context) : nothing;
  }
}
