import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translator } from '../../i18n/strings.js';
import { localize } from '../../i18n/format.js';
import { textFieldTypes } from '../../model/layout.js';
import type { CaseFilter, FieldDefinition, Session } from '../../model/types.js';
import {
  fieldFilterOf,
  linkedOf,
  ownerOf,
  rangeFilter,
  rangeOf,
  selectedStatusIds,
  selectedValues,
  statusClassOf,
  statusFilter,
  withSlot,
} from './filters.js';

/** What the filter panel shows and whom it tells. */
export interface FilterPanelProps {
  readonly filters: readonly CaseFilter[];
  readonly session: Session;
  readonly t: Translator;
  /** The list shows one CRM card's cases: no "linked to a CRM card" control. */
  readonly crmCardScoped: boolean;
  readonly onChange: (filters: CaseFilter[]) => void;
  readonly onClose: () => void;
}

const textTypes = new Set<string>(textFieldTypes);

/** The layout fields the panel offers, in layout order. */
export function filterableFields(session: Session): FieldDefinition[] {
  return session.layout.fields.filter((f) => f.filterable && f.access !== 'hidden');
}

function checked(event: Event): boolean {
  return (event.target as HTMLInputElement).checked;
}

function value(event: Event): string {
  return (event.target as HTMLInputElement | HTMLSelectElement).value;
}

