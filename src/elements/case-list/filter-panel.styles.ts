import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

/** The filter panel's popover and its controls (see filter-panel.ts), in the list's shadow root. */
export const filterPanelStyles = css`
  .filter-panel {
    position-anchor: --ck-case-list-funnel;
    inset: auto;
    inset-block-start: anchor(end);
    inset-inline-start: anchor(start);
    position-try-fallbacks: flip-inline, flip-block;
    margin: 0;
    margin-block-start: ${tokens.space1};
    inline-size: min(22rem, calc(100vw - 1rem));
    max-block-size: min(36rem, calc(100vh - 2rem));
    overflow: auto;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    box-shadow: ${tokens.shadowPopup};
    font: inherit;
  }
  .panel-title {
    margin: 0;
    padding: ${tokens.space3} ${tokens.space4} 0;
    font-size: ${tokens.fontSizeLarge};
  }
  .panel-body {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space3};
    padding: ${tokens.space3} ${tokens.space4};
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space1};
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .filter legend,
  .filter > label:not(.check) {
    padding: 0;
    font-weight: ${tokens.fontWeightStrong};
  }
  .filter.range {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: ${tokens.space2};
  }
  .filter.range legend {
    grid-column: 1 / -1;
  }
  .filter.range > label {
    font-weight: normal;
  }
  .check {
    display: flex;
    align-items: center;
    gap: ${tokens.space2};
    min-block-size: var(--_target-min);
  }
  .check input {
    inline-size: 1rem;
    block-size: 1rem;
    margin: 0;
  }
  .shortcuts {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space2};
  }
  .shortcuts .button[aria-pressed='true'] {
    border-color: ${tokens.accent};
    background: ${tokens.surfaceSelected};
  }
  .panel-actions {
    position: sticky;
    inset-block-end: 0;
    display: flex;
    justify-content: flex-end;
    gap: ${tokens.space2};
    padding: ${tokens.space3} ${tokens.space4};
    border-block-start: 1px solid var(--_border);
    background: ${tokens.surfaceRaised};
  }
`;
