import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import type { CaseList } from '../../src/elements/case-list/case-list.js';
import type { CaseKitProvider } from '../../src/elements/provider/provider.js';
import type { LocalizedText } from '../../src/model/types.js';
import { caseRows, forward, memoryBackend } from './case-list/harness.js';

const english = (text: LocalizedText) => (typeof text === 'string' ? text : text.en!);

/** An adapter that counts the calls of the elements using it. */
function counted(adapter: CaseKitAdapter): { adapter: CaseKitAdapter; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(adapter, {
    get(target, name) {
      const value = forward(target, name);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(name));
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return { adapter: proxy, calls };
}

/** What `start` led to: elements holding a case list, added to the body and removed again. */
async function nextWarmUp(start: () => Promise<unknown>): Promise<HTMLElement[]> {
  const added: HTMLElement[] = [];
  const removed: HTMLElement[] = [];
  const watch = new MutationObserver((records) => {
    for (const record of records) {
      added.push(...[...record.addedNodes].filter((n): n is HTMLElement => n instanceof HTMLElement));
      removed.push(...[...record.removedNodes].filter((n): n is HTMLElement => n instanceof HTMLElement));
    }
  });
  watch.observe(document.body, { childList: true });
  await start();
  // The warm-up waits for an idle moment, which comes within 2 s even on a busy page.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  watch.disconnect();
  return added.filter((node) => removed.includes(node) && node.shadowRoot?.querySelector('ck-case-list'));
}

describe('ck-case-list warm-up (after the first session of the page)', () => {
  it('renders a list once, invisibly, over made-up cases, without the host’s adapter or providers, then removes it', async () => {
    const backend = await memoryBackend({ profile: 'agent' });
    const { adapter, calls } = counted(backend.adapter);
    const requests: Event[] = [];
    const onRequest = (event: Event) => requests.push(event);
    document.addEventListener('context-request', onRequest);
    let provider: CaseKitProvider | undefined;

    const warmUps = await nextWarmUp(async () => {
      provider = await fixture<CaseKitProvider>(html`<ck-provider .adapter=${adapter}></ck-provider>`);
      await waitUntil(() => provider!.sessionState === 'ready');
    });
    document.removeEventListener('context-request', onRequest);

    expect(warmUps).to.have.length(1);
    const host = warmUps[0]!;
    expect(host.isConnected).to.equal(false);
    expect(host.style.visibility).to.equal('hidden');
    expect(host.style.position).to.equal('fixed');
    const list = host.shadowRoot!.querySelector('ck-case-list') as CaseList;
    // It had rendered its rows: the session's columns and two made-up cases in its first two statuses.
    const rows = caseRows(list);
    expect(rows).to.have.length(2);
    const [first, second] = backend.session.statuses;
    expect(rows[0]!.textContent).to.contain(english(first!.label));
    expect(rows[1]!.textContent).to.contain(english(second!.label));
    expect(rows[0]!.textContent).to.contain(backend.session.agent.name);
    // Only the provider's own call reached the host's adapter, and no context request left the warm-up.
    expect(calls).to.deep.equal(['getSession']);
    expect(requests).to.deep.equal([]);

    // A list the agent opens afterwards shows the host's cases, never the made-up ones.
    const shown = document.createElement('ck-case-list');
    provider!.append(shown);
    await waitUntil(() => caseRows(shown).length > 2, 'the agent’s list shows its cases');
    expect(caseRows(shown).filter((row) => row.dataset.caseId!.startsWith('warm-up'))).to.deep.equal([]);
    expect(calls).to.include('listCases');

    // Once per page: another provider's session does not warm the list again.
    const other = counted((await memoryBackend({ profile: 'supervisor' })).adapter);
    const again = await nextWarmUp(async () => {
      const second = await fixture<CaseKitProvider>(
        html`<ck-provider .adapter=${other.adapter}></ck-provider>`,
      );
      await waitUntil(() => second.sessionState === 'ready');
    });
    expect(again).to.deep.equal([]);
  });
});
