/**
 * What every form page exposes as `window.formBench`: open the form (t0) until every field is
 * present and the first one focused, plus one frame; and keystroke latencies while typing.
 */
import { benchFields } from './form-fields.js';

export interface FormPage {
  /** Everything before t0: the data in hand (for the kit, the provider with its session loaded). */
  prepare(): Promise<void>;
  /** Attaches the form (t0 is taken just before). */
  open(container: HTMLElement): void;
  /** The focusable control of each field, once all of them are present; else `undefined`. */
  controls(): HTMLElement[] | undefined;
  /** The field typed into by the keystroke scenario, and its current value. */
  typingTarget(): HTMLElement;
  typedValue(): string;
}

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** The next task (no timer clamping): lets pending microtasks (element updates) run first. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
/** One frame: the next rAF, then the task after it (after that frame's style, layout and paint). */
const afterFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));

interface Keystroke {
  /** ms of main-thread work dispatching the keystroke's events (handlers and their microtasks). */
  work: number;
  /** `input` events seen at the window's bubble listener (1 unless a handler stopped one). */
  inputs: number;
  /** ms from keydown to the task after it. */
  handled: number;
  /** ms from keydown to the task after the next frame. */
  paint: number;
}

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

export function expose(name: string, page: FormPage): void {
  const container = document.querySelector<HTMLElement>('#app')!;
  const keystrokes: Keystroke[] = [];
  const api = {
    name,
    fieldCount: benchFields.length,
    ready: page.prepare(),
    /** ms from attach to all fields present + first focused (`ready`, with a forced layout) and + one frame (`frame`). */
    async measureOpen() {
      const t0 = performance.now();
      page.open(container);
      let controls = page.controls();
      while (!controls) {
        await nextTask();
        if (performance.now() - t0 > 10_000) throw new Error(`${name}: fields not there after 10 s`);
        controls = page.controls();
      }
      if (controls.length !== benchFields.length) throw new Error(`${name}: ${controls.length} fields`);
      controls[0]!.focus();
      void container.getBoundingClientRect().height; // style and layout now, inside `ready`
      const ready = performance.now() - t0;
      await afterFrame();
      const frame = performance.now() - t0;
      const focused = deepActive();
      const first = controls[0]!;
      const focusOk =
        focused !== null &&
        (first === focused || first.contains(focused) || !!first.shadowRoot?.contains(focused));
      if (!focusOk) throw new Error(`${name}: first field not focused (${focused?.localName})`);
      return { ready, frame, elements: document.getElementsByTagName('*').length };
    },
    /**
     * Focuses the typing field and records, per keystroke: `work`, the main-thread time of the
     * dispatch of its events (keydown, keypress, beforeinput, input, keyup: from the window's capture
     * listener to its bubble listener, so every handler and the microtasks they queue, such as an
     * element's re-render, are inside; frames the browser renders between those events are not);
     * `handled`, keydown's `timeStamp` → the task after it (frames and input scheduling in between
     * included); and `paint`, → the task after the next frame.
     */
    startTyping() {
      page.typingTarget().focus();
      keystrokes.length = 0;
      let dispatchStart = 0;
      let current: Keystroke | undefined;
      const begin = (event: Event) => {
        if (event.type === 'keydown') {
          const start = event.timeStamp;
          const keystroke: Keystroke = { work: 0, inputs: 0, handled: 0, paint: 0 };
          current = keystroke;
          keystrokes.push(keystroke);
          void nextTask().then(() => {
            keystroke.handled = performance.now() - start;
            requestAnimationFrame(
              () => void nextTask().then(() => (keystroke.paint = performance.now() - start)),
            );
          });
        }
        dispatchStart = performance.now();
      };
      const end = (event: Event) => {
        if (!current) return;
        current.work += performance.now() - dispatchStart;
        if (event.type === 'input') current.inputs++;
      };
      for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
        window.addEventListener(type, begin, { capture: true });
        window.addEventListener(type, end);
      }
    },
    async typingResult() {
      await afterFrame();
      await afterFrame();
      const unseen = keystrokes.filter((k) => k.inputs !== 1 || k.paint === 0).length;
      if (unseen > 0)
        throw new Error(`${name}: ${unseen} keystrokes without one input event seen or a paint`);
      return { keystrokes: [...keystrokes], value: page.typedValue() };
    },
  };
  (window as unknown as { formBench: typeof api }).formBench = api;
}
