import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

/**
 * The listbox has a definite width: a shrink-to-fit popup measures every option again whenever one's
 * text changes (each keystroke); this one lays out only the options that changed. An agent's e-mail
 * goes under the name when both do not fit.
 */
export const styles = css`
  :host {
    --_inline-size: var(--ck-owner-picker-inline-size, 16rem);
    max-inline-size: 100%;
  }
  .control {
    display: flex;
    align-items: stretch;
    inline-size: var(--_inline-size);
    max-inline-size: 100%;
    min-block-size: max(var(--_target-min), ${tokens.controlHeight});
    border: 1px solid ${tokens.borderStrong};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
  }
  .control:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }
  input {
    flex: 1;
    min-inline-size: 0;
    padding-inline: ${tokens.space2};
    border: 0;
    border-radius: ${tokens.radius};
    background: transparent;
    color: inherit;
    font: inherit;
  }
  input:focus-visible {
    outline: none;
  }
  input[aria-busy='true'] {
    color: ${tokens.textMuted};
    font-style: italic;
  }
  input::placeholder {
    color: ${tokens.textMuted};
  }
  .toggle {
    min-inline-size: max(var(--_target-min), 2rem);
    border: 0;
    border-inline-start: 1px solid ${tokens.border};
    border-start-end-radius: ${tokens.radius};
    border-end-end-radius: ${tokens.radius};
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .toggle:hover {
    background: ${tokens.surfaceHover};
  }
  .popup {
    inline-size: min(var(--ck-owner-picker-listbox-inline-size, 24rem), calc(100vw - 16px));
  }
  [role='option'] {
    flex-wrap: wrap;
    row-gap: 0;
  }
  .option-note {
    overflow-wrap: anywhere;
  }
  .option-note:empty {
    display: none;
  }
  .value {
    margin: 0;
  }
  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }
  }
`;
