import { nothing, html, type TemplateResult } from 'lit';
import type { FieldIssue } from '../../adapters/errors.js';
import { localize } from '../../i18n/format.js';
import type { Translator } from '../../i18n/strings.js';
import { fieldDefinition, isSystemField } from '../../model/layout.js';
import { controlId, issueText } from './fields.js';
import type { FormView } from './form-view.js';

/** One entry of the error summary: a field (a button that focuses it) or a problem without a field. */
export interface SummaryEntry {
  readonly key: string;
  readonly label: string;
  readonly message: string;
  /** Whether the field is on screen (else the entry is text only). */
  readonly focusable: boolean;
}

export function renderSummary(
  t: Translator,
  entries: readonly SummaryEntry[],
  onFocus: (key: string) => void,
): TemplateResult {
  return html`<div class="summary" part="error-summary" data-tone="danger" role="alert" tabindex="-1">
    <p><strong>${t.t('caseForm.summary', { count: entries.length })}</strong></p>
    <ul>
      ${entries.map((entry) =>
        entry.focusable
          ? html`<li>
              <button
                class="link"
                type="button"
                aria-controls=${controlId(entry.key)}
                @click=${() => onFocus(entry.key)}
              >
                ${entry.label}: ${entry.message}
              </button>
            </li>`
          : html`<li>${entry.label}: ${entry.message}</li>`,
      )}
    </ul>
  </div>`;
}

/** The error summary after a failed save: each problem, a button to its field when it is on screen. */
export function summaryOf(view: FormView, issues: Readonly<Record<string, FieldIssue>>) {
  const { t, layout, host, editing } = view;
  const entries: SummaryEntry[] = Object.entries(issues).map(([key, issue]) => {
    const definition = fieldDefinition(layout, key);
    const label = definition
      ? localize(definition.label, t.lang)
      : isSystemField(key)
        ? t.t(`field.${key}` as 'field.title')
        : key;
    const focusable = host.renderRoot.querySelector(`#${CSS.escape(controlId(key))}`) !== null;
    return { key, label, message: issueText(t, issue, definition), focusable };
  });
  if (entries.length === 0) return nothing;
  return renderSummary(t, entries, (key) => editing.focusField(key));
}
