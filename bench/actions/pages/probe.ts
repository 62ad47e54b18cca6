/**
 * The in-page half of the case-action benchmark: times from a real input event (its `timeStamp`) to
 * the state an implementation says is "done" (options or dialog painted), plus one animation frame.
 * The state is checked after every task (a 0 ms timer chain) and in every frame.
 */

/** What an implementation of a scenario gives the probe. */
export interface ActionPage {
  /** Resolves when the element is mounted and ready (data loaded) — before any t0. */
  ready(): Promise<void>;
  /** Centre of what the benchmark clicks (the combobox input, the delete button). */
  target(): { x: number; y: number };
  /** The picker's list is open and shows the options expected for `needle` ('' when just opened). */
  shows?(needle: string): boolean;
  /** Precomputes the expected options of each needle (outside any measurement). */
  expect?(needles: readonly string[]): Promise<void>;
  /** The dialog's content is painted and focus is inside it. */
  opened?(): boolean;
}

declare global {
  interface Window {
    bench: {
      ready: Promise<void>;
      target(): { x: number; y: number };
      expect(needles: readonly string[]): Promise<void>;
      /** Arms the timing of the next click (picker open or dialog open). */
      armClick(kind: 'open' | 'dialog'): void;
      /** Arms the timing of every `input` event. */
      armInput(): void;
      /** Resolves with the measured durations once `count` timings ended (or rejects after `timeoutMs`). */
      results(count: number, timeoutMs?: number): Promise<number[]>;
      /** The `[t0, t1]` (page times) of the timings `results` returned so far, and forgets them. */
      windows(): [number, number][];
      /** Marks `bench-sync` (seen in a CDP trace) and returns its page time: the trace's clock offset. */
      sync(): number;
    };
  }
}

/** Text folded for matching: no accents, lower case. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `ancestor` or inside it, across shadow boundaries. */
export function composedContains(ancestor: Node, node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === ancestor) return true;
  return false;
}

/** Laid out and not hidden (the top layer included). */
export function shown(element: Element | null | undefined): element is HTMLElement {
  if (!element || !element.checkVisibility()) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Options' labels equal the expected ones, in order (`labels` may be a prefix window of `expected`). */
export function sameLabels(labels: readonly string[], expected: readonly string[]): boolean {
  if (labels.length !== expected.length) return false;
  return labels.every((label, i) => label === expected[i]);
}

export function expose(page: ActionPage): void {
  const durations: number[] = [];
  const windows: [number, number][] = [];
  let waiters: (() => void)[] = [];
  interface Pending {
    /** The input times this end closes (a keystroke overtaken by the next ends with it). */
    readonly t0s: number[];
    checking: boolean;
    done: boolean;
  }
  const finish = (pending: Pending) => {
    requestAnimationFrame(() => {
      const t1 = performance.now();
      for (const t0 of pending.t0s) {
        durations.push(t1 - t0);
        windows.push([t0, t1]);
      }
      pending.done = true;
      for (const wake of [...waiters]) wake();
    });
  };
  /** Checks `done()` after every task and in every frame until it holds. */
  const watch = (t0s: number[], done: () => boolean): Pending => {
    const pending: Pending = { t0s, checking: true, done: false };
    const check = (inFrame: boolean) => {
      if (!pending.checking) return;
      if (done()) {
        pending.checking = false;
        // Seen in a frame callback, the state is painted with this frame; seen after a task, with the
        // next one. Either way the timing ends at the first frame after that paint (visible + next rAF).
        if (inFrame) finish(pending);
        else requestAnimationFrame(() => finish(pending));
        return;
      }
      if (!inFrame) setTimeout(() => check(false), 0);
    };
    const frame = () => {
      if (!pending.checking) return;
      check(true);
      requestAnimationFrame(frame);
    };
    setTimeout(() => check(false), 0);
    requestAnimationFrame(frame);
    return pending;
  };

  window.bench = {
    ready: page.ready(),
    target: () => page.target(),
    expect: (needles) => page.expect?.(needles) ?? Promise.resolve(),
    armClick(kind) {
      window.addEventListener(
        'click',
        (event) => {
          const done = kind === 'open' ? () => page.shows!('') : () => page.opened!();
          watch([event.timeStamp], done);
        },
        { capture: true, once: true },
      );
    },
    armInput() {
      let last: Pending | undefined;
      window.addEventListener(
        'input',
        (event) => {
          const needle = (event.composedPath()[0] as HTMLInputElement).value;
          const t0s = [event.timeStamp];
          if (last && last.checking) {
            last.checking = false;
            t0s.unshift(...last.t0s);
          }
          last = watch(t0s, () => page.shows!(needle));
        },
        { capture: true },
      );
    },
    windows: () => windows.splice(0, windows.length),
    sync: () => performance.mark('bench-sync').startTime,
    results(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`only ${durations.length} of ${count} timings ended`)),
          timeoutMs,
        );
        const check = () => {
          if (durations.length < count) return;
          clearTimeout(timer);
          waiters = waiters.filter((w) => w !== check);
          resolve(durations.splice(0, durations.length));
        };
        waiters.push(check);
        check();
      });
    },
  };
}
