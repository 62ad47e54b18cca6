import { html, nothing, type TemplateResult } from 'lit';
import type { FieldIssue } from '../../adapters/errors.js';
import { localize } from '../../i18n/format.js';
import type { Translator } from '../../i18n/strings.js';
import { isWebUrl } from '../../model/layout.js';
import type { FieldDefinition, FieldValue } from '../../model/types.js';

/**
 * The fields of `ck-case-form`: native controls (no element per field), each with its label, hint,
 * required marker and error tied to it. Editable controls are made and patched by `FieldView`
 * (field-view.ts); read-only fields and hosts' renderers are lit templates. Controls carry
 * `data-field` (the key) and `data-kind`; the form listens once for `input`, `change` and `focusout`
 * and reads them back with `readControl`.
 */

/** What a host's renderer (`fieldRenderers`) and the built-in controls get for one field. */
export interface FieldRenderContext {
  /** Field key (`title`, or a layout field key). */
  readonly key: string;
  /** The layout definition; undefined for the title. */
  readonly definition: FieldDefinition | undefined;
  /** The id the control must carry (the label points at it, focus goes to it). */
  readonly id: string;
  /** Ids of the hint and error texts, for the control's `aria-describedby`. */
  readonly describedBy: string;
  readonly label: string;
  readonly hint: string;
  readonly required: boolean;
  /** The agent may not change it (view-only access, view mode, no right). */
  readonly readonly: boolean;
  readonly value: FieldValue;
  /** The error text shown under the field, if any. */
  readonly error: string | undefined;
  readonly lang: string;
  /** Give the field a new value (validation, dirty state and the draft follow). */
  setValue(value: FieldValue): void;
  /** The agent left the field: its issue shows from now on. */
  touch(): void;
}

/**
 * Renders one field a host's own way, inside the form's shadow root. Returned content replaces the
 * whole field (label, control, hint and error): give the control `id=${context.id}`.
 */
export type FieldRenderer = (context: FieldRenderContext) => TemplateResult;

/** Renderers keyed by field key (first) or by field type (`type:date`). */
export type FieldRenderers = Readonly<Record<string, FieldRenderer>>;

/** Formatters for read-only values, made once per language. */
export class ValueFormats {
  readonly date: Intl.DateTimeFormat;
  readonly dateTime: Intl.DateTimeFormat;
  readonly number: Intl.NumberFormat;
  readonly list: Intl.ListFormat;

  constructor(lang: string) {
    this.date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    this.dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    this.number = new Intl.NumberFormat(lang);
    this.list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  }
}

const formatsByLang = new Map<string, ValueFormats>();
export function valueFormats(lang: string): ValueFormats {
  let formats = formatsByLang.get(lang);
  if (!formats) formatsByLang.set(lang, (formats = new ValueFormats(lang)));
  return formats;
}

export const controlId = (key: string) => `f-${key}`;

interface Choice {
  readonly value: string;
  readonly label: string;
}

const choicesByDefinition = new WeakMap<FieldDefinition, Map<string, readonly Choice[]>>();

/** A field's options with their labels in one language, worked out once per definition and language. */
export function choices(definition: FieldDefinition | undefined, lang: string): readonly Choice[] {
  if (!definition?.options) return [];
  let byLang = choicesByDefinition.get(definition);
  if (!byLang) choicesByDefinition.set(definition, (byLang = new Map()));
  let found = byLang.get(lang);
  if (!found) {
    found = definition.options.map((option) => ({
      value: option.value,
      label: localize(option.label, lang),
    }));
    byLang.set(lang, found);
  }
  return found;
}

/** The words for an issue on a field: the layout's own pattern message, in the agent's language. */
export function issueText(t: Translator, issue: FieldIssue, definition: FieldDefinition | undefined): string {
  if (issue.code === 'pattern' && definition?.patternMessage !== undefined) {
    return localize(definition.patternMessage, t.lang);
  }
  return t.issue(issue);
}

function hintAndError(context: FieldRenderContext): TemplateResult {
  return html`${
    context.hint ? html`<p class="hint" id=${`${context.id}-hint`}>${context.hint}</p>` : nothing
  }${context.error ? html`<p class="error" id=${`${context.id}-error`}>${context.error}</p>` : nothing}`;
}

export function describedBy(id: string, hint: string, error: string | undefined): string {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

/** A value as text, for read-only fields. */
export function formatValue(
  definition: FieldDefinition | undefined,
  value: FieldValue,
  t: Translator,
): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  const formats = valueFormats(t.lang);
  const optionLabel = (v: string) =>
    localize(definition?.options?.find((option) => option.value === v)?.label ?? v, t.lang);
  switch (definition?.type) {
    case 'checkbox':
      return value === true ? t.t('caseForm.yes') : t.t('caseForm.no');
    case 'number':
      return typeof value === 'number' ? formats.number.format(value) : String(value);
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? formats.date.format(new Date(value))
        : String(value);
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? formats.dateTime.format(new Date(value))
        : String(value);
    case 'select':
      return optionLabel(String(value));
    case 'multiselect':
      return Array.isArray(value) ? formats.list.format((value as string[]).map(optionLabel)) : '';
    default:
      return String(value);
  }
}

/** A read-only field: its label and its value as text (a web address as a link). */
export function renderReadonlyField(
  context: FieldRenderContext,
  text: string,
  t: Translator,
  extra?: TemplateResult,
): TemplateResult {
  const { id } = context;
  const isLink = context.definition?.type === 'url' && isWebUrl(text);
  return html`<div
    class="field readonly"
    data-type=${context.definition?.type ?? context.key}
    role="group"
    aria-labelledby=${`${id}-label`}
    aria-describedby=${context.describedBy || nothing}
  >
    <span class="label" id=${`${id}-label`}>${context.label}</span>
    <span class="value" id=${id} tabindex="-1"
      >${
        text === ''
          ? html`<span class="empty">${t.t('caseForm.empty')}</span>`
          : isLink
            ? html`<a href=${text} target="_blank" rel="noopener noreferrer">${text}</a>`
            : text
      }</span
    >
    ${extra ?? nothing} ${hintAndError(context)}
  </div>`;
}

/** Reads a control's value back as a field value. */
export function readControl(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): FieldValue {
  switch (control.dataset['kind']) {
    case 'number': {
      const input = control as HTMLInputElement;
      if (input.validity.badInput) return Number.NaN;
      return input.value === '' ? null : input.valueAsNumber;
    }
    case 'checkbox':
      return (control as HTMLInputElement).checked;
    case 'multiselect': {
      const group = control.closest('[data-group]');
      return [...(group?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((box) => box.value);
    }
    case 'datetime':
      return control.value === '' ? null : new Date(control.value).toISOString();
    case 'select':
    case 'date':
      return control.value === '' ? null : control.value;
    default:
      return control.value;
  }
}

/** An ISO timestamp as a `datetime-local` value (the agent's time zone). */
export function toLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
