import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export const styles = css`
  :host {
    --_message-padding: var(--ck-provider-message-padding, ${tokens.space4});
    --_message-radius: var(--ck-provider-message-radius, ${tokens.radius});
  }

  .message {
    display: grid;
    gap: ${tokens.space2};
    justify-items: start;
    padding: var(--_message-padding);
    border-radius: var(--_message-radius);
    border-inline-start: 4px solid currentColor;
    background: var(--_tone-bg);
    color: var(--_tone-fg);
  }

  .message p {
    margin: 0;
  }

  .title {
    font-weight: ${tokens.fontWeightStrong};
  }

  .button {
    margin-block-start: ${tokens.space1};
  }

  code {
    font-family: ui-monospace, monospace;
  }
`;
