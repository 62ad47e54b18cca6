import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export const styles = css`
  :host {
    --_inline-size: var(--ck-status-picker-inline-size, 14rem);
    max-inline-size: 100%;
  }
  .control {
    display: flex;
    align-items: center;
    gap: ${tokens.space2};
    inline-size: var(--_inline-size);
    max-inline-size: 100%;
    min-block-size: max(var(--_target-min), ${tokens.controlHeight});
    padding-inline: ${tokens.space2};
    border: 1px solid ${tokens.borderStrong};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    cursor: pointer;
  }
  .control:hover {
    background: ${tokens.surfaceHover};
  }
  .control[aria-busy='true'] {
    cursor: progress;
    font-style: italic;
  }
  .arrow {
    margin-inline-start: auto;
  }
  .chip {
    display: inline-block;
    padding: 0 ${tokens.space2};
    border-radius: 999px;
    background: var(--_tone-bg);
    color: var(--_tone-fg);
    font-size: ${tokens.fontSizeSmall};
    font-weight: ${tokens.fontWeightStrong};
    white-space: nowrap;
  }
  .closed {
    color: ${tokens.textMuted};
    font-size: ${tokens.fontSizeSmall};
  }
  .swatch {
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_tone-fg);
  }
  .value {
    margin: 0;
  }
  .required {
    display: grid;
    gap: ${tokens.space2};
    inline-size: min(24rem, 100%);
    margin-block-start: ${tokens.space2};
    padding: ${tokens.space3};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceSunken};
  }
  .required-title {
    margin: 0;
    font-weight: ${tokens.fontWeightStrong};
  }
  .required-field {
    display: grid;
    gap: ${tokens.space1};
  }
  .hint {
    color: ${tokens.textMuted};
    font-size: ${tokens.fontSizeSmall};
  }
  .required-actions {
    display: flex;
    justify-content: flex-end;
    gap: ${tokens.space2};
  }
  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }
    .swatch {
      background: CanvasText;
    }
  }
`;
