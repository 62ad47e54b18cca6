import { css } from 'lit';
import { tokens } from '../styles/tokens.js';

/**
 * The listbox popup of the pickers that use `ComboboxController`: in the top layer (a manual
 * popover placed by the controller), options at least `--ck-target-min` tall, the active option
 * outlined inside its box (focus stays on the control), the selected one checked; each option
 * contains its painting.
 */
export const comboboxStyles = css`
  .popup {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: ${tokens.space1};
    max-inline-size: min(28rem, calc(100vw - 16px));
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    box-shadow: ${tokens.shadowPopup};
    font: inherit;
  }
  [role='listbox'] {
    max-block-size: var(--_listbox-max-block-size, 18rem);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .group-label {
    padding: ${tokens.space1} ${tokens.space2};
    color: ${tokens.textMuted};
    font-size: ${tokens.fontSizeSmall};
    font-weight: ${tokens.fontWeightStrong};
  }
  [role='option'] {
    /* An option that changes repaints alone, not the listbox around it. */
    contain: paint;
    display: flex;
    align-items: center;
    gap: ${tokens.space2};
    min-block-size: max(var(--_target-min), 2rem);
    padding: ${tokens.space1} ${tokens.space2};
    padding-inline-start: 1.75rem;
    border-radius: ${tokens.radiusSmall};
    cursor: pointer;
    position: relative;
  }
  [role='option']:hover {
    background: ${tokens.surfaceHover};
  }
  [role='option'].active {
    background: ${tokens.surfaceSelected};
    outline: var(--_focus-ring);
    /* Inside the option, which clips its painting. */
    outline-offset: calc(-1 * ${tokens.focusRingWidth});
  }
  [role='option'][aria-selected='true']::before {
    content: '✓';
    position: absolute;
    inset-inline-start: ${tokens.space2};
    font-weight: ${tokens.fontWeightStrong};
  }
  [role='option'][aria-disabled='true'] {
    color: ${tokens.textMuted};
    cursor: not-allowed;
  }
  .option-note {
    color: ${tokens.textMuted};
    font-size: ${tokens.fontSizeSmall};
  }
  .popup-status {
    margin: 0;
    padding: ${tokens.space1} ${tokens.space2};
    color: ${tokens.textMuted};
    font-size: ${tokens.fontSizeSmall};
  }
  .message {
    margin: ${tokens.space1} 0 0;
    font-size: ${tokens.fontSizeSmall};
  }
  .message.error {
    color: ${tokens.danger};
  }
  .message.info {
    color: ${tokens.textMuted};
  }
  .reason {
    margin: 0;
    color: ${tokens.textMuted};
    font-size: ${tokens.fontSizeSmall};
  }
  .label {
    display: block;
    margin-block-end: ${tokens.space1};
    font-weight: ${tokens.fontWeightStrong};
  }
  @media (forced-colors: active) {
    [role='option'].active {
      outline-color: Highlight;
    }
    .popup {
      border-color: CanvasText;
    }
  }
`;
