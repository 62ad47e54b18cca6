import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { consume } from '@lit/context';
import type { CaseKitAdapter } from '../../adapters/contract.js';
import { adapterContext } from '../../context/adapter.js';
import { sessionContext } from '../../context/session.js';
import { failureMessage } from '../../i18n/failure-message.js';
import { CaseQueryController } from '../../controllers/case-query.js';
import { ComboboxController, type ComboboxChoice } from '../../controllers/combobox.js';
import { comboboxStyles } from '../../controllers/combobox-styles.js';
import { LocaleController } from '../../controllers/locale.js';
import { CaseTransferredEvent, OwnerChangeEvent } from '../../events/case-actions.js';
import { can, isVisibleTo } from '../../model/policy.js';
import type { Agent, Case, Session } from '../../model/types.js';
import { hostStyles } from '../../styles/host.js';
import { agentGroups, placed, windowed, type AgentGroup } from './agent-groups.js';
import { AgentSearch } from './agent-search.js';
import { styles } from './owner-picker.styles.js';

/** Options painted at first (the listbox shows about eight), and more each time the list scrolls. */
const renderStep = 9;

/**
 * Transfers a case: shows its owner and lets the agent choose a new one among those their profile
 * allows (`rights.transfer`): only themselves (`self`), themselves and their team (`team`), or
 * anybody (`everyone`: "Me", "My team", then "Everyone", searched and paged through the adapter).
 * Without the right it shows the owner as text with the reason.
 *
 * A WAI-ARIA editable combobox with a listbox in the top layer: type to filter, arrows, Home/End,
 * Enter, Escape. A refusal (forbidden, conflict, not found, network) is shown next to the control and
 * the owner shown goes back to the real one; a success is announced, and a transfer that takes the
 * case out of the agent's visibility says so.
 *
 * @tagname ck-owner-picker
 * @summary Owner of one case, and its transfer.
 * @csspart label - The "Owner" label.
 * @csspart control - The box holding the input and its toggle button.
 * @csspart input - The combobox input.
 * @csspart listbox - The popup with the agents (in the top layer).
 * @csspart message - The refusal, or the note after a transfer out of the agent's scope.
 * @cssprop [--ck-owner-picker-inline-size=16rem] - Width of the control.
 * @cssprop [--ck-owner-picker-listbox-inline-size=24rem] - Width of the listbox (at least the control's).
 * @fires {OwnerChangeEvent} ck-owner-change - The agent chose a new owner (cancelable, before the adapter call).
 * @fires {CaseTransferredEvent} ck-case-transferred - The adapter transferred the case.
 */
export class OwnerPicker extends LitElement {
  static override styles = [hostStyles, comboboxStyles, styles];

  /** Id of the case whose owner is shown and changed. */
  @property({ attribute: 'case-id' }) caseId = '';

  /** Keep the "Owner" label for screen readers only (when the host labels the field itself). */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;

  /** The label's text, "Owner" in the agent's language when empty (a form gives its field's label). */
  @property() label = '';

  /** Agents per `searchAgents` page in the "Everyone" group. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** The backend seam, from `ck-provider`. */
  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter?: CaseKitAdapter;

  /** The signed-in agent's session, from `ck-provider`. */
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: Session;

  @query('input') private readonly input?: HTMLInputElement | null;
  @query('.popup') private readonly popup?: HTMLElement | null;

  /** The text typed to search; undefined while the input shows the owner. */
  @state() private search: string | undefined;
  /** The agent a transfer in flight goes to. */
  @state() private pending: Agent | undefined;
  @state() private failure = '';
  /** After a transfer out of the agent's visibility: what to say instead of the picker. */
  @state() private away = '';
  @state() private announcement = '';

