/**
 * casekit: `<ck-case-form mode="create">` in a `<ck-provider>` over a MemoryAdapter whose layout is
 * the 40-field layout. The provider and its session are loaded before t0 (the data in hand).
 */
import '../../../src/define.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../../src/adapters/memory/index.js';
import type { CaseForm } from '../../../src/elements/case-form/case-form.js';
import type { CaseKitDataset } from '../../../src/model/dataset.js';
import { benchFields, casekitLayout } from './form-fields.js';
import { expose } from './probe.js';

let provider: HTMLElement & { session?: unknown; adapter?: MemoryAdapter };
let form: CaseForm | undefined;

const controlsOf = () =>
  form?.shadowRoot ? [...form.shadowRoot.querySelectorAll<HTMLElement>('[data-field]')] : [];

expose('kit', {
  async prepare() {
    const data = JSON.parse(JSON.stringify(createDemoData({ cases: 200, seed: 1 }))) as CaseKitDataset & {
      layouts: Record<string, unknown>;
    };
    for (const id of Object.keys(data.layouts)) data.layouts[id] = casekitLayout(id);
    const style = document.createElement('style');
    style.textContent = 'ck-provider{display:block}';
    document.head.append(style);
    provider = document.createElement('ck-provider');
    provider.adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile.agent });
    document.querySelector('#app')!.append(provider);
    const started = performance.now();
    while (!provider.session) {
      if (performance.now() - started > 10_000) throw new Error('kit: no session');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  },
  open() {
    form = document.createElement('ck-case-form');
    form.mode = 'create';
    provider.append(form);
  },
  controls() {
    const all = controlsOf();
    return all.length >= benchFields.length ? all : undefined;
  },
  typingTarget: () => form!.shadowRoot!.querySelector<HTMLInputElement>('[data-field="text2"]')!,
  typedValue: () => form!.shadowRoot!.querySelector<HTMLInputElement>('[data-field="text2"]')!.value,
});
