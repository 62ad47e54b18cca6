import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import type { CaseKitAdapter } from '../../adapters/contract.js';
import { adapterContext } from '../../context/adapter.js';
import { sessionContext } from '../../context/session.js';
import { failureMessage } from '../../i18n/failure-message.js';
import { CaseQueryController } from '../../controllers/case-query.js';
import { LocaleController } from '../../controllers/locale.js';
import { whenIdle } from '../../controllers/idle.js';
import { CaseDeleteEvent, CaseDeletedEvent } from '../../events/case-actions.js';
import { can } from '../../model/policy.js';
import type { Case, Session } from '../../model/types.js';
import { hostStyles } from '../../styles/host.js';
import { styles } from './delete-case.styles.js';

const focusable = 'button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Deletes one case, for agents whose profile has the delete right: a button that opens a modal
 * confirmation (`<dialog>` in the top layer) saying that it cannot be undone and what goes with the
 * case (its number and title, the linked interactions that will be unlinked, its CRM card link).
 * Focus goes to the least destructive button, stays in the dialog, and returns to the button after.
 * With `confirm-by-number` the agent types the case number to enable the deletion. The deletion is
 * conditional on the case version; a refusal is shown in the dialog.
 *
 * Without the right the element renders nothing, or, with `show-denied`, a disabled button with the
 * reason as text.
 *
 * @tagname ck-delete-case
 * @summary Delete one case, after a confirmation.
 * @csspart button - The "Delete" button that opens the dialog.
 * @csspart dialog - The confirmation dialog.
 * @csspart confirm - The button in the dialog that deletes.
 * @csspart cancel - The button in the dialog that keeps the case.
 * @csspart message - A refusal (in the dialog), or the reason the action is denied.
 * @cssprop [--ck-delete-case-dialog-inline-size=28rem] - Width of the dialog.
 * @fires {CaseDeleteEvent} ck-case-delete - The agent confirmed (cancelable, before the adapter call).
 * @fires {CaseDeletedEvent} ck-case-deleted - The adapter deleted the case.
 */
export class DeleteCase extends LitElement {
  static override styles = [hostStyles, styles];

  /** Id of the case to delete. */
  @property({ attribute: 'case-id' }) caseId = '';

  /** Ask the agent to type the case number before the deletion is enabled. */
  @property({ type: Boolean, attribute: 'confirm-by-number' }) confirmByNumber = false;

  /** Without the delete right, show a disabled button with the reason instead of nothing. */
  @property({ type: Boolean, attribute: 'show-denied' }) showDenied = false;

  /** The backend seam, from `ck-provider`. */
  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter?: CaseKitAdapter;

  /** The signed-in agent's session, from `ck-provider`. */
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: Session;

  @query('dialog') private readonly dialog?: HTMLDialogElement | null;
  @query('.opener') private readonly opener?: HTMLButtonElement | null;
  @query('.cancel') private readonly cancelButton?: HTMLButtonElement | null;

  @state() private typed = '';
  @state() private failure = '';
  @state() private deleting = false;
  /** The case number once deleted. */
  @state() private deleted = '';

