/** The peer: `vaadin-dialog` 25.3 (modal) with the same content, rendered by its `renderer`, focus on Cancel. */
import '@vaadin/dialog';
import type { Dialog } from '@vaadin/dialog';
import { composedContains, deepActive, expose, shown } from './probe.js';
import { mountStyle } from './agents.js';
import { benchAdapter, benchCase, dialogContent } from './delete-case.js';

mountStyle('.actions{display:flex;gap:8px;justify-content:end}');
const app = document.getElementById('app')!;
const button = document.createElement('button');
button.type = 'button';
button.textContent = 'Delete';
const dialog = document.createElement('vaadin-dialog') as Dialog;
dialog.ariaLabel = 'Delete case';
let title: HTMLElement | undefined;

expose({
  async ready() {
    const content = dialogContent(await benchCase(benchAdapter()));
    dialog.renderer = (root) => {
      if (root.firstElementChild) return;
      title = Object.assign(document.createElement('h2'), { textContent: content.title });
      const warning = Object.assign(document.createElement('p'), { textContent: 'This cannot be undone.' });
      const list = document.createElement('ul');
      for (const line of content.lines)
        list.append(Object.assign(document.createElement('li'), { textContent: line }));
      const actions = document.createElement('div');
      actions.className = 'actions';
      const cancel = Object.assign(document.createElement('button'), {
        type: 'button',
        textContent: 'Cancel',
      });
      const confirm = Object.assign(document.createElement('button'), {
        type: 'button',
        textContent: 'Delete case',
      });
      cancel.addEventListener('click', () => (dialog.opened = false));
      actions.append(cancel, confirm);
      root.append(title, warning, list, actions);
      requestAnimationFrame(() => cancel.focus());
    };
    button.addEventListener('click', () => (dialog.opened = true));
    app.append(button, dialog);
    await customElements.whenDefined('vaadin-dialog');
  },
  target() {
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
  opened() {
    return dialog.opened && shown(title) && composedContains(dialog, deepActive());
  },
});
