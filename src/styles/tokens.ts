import { css, type CSSResult } from 'lit';
import type { StatusTone } from '../model/types.js';

/**
 * The `--ck-*` design tokens, in one place. Each entry is `var(--ck-…, <fallback>)`, so the kit looks
 * right with no theme file and a host themes it by setting the public custom property on any ancestor
 * (custom properties inherit into shadow roots). Colours use `light-dark()`, so dark follows the host's
 * `color-scheme` (`:root { color-scheme: light dark }` to follow the system, or `dark` to force it).
 *
 * Elements read tokens into private properties, tokens first:
 * ```ts
 * static override styles = css`
 *   :host { --_row-height: var(--ck-case-list-row-height, ${tokens.rowHeight}); }
 * `;
 * ```
 * In forced-colors mode the browser replaces colours with system colours; `hostStyles` adds the
 * borders and outlines that keep states visible there.
 */
export const tokens = {
  // typography
  fontFamily: css`var(--ck-font-family, inherit)`,
  fontSize: css`var(--ck-font-size, 0.875rem)`,
  fontSizeSmall: css`var(--ck-font-size-small, 0.8125rem)`,
  fontSizeLarge: css`var(--ck-font-size-large, 1rem)`,
  lineHeight: css`var(--ck-line-height, 1.45)`,
  fontWeightStrong: css`var(--ck-font-weight-strong, 600)`,

  // surfaces, text and borders
  surface: css`var(--ck-color-surface, light-dark(#ffffff, #1c2025))`,
  surfaceRaised: css`var(--ck-color-surface-raised, light-dark(#ffffff, #252a31))`,
  surfaceSunken: css`var(--ck-color-surface-sunken, light-dark(#f5f6f8, #16191d))`,
  surfaceHover: css`var(--ck-color-surface-hover, light-dark(#eef1f5, #2c323a))`,
  surfaceSelected: css`var(--ck-color-surface-selected, light-dark(#e3ecfb, #1e3352))`,
  text: css`var(--ck-color-text, light-dark(#1b1f24, #e6e9ed))`,
  textMuted: css`var(--ck-color-text-muted, light-dark(#555e69, #a5aeb9))`,
  border: css`var(--ck-color-border, light-dark(#d5dae0, #3a414a))`,
  /** Borders of controls (3:1 against the surface). */
  borderStrong: css`var(--ck-color-border-strong, light-dark(#6e7781, #8b949e))`,

  // accent (primary actions, links, selection)
  accent: css`var(--ck-color-accent, light-dark(#0b57d0, #8ab4f8))`,
  accentHover: css`var(--ck-color-accent-hover, light-dark(#0842a0, #a8c7fa))`,
  onAccent: css`var(--ck-color-on-accent, light-dark(#ffffff, #0b1d3a))`,
  /** Error text and destructive actions. */
  danger: css`var(--ck-color-danger, light-dark(#b3261e, #f2b8b5))`,
  onDanger: css`var(--ck-color-on-danger, light-dark(#ffffff, #3c0d0a))`,

  // status tones (`Status.tone`): background and foreground pairs (4.5:1)
  toneNeutralBg: css`var(--ck-tone-neutral-bg, light-dark(#eceff3, #323840))`,
  toneNeutralFg: css`var(--ck-tone-neutral-fg, light-dark(#39414b, #d7dce2))`,
  toneInfoBg: css`var(--ck-tone-info-bg, light-dark(#e1edfd, #17325a))`,
  toneInfoFg: css`var(--ck-tone-info-fg, light-dark(#0b4a9e, #b9d6fb))`,
  toneSuccessBg: css`var(--ck-tone-success-bg, light-dark(#e1f3e6, #173d23))`,
  toneSuccessFg: css`var(--ck-tone-success-fg, light-dark(#1a5e2e, #a9dcb7))`,
  toneWarningBg: css`var(--ck-tone-warning-bg, light-dark(#fcefd3, #4a3511))`,
  toneWarningFg: css`var(--ck-tone-warning-fg, light-dark(#734600, #f5d491))`,
  toneDangerBg: css`var(--ck-tone-danger-bg, light-dark(#fce6e4, #4d1c1a))`,
  toneDangerFg: css`var(--ck-tone-danger-fg, light-dark(#9c1f19, #f8bcb7))`,

  // focus
  focusRingColor: css`var(--ck-focus-ring-color, light-dark(#0b57d0, #a8c7fa))`,
  focusRingWidth: css`var(--ck-focus-ring-width, 2px)`,
  focusRingOffset: css`var(--ck-focus-ring-offset, 2px)`,

  // shape and space
  radius: css`var(--ck-radius, 6px)`,
  radiusSmall: css`var(--ck-radius-small, 4px)`,
  space1: css`var(--ck-space-1, 0.25rem)`,
  space2: css`var(--ck-space-2, 0.5rem)`,
  space3: css`var(--ck-space-3, 0.75rem)`,
  space4: css`var(--ck-space-4, 1rem)`,
  space6: css`var(--ck-space-6, 1.5rem)`,
  /** Height of a list row. */
  rowHeight: css`var(--ck-row-height, 2.5rem)`,
  /** Minimum size of anything clickable (WCAG 2.2 target size). */
  targetMin: css`var(--ck-target-min, 24px)`,
  /** Height of buttons and inputs. */
  controlHeight: css`var(--ck-control-height, 2rem)`,
  /** Listboxes and panels over the page; not the delete dialog, which its backdrop sets apart. */
  shadowPopup: css`var(--ck-shadow-popup, 0 4px 16px light-dark(rgb(0 0 0 / 0.16), rgb(0 0 0 / 0.5)))`,
  duration: css`var(--ck-duration, 120ms)`,
} as const satisfies Record<string, CSSResult>;

export type TokenName = keyof typeof tokens;

/** The tones a `Status` may name, as `[background, foreground]` token pairs. */
export const toneTokens = {
  neutral: [tokens.toneNeutralBg, tokens.toneNeutralFg],
  info: [tokens.toneInfoBg, tokens.toneInfoFg],
  success: [tokens.toneSuccessBg, tokens.toneSuccessFg],
  warning: [tokens.toneWarningBg, tokens.toneWarningFg],
  danger: [tokens.toneDangerBg, tokens.toneDangerFg],
} as const satisfies Record<StatusTone, readonly [CSSResult, CSSResult]>;
