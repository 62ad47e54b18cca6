import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Scroll heights past this are scaled. Browsers cap an element's height (about 33.5 million px in
 * Chromium, 17.8 million in Firefox); staying under both keeps millions of rows scrollable everywhere.
 */
export const maxScrollHeight = 15_000_000;

export interface VirtualRowsOptions {
  /** The scrolling element. Its first `headerHeight` px are covered by a sticky header. */
  readonly scroller: () => HTMLElement | null | undefined;
  /** An element whose block size is one row (it reads the row-height token). */
  readonly rowProbe: () => HTMLElement | null | undefined;
  /** The sticky header inside the scroller, if any. */
  readonly header?: () => HTMLElement | null | undefined;
  /**
   * Rows rendered beyond the edge of the view the list scrolls towards (default 2: a smooth wheel or key
   * scroll brings fewer rows than that into a frame, and every rendered row is laid out and painted in
   * each frame of a fast scroll); none beyond the other edge, and none while the list jumps a view or
   * more at a time.
   */
  readonly overscan?: number;
}

/**
 * Fixed-height row virtualisation for one scroller: which rows to render, where, and how tall the
 * scrolling area is. Only the rows in view plus a small overscan ahead are rendered, inside one "window"
 * placed at the right offset. Past `maxScrollHeight`, the scroll position is scaled, so a list of
 * millions of rows still reaches every row by scrollbar and by keyboard.
 *
 * Positions are in the body's coordinates (below the sticky header): `windowOffset` for the window,
 * `spacerHeight` for the body.
 *
 * @example
 * ```ts
 * readonly #rows = new VirtualRowsController(this, { scroller: () => this.#scroller, rowProbe: () => this.#probe });
 * // render: body height spacerHeight, window translated by windowOffset, rows first … last
 * ```
 */
