import { html, nothing, type TemplateResult } from 'lit';
import type { LayoutError } from '../../model/layout.js';
import type { Translator } from '../../i18n/strings.js';
import type { CrmCard, InteractionListItem, Reason } from '../../model/types.js';
import { valueFormats } from './fields.js';

/** The states and messages around the form's fields. */

export function renderLoading(t: Translator, text: string): TemplateResult {
  return html`<p class="notice" role="status" aria-busy="true">${text || t.t('state.loading')}</p>`;
}

/** A layout the parser refused: what is wrong, path by path, never a blank form. */
export function renderLayoutError(t: Translator, error: LayoutError): TemplateResult {
  return html`<div class="notice summary" part="layout-error" data-tone="danger" role="alert">
    <p><strong>${t.t('caseForm.layoutError')}</strong></p>
    <ul>
      ${error.problems.map(
        (problem) => html`<li><code>${problem.path || '(root)'}</code>: ${problem.message}</li>`,
      )}
    </ul>
  </div>`;
}

/** The case could not be loaded (not found, forbidden, network…), with a way to try again. */
export function renderLoadError(t: Translator, message: string, onRetry: () => void): TemplateResult {
  return html`<div class="notice" data-tone="danger" role="alert">
    <p><strong>${t.t('caseForm.loadError')}</strong> ${message}</p>
    <button class="button" type="button" @click=${onRetry}>${t.t('action.retry')}</button>
  </div>`;
}

export function renderDraftNotice(
  t: Translator,
  kind: 'restored' | 'pending',
  savedAt: number,
  actions: { onDiscard: () => void; onResume?: (() => void) | undefined },
): TemplateResult {
  const time = valueFormats(t.lang).dateTime.format(new Date(savedAt));
  return html`<div class="notice" part="draft-notice" data-tone="info" role="status">
    <p>${t.t(kind === 'restored' ? 'caseForm.draft.restored' : 'caseForm.draft.pending', { time })}</p>
    <div class="actions">
      ${
        actions.onResume
          ? html`<button class="button" type="button" data-action="resume" @click=${actions.onResume}>
              ${t.t('caseForm.draft.resume')}
            </button>`
          : nothing
      }
      <button class="button" type="button" data-action="discard-draft" @click=${actions.onDiscard}>
        ${t.t('caseForm.draft.discard')}
      </button>
    </div>
  </div>`;
}

export function renderForbidden(
  t: Translator,
  creating: boolean,
  reason: Reason | undefined,
): TemplateResult {
  return html`<div class="notice" part="forbidden" data-tone="warning" role="status">
    <p>
      <strong>${t.t(creating ? 'caseForm.forbidden.create' : 'caseForm.forbidden.edit')}</strong>
      ${t.reason(reason)}
    </p>
  </div>`;
}

export function renderSaveError(t: Translator, message: string, onRetry: () => void): TemplateResult {
  return html`<div class="notice" part="save-error" data-tone="danger" role="alert">
    <p>${message}</p>
    <button class="button" type="button" data-action="retry" @click=${onRetry}>${t.t('action.retry')}</button>
  </div>`;
}

/** The interaction a create starts from (during or after a call), shown as context. */
export function renderInteractionContext(
  t: Translator,
  interaction: InteractionListItem | undefined,
  card: CrmCard | undefined,
  failed: boolean,
): TemplateResult | typeof nothing {
  if (failed) {
    return html`<div class="notice" data-tone="warning" role="status">
      <p>${t.t('caseForm.presetFailed')}</p>
    </div>`;
  }
  if (!interaction) return nothing;
  const formats = valueFormats(t.lang);
  return html`<section class="context" part="context" aria-labelledby="context-title">
    <p id="context-title"><strong>${t.t('caseForm.interaction')}</strong></p>
    <dl>
      <dt>${t.t(`caseForm.channel.${interaction.channel}`)}</dt>
      <dd>
        ${interaction.contact} ·
        ${formats.dateTime.format(new Date(interaction.startedAt))}${card ? ` · ${card.name}` : ''}
      </dd>
    </dl>
    ${interaction.summary ? html`<p>${interaction.summary}</p>` : nothing}
    ${
      interaction.case
        ? html`<p data-tone="warning">
            ${t.t('caseForm.interaction.linked', { number: interaction.case.number })}
          </p>`
        : nothing
    }
  </section>`;
}