  readonly #locale = new LocaleController(this);
  readonly #case = new CaseQueryController(this, {
    adapter: () => this.adapter,
    caseId: () => this.caseId,
  });
  readonly #everyone = new AgentSearch(this, () => this.pageSize);
  readonly #combo = new ComboboxController(this, {
    kind: 'editable',
    choices: () => this.#choices,
    listbox: () => this.popup,
    control: () => this.input,
    selectedId: () => this.#case.case?.ownerId,
    onChoose: (choice) => void this.#choose(choice.id),
    onOpenChange: (open) => {
      if (open) this.#searchEveryone();
      else this.search = undefined;
    },
    onNearEnd: () => {
      if (this.adapter && this.#scope === 'everyone') this.#everyone.more(this.adapter);
    },
    // Thousands of agents, 50 a page: paint the first few, more on scrolling (a listbox these do not
    // fill renders more at once).
    renderStep,
  });

  #groups: AgentGroup[] = [];
  #choices: ComboboxChoice[] = [];
  /** What the last update showed that typing changes (see `shouldUpdate`). */
  #shown: unknown[] = [];

  get #scope(): Session['profile']['rights']['transfer'] {
    return this.session?.profile.rights.transfer ?? 'none';
  }

  /**
   * Renders once the agent search in flight has answered, or after one task: typing then renders the
   * filtered list once per keystroke, not the "searching" state first and the results microtasks later.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#everyone.answeredOrNextTask();
    super.scheduleUpdate();
  }

  /**
   * Typing that changes nothing shown (the same options, active option and status line: most
   * keystrokes late in a word) is not rendered again.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (changed.has('caseId') || changed.has('adapter') || changed.has('session')) {
      this.away = '';
      this.failure = '';
      this.pending = undefined;
      this.#everyone.clear();
    }
    this.#refreshChoices();
    const shows = [
      this.#case.case,
      this.#case.status,
      this.#locale.translator,
      this.#combo.open,
      this.#combo.activeId,
      this.#combo.renderedCount,
      this.#everyone.error ?? this.#everyone.loading,
      this.#choices.map((c) => c.id).join(),
      // The search shows in the input (the owner's name when undefined) and, with no match, in the status.
      this.search === undefined ? 0 : this.#choices.length ? !this.search : this.search,
    ];
    const last = this.#shown;
    this.#shown = shows;
    // Rendered unless only the search typed changed, and none of what it shows.
    return (
      changed.size > +(changed as PropertyValues).has('search') || shows.some((value, i) => value !== last[i])
    );
  }

  #refreshChoices(): void {
    const session = this.session;
    const translator = this.#locale.translator;
    const me = session?.agent.id;
    this.#groups = session ? agentGroups(session, this.#scope, this.search ?? '', this.#everyone.items) : [];
    this.#choices = this.#groups.flatMap((g) =>
      g.agents.map((a) => ({
        id: a.id,
        label: a.id === me ? translator.t('ownerPicker.meOption', { name: a.name }) : a.name,
      })),
    );
    // Results that arrived (or a filter) may have removed the active choice.
    if (this.#combo.open && !this.#choices.some((c) => c.id === this.#combo.activeId)) {
      this.#combo.choicesChanged();
    }
  }

  override render(): TemplateResult {
    const t = this.#locale.t;
    const session = this.session;
    const current = this.#case.case;
    const labelClass = this.hideLabel ? 'visually-hidden' : 'label';
    const labelText = this.label || t('ownerPicker.label');
    const label = html`<span id="label" class=${labelClass} part="label">${labelText}</span>`;
    const live = html`<div class="visually-hidden" role="status">${this.announcement}</div>`;
    if (this.away) {
      return html`${label}
        <p class="value">${this.pending?.name ?? current?.ownerName}</p>
        <p class="message info" part="message">${this.away}</p>
        ${live}`;
    }
    const unavailable = this.#case.renderUnavailable(t, !session);
    if (unavailable || !session || !current) return html`${label}${unavailable}`;
    const decision = can(session, 'transfer', current);
    if (!decision.allowed) {
      return html`${label}
        <p class="value">${current.ownerName}</p>
        <p id="reason" class="reason">${this.#locale.translator.reason(decision.reason)}</p>`;
    }
    return html`<label for="control" id="label" class=${labelClass} part="label">${labelText}</label>
      ${this.#renderControl(current, labelText)}
      <div class="popup" part="listbox" popover="manual" @pointerdown=${this.#combo.onListboxPointerDown}>
        ${this.#renderListbox()}
      </div>
      ${
        this.failure
          ? html`<p id="message" class="message error" part="message" role="alert">${this.failure}</p>`
          : nothing
      }
      ${live}`;
  }

  #renderControl(current: Case, labelText: string): TemplateResult {
    const busy = this.pending !== undefined;
    const shown = this.search ?? this.pending?.name ?? current.ownerName;
    // A placeholder only while the input is empty: Chromium restyles it on every edit, shown or not.
    return html`<div class="control" part="control" @focusout=${this.#combo.onFocusOut}>
      <input
        id="control"
        part="input"
        type="text"
        role="combobox"
        aria-labelledby="label"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${this.#combo.open ? 'true' : 'false'}
        aria-activedescendant=${ifDefined(this.#combo.activeDomId)}
        aria-describedby=${ifDefined(this.failure ? 'message' : undefined)}
        aria-busy=${busy ? 'true' : 'false'}
        placeholder=${ifDefined(shown ? undefined : this.#locale.t('ownerPicker.placeholder'))}
        ?readonly=${busy}
        .value=${live(shown)}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
        @click=${this.#onClick}
        @focus=${this.#onFocus}
      />
      <button
        class="toggle"
        type="button"
        tabindex="-1"
        aria-label=${labelText}
        aria-controls="listbox"
        aria-expanded=${this.#combo.open ? 'true' : 'false'}
        ?disabled=${busy}
        @click=${this.#onToggle}
      >
        <span aria-hidden="true">▾</span>
      </button>
    </div>`;
  }

  #renderListbox(): unknown {
    const t = this.#locale.t;
    const ownerId = this.#case.case?.ownerId;
    const activeId = this.#combo.activeId;
    const session = this.session;
    const me = session?.agent.id;
    // "Everyone", once shown, paints a first window of its own: as a search narrows, "Me" and "My
    // team" lose options and it keeps the ones it has.
    const shown = windowed(this.#groups, this.#combo.renderedCount, renderStep);
    const grouped = this.#scope === 'everyone' || this.#groups.filter((g) => g.agents.length > 0).length > 1;
    const everyone = this.#everyone;
    const statusText = everyone.loading
      ? t(everyone.items.length ? 'ownerPicker.more' : 'ownerPicker.searching')
      : everyone.error
        ? t('ownerPicker.searchError')
        : this.#choices.length === 0
          ? t('ownerPicker.noMatch', { search: this.search ?? '' })
          : '';
    // One template per option, no nested one for the e-mail (empty when there is none: hidden).
    const option = (agent: Agent) =>
      html`<div
        role="option"
        id=${this.#combo.optionDomId(agent.id)}
        class=${agent.id === activeId ? 'option active' : 'option'}
        aria-selected=${agent.id === ownerId ? 'true' : 'false'}
      >
        <span>${agent.id === me ? t('ownerPicker.meOption', { name: agent.name }) : agent.name}</span>
        <span class="option-note">${agent.email ?? ''}</span>
      </div>`;
    // A group's options are left as they are while its agents, the active option, the owner and the
    // language stay: most keystrokes late in a word, and a narrowed search emptying the groups above.
    const common = [this.#locale.translator, session, ownerId, activeId];
    const options = (agents: readonly Agent[] = []) =>
      guard([...common, ...agents], () => agents.map(option));
    // The keyboard drives the listbox from the combobox input (aria-activedescendant); clicks choose.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
        id="listbox"
        role="listbox"
        aria-labelledby="label"
        @click=${this.#combo.onOptionClick}
        @scroll=${this.#combo.onListboxScroll}
      >
        ${
          grouped
            ? placed(shown, this.#groups.length).map((group) => {
                const labelId = group && `group-${group.key}`;
                const label = group ? t(`ownerPicker.${group.key}`) : '';
                return html`<div role="group" aria-labelledby=${ifDefined(labelId)} ?hidden=${!group}>
                  <div class="group-label" id=${ifDefined(labelId)} role="presentation">${label}</div>
                  ${options(group?.agents)}
                </div>`;
              })
            : shown.map(({ agents }) => options(agents))
        }
      </div>
      ${statusText ? html`<p class="popup-status">${statusText}</p>` : nothing}`;
  }

  #searchEveryone(): void {
    if (this.adapter && this.#scope === 'everyone')
      this.#everyone.search(this.adapter, this.search?.trim() ?? '');
  }

  readonly #onInput = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
    this.failure = '';
    this.#searchEveryone();
    if (!this.#combo.open) this.#combo.show();
    // Filter first, then put the first match active (rendered by the update the new search asked for).
    this.#refreshChoices();
    this.#combo.choicesChanged(true);
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !this.#combo.open && this.search !== undefined) {
      event.preventDefault();
      this.search = undefined;
      return;
    }
    this.#combo.onKeyDown(event);
  };

  /** Typing replaces the owner's name shown (the search starts from an empty text). */
  readonly #onFocus = (): void => {
    if (this.search === undefined) this.input?.select();
  };

  readonly #onClick = (): void => {
    if (!this.#combo.open && this.pending === undefined) this.#combo.show();
  };

  readonly #onToggle = (): void => {
    if (this.#combo.open) this.#combo.hide();
    else this.#combo.show();
    this.input?.focus();
  };

  async #choose(ownerId: string): Promise<void> {
    const session = this.session;
    const current = this.#case.case;
    const agent = this.#groups.flatMap((g) => g.agents).find((a) => a.id === ownerId);
    this.search = undefined;
    if (!session || !current || !agent || ownerId === current.ownerId) return;
    const t = this.#locale.t;
    const decision = can(session, 'transfer', current, agent);
    if (!decision.allowed) {
      this.failure = this.#locale.translator.reason(decision.reason);
      return;
    }
    if (!this.dispatchEvent(new OwnerChangeEvent({ caseId: current.id, ownerId }))) return;
    this.failure = '';
    this.pending = agent;
    this.announcement = t('ownerPicker.transferring', { name: agent.name });
    const result = await this.#case.mutate((adapter, c, signal) =>
      adapter.transferCase(c.id, ownerId, { version: c.version, signal }),
    );
    if (result.ok) {
      const visible = isVisibleTo(session, result.value.ownerId);
      const params = { number: result.value.number, name: result.value.ownerName || agent.name };
      this.#case.replace(result.value);
      if (!visible) this.away = t('ownerPicker.transferredAway', params);
      this.announcement = t(visible ? 'ownerPicker.transferred' : 'ownerPicker.transferredAway', params);
      this.pending = visible ? undefined : agent;
      this.dispatchEvent(new CaseTransferredEvent({ case: result.value, visible }));
      return;
    }
    this.pending = undefined;
    if (result.aborted) return;
    this.failure = `${t('ownerPicker.failed')} ${failureMessage(this.#locale.translator, result.error)}`;
    this.announcement = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-owner-picker': OwnerPicker;
  }
}
