import type { CaseKitAdapter, CaseKitChange } from '../../adapters/contract.js';
import { isAbortError } from '../../adapters/errors.js';
import type { Case, CrmCard, InteractionListItem } from '../../model/types.js';
import type { CaseForm } from './case-form.js';

/**
 * The records `ck-case-form` shows besides its values: the case (edit and view) and the create
 * presets' interaction and CRM card. Each load aborts the previous one and never lands stale; an
 * announced change to the case reloads it when the agent is not changing it (`quiet()`), else the
 * agent finds out on save (a conflict).
 */
export class FormRecords {
  readonly #host: CaseForm;
  readonly #quiet: () => boolean;
  readonly #describe: (error: unknown) => string;
  readonly #onLoadFailed: () => void;

  /** The case shown, as last loaded or saved (or their version after a conflict). */
  caseRecord: Case | undefined;
  /** Why the case could not be loaded (text for the agent). */
  loadError: string | undefined;
  interaction: InteractionListItem | undefined;
  crmCard: CrmCard | undefined;
  presetFailed = false;

  #caseKey: string | undefined;
  // A new form has loaded the presets of none: one without presets has nothing to fetch.
  #presetKey: string | undefined = '|';
  #load: AbortController | undefined;
  #presets: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #subscribedTo: CaseKitAdapter | undefined;

  /**
   * @param quiet Whether the form may take fresh values now (not dirty, not saving).
   * @param describe Turns a failure into text for the agent.
   * @param onLoadFailed The case could not be loaded (the form stops showing it).
   */
  constructor(
    host: CaseForm,
    options: { quiet: () => boolean; describe: (error: unknown) => string; onLoadFailed: () => void },
  ) {
    this.#host = host;
    this.#quiet = options.quiet;
    this.#describe = options.describe;
    this.#onLoadFailed = options.onLoadFailed;
  }

  /** Reconnected: load again (the adapter may have changed while the form was away). */
  connect(): void {
    this.#caseKey = undefined;
    this.#presetKey = undefined;
  }

  disconnect(): void {
    this.#load?.abort();
    this.#presets?.abort();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }

  /** Called on each host update: follows the adapter, then loads what the mode needs if it changed. */
  sync(loadNow: boolean): void {
    const host = this.#host;
    this.#subscribe(host.adapter);
    if (!loadNow || !host.adapter) return;
    if (host.mode !== 'create' && `${host.caseId}` !== this.#caseKey) this.#fetchCase();
    if (host.mode === 'create' && this.#presetsKey() !== this.#presetKey) this.#fetchPresets();
  }

  /** Loads the case again (Try again after a failed load, or a change announced by the adapter). */
  reload(): void {
    this.#caseKey = undefined;
    this.#host.requestUpdate();
  }

  #presetsKey(): string {
    return `${this.#host.interactionId ?? ''}|${this.#host.crmCardId ?? ''}`;
  }

  #fetchCase(): void {
    const adapter = this.#host.adapter;
    const id = this.#host.caseId;
    this.#load?.abort();
    this.#caseKey = `${id}`;
    this.loadError = undefined;
    if (!adapter || !id) return;
    const request = new AbortController();
    this.#load = request;
    adapter.getCase(id, { signal: request.signal }).then(
      (record) => {
        if (request.signal.aborted) return;
        this.caseRecord = record;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (request.signal.aborted || isAbortError(error)) return;
        this.caseRecord = undefined;
        this.loadError = this.#describe(error);
        this.#onLoadFailed();
        this.#host.requestUpdate();
      },
    );
  }

  #fetchPresets(): void {
    const { adapter, interactionId, crmCardId } = this.#host;
    this.#presets?.abort();
    this.#presetKey = this.#presetsKey();
    this.interaction = undefined;
    this.crmCard = undefined;
    this.presetFailed = false;
    if (!adapter || (!interactionId && !crmCardId)) return;
    const request = new AbortController();
    this.#presets = request;
    const { signal } = request;
    const load = async () => {
      const interaction = interactionId ? await adapter.getInteraction(interactionId, { signal }) : undefined;
      const cardId = crmCardId ?? interaction?.crmCardId;
      const card = cardId ? await adapter.getCrmCard(cardId, { signal }) : undefined;
      return { interaction, card };
    };
    load().then(
      ({ interaction, card }) => {
        if (signal.aborted) return;
        this.interaction = interaction;
        this.crmCard = card;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (signal.aborted || isAbortError(error)) return;
        this.presetFailed = true;
        this.#host.requestUpdate();
      },
    );
  }

  #subscribe(adapter: CaseKitAdapter | undefined): void {
    if (adapter === this.#subscribedTo || !this.#host.isConnected) return;
    this.#unsubscribe?.();
    this.#subscribedTo = adapter;
    this.#unsubscribe = adapter?.subscribe(this.#onChange);
  }

  readonly #onChange = (change: CaseKitChange): void => {
    const record = this.caseRecord;
    if (!record || change.caseId !== record.id || this.#host.mode === 'create') return;
    if (change.version !== undefined && change.version === record.version) return;
    if (this.#quiet()) this.reload();
  };
}
