/**
 * In-page measurement helpers, the same for every implementation. The harness tells the probe how to
 * read an implementation's DOM with a `ViewSpec` (bench/views.mjs); everything else is generic:
 * rows are read by geometry (the rows under the header, top to bottom), cells by their text
 * (through slots for light-DOM cell content such as vaadin-grid's).
 */

export interface ViewSpec {
  /** The element under test, in the document. */
  readonly host: string;
  /** Data rows (not the header row), searched in the host's light DOM and every shadow root inside. */
  readonly row: string;
  /** Cells inside a row. */
  readonly cell: string;
  /** Column-title click targets, matched by their label. */
  readonly header: string;
  /** The search input. */
  readonly search: string;
  /** The scrolling element; the largest scrollable element inside the host when absent. */
  readonly scroller?: string;
}

/** What the rows in view must show: case numbers top to bottom, one of some cell texts in the first row, or no rows. */
export type Expectation =
  | { readonly numbers: readonly string[] }
  | { readonly firstCellOneOf: readonly string[] }
  | { readonly empty: true };

let spec: ViewSpec | undefined;
const rootCache = new Map<string, ParentNode>();

export function setView(view: ViewSpec): void {
  spec = view;
  rootCache.clear();
}

function view(): ViewSpec {
  if (spec === undefined) throw new Error('probe: setView() first');
  return spec;
}

function hostElement(): Element | null {
  return document.querySelector(view().host);
}

/** All matches in `root` and in every shadow root below it. */
export function deepAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  // The root's own shadow tree too (the host element of a web component keeps its DOM there).
  if (root instanceof Element && root.shadowRoot) found.push(...deepAll(root.shadowRoot, selector));
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

/** The root (host, or a shadow root inside it) that holds matches of `selector`; looked up once, then cached. */
function rootOf(selector: string): ParentNode | null {
  const cached = rootCache.get(selector);
  if (cached && (cached instanceof ShadowRoot ? cached.host.isConnected : (cached as Element).isConnected))
    return cached;
  const host = hostElement();
  if (host === null) return null;
  const search = (root: ParentNode): ParentNode | null => {
    if (root.querySelector(selector)) return root;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const r = search(el.shadowRoot);
        if (r) return r;
      }
    }
    return null;
  };
  const found = search(host) ?? (host.shadowRoot ? search(host.shadowRoot) : null);
  if (found) rootCache.set(selector, found);
  return found;
}

function all(selector: string): Element[] {
  const root = rootOf(selector);
  return root ? [...root.querySelectorAll(selector)] : [];
}

export function cellText(cell: Element): string {
  const slot = cell.querySelector('slot');
  if (slot)
    return slot
      .assignedNodes({ flatten: true })
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
  return (cell.textContent ?? '').trim();
}

export function scroller(): HTMLElement | null {
  const v = view();
  if (v.scroller)
    return (deepAll(hostElement() ?? document, v.scroller)[0] as HTMLElement | undefined) ?? null;
  const host = hostElement();
  if (host === null) return null;
  let best: HTMLElement | null = null;
  for (const el of [host, ...deepAll(host, '*')] as HTMLElement[]) {
    const oy = getComputedStyle(el).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
      if (best === null || el.scrollHeight > best.scrollHeight) best = el;
    }
  }
  return best;
}

function headerBottom(): number {
  let bottom = -Infinity;
  for (const h of all(view().header)) {
    const r = h.getBoundingClientRect();
    if (r.height > 0) bottom = Math.max(bottom, r.bottom);
  }
  return bottom;
}

/** Text of the cells of the data rows in view, top to bottom. */
export function visibleRows(): string[][] {
  const sc = scroller();
  const hb = headerBottom();
  const rows = all(view().row)
    .map((row) => ({ row, rect: row.getBoundingClientRect() }))
    .filter(({ rect }) => rect.height > 0);
  if (rows.length === 0) return [];
  const box = sc ? sc.getBoundingClientRect() : { top: -Infinity, bottom: Infinity };
  const top = Math.max(box.top, Number.isFinite(hb) ? hb : -Infinity);
  return rows
    .filter(({ rect }) => rect.top + rect.height / 2 >= top && rect.top + rect.height / 2 <= box.bottom)
    .sort((a, b) => a.rect.top - b.rect.top)
    .map(({ row }) => [...row.querySelectorAll(view().cell)].map(cellText));
}

