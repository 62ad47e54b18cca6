import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FieldIssue } from '../../adapters/errors.js';
import type { FormStateController } from '../../controllers/form-state.js';
import { localize } from '../../i18n/format.js';
import type { Translator } from '../../i18n/strings.js';
import { isFieldRequired, isFieldVisible, isSystemField, type RuleValues } from '../../model/layout.js';
import { can } from '../../model/policy.js';
import type {
  Case,
  CrmCardRef,
  FieldDefinition,
  FieldValue,
  Layout,
  Session,
  Status,
} from '../../model/types.js';
import {
  controlId,
  describedBy,
  formatValue,
  issueText,
  renderReadonlyField,
  valueFormats,
  type FieldRenderContext,
  type FieldRenderers,
} from './fields.js';
import type { FieldViews } from './field-view.js';
import type { SectionViews } from './section-view.js';

/** Everything the layout's sections need to render. */
export interface SectionsContext {
  readonly t: Translator;
  readonly layout: Layout;
  readonly session: Session;
  readonly mode: 'create' | 'edit' | 'view';
  /** Every field read-only (view mode, or the agent may not create / edit). */
  readonly readonly: boolean;
  /** The stored case (edit and view). */
  readonly caseRecord: Case | undefined;
  /** The CRM card a create links (preset), with its name once loaded. */
  readonly crmCard: CrmCardRef | undefined;
  readonly form: FormStateController;
  readonly issues: Readonly<Record<string, FieldIssue>>;
  readonly renderers: FieldRenderers;
  /** The built-in editable controls of this form, kept by field key. */
  readonly views: FieldViews;
  /** The section fieldsets of this form, kept by index. */
  readonly sections: SectionViews;
  /** Create: the statuses the case may start in (the default first); asked only if the layout shows the status. */
  initialStatuses(): readonly Status[];
  onValue(key: string, value: FieldValue): void;
  onTouch(key: string): void;
}

/** The layout's sections, in order, as titled groups of the layout's column count. */
export function renderSections(context: SectionsContext): HTMLFieldSetElement[] {
  const lang = context.t.lang;
  const metas = fieldMetas(context.layout, lang);
  const values = context.form.values;
  const rules: RuleValues = {
    fields: values.fields,
    statusId: values.statusId ?? context.caseRecord?.statusId ?? '',
  };
  return context.sections.show(
    context.layout.form.sections.map((section) => ({
      title: localize(section.title, lang),
      columns: section.columns,
      fields: section.fields.map((key) =>
        key === 'title'
          ? renderTitleField(context)
          : isSystemField(key)
            ? renderSystemField(context, key)
            : renderLayoutField(context, metas.get(key), rules),
      ),
    })),
  );
}

/** A layout field with its words in one language. */
interface FieldMeta {
  readonly definition: FieldDefinition;
  readonly label: string;
  readonly hint: string;
}

const metasByLayout = new WeakMap<Layout, Map<string, ReadonlyMap<string, FieldMeta>>>();

/** The layout's fields by key with their label and hint, worked out once per layout and language. */
function fieldMetas(layout: Layout, lang: string): ReadonlyMap<string, FieldMeta> {
  let byLang = metasByLayout.get(layout);
  if (!byLang) metasByLayout.set(layout, (byLang = new Map()));
  let metas = byLang.get(lang);
  if (!metas) {
    const found = new Map<string, FieldMeta>();
    for (const definition of layout.fields) {
      if (found.has(definition.key)) continue;
      const label = localize(definition.label, lang);
      found.set(definition.key, { definition, label, hint: localize(definition.hint, lang) });
    }
    byLang.set(lang, (metas = found));
  }
  return metas;
}

/** The keys in the order the agent sees them (for focusing the first invalid field). */
export function fieldOrder(layout: Layout): string[] {
  return layout.form.sections.flatMap((section) => section.fields);
}

