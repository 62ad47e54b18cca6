import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Translator } from '../../i18n/strings.js';
import type { CaseFilter, Session } from '../../model/types.js';
import { renderFilterPanel } from './filter-panel.js';

export interface FilterPopoverOptions {
  readonly root: () => ShadowRoot | null;
  readonly onChange: (filters: CaseFilter[]) => void;
}

/**
 * The funnel's filter panel: a popover in the top layer (`#filters`, the funnel's `popovertarget`).
 * Its controls are made when the agent first opens it, and rendered again only when they change;
 * focus goes into it on open, and back to the funnel on Escape or when it closes with focus inside.
 */
export class FilterPopoverController {
  readonly #host: ReactiveControllerHost;
  readonly #options: FilterPopoverOptions;
  #used = false;

  constructor(host: ReactiveControllerHost, options: FilterPopoverOptions) {
    this.#host = host;
    this.#options = options;
  }

  render(props: {
    filters: readonly CaseFilter[];
    session: Session;
    t: Translator;
    crmCardScoped: boolean;
  }): TemplateResult {
    const { filters, session, t, crmCardScoped } = props;
    return html`<div
      id="filters"
      class="filter-panel"
      part="filter-panel"
      popover
      role="dialog"
      aria-labelledby="filters-title"
      @beforetoggle=${this.#onBeforeToggle}
      @toggle=${this.#onToggle}
      @keydown=${this.#onKeydown}
    >
      ${
        this.#used
          ? guard([filters, session, t, t.lang, crmCardScoped], () =>
              renderFilterPanel({
                filters,
                session,
                t,
                crmCardScoped,
                onChange: this.#options.onChange,
                onClose: () => this.#panel()?.hidePopover(),
              }),
            )
          : nothing
      }
    </div>`;
  }

  #panel(): HTMLElement | null | undefined {
    return this.#options.root()?.querySelector<HTMLElement>('.filter-panel');
  }

  #funnel(): HTMLElement | null | undefined {
    return this.#options.root()?.querySelector<HTMLElement>('.funnel');
  }

  readonly #onBeforeToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState !== 'open' || this.#used) return;
    this.#used = true;
    this.#host.requestUpdate();
  };

  readonly #onToggle = (event: Event): void => {
    const panel = this.#panel();
    if ((event as ToggleEvent).newState === 'open') {
      panel?.querySelector<HTMLElement>('button, input, select')?.focus();
      return;
    }
    const active = this.#options.root()?.activeElement;
    if (!active || panel?.contains(active)) this.#funnel()?.focus();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    // Escape closes the panel (light dismiss does it too); focus goes back to the funnel.
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#panel()?.hidePopover();
      this.#funnel()?.focus();
    }
  };
}
