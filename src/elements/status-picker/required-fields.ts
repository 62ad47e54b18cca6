import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldIssue } from '../../adapters/errors.js';
import { localize } from '../../i18n/format.js';
import type { Translator } from '../../i18n/strings.js';
import type { FieldDefinition, FieldValue } from '../../model/types.js';

/** The small form for the fields a status makes required (`requiredWhen` on `status`). */
export interface RequiredFieldsProps {
  readonly t: Translator;
  readonly statusLabel: string;
  readonly fields: readonly FieldDefinition[];
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly issues: Readonly<Record<string, FieldIssue>>;
  readonly busy: boolean;
  readonly onChange: (key: string, value: FieldValue) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
}

const inputTypes: Partial<Record<FieldDefinition['type'], string>> = {
  number: 'number',
  date: 'date',
  datetime: 'datetime-local',
  email: 'email',
  phone: 'tel',
  url: 'url',
};

function control(field: FieldDefinition, props: RequiredFieldsProps): TemplateResult {
  const { t, values, onChange } = props;
  const id = `required-${field.key}`;
  const value = values[field.key];
  const described = props.issues[field.key] ? `${id}-issue` : nothing;
  const read = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  switch (field.type) {
    case 'select':
      return html`<select
        id=${id}
        class="input"
        required
        aria-describedby=${described}
        @change=${(e: Event) => onChange(field.key, read(e) || null)}
      >
        <option value="" ?selected=${!value}></option>
        ${(field.options ?? []).map(
          (o) =>
            html`<option value=${o.value} ?selected=${value === o.value}>
              ${localize(o.label, t.lang)}
            </option>`,
        )}
      </select>`;
    case 'textarea':
      return html`<textarea
        id=${id}
        class="input"
        required
        aria-describedby=${described}
        maxlength=${field.maxLength ?? nothing}
        .value=${live(typeof value === 'string' ? value : '')}
        @input=${(e: Event) => onChange(field.key, read(e))}
      ></textarea>`;
    case 'checkbox':
      return html`<input
        id=${id}
        type="checkbox"
        required
        aria-describedby=${described}
        .checked=${live(value === true)}
        @change=${(e: Event) => onChange(field.key, (e.target as HTMLInputElement).checked)}
      />`;
    case 'multiselect':
      return html`<select
        id=${id}
        class="input"
        multiple
        required
        aria-describedby=${described}
        @change=${(e: Event) =>
          onChange(
            field.key,
            [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value),
          )}
      >
        ${(field.options ?? []).map(
          (o) =>
            html`<option value=${o.value} ?selected=${Array.isArray(value) && value.includes(o.value)}>
              ${localize(o.label, t.lang)}
            </option>`,
        )}
      </select>`;
    default: {
      const type = inputTypes[field.type] ?? 'text';
      const shown = value === null || value === undefined ? '' : String(value);
      return html`<input
        id=${id}
        class="input"
        type=${type}
        required
        aria-describedby=${described}
        maxlength=${field.maxLength ?? nothing}
        .value=${live(type === 'datetime-local' ? shown.slice(0, 16) : shown)}
        @input=${(e: Event) => {
          const raw = read(e);
          if (raw === '') onChange(field.key, null);
          else if (field.type === 'number') onChange(field.key, Number(raw));
          else if (field.type === 'datetime') onChange(field.key, new Date(raw).toISOString());
          else onChange(field.key, raw);
        }}
      />`;
    }
  }
}

/** Renders the form; the first field takes focus when it opens (the element does that). */
export function renderRequiredFields(props: RequiredFieldsProps): TemplateResult {
  const { t } = props;
  const submit = (event: Event) => {
    event.preventDefault();
    props.onSubmit();
  };
  return html`<form
    class="required"
    part="required-form"
    novalidate
    @submit=${submit}
    aria-labelledby="required-title"
  >
    <p id="required-title" class="required-title">
      ${t.t('statusPicker.required.title', { status: props.statusLabel })}
    </p>
    ${props.fields.map((field) => {
      const issue = props.issues[field.key];
      const hint = localize(field.hint, t.lang);
      return html`<div class="required-field">
        <label for="required-${field.key}">${localize(field.label, t.lang)}</label>
        ${control(field, props)} ${hint ? html`<span class="hint">${hint}</span>` : nothing}
        ${issue ? html`<span id="required-${field.key}-issue" class="message error">${t.issue(issue)}</span>` : nothing}
      </div>`;
    })}
    <div class="required-actions">
      <button class="button" type="button" @click=${props.onCancel}>${t.t('action.cancel')}</button>
      <button class="button primary" type="submit" aria-disabled=${props.busy ? 'true' : 'false'}>
        ${t.t('statusPicker.required.submit')}
      </button>
    </div>
  </form>`;
}
