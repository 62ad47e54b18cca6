import { html, type TemplateResult } from 'lit';
import { localize } from '../../i18n/format.js';
import type { Translator } from '../../i18n/strings.js';
import { fieldDefinition, sameFieldValue } from '../../model/layout.js';
import { formatValue } from './fields.js';
import type { FormView } from './form-view.js';

/** One field that someone else changed while the agent was editing. */
export interface ConflictRow {
  readonly key: string;
  readonly label: string;
  /** Their value, as text. */
  readonly theirs: string;
  /** The agent's current value, as text. */
  readonly yours: string;
  /** Whether the agent's value differs from theirs (else nothing to choose). */
  readonly differs: boolean;
}

export interface ConflictView {
  readonly t: Translator;
  readonly rows: readonly ConflictRow[];
  readonly busy: boolean;
  onKeepTheirs(key: string): void;
  onKeepAllTheirs(): void;
  onReapply(): void;
}

/**
 * The conflict panel: their version and the agent's side by side for each field changed meanwhile,
 * with "keep theirs" per field, "keep all theirs", and "save mine on the latest version". The form
 * has already loaded their version under the agent's edits, so nothing is overwritten silently.
 */
export function renderConflict(view: ConflictView): TemplateResult {
  const { t } = view;
  return html`<section
    class="conflict"
    part="conflict"
    data-tone="warning"
    aria-labelledby="conflict-title"
    tabindex="-1"
  >
    <h3 id="conflict-title">${t.t('caseForm.conflict.title')}</h3>
    <p>${t.t('caseForm.conflict.intro')}</p>
    ${
      view.rows.length === 0
        ? html`<p>${t.t('caseForm.conflict.none')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${t.t('caseForm.conflict.field')}</th>
                <th scope="col">${t.t('caseForm.conflict.theirs')}</th>
                <th scope="col">${t.t('caseForm.conflict.yours')}</th>
                <td></td>
              </tr>
            </thead>
            <tbody>
              ${view.rows.map(
                (row) =>
                  html`<tr data-key=${row.key}>
                    <th scope="row">${row.label}</th>
                    <td class="theirs">${row.theirs || '—'}</td>
                    <td class="yours">${row.yours || '—'}</td>
                    <td>
                      ${
                        row.differs
                          ? html`<button
                              class="button"
                              type="button"
                              aria-label=${t.t('caseForm.conflict.keepTheirsFor', { field: row.label })}
                              @click=${() => view.onKeepTheirs(row.key)}
                            >
                              ${t.t('caseForm.conflict.keepTheirs')}
                            </button>`
                          : ''
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <div class="actions">
      <button
        class="button primary"
        type="button"
        data-action="reapply"
        aria-disabled=${view.busy ? 'true' : 'false'}
        @click=${view.onReapply}
      >
        ${t.t('caseForm.conflict.reapply')}
      </button>
      <button class="button" type="button" data-action="keep-all-theirs" @click=${view.onKeepAllTheirs}>
        ${t.t('caseForm.conflict.keepAllTheirs')}
      </button>
    </div>
  </section>`;
}

/** The panel for the form's current conflict: each field they changed, theirs against the agent's. */
export function renderConflictPanel(view: FormView): TemplateResult {
  const { t, layout, form } = view;
  const saveFlow = view.editing.saveFlow;
  const { theirs, keys } = saveFlow.conflict!;
  const rows: ConflictRow[] = keys.map((key) => {
    const definition = fieldDefinition(layout, key);
    const theirValue = key === 'title' ? theirs.title : (theirs.fields[key] ?? null);
    const yours = form.value(key);
    return {
      key,
      label: definition ? localize(definition.label, t.lang) : t.t('field.title'),
      theirs: formatValue(definition, theirValue, t),
      yours: formatValue(definition, yours, t),
      differs: !sameFieldValue(theirValue, yours),
    };
  });
  return renderConflict({
    t,
    rows,
    busy: saveFlow.saving,
    onKeepTheirs: (key) => saveFlow.keepTheirs(key),
    onKeepAllTheirs: () => saveFlow.keepAllTheirs(),
    onReapply: () => void saveFlow.reapply(),
  });
}