  readonly #locale = new LocaleController(this);
  readonly #case = new CaseQueryController(this, {
    adapter: () => this.adapter,
    caseId: () => this.caseId,
  });
  /** The case as the dialog shows it (kept while a deletion answers). */
  #shown: Case | undefined;

  /** Whether the dialog was laid out once ahead of its first opening (see `#warmUp`). */
  #warm = false;

  protected override updated(): void {
    if (this.#warm || !this.#shown) return;
    this.#warm = true;
    whenIdle(this.#warmUp);
  }

  /**
   * Lays the closed dialog out once, invisibly, in an idle moment: the first opening of a dialog
   * otherwise pays the fonts of its title and text (loading, shaping) — most of its cost — on the click.
   */
  readonly #warmUp = (): void => {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    dialog.classList.add('warm-up');
    dialog.getBoundingClientRect();
    dialog.classList.remove('warm-up');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caseId') || changed.has('adapter')) {
      this.deleted = '';
      this.failure = '';
      this.#shown = undefined;
    }
  }

  /** Opens the confirmation (what the button does). */
  show(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open || !this.#case.case || this.deleted) return;
    this.typed = '';
    this.failure = '';
    dialog.showModal();
    this.cancelButton?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.#locale.t;
    const session = this.session;
    if (!session) return nothing;
    const current = this.#case.case;
    if (current && !this.deleting) this.#shown = current;
    const decision = can(session, 'delete', current);
    if (!decision.allowed) {
      if (!this.showDenied) return nothing;
      return html`<button
          class="button danger opener"
          part="button"
          type="button"
          aria-disabled="true"
          aria-describedby="reason"
        >
          ${t('deleteCase.button')}
        </button>
        <p id="reason" class="reason" part="message">${this.#locale.translator.reason(decision.reason)}</p>`;
    }
    const unavailable = !current || this.deleted !== '' || this.#case.status !== 'ready';
    return html`<button
        class="button danger opener"
        part="button"
        type="button"
        aria-haspopup="dialog"
        aria-disabled=${unavailable ? 'true' : 'false'}
        @click=${this.show}
      >
        ${t('deleteCase.button')}
      </button>
      ${
        this.deleted
          ? html`<p class="message info" role="status">
              ${t('deleteCase.deleted', { number: this.deleted })}
            </p>`
          : nothing
      }
      ${
        this.#case.status === 'gone' && !this.deleted
          ? html`<p class="message error" part="message">${t('caseActions.gone')}</p>`
          : nothing
      }
      ${this.#shown ? this.#renderDialog(this.#shown) : nothing}`;
  }

  #renderDialog(c: Case): TemplateResult {
    const t = this.#locale.t;
    const matches = !this.confirmByNumber || this.typed.trim().toUpperCase() === c.number.toUpperCase();
    const blocked = !matches || this.deleting || this.#case.status === 'gone';
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="irreversible"
      @keydown=${this.#trapFocus}
      @cancel=${this.#onCancel}
      @close=${this.#onClose}
    >
      <h2 id="title">${t('deleteCase.title', { number: c.number })}</h2>
      <p id="irreversible" class="warning">${t('deleteCase.irreversible')}</p>
      <ul class="consequences">
        <li><strong>${c.number}</strong> — ${c.title}</li>
        <li>
          ${
            c.interactionCount > 0
              ? t('deleteCase.interactions', { count: c.interactionCount })
              : t('deleteCase.noInteractions')
          }
        </li>
        ${c.crmCard ? html`<li>${t('deleteCase.crmCard', { name: c.crmCard.name })}</li>` : nothing}
      </ul>
      ${
        this.confirmByNumber
          ? html`<label class="confirm-label" for="confirm-number">
                ${t('deleteCase.confirmLabel', { number: c.number })}
              </label>
              <input
                id="confirm-number"
                class="input"
                type="text"
                autocomplete="off"
                spellcheck="false"
                .value=${live(this.typed)}
                @input=${(event: Event) => (this.typed = (event.target as HTMLInputElement).value)}
              />`
          : nothing
      }
      ${
        this.failure
          ? html`<p class="message error" part="message" role="alert">${this.failure}</p>`
          : nothing
      }
      <div class="actions">
        <button class="button cancel" part="cancel" type="button" @click=${this.#close}>
          ${this.#case.status === 'gone' ? t('action.close') : t('action.cancel')}
        </button>
        <button
          class="button danger confirm"
          part="confirm"
          type="button"
          aria-disabled=${blocked ? 'true' : 'false'}
          aria-busy=${this.deleting ? 'true' : 'false'}
          @click=${this.#confirm}
        >
          ${this.deleting ? t('deleteCase.deleting') : t('deleteCase.confirm')}
        </button>
      </div>
    </dialog>`;
  }

  readonly #close = (): void => {
    if (!this.deleting) this.dialog?.close();
  };

  readonly #onCancel = (event: Event): void => {
    // Escape while the deletion is answering would leave the agent unsure whether it happened.
    if (this.deleting) event.preventDefault();
  };

  readonly #onClose = (): void => {
    this.typed = '';
    this.failure = '';
    this.opener?.focus();
  };

  /** Tab and Shift+Tab cycle inside the dialog (the page behind is inert, the browser's chrome is not). */
  readonly #trapFocus = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || !this.dialog) return;
    const items = [...this.dialog.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items.at(-1);
    const active = this.shadowRoot?.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  readonly #confirm = async (): Promise<void> => {
    const c = this.#shown;
    const matches = !this.confirmByNumber || this.typed.trim().toUpperCase() === c?.number.toUpperCase();
    if (!c || !matches || this.deleting || this.#case.status === 'gone') return;
    if (!this.dispatchEvent(new CaseDeleteEvent({ caseId: c.id }))) {
      this.dialog?.close();
      return;
    }
    this.failure = '';
    this.deleting = true;
    const result = await this.#case.mutate((adapter, current, signal) =>
      adapter.deleteCase(current.id, { version: current.version, signal }),
    );
    this.deleting = false;
    if (result.ok) {
      this.deleted = c.number;
      this.#case.markGone();
      this.dialog?.close();
      this.dispatchEvent(new CaseDeletedEvent({ caseId: c.id }));
      return;
    }
    if (result.aborted) return;
    this.failure = `${this.#locale.t('deleteCase.failed')} ${failureMessage(this.#locale.translator, result.error)}`;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-delete-case': DeleteCase;
  }
}
