import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** What the suite needs of an element with the combobox behaviour. */
export interface ComboboxHarness {
  readonly element: HTMLElement & { updateComplete: Promise<boolean> };
  /** The request event choosing fires (cancelled by the suite, so nothing changes). */
  readonly requestEvent: string;
  /** Keys that make type-ahead (or filtering) reach an option, and what its label then matches. */
  readonly typeAhead: { readonly keys: string; readonly label: RegExp };
}

/** Runs the WAI-ARIA combobox-with-listbox checks against an element; `mount` gives a fresh one. */
export function runComboboxSuite(name: string, mount: () => Promise<ComboboxHarness>): void {
  describe(`${name}: combobox behaviour`, () => {
    const root = (h: ComboboxHarness) => h.element.shadowRoot!;
    const control = (h: ComboboxHarness) => root(h).querySelector<HTMLElement>('[role="combobox"]')!;
    const listbox = (h: ComboboxHarness) => root(h).querySelector<HTMLElement>('[role="listbox"]')!;
    const options = (h: ComboboxHarness) => [...root(h).querySelectorAll<HTMLElement>('[role="option"]')];
    const active = (h: ComboboxHarness) => {
      const id = control(h).getAttribute('aria-activedescendant');
      return id ? root(h).getElementById(id) : null;
    };
    const open = (h: ComboboxHarness) => control(h).getAttribute('aria-expanded') === 'true';
    async function press(h: ComboboxHarness, key: string): Promise<void> {
      await sendKeys({ press: key });
      await h.element.updateComplete;
    }
    async function focused(): Promise<ComboboxHarness> {
      const h = await mount();
      control(h).focus();
      return h;
    }
    /** Cancels the request so the case never changes; returns what was asked for. */
    function vetoed(h: ComboboxHarness): Event[] {
      const seen: Event[] = [];
      h.element.addEventListener(h.requestEvent, (event) => {
        event.preventDefault();
        seen.push(event);
      });
      return seen;
    }

    it('is a closed combobox controlling a listbox in the same shadow root', async () => {
      const h = await mount();
      expect(control(h).getAttribute('aria-expanded')).to.equal('false');
      expect(root(h).getElementById(control(h).getAttribute('aria-controls')!)).to.equal(listbox(h));
      expect(control(h).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(control(h).tabIndex).to.equal(0);
    });

    it('opens with ArrowDown in the top layer, the current value active', async () => {
      const h = await focused();
      await press(h, 'ArrowDown');
      expect(open(h)).to.equal(true);
      expect(listbox(h).closest(':popover-open')).to.not.equal(null);
      const current = active(h)!;
      expect(current.getAttribute('role')).to.equal('option');
      expect(current.getAttribute('aria-selected')).to.equal('true');
      expect(h.element.shadowRoot!.activeElement).to.equal(control(h));
    });

    it('moves the active option with the arrows, Home and End', async () => {
      const h = await focused();
      await press(h, 'ArrowDown');
      await press(h, 'Home');
      const all = options(h);
      expect(all.length).to.be.greaterThan(1);
      expect(active(h)).to.equal(all[0]);
      await press(h, 'ArrowDown');
      expect(active(h)).to.equal(all[1]);
      await press(h, 'ArrowUp');
      expect(active(h)).to.equal(all[0]);
      await press(h, 'End');
      expect(active(h)).to.equal(options(h).at(-1));
      expect(active(h)!.classList.contains('active')).to.equal(true);
    });

    it('closes with Escape without choosing, focus kept on the control', async () => {
      const h = await focused();
      const seen = vetoed(h);
      await press(h, 'ArrowDown');
      await press(h, 'End');
      await press(h, 'Escape');
      expect(open(h)).to.equal(false);
      expect(listbox(h).closest(':popover-open')).to.equal(null);
      expect(seen).to.have.length(0);
      expect(h.element.shadowRoot!.activeElement).to.equal(control(h));
    });

    it('chooses the active option with Enter, which fires the cancelable request', async () => {
      const h = await focused();
      const seen = vetoed(h);
      await press(h, 'ArrowDown');
      await press(h, 'Home');
      const choosable = (o: Element | null) =>
        o?.getAttribute('aria-selected') !== 'true' && o?.getAttribute('aria-disabled') !== 'true';
      for (let i = 0; i < options(h).length && !choosable(active(h)); i++) await press(h, 'ArrowDown');
      expect(choosable(active(h))).to.equal(true);
      await press(h, 'Enter');
      expect(seen).to.have.length(1);
      expect(seen[0]!.cancelable).to.equal(true);
      expect(open(h)).to.equal(false);
    });

    it('reaches an option by typing', async () => {
      const h = await focused();
      await sendKeys({ type: h.typeAhead.keys });
      await h.element.updateComplete;
      await waitUntil(() => h.typeAhead.label.test(active(h)?.textContent ?? ''), 'no option reached');
      expect(open(h)).to.equal(true);
    });

    it('chooses an option with a click, focus kept on the control', async () => {
      const h = await focused();
      const seen = vetoed(h);
      await press(h, 'ArrowDown');
      const target = options(h).find(
        (o) => o.getAttribute('aria-selected') !== 'true' && o.getAttribute('aria-disabled') !== 'true',
      )!;
      target.click();
      await h.element.updateComplete;
      expect(seen).to.have.length(1);
      expect(open(h)).to.equal(false);
    });

    it('closes when focus leaves (Tab), without choosing', async () => {
      const h = await focused();
      const seen = vetoed(h);
      await press(h, 'ArrowDown');
      await press(h, 'ArrowDown');
      await press(h, 'Tab');
      expect(open(h)).to.equal(false);
      expect(seen).to.have.length(0);
    });

    it('is as tall as the kit’s other controls (the control height token, border included)', async () => {
      const h = await mount();
      const box = control(h).closest('.control')!;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(box.getBoundingClientRect().height).to.equal(2 * rem);
    });

    it('has targets of at least 24px and stays accessible while open', async function () {
      this.timeout(30_000);
      const h = await focused();
      await press(h, 'ArrowDown');
      expect(control(h).getBoundingClientRect().height).to.be.at.least(24);
      for (const option of options(h).slice(0, 5)) {
        expect(option.getBoundingClientRect().height).to.be.at.least(24);
      }
      await expect(h.element).to.be.accessible();
    });
  });
}