/** `YYYY-MM-DDTHH:mm` in local time, as `datetime-local` inputs read and write it. */
function toLocalInput(iso: string | number | undefined): string {
  if (iso === undefined) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

function fromLocalInput(text: string): string {
  const date = new Date(text);
  return text && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}

function statusControl(props: FilterPanelProps): TemplateResult {
  const { session, t, filters, onChange } = props;
  const statuses = session.statuses;
  const selected = selectedStatusIds(filters, statuses);
  const shortcut = statusClassOf(filters);
  const toggle = (id: string, on: boolean): void => {
    const ids = new Set(selected);
    if (on) ids.add(id);
    else ids.delete(id);
    onChange(withSlot(filters, 'status', statusFilter(ids, statuses)));
  };
  const pick = (statusClass: 'open' | 'closed'): void =>
    onChange(withSlot(filters, 'status', shortcut === statusClass ? undefined : { statusClass }));
  return html`<fieldset class="filter">
    <legend>${t.t('field.status')}</legend>
    <div class="shortcuts">
      <button type="button" class="button" aria-pressed=${shortcut === 'open'} @click=${() => pick('open')}>
        ${t.t('caseList.filters.openStatuses')}
      </button>
      <button
        type="button"
        class="button"
        aria-pressed=${shortcut === 'closed'}
        @click=${() => pick('closed')}
      >
        ${t.t('caseList.filters.closedStatuses')}
      </button>
    </div>
    ${statuses.map(
      (status) =>
        html`<label class="check"
          ><input
            type="checkbox"
            .checked=${live(selected.has(status.id))}
            @change=${(event: Event) => toggle(status.id, checked(event))}
          />${localize(status.label, t.lang)}</label
        >`,
    )}
  </fieldset>`;
}

function ownerControl(props: FilterPanelProps): TemplateResult {
  const { session, t, filters, onChange } = props;
  const owner = ownerOf(filters);
  const others = session.teamMembers.filter((a) => a.id !== session.agent.id);
  const change = (event: Event): void => {
    const picked = value(event);
    onChange(withSlot(filters, 'owner', picked ? { owner: picked } : undefined));
  };
  return html`<div class="filter">
    <label for="filter-owner">${t.t('field.owner')}</label>
    <select id="filter-owner" class="input" @change=${change}>
      <option value="" ?selected=${owner === ''}>${t.t('caseList.filters.any')}</option>
      <option value="me" ?selected=${owner === 'me'}>${t.t('caseList.filters.ownerMe')}</option>
      <option value="my-team" ?selected=${owner === 'my-team'}>${t.t('caseList.filters.ownerTeam')}</option>
      ${
        others.length
          ? html`<optgroup label=${t.t('caseList.filters.agents')}>
              ${others.map((a) => html`<option value=${a.id} ?selected=${owner === a.id}>${a.name}</option>`)}
            </optgroup>`
          : nothing
      }
    </select>
  </div>`;
}

function yesNoControl(
  id: string,
  label: string,
  current: '' | 'yes' | 'no',
  t: Translator,
  change: (picked: '' | 'yes' | 'no') => void,
): TemplateResult {
  return html`<div class="filter">
    <label for=${id}>${label}</label>
    <select id=${id} class="input" @change=${(event: Event) => change(value(event) as '' | 'yes' | 'no')}>
      <option value="" ?selected=${current === ''}>${t.t('caseList.filters.any')}</option>
      <option value="yes" ?selected=${current === 'yes'}>${t.t('caseList.yes')}</option>
      <option value="no" ?selected=${current === 'no'}>${t.t('caseList.no')}</option>
    </select>
  </div>`;
}

function optionsControl(field: FieldDefinition, props: FilterPanelProps): TemplateResult {
  const { t, filters, onChange } = props;
  const selected = selectedValues(filters, field.key);
  const toggle = (option: string, on: boolean): void => {
    const values = new Set(selected);
    if (on) values.add(option);
    else values.delete(option);
    onChange(
      withSlot(
        filters,
        field.key,
        values.size ? { field: field.key, op: 'in', value: [...values] } : undefined,
      ),
    );
  };
  return html`<fieldset class="filter">
    <legend>${localize(field.label, t.lang)}</legend>
    ${(field.options ?? []).map(
      (option) =>
        html`<label class="check"
          ><input
            type="checkbox"
            .checked=${live(selected.has(option.value))}
            @change=${(event: Event) => toggle(option.value, checked(event))}
          />${localize(option.label, t.lang)}</label
        >`,
    )}
  </fieldset>`;
}

function rangeControl(field: FieldDefinition, props: FilterPanelProps): TemplateResult {
  const { t, filters, onChange } = props;
  const range = rangeOf(filters, field.key);
  const type = field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'datetime-local';
  const shown = (bound: string | number | undefined): string =>
    type === 'datetime-local' ? toLocalInput(bound) : bound === undefined ? '' : String(bound);
  const change = (event: Event): void => {
    const inputs = (event.target as HTMLElement).closest('fieldset')?.querySelectorAll('input') ?? [];
    const [from, to] = [...inputs].map((input) =>
      type === 'datetime-local' ? fromLocalInput(input.value) : input.value,
    );
    onChange(withSlot(filters, field.key, rangeFilter(field.key, from ?? '', to ?? '', type === 'number')));
  };
  const id = `filter-${field.key}`;
  return html`<fieldset class="filter range">
    <legend>${localize(field.label, t.lang)}</legend>
    <label for=${`${id}-from`}>${t.t('caseList.filters.from')}</label>
    <input
      id=${`${id}-from`}
      class="input"
      type=${type}
      .value=${live(shown(range.from))}
      @change=${change}
    />
    <label for=${`${id}-to`}>${t.t('caseList.filters.to')}</label>
    <input id=${`${id}-to`} class="input" type=${type} .value=${live(shown(range.to))} @change=${change} />
  </fieldset>`;
}

function fieldControl(field: FieldDefinition, props: FilterPanelProps): TemplateResult | typeof nothing {
  const { t, filters, onChange } = props;
  const label = localize(field.label, t.lang);
  const id = `filter-${field.key}`;
  if (field.type === 'select' || field.type === 'multiselect') return optionsControl(field, props);
  if (field.type === 'number' || field.type === 'date' || field.type === 'datetime')
    return rangeControl(field, props);
  if (field.type === 'checkbox') {
    const filter = fieldFilterOf(filters, field.key);
    const current = filter?.op === 'eq' ? (filter.value === true ? 'yes' : 'no') : '';
    return yesNoControl(id, label, current, t, (picked) =>
      onChange(
        withSlot(
          filters,
          field.key,
          picked ? { field: field.key, op: 'eq', value: picked === 'yes' } : undefined,
        ),
      ),
    );
  }
  if (!textTypes.has(field.type)) return nothing;
  const filter = fieldFilterOf(filters, field.key);
  const change = (event: Event): void => {
    const text = value(event).trim();
    onChange(
      withSlot(filters, field.key, text ? { field: field.key, op: 'contains', value: text } : undefined),
    );
  };
  return html`<div class="filter">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      class="input"
      type="search"
      .value=${live(filter?.op === 'contains' ? filter.value : '')}
      @change=${change}
    />
  </div>`;
}

/** The content of the funnel's panel: one control per filterable field, "clear all" and "done". */
export function renderFilterPanel(props: FilterPanelProps): TemplateResult {
  const { t, filters, onChange, onClose } = props;
  return html`<h2 id="filters-title" class="panel-title">${t.t('caseList.filters.title')}</h2>
    <div class="panel-body">
      ${statusControl(props)} ${ownerControl(props)}
      ${
        props.crmCardScoped
          ? nothing
          : yesNoControl('filter-crm-card', t.t('caseList.filters.linked'), linkedOf(filters), t, (picked) =>
              onChange(
                withSlot(filters, 'crmCard', picked ? { linkedCrmCard: picked === 'yes' } : undefined),
              ),
            )
      }
      ${filterableFields(props.session).map((field) => fieldControl(field, props))}
    </div>
    <div class="panel-actions">
      <button
        type="button"
        class="button"
        aria-disabled=${filters.length === 0}
        @click=${() => filters.length && onChange([])}
      >
        ${t.t('caseList.filters.clear')}
      </button>
      <button type="button" class="button primary" @click=${onClose}>${t.t('caseList.filters.done')}</button>
    </div>`;
}
