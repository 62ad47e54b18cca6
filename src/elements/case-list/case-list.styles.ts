import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { filterPanelStyles } from './filter-panel.styles.js';

export const styles = css`
  :host {
    --_row-height: var(--ck-case-list-row-height, ${tokens.rowHeight});
    --_header-surface: var(--ck-case-list-header-surface, ${tokens.surfaceSunken});
    --_border: ${tokens.border};
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: var(--ck-case-list-block-size, 32rem);
    min-block-size: 12rem;
    background: ${tokens.surface};
    border: 1px solid var(--_border);
    border-radius: ${tokens.radius};
    overflow: hidden;
  }

  .probe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: var(--_row-height);
    visibility: hidden;
    pointer-events: none;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${tokens.space2};
    padding: ${tokens.space2} ${tokens.space3};
    border-block-end: 1px solid var(--_border);
  }
  .scope {
    margin: 0;
    margin-inline-end: auto;
    font-size: ${tokens.fontSizeLarge};
    font-weight: ${tokens.fontWeightStrong};
  }
  .search {
    flex: 0 1 18rem;
    min-inline-size: 10rem;
  }
  .funnel {
    anchor-name: --ck-case-list-funnel;
  }
  .funnel svg,
  .sort-icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .badge {
    min-inline-size: 1.25rem;
    padding-inline: ${tokens.space1};
    border-radius: 999px;
    background: ${tokens.accent};
    color: ${tokens.onAccent};
    font-size: ${tokens.fontSizeSmall};
    text-align: center;
  }

  .scroller {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .grid {
    inline-size: 100%;
    min-inline-size: var(--_min-inline-size, auto);
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_header-surface);
  }
  .body {
    position: relative;
    contain: strict;
    inline-size: 100%;
  }
  .window {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    /* Each row lays out on its own: a scrolled row never relayouts the others. */
    contain: layout style;
    align-items: center;
    block-size: var(--_row-height);
    border-block-end: 1px solid var(--_border);
    /* No background of its own (the list's shows through): one paint operation less per row and frame. */
    cursor: pointer;
  }
  .row.header {
    background: var(--_header-surface);
    cursor: default;
    font-weight: ${tokens.fontWeightStrong};
  }
  .row:not(.header):hover {
    background: ${tokens.surfaceHover};
  }
  .row.open {
    background: ${tokens.surfaceSelected};
  }
  .row:focus-visible {
    outline-offset: calc(-1 * ${tokens.focusRingWidth});
  }
  .row.detached {
    position: absolute;
    inset-inline: 0;
  }
  .row.detached.before {
    inset-block-end: 100%;
  }
  .row.detached.after {
    inset-block-start: 100%;
  }
  .cell {
    min-inline-size: 0;
    padding-inline: ${tokens.space2};
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .body .free-text {
    /* Text people wrote keeps its own direction (an Arabic title in an LTR page), aligned with the
       page: with plaintext, start and end (and Chromium's match-parent) follow the text's own
       direction. Numbers, dates and layout labels follow an LTR page: no bidi pass for them in
       every scrolled row. */
    unicode-bidi: plaintext;
    text-align: left;
  }
  .body .cell:dir(rtl) {
    /* In an RTL page, every cell keeps its own direction (a date in a Latin format reads left to right). */
    unicode-bidi: plaintext;
    text-align: right;
  }
  .head .cell {
    display: flex;
    align-items: center;
  }
  .cell .label {
    min-inline-size: 0;
    white-space: nowrap;
    /* Backend text keeps its own direction in an RTL page (a Latin title, a date). */
    unicode-bidi: plaintext;
    text-align: match-parent;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .number {
    font-variant-numeric: tabular-nums;
    font-weight: ${tokens.fontWeightStrong};
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: ${tokens.space1};
    min-block-size: var(--_target-min);
    max-inline-size: 100%;
    margin-inline: calc(-1 * ${tokens.space1});
    padding-inline: ${tokens.space1};
    border: 0;
    border-radius: ${tokens.radiusSmall};
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .sort:hover {
    background: ${tokens.surfaceHover};
  }
  /* Unsorted: the icon shows on hover only, faintly. */
  .sort[data-direction='none'] .sort-icon {
    opacity: 0;
  }
  .sort[data-direction='none']:hover .sort-icon {
    opacity: 0.5;
  }
  .sort[data-direction='desc'] .sort-icon {
    transform: rotate(180deg);
  }
  /* Inline (no box of its own to clip or lay out): the cell's ellipsis applies to it. */
  .chip {
    display: inline;
    padding: 0.2em ${tokens.space2};
    border-radius: 999px;
    background: var(--_tone-bg);
    color: var(--_tone-fg);
    font-size: ${tokens.fontSizeSmall};
  }
  /* Icons are drawn by CSS, each by its own box: no SVG or pseudo-element to lay out and paint in
     every row of every frame while scrolling. */
  .icon {
    display: inline-block;
    vertical-align: middle;
    box-sizing: border-box;
    color: ${tokens.accent};
  }
  .crm-card {
    inline-size: 0.875em;
    block-size: 0.65em;
    margin-inline: ${tokens.space1};
    border: 0.125em solid currentColor;
    border-inline-start-width: 0.375em;
    border-radius: 0.125em;
  }
  /* A cell linked to a CRM card: the card icon (as .crm-card) is drawn by its background at the inline
     start, so the cell has no element of its own to make, lay out or remove while scrolling. Two
     layers: the thick start bar and the end bar across, the top and bottom bars down. */
  .linked {
    --_ink: ${tokens.accent};
    --_at: ${tokens.space2};
    --_across: to right;
    padding-inline-start: calc(${tokens.space2} + 0.875em + ${tokens.space1});
    background:
      linear-gradient(var(--_across), var(--_ink) 0.375em, transparent 0 0.75em, var(--_ink) 0),
      linear-gradient(var(--_ink) 0.125em, transparent 0 0.525em, var(--_ink) 0);
    background-position: left var(--_at) center;
    background-size: 0.875em 0.65em;
    background-repeat: no-repeat;
  }
  .linked:dir(rtl) {
    --_across: to left;
    background-position-x: right var(--_at);
  }
  .open-marker {
    inline-size: 0.525em;
    block-size: 0.525em;
    margin-inline: 0.175em calc(0.175em + ${tokens.space1});
    border-radius: 50%;
    background: currentColor;
  }
  .chip.closed::before {
    /* Decorative: the chip says ", closed" to assistive technology in words (empty alternative text). */
    content: '\\2713\\00a0' / '';
  }
  .skeleton {
    display: block;
    inline-size: 70%;
    block-size: 0.75em;
    border-radius: ${tokens.radiusSmall};
    background: ${tokens.surfaceHover};
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }

  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: ${tokens.space3};
    padding: ${tokens.space6} ${tokens.space4};
    color: ${tokens.textMuted};
    text-align: center;
  }
  .state.error {
    color: ${tokens.danger};
  }
  .state p {
    margin: 0;
  }

  ${filterPanelStyles}

  @media (forced-colors: active) {
    .row:not(.header):hover,
    .row.open {
      outline: 1px solid Highlight;
      outline-offset: -1px;
    }
    .skeleton {
      background: GrayText;
    }
    .open-marker {
      forced-color-adjust: none;
      background: CanvasText;
    }
    /* Forced colours drop background gradients: the card icon keeps its bars in the text colour. */
    .linked {
      forced-color-adjust: none;
      color: CanvasText;
      --_ink: CanvasText;
    }
  }
`;
