import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { consume } from '@lit/context';
import type { CaseKitAdapter } from '../../adapters/contract.js';
import type { FieldIssue } from '../../adapters/errors.js';
import { adapterContext } from '../../context/adapter.js';
import { sessionContext } from '../../context/session.js';
import { failureMessage } from '../../i18n/failure-message.js';
import { CaseQueryController } from '../../controllers/case-query.js';
import { ComboboxController, type ComboboxChoice } from '../../controllers/combobox.js';
import { comboboxStyles } from '../../controllers/combobox-styles.js';
import { LocaleController } from '../../controllers/locale.js';
import { CaseStatusChangedEvent, StatusChangeEvent } from '../../events/case-actions.js';
import { isWord, localize } from '../../i18n/format.js';
import { can } from '../../model/policy.js';
import { validateCaseInput } from '../../model/validation.js';
import type { Case, FieldDefinition, FieldValue, Session, Status } from '../../model/types.js';
import { hostStyles } from '../../styles/host.js';
import { renderRequiredFields } from './required-fields.js';
import { styles } from './status-picker.styles.js';

interface StatusChoice extends ComboboxChoice {
  readonly status: Status;
  /** Why it cannot be chosen (shown in the option), when disabled. */
  readonly reason?: string;
}

/** A status chosen that needs fields first. */
interface RequiredStep {
  readonly status: Status;
  readonly fields: readonly FieldDefinition[];
  values: Record<string, FieldValue>;
  issues: Record<string, FieldIssue>;
}

/**
 * Changes a case's status, closing it included: the current status as a chip with its tone, and a
 * WAI-ARIA select-only combobox of the statuses the profile may set from it (the status's `next`
 * list when given; closed statuses marked, and disabled with the reason when the profile may not
 * close). When the layout makes fields required for the chosen status (a `requiredWhen` rule on
 * `status`, such as a close reason), a small form asks for just those before the change is sent.
 * Without the right, the status is shown as text with the reason.
 *
 * @tagname ck-status-picker
 * @summary Status of one case, and its change.
 * @csspart label - The "Status" label.
 * @csspart control - The combobox showing the current status.
 * @csspart chip - The current status chip (its tone in `data-tone`).
 * @csspart listbox - The popup with the statuses (in the top layer).
 * @csspart required-form - The form for the fields the chosen status requires.
 * @csspart message - A refusal, next to the control.
 * @cssprop [--ck-status-picker-inline-size=14rem] - Width of the control.
 * @fires {StatusChangeEvent} ck-status-change - The agent chose a status (cancelable, before the adapter call).
 * @fires {CaseStatusChangedEvent} ck-case-status-changed - The adapter changed the status.
 */
export class StatusPicker extends LitElement {
  static override styles = [hostStyles, comboboxStyles, styles];

  /** Id of the case whose status is shown and changed. */
  @property({ attribute: 'case-id' }) caseId = '';

  /** Keep the "Status" label for screen readers only (when the host labels the field itself). */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;

  /** The label's text, "Status" in the agent's language when empty (a form gives its field's label). */
  @property() label = '';

  /** The backend seam, from `ck-provider`. */
  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter?: CaseKitAdapter;

  /** The signed-in agent's session, from `ck-provider`. */
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: Session;

  @query('[role="combobox"]') private readonly control?: HTMLElement | null;
  @query('.popup') private readonly popup?: HTMLElement | null;

  @state() private pending: Status | undefined;
  @state() private failure = '';
  @state() private announcement = '';
  @state() private required: RequiredStep | undefined;

