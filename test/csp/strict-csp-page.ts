// The strict-CSP page: registers the kit, mounts it in each state, and reports what it rendered.
// Every later element joins this page (mount it below and report its text).
import './violations.js';
import '../../src/define.js';
import { LitElement, html, render } from 'lit';
import { consume } from '@lit/context';
import { property } from 'lit/decorators.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import { CaseKitError } from '../../src/adapters/errors.js';
import { sessionContext } from '../../src/context/session.js';
import type { CaseKitProvider } from '../../src/elements/provider/provider.js';
import type { Session } from '../../src/model/types.js';
import type { CspPageMessage, CspProbe } from './messages.js';

/** Shows the provided session, as any kit element will. */
class SessionProbe extends LitElement {
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: Session;

  override render() {
    return html`<p>
      ${this.session ? `${this.session.agent.name} (${this.session.profile.name})` : 'no session'}
    </p>`;
  }
}
customElements.define('csp-session-probe', SessionProbe);

function post(message: CspPageMessage): void {
  window.parent.postMessage(message, window.location.origin);
}

const text = (node: Element | ShadowRoot | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 50));

const memory = new MemoryAdapter({
  data: createDemoData({ cases: 50 }),
  agentId: demoAgentIdByProfile.agent,
});
const failing = new Proxy(memory, {
  get: (target, name, receiver) =>
    name === 'getSession'
      ? () => Promise.reject(new CaseKitError('network'))
      : (Reflect.get(target, name, receiver) as unknown),
}) as CaseKitAdapter;

function commitProbe(probe: string | null): void {
  const host = document.querySelector('main')!;
  if ((probe as CspProbe) === 'inline-style') host.setAttribute('style', 'outline: 1px solid red');
  if ((probe as CspProbe) === 'html-sink') {
    try {
      host.insertAdjacentHTML('beforeend', '<b>from a string</b>');
    } catch {
      // Trusted Types refuses the string; the violation event is what the test looks for.
    }
  }
}

async function main(): Promise<void> {
  const kit = document.querySelector<HTMLElement>('#kit')!;
  const caseId = (await memory.listCases({ offset: 0, limit: 1 })).items[0]?.id ?? '';
  render(
    html`
      <ck-provider id="ready" .adapter=${memory}
        ><csp-session-probe></csp-session-probe><ck-case-form id="case-form"></ck-case-form
        ><ck-owner-picker case-id=${caseId}></ck-owner-picker
        ><ck-status-picker case-id=${caseId}></ck-status-picker
        ><ck-delete-case show-denied case-id=${caseId}></ck-delete-case
      ></ck-provider>
      <ck-provider id="error" .adapter=${failing}></ck-provider>
      <ck-provider id="unconfigured"></ck-provider>
    `,
    kit,
  );
  const ready = kit.querySelector<CaseKitProvider>('#ready')!;
  const error = kit.querySelector<CaseKitProvider>('#error')!;
  const unconfigured = kit.querySelector<CaseKitProvider>('#unconfigured')!;
  for (
    let tries = 0;
    tries < 100 && (ready.sessionState !== 'ready' || error.sessionState !== 'error');
    tries++
  ) {
    await nextTask();
  }
  await Promise.all([ready.updateComplete, error.updateComplete, unconfigured.updateComplete]);
  const probe = kit.querySelector<SessionProbe>('csp-session-probe')!;
  await probe.updateComplete;
  const caseForm = kit.querySelector('ck-case-form')!;
  for (let tries = 0; tries < 100 && !caseForm.shadowRoot?.querySelector('form'); tries++) await nextTask();

  // The case actions, their listboxes opened (placed through the CSSOM, never a style attribute).
  const pickers = [kit.querySelector('ck-owner-picker')!, kit.querySelector('ck-status-picker')!];
  for (const picker of pickers) {
    for (let tries = 0; tries < 100 && !picker.shadowRoot?.querySelector('[role="combobox"]'); tries++) {
      await nextTask();
    }
    const combobox = picker.shadowRoot!.querySelector<HTMLElement>('[role="combobox"]')!;
    combobox.focus();
    combobox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await picker.updateComplete;
  }
  const deleteCase = kit.querySelector('ck-delete-case')!;

  commitProbe(new URLSearchParams(location.search).get('probe'));
  await nextTask();

  post({
    kind: 'ready',
    texts: {
      session: text(probe.shadowRoot),
      error: text(error.shadowRoot),
      unconfigured: text(unconfigured.shadowRoot),
      caseForm: text(caseForm.shadowRoot?.querySelector('form')),
      caseActions: [...pickers, deleteCase].map((element) => text(element.shadowRoot)).join(' | '),
      retryCursor: getComputedStyle(error.shadowRoot!.querySelector('button')!).cursor,
    },
  });
}

main().catch((error: unknown) => post({ kind: 'failed', message: String(error) }));
