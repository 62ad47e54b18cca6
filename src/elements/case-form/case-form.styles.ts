import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export const styles = css`
  :host {
    --_gap: var(--ck-case-form-gap, ${tokens.space4});
    --_section-surface: var(--ck-case-form-section-surface, ${tokens.surface});
    --_control-surface: var(--ck-case-form-control-surface, ${tokens.surfaceRaised});
    container-type: inline-size;
    color-scheme: inherit;
  }

  form {
    display: grid;
    gap: var(--_gap);
  }

  .section {
    margin: 0;
    padding: ${tokens.space3} ${tokens.space4} ${tokens.space4};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: var(--_section-surface);
    min-inline-size: 0;
  }
  legend {
    padding-inline: ${tokens.space1};
    font-size: ${tokens.fontSizeLarge};
    font-weight: ${tokens.fontWeightStrong};
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 1), minmax(0, 1fr));
    gap: ${tokens.space3} var(--_gap);
  }
  .section[data-columns='2'] .grid {
    --_columns: 2;
  }
  .section[data-columns='3'] .grid {
    --_columns: 3;
  }
  .section[data-columns='4'] .grid {
    --_columns: 4;
  }
  @container (max-width: 36rem) {
    .grid {
      --_columns: 1 !important;
    }
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space1};
    min-inline-size: 0;
  }
  .field[data-type='textarea'],
  .field[data-type='multiselect'] {
    grid-column: 1 / -1;
  }
  .label {
    font-weight: ${tokens.fontWeightStrong};
  }
  /* The status and owner pickers as wide as the other fields of their column. */
  .field > * {
    --ck-owner-picker-inline-size: 100%;
    --ck-status-picker-inline-size: 100%;
  }
  .required {
    color: ${tokens.danger};
  }
  .hint {
    margin: 0;
    color: ${tokens.textMuted};
    font-size: ${tokens.fontSizeSmall};
  }
  .error {
    margin: 0;
    color: ${tokens.danger};
    font-size: ${tokens.fontSizeSmall};
    font-weight: ${tokens.fontWeightStrong};
  }
  .error::before {
    content: '⚠ ';
  }

  input:not([type='checkbox']),
  select,
  textarea {
    inline-size: 100%;
    min-block-size: max(${tokens.controlHeight}, ${tokens.targetMin});
    padding: ${tokens.space1} ${tokens.space2};
    border: 1px solid ${tokens.borderStrong};
    border-radius: ${tokens.radius};
    background: var(--_control-surface);
    color: ${tokens.text};
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:not([role='group']) {
    border-color: ${tokens.danger};
    box-shadow: 0 0 0 1px ${tokens.danger};
  }
  input[type='checkbox'] {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: ${tokens.accent};
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: ${tokens.space2};
    min-block-size: ${tokens.targetMin};
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space1} ${tokens.space4};
  }
  .readonly .value {
    min-block-size: ${tokens.targetMin};
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .empty {
    color: ${tokens.textMuted};
  }
  a {
    color: ${tokens.accent};
  }

  .notice,
  .summary,
  .conflict,
  .context {
    padding: ${tokens.space3} ${tokens.space4};
    border-radius: ${tokens.radius};
    background: var(--_tone-bg, ${tokens.surfaceSunken});
    color: var(--_tone-fg, ${tokens.text});
  }
  .notice p,
  .summary p,
  .context p {
    margin: 0;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${tokens.space2} ${tokens.space4};
  }
  .summary ul {
    margin: ${tokens.space2} 0 0;
    padding-inline-start: ${tokens.space6};
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: ${tokens.targetMin};
  }
  .context dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: ${tokens.space1} ${tokens.space3};
    margin: ${tokens.space2} 0 0;
  }
  .context dt {
    font-weight: ${tokens.fontWeightStrong};
  }
  .context dd {
    margin: 0;
  }

  .conflict h3 {
    margin: 0 0 ${tokens.space2};
    font-size: ${tokens.fontSizeLarge};
  }
  .conflict table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: ${tokens.space2};
  }
  .conflict th,
  .conflict td {
    padding: ${tokens.space1} ${tokens.space2};
    border-block-end: 1px solid currentColor;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space2};
    align-items: center;
  }
  .bar {
    position: sticky;
    inset-block-end: 0;
    padding-block: ${tokens.space2};
    background: ${tokens.surface};
  }

  dialog {
    max-inline-size: min(28rem, 90vw);
    padding: ${tokens.space4};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    box-shadow: ${tokens.shadowPopup};
  }
  dialog h3 {
    margin: 0 0 ${tokens.space2};
    font-size: ${tokens.fontSizeLarge};
  }
  dialog p {
    margin: 0 0 ${tokens.space4};
  }

  @media (forced-colors: active) {
    [aria-invalid='true']:not([role='group']) {
      border: 2px solid Mark;
    }
    .notice,
    .summary,
    .conflict,
    .context {
      border: 1px solid CanvasText;
    }
  }
`;
