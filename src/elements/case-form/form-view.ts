import { nothing } from 'lit';
import type { FormStateController } from '../../controllers/form-state.js';
import type { Translator } from '../../i18n/strings.js';
import { can } from '../../model/policy.js';
import type { FieldValue, Layout, Session, Status } from '../../model/types.js';
import type { CaseForm } from './case-form.js';
import { initialStatuses } from './case-values.js';
import { saveNotices } from './save-notices-loader.js';
import type { FormEditing } from './editing.js';
import { readControl } from './fields.js';
import type { FieldViews } from './field-view.js';
import type { FormActions, FormShell } from './form-shell.js';
import type { SectionViews } from './section-view.js';
import { renderDraftNotice, renderForbidden, renderInteractionContext, renderSaveError } from './notices.js';
import { renderSections } from './sections.js';

export interface FormView {
  readonly t: Translator;
  readonly host: CaseForm;
  readonly session: Session;
  readonly layout: Layout;
  readonly form: FormStateController;
  readonly editing: FormEditing;
  /** The profile may edit the case shown. */
  readonly canEdit: boolean;
  /** The form's built-in editable controls, kept by field key. */
  readonly views: FieldViews;
  /** The layout's section fieldsets, kept by index. */
  readonly sections: SectionViews;
  /** The `<form>` and its action bar. */
  readonly shell: FormShell;
}

const statusesBySession = new WeakMap<Session, readonly Status[]>();

/** The statuses a create may start in, worked out once per session. */
function initialStatusesOf(session: Session): readonly Status[] {
  let statuses = statusesBySession.get(session);
  if (!statuses) statusesBySession.set(session, (statuses = initialStatuses(session)));
  return statuses;
}

/** A field's new value from the agent: validation, dirty state and the draft follow. */
function setValue(form: FormStateController, editing: FormEditing, key: string, value: FieldValue): void {
  form.set(key, value);
  editing.changed();
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What the agent's actions on the form's own controls and buttons do. */
export function formActions(host: CaseForm, form: FormStateController, editing: FormEditing): FormActions {
  const keyOf = (control: Element) => (control as HTMLElement).dataset?.['field'];
  return {
    save: () => void editing.saveFlow.save(),
    changed: (control) => {
      const key = keyOf(control);
      if (key) setValue(form, editing, key, readControl(control as Control));
    },
    left: (control) => {
      const key = keyOf(control);
      if (key) form.touch(key);
    },
    edit: () => editing.startEditing(),
    cancel: () => host.requestCancel(),
  };
}

/** The form: notices, the layout's sections, and the action bar, in the form's `FormShell`. */
export function showForm(view: FormView): HTMLFormElement {
  const { t, host, session, layout, form, editing } = view;
  const { records, saveFlow } = editing;
  const mode = host.mode;
  const creating = mode === 'create';
  const record = records.caseRecord;
  const createRight = creating ? can(session, 'create') : undefined;
  const editRight = !creating && record ? can(session, 'edit', record) : undefined;
  const refusal =
    saveFlow.forbidden ??
    (createRight && !createRight.allowed ? createRight.reason : undefined) ??
    (mode === 'edit' && editRight && !editRight.allowed ? editRight.reason : undefined);
  const refused = saveFlow.forbidden !== undefined || (createRight ?? editRight)?.allowed === false;
  const readonly = mode === 'view' || refused;
  const formMode = creating ? 'create' : 'edit';
  const issues = readonly ? {} : form.shownIssues(layout, formMode);

  const label = creating
    ? t.t('caseForm.label.create')
    : t.t(mode === 'edit' ? 'caseForm.label.edit' : 'caseForm.label.view', { number: record?.number ?? '' });
  const notice = editing.draftNotice;
  const canResume = mode === 'view' && view.canEdit;
  const { interaction, crmCard, presetFailed } = records;
  // The conflict panel and the error summary show only after a save attempt: their code loads then.
  const later = (saveFlow.conflict || form.attempted) && !readonly ? saveNotices(host) : undefined;
  const buttons = mode === 'view' ? (view.canEdit ? 'edit' : 'none') : readonly ? 'none' : 'save';

  return view.shell.show({
    label,
    busy: saveFlow.saving,
    notices: [
      refused ? renderForbidden(t, creating, refusal) : nothing,
      notice && !refused
        ? renderDraftNotice(t, notice.kind, notice.savedAt, {
            onDiscard: () => editing.discard(),
            onResume: canResume && notice.kind === 'pending' ? () => editing.startEditing() : undefined,
          })
        : nothing,
      creating && (interaction || presetFailed)
        ? renderInteractionContext(t, interaction, crmCard, presetFailed)
        : nothing,
      saveFlow.conflict && later ? later.renderConflictPanel(view) : nothing,
      form.attempted && later ? later.summaryOf(view, issues) : nothing,
      saveFlow.saveError && !readonly
        ? renderSaveError(t, saveFlow.saveError, () => void saveFlow.save())
        : nothing,
    ],
    sections: renderSections({
      t,
      layout,
      session,
      mode,
      readonly,
      caseRecord: record,
      crmCard: creating
        ? (crmCard ?? (host.crmCardId ? { id: host.crmCardId, name: '' } : undefined))
        : undefined,
      form,
      issues,
      renderers: host.fieldRenderers,
      views: view.views,
      sections: view.sections,
      initialStatuses: () => (creating ? initialStatusesOf(session) : []),
      onValue: (key, value) => setValue(form, editing, key, value),
      onTouch: (key) => form.touch(key),
    }),
    buttons,
    primaryText:
      buttons === 'edit'
        ? t.t('caseForm.edit')
        : saveFlow.saving
          ? t.t('caseForm.saving')
          : t.t(creating ? 'caseForm.create' : 'caseForm.save'),
    cancelText: t.t('action.cancel'),
    announcement: editing.announcement,
  });
}
