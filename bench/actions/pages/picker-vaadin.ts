/** The peer: `vaadin-combo-box` 25.3 with the same 10,000 agents as `items` (its own label filter). */
import '@vaadin/combo-box';
import type { ComboBox } from '@vaadin/combo-box';
import { expose, shown } from './probe.js';
import { loadAgents, mountStyle, pageSize, type BenchAgent } from './agents.js';

mountStyle('vaadin-combo-box{width:16rem}');

let agents: BenchAgent[] = [];
const app = document.getElementById('app')!;
const combo = document.createElement('vaadin-combo-box') as ComboBox<BenchAgent>;
combo.label = 'Owner';
combo.itemLabelPath = 'name';
combo.itemValuePath = 'id';

/** Rendered items, wherever this version puts them (light DOM or the overlay's shadow root). */
function renderedItems(): (HTMLElement & { index?: number; item?: BenchAgent })[] {
  const light = combo.querySelectorAll('vaadin-combo-box-item');
  if (light.length) return [...light] as never;
  const found: HTMLElement[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'vaadin-combo-box-item') found.push(el as HTMLElement);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(combo.shadowRoot!);
  return found as never;
}

const expected = new Map<string, string[]>();
const matches = (needle: string) => {
  const lower = needle.toLowerCase();
  const found: string[] = [];
  for (let i = 0; i < agents.length && found.length < pageSize; i++)
    if (agents[i]!.name.toLowerCase().includes(lower)) found.push(agents[i]!.name);
  return found;
};

expose({
  async ready() {
    agents = await loadAgents();
    combo.items = agents;
    app.append(combo);
    await customElements.whenDefined('vaadin-combo-box');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  },
  target() {
    const input = combo.querySelector('input')!;
    const box = input.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
  async expect(needles) {
    for (const needle of ['', ...needles]) expected.set(needle, matches(needle));
  },
  shows(needle) {
    if (!combo.opened) return false;
    const want = expected.get(needle) ?? [];
    let first = false;
    for (const item of renderedItems()) {
      if (item.index === undefined || item.index >= want.length || !shown(item)) continue;
      if (item.textContent?.trim() !== want[item.index]) return false;
      if (item.index === 0) first = true;
    }
    return first;
  },
});