export class VirtualRowsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: VirtualRowsOptions;
  readonly #overscan: number;
  #total = 0;
  #rowHeight = 40;
  /** Until the first measure, as tall as the window: the first render has enough rows (extras are cheap). */
  #viewHeight = typeof window === 'undefined' ? 0 : window.innerHeight;
  /** The scroller's scrollTop as last read in a scroll event or set: reading it after a render forces a layout. */
  #lastScrollTop = 0;
  /** The top of the view in unscaled row space (px). */
  #virtualTop = 0;
  /** The scrollTop we set last; while the scroller still reports it, `#virtualTop` is exact. */
  #expectedScrollTop = -1;
  /**
   * Where the last scroll went (0 before any, and 0 after a jump of a view or more): the overscan goes
   * where the rows are about to come from, and none before the first scroll (the first paint lays out
   * only rows that can be seen) or while the agent jumps (a scrollbar dragged fast): a step that
   * leaves no rendered row in view would leave the overscan behind too, and its rows would be laid out
   * and painted in every frame for nothing.
   */
  #direction: 1 | 0 | -1 = 0;
  #measured = false;
  #observer: ResizeObserver | undefined;
  /** The elements whose size is observed. */
  #observed = new Set<Element>();
  /**
   * The scroller whose scroll events move the rows. Kept apart from `#observed`: the first rows can
   * measure the scroller (and observe it) before the first `hostUpdated`.
   */
  #listened: Element | undefined;

  constructor(host: ReactiveControllerHost, options: VirtualRowsOptions) {
    this.#host = host;
    this.#options = options;
    this.#overscan = options.overscan ?? 2;
    host.addController(this);
  }

  /** Number of rows. Set before each render. */
  get total(): number {
    return this.#total;
  }
  set total(value: number) {
    this.#total = Math.max(0, value);
    this.#clamp();
  }

  /** Whether the sizes were read (`measure`): until then, the rows to render are a guess. */
  get measured(): boolean {
    return this.#measured;
  }

  get rowHeight(): number {
    return this.#rowHeight;
  }

  /** Rows that fit in the view. */
  get rowsPerView(): number {
    return Math.max(1, Math.floor(this.#viewHeight / this.#rowHeight));
  }

  /** Height of the scrolling body, in px (capped at `maxScrollHeight`). */
  get spacerHeight(): number {
    return Math.min(this.#total * this.#rowHeight, maxScrollHeight);
  }

  /** Whether the scroll position is scaled (the rows would be taller than `maxScrollHeight`). */
  get scaled(): boolean {
    return this.#total * this.#rowHeight > maxScrollHeight;
  }

  /** First row to render. */
  get first(): number {
    return Math.max(0, Math.floor(this.#virtualTop / this.#rowHeight) - this.#beyond(-1));
  }

  /** Row after the last one to render. */
  get last(): number {
    const visibleEnd = Math.ceil(
      (this.#virtualTop + Math.max(this.#viewHeight, this.#rowHeight)) / this.#rowHeight,
    );
    return Math.min(this.#total, visibleEnd + this.#beyond(1));
  }

  /**
   * Rows rendered beyond one edge: the overscan ahead of the scroll, none behind it (and none before the
   * first scroll or after a jump). Every rendered row is laid out in each frame of a fast scroll, and rows
   * behind are never seen: a scroll back turns the overscan around in its first frame.
   */
  #beyond(edge: 1 | -1): number {
    return edge === this.#direction ? this.#overscan : 0;
  }

  /** Where the window holding rows `first`…`last` starts, in the body's coordinates. */
  get windowOffset(): number {
    return this.first * this.#rowHeight - this.#virtualTop + this.#lastScrollTop;
  }

  /** First row whose top is in view. */
  get firstVisible(): number {
    return Math.min(Math.max(0, this.#total - 1), Math.ceil(this.#virtualTop / this.#rowHeight - 0.01));
  }

  /** Whether a row is entirely in view. */
  isVisible(index: number): boolean {
    const top = index * this.#rowHeight;
    return (
      top >= this.#virtualTop - 0.5 && top + this.#rowHeight <= this.#virtualTop + this.#viewHeight + 0.5
    );
  }

  /** Scrolls the least needed for a row to be entirely in view. */
  scrollToIndex(index: number): void {
    const top = index * this.#rowHeight;
    let virtualTop = this.#virtualTop;
    if (top < virtualTop) virtualTop = top;
    else if (top + this.#rowHeight > virtualTop + this.#viewHeight)
      virtualTop = top + this.#rowHeight - this.#viewHeight;
    this.#scrollTo(virtualTop);
  }

  /** Back to the first row. */
  scrollToTop(): void {
    this.#scrollTo(0);
  }

  /** Reads the row height and the view height again (on resize, and before the first render). */
  measure(): void {
    const probe = this.#options.rowProbe();
    const scroller = this.#options.scroller();
    const rowHeight = probe?.getBoundingClientRect().height;
    if (rowHeight) this.#rowHeight = rowHeight;
    if (scroller) {
      const header = this.#options.header?.()?.getBoundingClientRect().height ?? 0;
      this.#viewHeight = Math.max(0, scroller.clientHeight - header);
      this.#lastScrollTop = scroller.scrollTop;
      // The rows in view at this scroll position, with these sizes (scaled, the position depends on them).
      if (Math.abs(this.#lastScrollTop - this.#expectedScrollTop) >= 1)
        this.#virtualTop = this.#fromScrollTop(this.#lastScrollTop);
      this.#measured = true;
    }
    this.#observe();
    this.#clamp();
  }

  hostConnected(): void {
    // Sizes are read when the observer reports them: after layout and before paint, so the rows that
    // fit are rendered in the same frame, without forcing a layout or an update after an update.
    this.#observer ??= new ResizeObserver(() => {
      const before = [this.first, this.last];
      this.measure();
      if (before[0] !== this.first || before[1] !== this.last) this.#host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller();
    if (scroller && scroller !== this.#listened) {
      this.#listened?.removeEventListener('scroll', this.#onScroll);
      scroller.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#listened = scroller;
    }
    // The header comes with the session: observed (and measured) as soon as it is there.
    this.#observe();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed.clear();
    this.#listened?.removeEventListener('scroll', this.#onScroll);
    this.#listened = undefined;
  }

  readonly #onScroll = (): void => {
    // Only the scroll position: sizes come from the resize observer (it also sees a scrollbar come or
    // go, which changes the scroller's content box); reading them here forced a layout every frame.
    const before = [this.first, this.last];
    if (!this.#measured) this.measure(); // scrolled before the observer's first report
    const scrollTop = this.#options.scroller()?.scrollTop ?? this.#lastScrollTop;
    this.#lastScrollTop = scrollTop;
    if (Math.abs(scrollTop - this.#expectedScrollTop) < 1) return;
    this.#expectedScrollTop = -1;
    const virtualTop = this.#fromScrollTop(scrollTop);
    const step = virtualTop - this.#virtualTop;
    if (step) this.#direction = (Math.abs(step) < this.#viewHeight ? Math.sign(step) : 0) as 1 | 0 | -1;
    this.#virtualTop = virtualTop;
    // Unscaled, the window only moves when the rendered rows change; scaled, it moves on every scroll.
    if (this.scaled || before[0] !== this.first || before[1] !== this.last) this.#host.requestUpdate();
  };

  /** Observes the sizes of the scroller, the row probe and the header (each once, as it comes). */
  #observe(): void {
    const options = this.#options;
    for (const element of [options.scroller(), options.rowProbe(), options.header?.()]) {
      if (!element || this.#observed.has(element)) continue;
      this.#observed.add(element);
      this.#observer?.observe(element);
    }
  }

  /** The largest `#virtualTop`, and the largest scrollTop of the body. */
  #limits(): { maxVirtual: number; maxScroll: number } {
    return {
      maxVirtual: Math.max(0, this.#total * this.#rowHeight - this.#viewHeight),
      maxScroll: Math.max(0, this.spacerHeight - this.#viewHeight),
    };
  }

  #fromScrollTop(scrollTop: number): number {
    const { maxVirtual, maxScroll } = this.#limits();
    if (!this.scaled || maxScroll === 0) return Math.min(scrollTop, maxVirtual);
    return Math.min(maxVirtual, (scrollTop / maxScroll) * maxVirtual);
  }

  #scrollTo(virtualTop: number): void {
    const { maxVirtual, maxScroll } = this.#limits();
    this.#virtualTop = Math.min(Math.max(0, virtualTop), maxVirtual);
    const scroller = this.#options.scroller();
    if (scroller) {
      const scrollTop =
        this.scaled && maxVirtual > 0 ? (this.#virtualTop / maxVirtual) * maxScroll : this.#virtualTop;
      scroller.scrollTop = scrollTop;
      this.#expectedScrollTop = scroller.scrollTop;
      this.#lastScrollTop = this.#expectedScrollTop;
    }
    this.#host.requestUpdate();
  }

  #clamp(): void {
    const { maxVirtual } = this.#limits();
    if (this.#virtualTop > maxVirtual) this.#virtualTop = maxVirtual;
  }
}
