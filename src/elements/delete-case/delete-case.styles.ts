import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

/**
 * The dialog has no shadow: the backdrop already sets it apart, and a blurred shadow this size took a
 * third of the opening's time where the page is drawn without a GPU (virtual desktops). A host can
 * give it one through `::part(dialog)`.
 */
export const styles = css`
  :host {
    display: inline-block;
    --_dialog-inline-size: var(--ck-delete-case-dialog-inline-size, 28rem);
  }
  dialog {
    inline-size: min(var(--_dialog-inline-size), calc(100vw - 2rem));
    padding: ${tokens.space6};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    font: inherit;
  }
  /* Laid out for a moment, never painted: see DeleteCase.#warmUp. */
  dialog.warm-up:not([open]) {
    display: block;
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    visibility: hidden;
    pointer-events: none;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  h2 {
    margin: 0 0 ${tokens.space3};
    font-size: ${tokens.fontSizeLarge};
  }
  .warning {
    margin: 0 0 ${tokens.space3};
    color: ${tokens.danger};
    font-weight: ${tokens.fontWeightStrong};
  }
  .consequences {
    margin: 0 0 ${tokens.space4};
    padding-inline-start: 1.25rem;
  }
  .consequences li + li {
    margin-block-start: ${tokens.space1};
  }
  .confirm-label {
    display: block;
    margin-block-end: ${tokens.space1};
  }
  #confirm-number {
    inline-size: 100%;
    margin-block-end: ${tokens.space3};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${tokens.space2};
  }
  .message,
  .reason {
    margin: ${tokens.space1} 0 0;
    font-size: ${tokens.fontSizeSmall};
  }
  .message.error {
    margin-block-end: ${tokens.space3};
    color: ${tokens.danger};
  }
  .message.info,
  .reason {
    color: ${tokens.textMuted};
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
