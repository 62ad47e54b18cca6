/**
 * The floor, not a contender: a native `<input>` whose typing does nothing, "done" as soon as the probe
 * checks. What the browser and the probe cost per keystroke whatever an implementation does: its
 * trace rows show how much of theirs is left to the implementations.
 */
import { expose } from './probe.js';
import { mountStyle } from './agents.js';

mountStyle('');
const input = document.createElement('input');
input.setAttribute('aria-label', 'Owner');
document.getElementById('app')!.append(input);

expose({
  async ready() {},
  target() {
    const box = input.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
  shows: () => true,
});