/** Height of the data area in rows (how many rows a full viewport shows). */
export function viewportRows(): number {
  const sc = scroller();
  const first = all(view().row).find((r) => r.getBoundingClientRect().height > 0);
  if (!sc || !first) return 0;
  const box = sc.getBoundingClientRect();
  const hb = headerBottom();
  const top = Number.isFinite(hb) ? Math.max(box.top, hb) : box.top;
  // The horizontal scrollbar (if any) is inside the box: clientHeight leaves it out.
  const bottom = box.top + sc.clientTop + sc.clientHeight;
  return Math.floor((bottom - top) / first.getBoundingClientRect().height);
}

const numberPattern = /^C-\d+$/;
const numberOf = (cells: readonly string[]) => cells.find((t) => numberPattern.test(t));

/**
 * Whether the rows in view show `expect`: every row in view has the expected case number in order
 * (and rows past the expected ones show none), and a full viewport of them is there.
 */
export function satisfied(expect: Expectation): boolean {
  const rows = visibleRows();
  if ('empty' in expect) return rows.every((cells) => numberOf(cells) === undefined);
  if ('firstCellOneOf' in expect) return rows[0]?.some((t) => expect.firstCellOneOf.includes(t)) ?? false;
  const want = expect.numbers;
  if (rows.length === 0 || rows.length < Math.min(want.length, viewportRows())) return false;
  for (let i = 0; i < rows.length; i++) {
    const n = numberOf(rows[i]!);
    if (i < want.length ? n !== want[i] : n !== undefined) return false;
  }
  return true;
}

/** Center of the column title labelled `label` (for a real mouse click). */
export function headerPoint(label: string): { x: number; y: number } | null {
  const want = label.toLowerCase();
  const target = all(view().header).find((h) => cellText(h).toLowerCase().startsWith(want));
  if (!target) return null;
  const r = target.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

export function searchPoint(): { x: number; y: number } | null {
  const visible = (el: Element) => el.getBoundingClientRect().width > 0;
  const input =
    deepAll(hostElement() ?? document, view().search).find(visible) ??
    [...document.querySelectorAll(view().search)].find(visible);
  if (!input) return null;
  const r = input.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Polls `expect` once per frame; resolves one frame after it first holds (i.e. after those rows were painted). */
async function paintedAfter(expect: Expectation, deadline: number): Promise<{ t1: number; frames: number }> {
  let frames = 0;
  for (;;) {
    const now = await nextFrame();
    frames++;
    if (satisfied(expect)) return { t1: await nextFrame(), frames: frames + 1 };
    if (now > deadline) throw new Error(`timed out waiting for ${JSON.stringify(expect).slice(0, 200)}`);
  }
}

/** Long tasks and long animation frames seen while `run` runs. */
export async function withLongTasks<T>(run: () => Promise<T>) {
  const tasks: number[] = [];
  const frames: number[] = [];
  const observers = [
    ['longtask', tasks],
    ['long-animation-frame', frames],
  ].flatMap(([type, into]) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type as string)) return [];
    const o = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (into as number[]).push(e.duration);
    });
    o.observe({ type: type as string });
    return [o];
  });
  try {
    const result = await run();
    await new Promise((r) => setTimeout(r, 0));
    for (const o of observers)
      for (const e of o.takeRecords()) (e.entryType === 'longtask' ? tasks : frames).push(e.duration);
    return { result, longTasks: tasks, longFrames: frames };
  } finally {
    for (const o of observers) o.disconnect();
  }
}

/** Mounts the implementation (t0) and waits for `expect` painted (t1). */
export async function measureMount(mount: () => void, expect: Expectation) {
  const t0 = performance.now();
  performance.mark('bench:t0');
  mount();
  const { t1, frames } = await paintedAfter(expect, t0 + 30_000);
  performance.mark('bench:t1');
  return { ms: t1 - t0, frames };
}

let armed: Promise<unknown> | undefined;

/** Waits for the next `type` event (a real click) and then for `expect` painted; collect with `collect()`. */
export function armEvent(type: string, expect: Expectation): void {
  armed = withLongTasks(
    () =>
      new Promise<{ ms: number; frames: number }>((resolve, reject) => {
        addEventListener(
          type,
          (event) => {
            const t0 = event.timeStamp;
            paintedAfter(expect, performance.now() + 30_000).then(
              ({ t1, frames }) => resolve({ ms: t1 - t0, frames }),
              reject,
            );
          },
          { capture: true, once: true },
        );
      }),
  );
}

interface Keystroke {
  readonly value: string;
  readonly t0: number;
  t1?: number;
  readonly observable: boolean;
}

let stopSearch: (() => void) | undefined;

/**
 * Watches `input` events on the search field (a real keyboard): each keystroke's latency runs from the
 * event's timeStamp to its expected rows painted plus one frame. A keystroke whose expected rows equal
 * the previous one's cannot be seen on screen: it is recorded as not observable and left out of the
 * statistics. A keystroke overtaken by a later one ends when the later one's rows are painted.
 */