  readonly #locale = new LocaleController(this);
  readonly #case = new CaseQueryController(this, {
    adapter: () => this.adapter,
    caseId: () => this.caseId,
  });
  readonly #combo = new ComboboxController(this, {
    kind: 'select',
    choices: () => this.#choices,
    listbox: () => this.popup,
    control: () => this.control,
    selectedId: () => this.#case.case?.statusId,
    onChoose: (choice) => this.#choose(choice.id),
  });

  #choices: StatusChoice[] = [];
  /** The required-fields form just opened: its first field takes focus. */
  #focusForm = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caseId') || changed.has('adapter') || changed.has('session')) {
      this.failure = '';
      this.pending = undefined;
      this.required = undefined;
    }
    this.#choices = this.#choicesFor(this.session, this.#case.case);
  }

  protected override updated(): void {
    if (!this.#focusForm) return;
    this.#focusForm = false;
    this.renderRoot.querySelector<HTMLElement>('.required :is(select, input, textarea)')?.focus();
  }

  override render(): TemplateResult {
    const t = this.#locale.t;
    const session = this.session;
    const current = this.#case.case;
    const labelClass = this.hideLabel ? 'visually-hidden' : 'label';
    const labelText = this.label || t('statusPicker.label');
    const label = html`<span id="label" class=${labelClass} part="label">${labelText}</span>`;
    const unavailable = this.#case.renderUnavailable(t, !session);
    if (unavailable || !session || !current) return html`${label}${unavailable}`;
    const shown = this.pending ?? this.#statusOf(current.statusId);
    const decision = can(session, 'changeStatus', current);
    if (!decision.allowed) {
      return html`${label}
        <p class="value">${this.#chip(shown)}</p>
        <p class="reason">${this.#locale.translator.reason(decision.reason)}</p>`;
    }
    const busy = this.pending !== undefined;
    return html`${label}
      <div
        id="control"
        class="control"
        part="control"
        role="combobox"
        tabindex="0"
        aria-labelledby="label"
        aria-haspopup="listbox"
        aria-controls="listbox"
        aria-expanded=${this.#combo.open ? 'true' : 'false'}
        aria-activedescendant=${ifDefined(this.#combo.activeDomId)}
        aria-describedby=${ifDefined(this.failure ? 'message' : undefined)}
        aria-busy=${busy ? 'true' : 'false'}
        aria-disabled=${busy || this.required ? 'true' : 'false'}
        @keydown=${this.#onKeyDown}
        @click=${this.#onClick}
        @focusout=${this.#combo.onFocusOut}
      >
        ${this.#chip(shown)}<span class="arrow" aria-hidden="true">▾</span>
      </div>
      <div class="popup" part="listbox" popover="manual" @pointerdown=${this.#combo.onListboxPointerDown}>
        ${this.#renderListbox(current)}
      </div>
      ${this.required ? this.#renderRequired(this.required) : nothing}
      ${
        this.failure
          ? html`<p id="message" class="message error" part="message" role="alert">${this.failure}</p>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  #renderListbox(current: Case): TemplateResult {
    const t = this.#locale.t;
    const activeId = this.#combo.activeId;
    const only = this.#choices.length <= 1;
    // The keyboard drives the listbox from the combobox (aria-activedescendant); clicks choose.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div id="listbox" role="listbox" aria-labelledby="label" @click=${this.#combo.onOptionClick}>
        ${this.#choices.map(
          (choice) =>
            html`<div
              role="option"
              id=${this.#combo.optionDomId(choice.id)}
              class=${choice.id === activeId ? 'option active' : 'option'}
              aria-selected=${choice.id === current.statusId ? 'true' : 'false'}
              aria-disabled=${choice.disabled ? 'true' : nothing}
            >
              <span class="swatch" data-tone=${choice.status.tone} aria-hidden="true"></span>
              <span>${choice.label}</span>
              ${
                choice.status.closed && !isWord(choice.label, t('statusPicker.closed'))
                  ? html`<span class="option-note">(${t('statusPicker.closed')})</span>`
                  : nothing
              }
              ${choice.reason ? html`<span class="option-note">— ${choice.reason}</span>` : nothing}
            </div>`,
        )}
      </div>
      ${only ? html`<p class="popup-status">${t('statusPicker.noChoice')}</p>` : nothing}`;
  }

  #renderRequired(step: RequiredStep): TemplateResult {
    return renderRequiredFields({
      t: this.#locale.translator,
      statusLabel: localize(step.status.label, this.#locale.lang),
      fields: step.fields,
      values: step.values,
      issues: step.issues,
      busy: this.pending !== undefined,
      onChange: (key, value) => {
        step.values = { ...step.values, [key]: value };
        const { [key]: _fixed, ...rest } = step.issues;
        step.issues = rest;
        this.requestUpdate();
      },
      onSubmit: () => void this.#submitRequired(step),
      onCancel: () => {
        this.required = undefined;
        this.control?.focus();
      },
    });
  }

  #chip(status: Status | undefined): TemplateResult {
    if (!status) return html`<span class="chip" part="chip" data-tone="neutral">—</span>`;
    const label = localize(status.label, this.#locale.lang);
    const word = this.#locale.t('statusPicker.closed');
    const closed =
      status.closed && !isWord(label, word) ? html` <span class="closed">(${word})</span>` : nothing;
    return html`<span class="chip" part="chip" data-tone=${status.tone}>${label}</span>${closed}`;
  }

  #statusOf(id: string): Status | undefined {
    return this.session?.statuses.find((s) => s.id === id);
  }

  /** The current status, then the ones the policy allows, then closed ones refused only for `close`. */
  #choicesFor(session: Session | undefined, current: Case | undefined): StatusChoice[] {
    if (!session || !current) return [];
    const lang = this.#locale.lang;
    const choices: StatusChoice[] = [];
    for (const status of session.statuses) {
      const label = localize(status.label, lang);
      if (status.id === current.statusId) {
        choices.push({ id: status.id, label, status });
        continue;
      }
      const decision = can(session, 'changeStatus', current, status);
      if (decision.allowed) choices.push({ id: status.id, label, status });
      else if (decision.reason?.code === 'cannot-close') {
        const reason = this.#locale.translator.reason(decision.reason);
        choices.push({ id: status.id, label, status, disabled: true, reason });
      }
    }
    return choices;
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (this.pending || this.required) return;
    this.#combo.onKeyDown(event);
  };

  readonly #onClick = (): void => {
    if (this.pending || this.required) return;
    if (this.#combo.open) this.#combo.hide();
    else this.#combo.show();
  };

  #choose(statusId: string): void {
    const session = this.session;
    const current = this.#case.case;
    const status = this.#statusOf(statusId);
    if (!session || !current || !status || statusId === current.statusId) return;
    this.failure = '';
    const needed = validateCaseInput(session.layout, { statusId }, { mode: 'update', current });
    const keys = Object.keys(needed);
    if (keys.length > 0) {
      const fields = session.layout.fields.filter((f) => keys.includes(f.key) && f.access === 'edit');
      if (fields.length < keys.length) {
        // A field this profile cannot fill blocks the status: say which.
        this.failure = `${this.#locale.t('statusPicker.failed')} ${Object.values(needed)
          .map((issue) => this.#locale.translator.issue(issue))
          .join(' ')}`;
        return;
      }
      this.required = { status, fields, values: {}, issues: {} };
      this.#focusForm = true;
      return;
    }
    void this.#send(status);
  }

  async #submitRequired(step: RequiredStep): Promise<void> {
    const session = this.session;
    const current = this.#case.case;
    if (!session || !current || this.pending) return;
    const issues = validateCaseInput(
      session.layout,
      { statusId: step.status.id, fields: step.values },
      { mode: 'update', current },
    );
    if (Object.keys(issues).length > 0) {
      step.issues = issues;
      this.requestUpdate();
      return;
    }
    await this.#send(step.status, step.values);
  }

  async #send(status: Status, fields?: Record<string, FieldValue>): Promise<void> {
    const current = this.#case.case;
    if (!current) return;
    const t = this.#locale.t;
    const request = new StatusChangeEvent({
      caseId: current.id,
      statusId: status.id,
      ...(fields ? { fields } : {}),
    });
    if (!this.dispatchEvent(request)) return;
    const label = localize(status.label, this.#locale.lang);
    this.pending = status;
    this.announcement = t('statusPicker.changing', { status: label });
    const result = await this.#case.mutate(async (adapter, c, signal) => {
      let version = c.version;
      if (fields) version = (await adapter.updateCase(c.id, { fields }, { version, signal })).version;
      return adapter.setCaseStatus(c.id, status.id, { version, signal });
    });
    this.pending = undefined;
    if (result.ok) {
      this.required = undefined;
      this.#case.replace(result.value);
      this.announcement = t('statusPicker.changed', { number: result.value.number, status: label });
      this.dispatchEvent(new CaseStatusChangedEvent({ case: result.value }));
      // The form held focus: give it back to the control it came from.
      if (fields) void this.updateComplete.then(() => this.control?.focus());
      return;
    }
    if (result.aborted) return;
    // Fields saved before a refused status change moved the version on: show the case as it is.
    if (fields) this.#case.reload();
    this.announcement = '';
    this.failure = `${t('statusPicker.failed')} ${failureMessage(this.#locale.translator, result.error)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-status-picker': StatusPicker;
  }
}
