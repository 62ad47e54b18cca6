import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fold } from '../i18n/fold.js';
import { whenIdle } from './idle.js';

/** One choice of a combobox's listbox. */
export interface ComboboxChoice {
  /** Unique among the choices; the option's DOM id is derived from it (`optionDomId`). */
  readonly id: string;
  /** What type-ahead matches. */
  readonly label: string;
  /** Shown, reachable with the keyboard (so its reason is heard), not choosable. */
  readonly disabled?: boolean;
}

export interface ComboboxOptions {
  /**
   * `select`: a select-only combobox (the control is not editable; printable keys jump to the
   * matching choice). `editable`: the control is a text input whose value filters the choices.
   */
  readonly kind: 'select' | 'editable';
  /** The choices, flat and in display order (groups are the host's rendering). */
  readonly choices: () => readonly ComboboxChoice[];
  /** The element with `role="listbox"` and `popover="manual"`, in the host's shadow root. */
  readonly listbox: () => HTMLElement | null | undefined;
  /** The element with `role="combobox"` (the listbox is placed against it). */
  readonly control: () => HTMLElement | null | undefined;
  /** Id of the choice that is the current value (active first when the list opens). */
  readonly selectedId: () => string | undefined;
  /** The agent chose an enabled choice (Enter or click). The list is closed already. */
  readonly onChoose: (choice: ComboboxChoice) => void;
  /** The list opened or closed. */
  readonly onOpenChange?: (open: boolean) => void;
  /** The active choice reached the last few: a paged host loads more. */
  readonly onNearEnd?: () => void;
  /**
   * Render the choices in windows of this many (see `renderedCount`): a long list paints its first
   * options, not all of them, and grows as the agent scrolls or moves the active option down.
   * Undefined: every choice is rendered.
   */
  readonly renderStep?: number;
}

const typeAheadResetMs = 500;
/** Choices rendered past the active one, so the next moves never wait for a render. */
const renderMargin = 3;

/**
 * The WAI-ARIA combobox-with-listbox behaviour the owner and status pickers share: open and close,
 * the active option (`aria-activedescendant`: focus stays on the control), arrows, Home/End,
 * Page Up/Down, Enter, Escape, type-ahead, click to choose, close on focus leaving, and the listbox in
 * the top layer (`popover="manual"`) placed against the control, so no host `overflow` clips it.
 *
 * The host renders the control and the listbox with `optionDomId(id)` ids, `aria-expanded=${open}`,
 * `aria-activedescendant=${activeDomId}`, and wires `onKeyDown`, `onFocusOut` and `onOptionClick`.
 *
 * @example
 * ```ts
 * readonly #combo = new ComboboxController(this, {
 *   kind: 'select', choices: () => this.#choices, listbox: () => this.listbox, control: () => this.control,
 *   selectedId: () => this.value, onChoose: (choice) => this.#choose(choice.id),
 * });
 * ```
 */
