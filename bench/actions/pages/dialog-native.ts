/** The limit: a `<button>` and a native `<dialog>` opened with `showModal()`, focus on Cancel. */
import { composedContains, deepActive, expose, shown } from './probe.js';
import { mountStyle } from './agents.js';
import { benchAdapter, benchCase, dialogContent, dialogCss } from './delete-case.js';

mountStyle(dialogCss);
const app = document.getElementById('app')!;
const button = document.createElement('button');
button.type = 'button';
button.textContent = 'Delete';
const dialog = document.createElement('dialog');
dialog.setAttribute('aria-labelledby', 'title');

expose({
  async ready() {
    const content = dialogContent(await benchCase(benchAdapter()));
    const title = document.createElement('h2');
    title.id = 'title';
    title.textContent = content.title;
    const warning = document.createElement('p');
    warning.textContent = 'This cannot be undone.';
    const list = document.createElement('ul');
    for (const line of content.lines)
      list.append(Object.assign(document.createElement('li'), { textContent: line }));
    const actions = document.createElement('div');
    actions.className = 'actions';
    const cancel = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Cancel' });
    const confirm = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: 'Delete case',
    });
    cancel.addEventListener('click', () => dialog.close());
    actions.append(cancel, confirm);
    dialog.append(title, warning, list, actions);
    button.addEventListener('click', () => {
      dialog.showModal();
      cancel.focus();
    });
    app.append(button, dialog);
  },
  target() {
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
  opened() {
    return dialog.open && shown(dialog.querySelector('h2')) && composedContains(dialog, deepActive());
  },
});