function errorText(context: SectionsContext, key: string, definition: FieldDefinition | undefined) {
  const issue = context.issues[key];
  return issue ? issueText(context.t, issue, definition) : undefined;
}

function baseContext(
  context: SectionsContext,
  key: string,
  definition: FieldDefinition | undefined,
  label: string,
  hint: string,
  required: boolean,
  readonly: boolean,
  value: FieldValue = context.form.value(key),
  error: string | undefined = errorText(context, key, definition),
): FieldRenderContext {
  const id = controlId(key);
  return {
    key,
    definition,
    id,
    describedBy: describedBy(id, hint, error),
    label,
    hint,
    required,
    readonly,
    value,
    error,
    lang: context.t.lang,
    setValue: (next) => context.onValue(key, next),
    touch: () => context.onTouch(key),
  };
}

/**
 * One layout field. An editable built-in control is its `FieldView`'s node, patched where what it
 * shows changed; a read-only field or a host renderer's template is built again only when what it
 * shows changed (its value, error, visibility, required marker, access, renderer or language). So a
 * keystroke touches one field, plus those whose rules depend on it.
 */
function renderLayoutField(
  context: SectionsContext,
  meta: FieldMeta | undefined,
  rules: RuleValues,
): unknown {
  if (!meta || meta.definition.access === 'hidden') return nothing;
  const { definition, label, hint } = meta;
  const key = definition.key;
  const visible = isFieldVisible(definition, rules);
  const readonly = context.readonly || definition.access !== 'edit';
  const required = visible && !readonly && isFieldRequired(definition, rules);
  const value = context.form.value(key);
  const error = visible ? errorText(context, key, definition) : undefined;
  const renderer = context.renderers[key] ?? context.renderers[`type:${definition.type}`];
  const { t } = context;
  if (!visible) return nothing;
  if (!renderer && !readonly) {
    const id = controlId(key);
    return context.views.show({
      key,
      id,
      type: definition.type,
      definition,
      label,
      hint,
      required,
      value,
      error,
      lang: t.lang,
    });
  }
  return guard([definition, readonly, required, value, error, renderer, t, t.lang], () => {
    const field = baseContext(context, key, definition, label, hint, required, readonly, value, error);
    if (renderer) return renderer(field);
    return renderReadonlyField(field, formatValue(definition, value, t), t);
  });
}

/** The case title: a built-in text control, or read-only, or a host renderer's. */
function renderTitleField(context: SectionsContext): unknown {
  const { t, readonly } = context;
  const label = t.t('field.title');
  const value = context.form.value('title');
  const error = errorText(context, 'title', undefined);
  const renderer = context.renderers['title'];
  if (!renderer && !readonly) {
    return context.views.show({
      key: 'title',
      id: controlId('title'),
      type: 'text',
      definition: undefined,
      label,
      hint: '',
      required: true,
      value,
      error,
      lang: t.lang,
    });
  }
  return guard([readonly, value, error, renderer, t, t.lang], () => {
    const field = baseContext(context, 'title', undefined, label, '', !readonly, readonly, value, error);
    if (renderer) return renderer(field);
    return renderReadonlyField(field, context.form.values.title, t);
  });
}

function renderSystemField(context: SectionsContext, key: string): unknown {
  const { t, caseRecord, session } = context;
  const creating = context.mode === 'create';
  const label = t.t(`field.${key}` as 'field.title');
  switch (key) {
    case 'status':
      return creating ? renderInitialStatus(context, label) : renderStatus(context, label);
    case 'owner': {
      if (creating) {
        const me = t.t('caseForm.ownerMe', { name: session.agent.name });
        return renderReadonlyField(baseContext(context, key, undefined, label, '', false, true), me, t);
      }
      return renderDelegated(context, key, label, 'ck-owner-picker', caseRecord?.ownerName ?? '');
    }
    case 'crmCard': {
      const card = creating ? context.crmCard : (caseRecord?.crmCard ?? undefined);
      const name = card ? card.name || card.id : t.t('caseForm.noCrmCard');
      return renderReadonlyField(baseContext(context, key, undefined, label, '', false, true), name, t);
    }
    default: {
      if (creating || !caseRecord) return nothing;
      const formats = valueFormats(t.lang);
      const text =
        key === 'number'
          ? caseRecord.number
          : formats.dateTime.format(
              new Date(key === 'createdAt' ? caseRecord.createdAt : caseRecord.updatedAt),
            );
      return renderReadonlyField(baseContext(context, key, undefined, label, '', false, true), text, t);
    }
  }
}

