import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * Styles every casekit element starts with: `static styles = [hostStyles, styles]`.
 *
 * - `:host` is a block in the kit's font and colours, and `hidden` hides (also inside the shadow root);
 * - a visible focus ring on `:focus-visible` (an outline, so forced colors keep it);
 * - `.visually-hidden` for text meant for assistive technology only;
 * - `.button` (and `.button.primary`, `.button.danger`), at least `--ck-target-min` in both directions;
 * - `.input`, the box of a text input, select or textarea (as tall as a button);
 * - `[data-tone="info"]` etc. set `--_tone-bg` / `--_tone-fg` from the status tone tokens.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${tokens.fontFamily};
    font-size: ${tokens.fontSize};
    line-height: ${tokens.lineHeight};
    color: ${tokens.text};
    --_focus-ring: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
    --_target-min: ${tokens.targetMin};
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: ${tokens.focusRingOffset};
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${tokens.space2};
    min-block-size: max(var(--_target-min), ${tokens.controlHeight});
    min-inline-size: var(--_target-min);
    padding-block: 0;
    padding-inline: ${tokens.space3};
    border: 1px solid ${tokens.borderStrong};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    font: inherit;
    font-weight: ${tokens.fontWeightStrong};
    cursor: pointer;
    transition: background-color ${tokens.duration};
  }
  .button:hover {
    background: ${tokens.surfaceHover};
  }
  .button.primary {
    border-color: transparent;
    background: ${tokens.accent};
    color: ${tokens.onAccent};
  }
  .button.primary:hover {
    background: ${tokens.accentHover};
  }
  .button.danger {
    border-color: transparent;
    background: ${tokens.danger};
    color: ${tokens.onDanger};
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .input {
    min-block-size: max(var(--_target-min), ${tokens.controlHeight});
    padding: ${tokens.space1} ${tokens.space2};
    border: 1px solid ${tokens.borderStrong};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: inherit;
    font: inherit;
  }

  [data-tone='neutral'] {
    --_tone-bg: ${tokens.toneNeutralBg};
    --_tone-fg: ${tokens.toneNeutralFg};
  }
  [data-tone='info'] {
    --_tone-bg: ${tokens.toneInfoBg};
    --_tone-fg: ${tokens.toneInfoFg};
  }
  [data-tone='success'] {
    --_tone-bg: ${tokens.toneSuccessBg};
    --_tone-fg: ${tokens.toneSuccessFg};
  }
  [data-tone='warning'] {
    --_tone-bg: ${tokens.toneWarningBg};
    --_tone-fg: ${tokens.toneWarningFg};
  }
  [data-tone='danger'] {
    --_tone-bg: ${tokens.toneDangerBg};
    --_tone-fg: ${tokens.toneDangerFg};
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    /* Tone backgrounds are dropped in forced colors: a border keeps a toned area visible. */
    [data-tone] {
      border: 1px solid CanvasText;
    }
  }
`;