export class ComboboxController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ComboboxOptions;
  #open = false;
  #activeId: string | undefined;
  #typed = '';
  #typedAt = 0;
  #placed = false;
  #rendered = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ComboboxOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  get activeId(): string | undefined {
    return this.#open ? this.#activeId : undefined;
  }

  /** The DOM id of the active option, for `aria-activedescendant` (undefined when closed). */
  get activeDomId(): string | undefined {
    const id = this.activeId;
    return id === undefined ? undefined : this.optionDomId(id);
  }

  /**
   * How many of the choices (from the first) the host renders: all of them without `renderStep`;
   * otherwise a window that covers the active choice and grows with scrolling.
   */
  get renderedCount(): number {
    const step = this.#options.renderStep;
    return step === undefined ? Infinity : Math.max(this.#rendered, step);
  }

  /** Makes the choice at `index` (and a few after it) rendered. */
  #renderThrough(index: number): void {
    const step = this.#options.renderStep;
    if (step !== undefined && index + renderMargin >= this.#rendered)
      this.#rendered = Math.max(step, index + 1 + step);
  }

  /** A new list: its first window, or up to a few past the active choice (shown at the bottom). */
  #resetRendered(): void {
    const at = this.#options.choices().findIndex((c) => c.id === this.#activeId);
    this.#rendered = at + 1 + renderMargin;
  }

  /** The DOM id of a choice's option element. */
  optionDomId(id: string): string {
    return `option-${id.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
  }

  show(activeId?: string): void {
    const choices = this.#options.choices();
    const wanted = activeId ?? this.#options.selectedId();
    this.#activeId = choices.some((c) => c.id === wanted) ? wanted : choices[0]?.id;
    this.#resetRendered();
    if (this.#open) {
      this.#host.requestUpdate();
      return;
    }
    this.#open = true;
    this.#placed = false;
    this.#options.onOpenChange?.(true);
    this.#host.requestUpdate();
  }

  hide(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#scrolledTo = undefined;
    this.#options.onOpenChange?.(false);
    this.#host.requestUpdate();
  }

  /**
   * After the choices changed (a filter, a page): keep the active one if it is still there. Called in
   * the host's update, or where one is requested already (the search typed changed).
   */
  choicesChanged(resetToFirst = false): void {
    const choices = this.#options.choices();
    if (resetToFirst || !choices.some((c) => c.id === this.#activeId)) this.#activeId = choices[0]?.id;
    if (resetToFirst) {
      this.#resetRendered();
      this.#toStart = true;
    }
    // A list going back to its top shows its first option: no need to scroll to it.
    if (this.#toStart && this.#activeId === choices[0]?.id) this.#scrolledTo = this.activeDomId;
  }

  /**
   * The listbox is placed from the boxes (`#place`) when it opens and as the page scrolls or resizes,
   * not with CSS anchor positioning: Chromium re-resolves an anchored element's position after every
   * layout of the page, a second style and layout pass on each keystroke in the control.
   */
  hostConnected(): void {
    window.addEventListener('resize', this.#place);
    document.addEventListener('scroll', this.#place, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.#place);
    document.removeEventListener('scroll', this.#place, { capture: true });
    this.#open = false;
  }

  hostUpdated(): void {
    const listbox = this.#options.listbox();
    if (!listbox) return;
    if (!this.#warm) {
      this.#warm = true;
      whenIdle(this.#warmUp);
    }
    const shown = listbox.matches(':popover-open');
    if (this.#open && !shown && this.#host.isConnected) {
      listbox.showPopover();
      this.#placed = false;
    } else if (!this.#open && shown) listbox.hidePopover();
    if (!this.#open) return;
    if (!this.#placed) this.#place();
    if (this.#toStart) {
      // A new list starts at its top, before it is laid out: the old scroll position, clamped to a
      // shorter list, would otherwise read as scrolling to its end (and render the next window).
      this.#toStart = false;
      const scroller = listbox.querySelector<HTMLElement>('[role=listbox]');
      if (scroller && scroller.scrollTop !== 0) scroller.scrollTop = 0;
    }
    // In the update, not in an animation frame: its layout reads only come before the frame's (a
    // typed search has read the scroll position above already), and the frame callback cost a
    // keystroke more than its work.
    this.#scrollToActive();
  }

  #warm = false;
  /** The choices were replaced (a new search): scroll the listbox back to its top. */
  #toStart = false;
  /** The option last scrolled into view (forgotten when the listbox scrolls or closes). */
  #scrolledTo: string | undefined;

  /**
   * Lays the closed listbox out once, invisibly, in an idle moment: the first opening otherwise pays
   * the fonts of its group labels and notes (loading, shaping) on the click.
   */
  readonly #warmUp = (): void => {
    const listbox = this.#options.listbox();
    if (!listbox || this.#open || !listbox.isConnected) return;
    const { style } = listbox;
    const placed = style.cssText;
    style.cssText += 'display:block;visibility:hidden';
    listbox.getBoundingClientRect();
    style.cssText = placed;
  };

  #scrollToActive(): void {
    const listbox = this.#options.listbox();
    const active = this.activeDomId;
    const option = active ? listbox?.querySelector<HTMLElement>(`#${active}`) : null;
    // Typing renders a list whose first option stays active: nothing to scroll to.
    if (option && active !== this.#scrolledTo) {
      option.scrollIntoView({ block: 'nearest' });
      this.#scrolledTo = active;
    }
    // A listbox taller than the window rendered (a host's larger listbox): render more to fill it.
    const scroller = option?.closest<HTMLElement>('[role=listbox]');
    if (scroller && this.renderedCount < this.#options.choices().length) {
      if (scroller.scrollHeight <= scroller.clientHeight) this.#grow();
    }
  }

  /** Renders the next window of choices, or asks the host for more once all of them are rendered. */
  #grow(): void {
    const step = this.#options.renderStep;
    if (step !== undefined && this.renderedCount < this.#options.choices().length)
      this.#rendered = this.renderedCount + step;
    else this.#options.onNearEnd?.();
    this.#host.requestUpdate();
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const choices = this.#options.choices();
    const at = choices.findIndex((c) => c.id === this.#activeId);
    const move = (index: number): void => {
      const target = choices[Math.max(0, Math.min(choices.length - 1, index))];
      if (!target) return;
      event.preventDefault();
      if (!this.#open) this.show(target.id);
      else this.#activeId = target.id;
      this.#renderThrough(choices.indexOf(target));
      if (choices.length - choices.indexOf(target) <= 5) this.#options.onNearEnd?.();
      this.#host.requestUpdate();
    };
    switch (event.key) {
      case 'ArrowDown':
        if (!this.#open || event.altKey) {
          event.preventDefault();
          this.show();
        } else move(at + 1);
        return;
      case 'ArrowUp':
        if (this.#open && event.altKey) {
          event.preventDefault();
          this.#chooseActive();
        } else if (!this.#open) {
          event.preventDefault();
          this.show();
        } else move(at - 1);
        return;
      case 'Home':
        if (this.#open || this.#options.kind === 'select') move(0);
        return;
      case 'End':
        if (this.#open || this.#options.kind === 'select') move(choices.length - 1);
        return;
      case 'PageDown':
        if (this.#open) move(at + 10);
        return;
      case 'PageUp':
        if (this.#open) move(at - 10);
        return;
      case 'Enter':
        if (this.#open) {
          event.preventDefault();
          this.#chooseActive();
        } else if (this.#options.kind === 'select') {
          event.preventDefault();
          this.show();
        }
        return;
      case ' ':
        if (this.#options.kind === 'select' && this.#typed === '') {
          event.preventDefault();
          if (this.#open) this.#chooseActive();
          else this.show();
          return;
        }
        break;
      case 'Escape':
        if (this.#open) {
          event.preventDefault();
          event.stopPropagation();
          this.hide();
        }
        return;
      case 'Tab':
        // Tab leaves without choosing: a transfer or a status change is never made by moving on.
        this.hide();
        return;
    }
    if (this.#options.kind === 'select' && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.#typeAhead(event.key, choices, at, event.timeStamp);
    }
  };

  /** Focus left the host (the control and the listbox are both inside it): close. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.#host.contains(next) || this.#host.shadowRoot?.contains(next))) return;
    this.hide();
  };

  /** Click on an option element (its id from `optionDomId`). */
  readonly onOptionClick = (event: Event): void => {
    const option = (event.target as Element).closest('[role=option]');
    const choice = this.#options.choices().find((c) => this.optionDomId(c.id) === option?.id);
    if (!choice) return;
    this.#activeId = choice.id;
    this.#chooseActive();
    this.#options.control()?.focus();
  };

  /** Keeps focus on the control while the pointer presses inside the listbox. */
  readonly onListboxPointerDown = (event: Event): void => {
    event.preventDefault();
  };

  /** The listbox scrolled: a paged host may load more. */
  readonly onListboxScroll = (event: Event): void => {
    this.#scrolledTo = undefined;
    // Where the agent scrolled to stays (a typed search its host did not render again left it to come).
    this.#toStart = false;
    const list = event.currentTarget as HTMLElement;
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - 48) this.#grow();
  };

  #chooseActive(): void {
    const choice = this.#options.choices().find((c) => c.id === this.#activeId);
    if (!choice || choice.disabled) return;
    this.hide();
    this.#options.onChoose(choice);
  }

  #typeAhead(key: string, choices: readonly ComboboxChoice[], at: number, now: number): void {
    this.#typed = now - this.#typedAt > typeAheadResetMs ? key : this.#typed + key;
    this.#typedAt = now;
    const typed = fold(this.#typed);
    // A repeated single letter cycles through the choices starting with it.
    const repeated = typed.length > 1 && [...typed].every((c) => c === typed[0]);
    const needle = repeated ? typed[0]! : typed;
    const start = needle.length === 1 ? at + 1 : Math.max(at, 0);
    const ordered = [...choices.slice(start), ...choices.slice(0, start)];
    const match = ordered.find((c) => fold(c.label).startsWith(needle));
    if (match) {
      if (!this.#open) this.show(match.id);
      this.#activeId = match.id;
      this.#renderThrough(choices.indexOf(match));
      this.#host.requestUpdate();
    }
    clearTimeout(this.#typeAheadTimer);
    this.#typeAheadTimer = setTimeout(() => (this.#typed = ''), typeAheadResetMs);
  }

  #typeAheadTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Places the listbox under the control (above when there is no room), aligned to its start edge
   * and at least as wide, from their boxes (a layout read).
   */
  readonly #place = (): void => {
    const listbox = this.#options.listbox();
    const control = this.#options.control();
    if (!this.#open || !listbox || !control) return;
    this.#placed = true;
    const box = control.getBoundingClientRect();
    const rtl = control.matches(':dir(rtl)');
    const height = Math.min(listbox.scrollHeight, 320);
    const below = window.innerHeight - box.bottom;
    const above = below < height + 8 && box.top > below;
    Object.assign(listbox.style, {
      minInlineSize: `${Math.max(box.width, 160)}px`,
      top: above ? 'auto' : `${box.bottom + 2}px`,
      bottom: above ? `${window.innerHeight - box.top + 2}px` : 'auto',
      left: rtl ? 'auto' : `${Math.max(0, box.left)}px`,
      right: rtl ? `${Math.max(0, window.innerWidth - box.right)}px` : 'auto',
    });
  };
}