const statusDefinitions = new WeakMap<readonly Status[], Map<string, FieldDefinition>>();

/** The initial status as a select field, made once per list of statuses and label. */
function statusDefinition(statuses: readonly Status[], label: string): FieldDefinition {
  let byLabel = statusDefinitions.get(statuses);
  if (!byLabel) statusDefinitions.set(statuses, (byLabel = new Map()));
  let definition = byLabel.get(label);
  if (!definition) {
    definition = {
      key: 'status',
      label,
      type: 'select',
      required: true,
      access: 'edit',
      filterable: false,
      sortable: false,
      options: statuses.map((status) => ({ value: status.id, label: status.label })),
    };
    byLabel.set(label, definition);
  }
  return definition;
}

/** Create: the initial status, a choice when the profile may start a case in more than one. */
function renderInitialStatus(context: SectionsContext, label: string): unknown {
  const { t } = context;
  const statuses = context.initialStatuses();
  const definition = statusDefinition(statuses, label);
  const readonly = context.readonly || statuses.length < 2;
  if (readonly) {
    const field = baseContext(context, 'status', definition, label, '', false, true);
    return renderReadonlyField(field, formatValue(definition, field.value, t), t);
  }
  return context.views.show({
    key: 'status',
    id: controlId('status'),
    type: 'select',
    definition,
    label,
    hint: '',
    required: true,
    value: context.form.value('status'),
    error: errorText(context, 'status', definition),
    lang: t.lang,
  });
}

/**
 * Edit and view: status and owner change only through their own rights. The pickers show when they
 * are registered (edit mode); until then the value is read-only, with the reason.
 */
function renderStatus(context: SectionsContext, label: string): TemplateResult {
  const status = context.session.statuses.find((s) => s.id === context.caseRecord?.statusId);
  return renderDelegated(
    context,
    'status',
    label,
    'ck-status-picker',
    status ? localize(status.label, context.t.lang) : (context.caseRecord?.statusId ?? ''),
  );
}

function renderDelegated(
  context: SectionsContext,
  key: 'status' | 'owner',
  label: string,
  tag: 'ck-status-picker' | 'ck-owner-picker',
  text: string,
): TemplateResult {
  const { t, caseRecord, session } = context;
  const id = controlId(key);
  if (context.mode === 'edit' && caseRecord && customElements.get(tag)) {
    // The picker shows the field's label as its own: one label, which names its control.
    return html`<div class="field" data-type=${key}>
      ${
        tag === 'ck-status-picker'
          ? html`<ck-status-picker id=${id} case-id=${caseRecord.id} label=${label}></ck-status-picker>`
          : html`<ck-owner-picker id=${id} case-id=${caseRecord.id} label=${label}></ck-owner-picker>`
      }
    </div>`;
  }
  let hint = '';
  if (context.mode === 'edit' && caseRecord) {
    const decision = can(session, key === 'status' ? 'changeStatus' : 'transfer', caseRecord);
    hint = decision.allowed
      ? t.t(key === 'status' ? 'caseForm.statusElsewhere' : 'caseForm.ownerElsewhere')
      : t.reason(decision.reason);
  }
  return renderReadonlyField(baseContext(context, key, undefined, label, hint, false, true), text, t);
}
