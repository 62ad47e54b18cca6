import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translator } from '../../i18n/strings.js';

const funnelIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M1.5 2h13l-5 6v5l-3 1.5V8l-5-6Z"/></svg>`;

export interface ToolbarProps {
  readonly t: Translator;
  /** "My team's cases", "Cases of Acme Ltd"…: also the grid's name. */
  readonly scope: string;
  readonly search: string;
  readonly filterCount: number;
  /** False until the session is there. */
  readonly ready: boolean;
  readonly canCreate: boolean;
  readonly onSearchInput: (event: Event) => void;
  readonly onCreate: () => void;
}

/** The scope, the search bar, the funnel (it opens the `#filters` popover) and "New case". */
export function renderToolbar(props: ToolbarProps): TemplateResult {
  const { t, filterCount: count } = props;
  return html`<div class="toolbar" part="toolbar">
    <span class="scope" id="scope">${props.scope}</span>
    <input
      class="search input"
      part="search"
      type="search"
      aria-label=${t.t('caseList.search.label')}
      placeholder=${t.t('caseList.search.placeholder')}
      .value=${live(props.search)}
      ?disabled=${!props.ready}
      @input=${props.onSearchInput}
    />
    <button
      class="button funnel"
      part="funnel"
      type="button"
      popovertarget="filters"
      ?disabled=${!props.ready}
    >
      ${funnelIcon}<span>${t.t('caseList.filters.button')}</span>${
        count
          ? html` <span class="badge">${count}</span
              ><span class="visually-hidden"> ${t.t('caseList.filters.active', { count })}</span>`
          : nothing
      }
    </button>
    ${
      props.canCreate
        ? html`<button class="button primary" part="create" type="button" @click=${props.onCreate}>
            ${t.t('caseList.create')}
          </button>`
        : nothing
    }
  </div>`;
}
