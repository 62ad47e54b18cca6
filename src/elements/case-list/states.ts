import { html, type TemplateResult } from 'lit';
import { isCaseKitError } from '../../adapters/errors.js';
import type { Translator } from '../../i18n/strings.js';

export interface StateProps {
  readonly t: Translator;
  /** The load error, when the list could not load. */
  readonly error: unknown;
  readonly failed: boolean;
  /** The agent searched or filtered: "no case matches" rather than "no cases yet". */
  readonly filtered: boolean;
  readonly onRetry: () => void;
  readonly onClearAll: () => void;
}

/** What the list says instead of rows: forbidden, error (with retry), no match (with clear), empty. */
export function renderState(props: StateProps): TemplateResult {
  const { t, error } = props;
  if (props.failed) {
    if (isCaseKitError(error, 'forbidden')) {
      return html`<div class="state error" part="state"><p>${t.t('caseList.forbidden')}</p></div>`;
    }
    const detail = isCaseKitError(error) ? t.t(`error.${error.code}`) : t.t('error.unknown');
    return html`<div class="state error" part="state" role="alert">
      <p>${t.t('caseList.error')} ${detail}</p>
      <button class="button" type="button" @click=${props.onRetry}>${t.t('action.retry')}</button>
    </div>`;
  }
  if (props.filtered) {
    return html`<div class="state" part="state">
      <p>${t.t('caseList.noMatch')}</p>
      <button class="button" type="button" @click=${props.onClearAll}>${t.t('caseList.clearAll')}</button>
    </div>`;
  }
  return html`<div class="state" part="state"><p>${t.t('caseList.empty')}</p></div>`;
}