export function armSearch(expectations: Readonly<Record<string, Expectation>>): void {
  const keystrokes: Keystroke[] = [];
  const eventDurations: number[] = [];
  let previous = JSON.stringify(expectations[''] ?? null);
  let stopping = false;
  const onInput = (event: Event) => {
    const value = String((event.composedPath()[0] as HTMLInputElement).value ?? '');
    const key = JSON.stringify(expectations[value] ?? null);
    keystrokes.push({ value, t0: event.timeStamp, observable: key !== previous });
    previous = key;
  };
  addEventListener('input', onInput, { capture: true });
  const eventObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) eventDurations.push(e.duration);
  });
  eventObserver.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  stopSearch = () => (stopping = true);

  const watch = async () => {
    let painted = -1; // keystrokes up to this index had their rows (or a later one's) in the DOM last frame
    for (;;) {
      const now = await nextFrame();
      for (let i = 0; i <= painted; i++) keystrokes[i]!.t1 ??= now;
      painted = -1;
      for (let i = keystrokes.length - 1; i >= 0; i--) {
        const k = keystrokes[i]!;
        if (k.t1 !== undefined) break;
        const expect = expectations[k.value];
        if (expect && satisfied(expect)) {
          painted = i;
          break;
        }
      }
      const last = keystrokes[keystrokes.length - 1];
      if (stopping && painted < 0 && keystrokes.every((k) => k.t1 !== undefined)) return;
      if (last && last.t1 === undefined && now - last.t0 > 30_000)
        throw new Error(`search: "${last.value}" never painted`);
    }
  };
  armed = withLongTasks(watch).then(({ longTasks, longFrames }) => {
    removeEventListener('input', onInput, { capture: true });
    for (const e of eventObserver.takeRecords()) eventDurations.push(e.duration);
    eventObserver.disconnect();
    return {
      keystrokes: keystrokes.map((k) => ({
        value: k.value,
        ms: (k.t1 ?? NaN) - k.t0,
        observable: k.observable,
      })),
      eventTimingMax: Math.max(0, ...eventDurations),
      longTasks,
      longFrames,
    };
  });
}

/** Ends a watch started by `armEvent` or `armSearch` and returns what it measured. */
export async function collect(): Promise<unknown> {
  stopSearch?.();
  stopSearch = undefined;
  const result = await armed;
  armed = undefined;
  return result;
}

/**
 * Scrolls the list by one viewport per frame for `frames` frames and returns the frame intervals,
 * with the long tasks seen meanwhile. Nothing is read from the DOM in the loop but `clientHeight`.
 */
export async function scrollRun(frames: number) {
  const sc = scroller();
  if (!sc) throw new Error('scroll: no scrolling element');
  const step = sc.clientHeight;
  const { result, longTasks, longFrames } = await withLongTasks(async () => {
    const stamps: number[] = [];
    for (let i = 0; i < frames; i++) {
      stamps.push(await nextFrame());
      sc.scrollTop += step;
    }
    stamps.push(await nextFrame());
    return stamps.slice(1).map((t, i) => t - stamps[i]!);
  });
  return { intervals: result, longTasks, longFrames, scrollTop: sc.scrollTop };
}

/**
 * Rows in view that are blank or wrong two frames after a jump to each position (fractions of the
 * scroll range). A row is right when it shows a case number and that case's title, in case-number
 * order with the rows above it. `expectedRows` is how many rows a full viewport shows.
 */
export async function blankRows(
  titleByNumber: ReadonlyMap<string, string>,
  positions: readonly number[],
  expectedRows: number,
) {
  const sc = scroller();
  if (!sc) throw new Error('blank rows: no scrolling element');
  const counts: number[] = [];
  for (const position of positions) {
    sc.scrollTop = Math.round(position * (sc.scrollHeight - sc.clientHeight));
    await nextFrame();
    await nextFrame();
    counts.push(expectedRows - rightRows(titleByNumber));
  }
  return counts;
}

export function rightRows(titleByNumber: ReadonlyMap<string, string>): number {
  let right = 0;
  let previous = -1;
  for (const cells of visibleRows()) {
    const number = numberOf(cells);
    const title = number === undefined ? undefined : titleByNumber.get(number);
    const n = number === undefined ? NaN : Number(number.slice(2));
    const inOrder = previous < 0 || n === previous + 1;
    if (title !== undefined && cells.includes(title) && inOrder) right++;
    if (!Number.isNaN(n)) previous = n;
  }
  return right;
}

/** Elements in the document, shadow trees included. */
export function elementCount(): number {
  return deepAll(document, '*').length;
}
