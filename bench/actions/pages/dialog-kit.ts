/** casekit: `<ck-delete-case>` in `<ck-provider>`, the case loaded before t0 (the button enabled). */
import '../../../src/define.js';
import { composedContains, deepActive, expose, shown } from './probe.js';
import { mountStyle } from './agents.js';
import { benchAdapter, benchCase } from './delete-case.js';

mountStyle('ck-provider{display:contents}');
const app = document.getElementById('app')!;
let element: HTMLElementTagNameMap['ck-delete-case'] | undefined;
const opener = () => element?.shadowRoot?.querySelector<HTMLElement>('.opener');

expose({
  async ready() {
    const adapter = benchAdapter();
    const provider = document.createElement('ck-provider') as HTMLElementTagNameMap['ck-provider'];
    provider.adapter = adapter;
    element = document.createElement('ck-delete-case');
    element.caseId = (await benchCase(adapter)).id;
    provider.append(element);
    app.append(provider);
    while (
      opener()?.getAttribute('aria-disabled') !== 'false' ||
      !element.shadowRoot?.querySelector('dialog')
    )
      await new Promise((resolve) => setTimeout(resolve, 10));
  },
  target() {
    const box = opener()!.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
  opened() {
    const dialog = element?.shadowRoot?.querySelector('dialog');
    return !!dialog?.open && shown(dialog.querySelector('h2')) && composedContains(dialog, deepActive());
  },
});
