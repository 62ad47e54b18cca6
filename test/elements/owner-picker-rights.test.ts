import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import type { DeleteCase } from '../../src/elements/delete-case/delete-case.js';
import type { OwnerPicker } from '../../src/elements/owner-picker/owner-picker.js';
import type { StatusPicker } from '../../src/elements/status-picker/status-picker.js';
import { createHandlers } from '../../src/mocks/index.js';
import type { Case, Session } from '../../src/model/types.js';
import {
  demoData,
  findCase,
  memoryBackend,
  mount,
  profiles,
  ready,
  refusal,
  shadow,
  text,
  type Profile,
} from './case-actions/harness.js';

/** The three case actions of one case, as a case view would show them. */
async function mountActions(adapter: CaseKitAdapter, session: Session, c: Case) {
  const box = await mount<HTMLDivElement>(
    html`<div>
      <ck-owner-picker case-id=${c.id} .adapter=${adapter} .session=${session}></ck-owner-picker>
      <ck-status-picker case-id=${c.id} .adapter=${adapter} .session=${session}></ck-status-picker>
      <ck-delete-case case-id=${c.id} .adapter=${adapter} .session=${session}></ck-delete-case>
    </div>`,
  );
  const owner = box.querySelector<OwnerPicker>('ck-owner-picker')!;
  const status = box.querySelector<StatusPicker>('ck-status-picker')!;
  const remove = box.querySelector<DeleteCase>('ck-delete-case')!;
  await ready(owner);
  await ready(status);
  await remove.updateComplete;
  return { owner, status, remove };
}

/** Every option of the open list, scrolling it to its end as long as that paints more (a long list paints its first ones). */
async function optionsOf(picker: OwnerPicker | StatusPicker): Promise<HTMLElement[]> {
  shadow(picker).querySelector<HTMLElement>('[role="combobox"]')!.focus();
  await sendKeys({ press: 'ArrowDown' });
  await picker.updateComplete;
  const all = () => [...shadow(picker).querySelectorAll<HTMLElement>('[role="option"]')];
  const list = shadow(picker).querySelector<HTMLElement>('[role="listbox"]')!;
  for (let painted = -1; painted !== all().length;) {
    painted = all().length;
    if (list.scrollTop + list.clientHeight >= list.scrollHeight) break;
    const scrolled = new Promise((resolve) => list.addEventListener('scroll', resolve, { once: true }));
    list.scrollTop = list.scrollHeight;
    await scrolled;
    await picker.updateComplete;
  }
  return all();
}

/** What each demo profile may do, as the product document's rights say. */
const expected: Record<
  Profile,
  { transfer: number | 'none'; status: boolean; close: boolean; remove: boolean }
> = {
  // The agent's team (Billing) has five agents and the supervisor.
  agent: { transfer: 6, status: true, close: true, remove: false },
  junior: { transfer: 1, status: true, close: false, remove: false },
  supervisor: { transfer: 15, status: true, close: true, remove: true },
  'read-only': { transfer: 'none', status: false, close: false, remove: false },
};

describe('case actions: the rights matrix over the demo profiles (MemoryAdapter)', () => {
  for (const profile of profiles) {
    it(`${profile}: transfer, status change, close and delete as the profile allows`, async () => {
      const { adapter, session } = await memoryBackend(profile);
      const c = await findCase(adapter, (x) => x.statusId === 'open' || x.statusId === 'new');
      const { owner, status, remove } = await mountActions(adapter, session, c);
      const want = expected[profile];

      if (want.transfer === 'none') {
        expect(shadow(owner).querySelector('[role="combobox"]')).to.equal(null);
        expect(text(shadow(owner).querySelector('.reason'))).to.not.equal('');
      } else {
        expect(await optionsOf(owner)).to.have.length(want.transfer);
      }

      if (!want.status) {
        expect(shadow(status).querySelector('[role="combobox"]')).to.equal(null);
        expect(text(shadow(status).querySelector('.reason'))).to.not.equal('');
      } else {
        const disabled = (await optionsOf(status)).filter((o) => o.getAttribute('aria-disabled') === 'true');
        expect(disabled.length > 0).to.equal(!want.close);
      }

      expect(shadow(remove).querySelector('button') !== null).to.equal(want.remove);
    });
  }
});

describe('case actions over the RestAdapter and the MSW backend', () => {
  const baseUrl = '/case-actions-test/api';
  const backend = createHandlers({ baseUrl, data: demoData() });
  const worker = setupWorker(...backend.handlers);
  const rest = (profile: Profile) =>
    new RestAdapter({
      baseUrl,
      headers: { Authorization: `Bearer ${demoAgentIdByProfile[profile]}` },
      changeFeed: 'off',
    });

  before(async () => {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true });
  });
  after(() => worker.stop());
  beforeEach(() => backend.reset());

  it('changes a status through the REST contract (agent)', async () => {
    const adapter = rest('agent');
    const session = await adapter.getSession();
    const c = await findCase(adapter, (x) => x.statusId === 'open');
    const { status } = await mountActions(adapter, session, c);
    const options = await optionsOf(status);
    const result = oneEvent(status, 'ck-case-status-changed');
    options.find((o) => o.textContent?.includes('Escalated'))!.click();
    await result;
    expect((await adapter.getCase(c.id)).statusId).to.equal('escalated');
  });

  it('transfers within the team through the REST contract (agent)', async () => {
    const adapter = rest('agent');
    const session = await adapter.getSession();
    const c = await findCase(adapter, (x) => x.ownerId === session.agent.id);
    const target = session.teamMembers.find((a) => a.id !== session.agent.id)!;
    const { owner } = await mountActions(adapter, session, c);
    const options = await optionsOf(owner);
    const result = oneEvent(owner, 'ck-case-transferred');
    options.find((o) => o.textContent?.includes(target.name))!.click();
    await result;
    expect((await adapter.getCase(c.id)).ownerId).to.equal(target.id);
  });

  it('shows the backend refusing what a stale profile offered (delete, close)', async () => {
    const adapter = rest('junior');
    const real = await adapter.getSession();
    // The UI still holds yesterday's profile: delete and close were allowed then.
    const stale: Session = {
      ...real,
      profile: { ...real.profile, rights: { ...real.profile.rights, delete: true, close: true } },
    };
    const c = await findCase(adapter, (x) => x.statusId === 'open' || x.statusId === 'new');
    const { status, remove } = await mountActions(adapter, stale, c);

    const options = await optionsOf(status);
    options.find((o) => o.textContent?.includes('Escalated'))!.click();
    await waitUntil(() => status.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes('now'));
    const closing = await optionsOf(status);
    const resolved = closing.find((o) => o.textContent?.includes('Resolved'))!;
    expect(resolved.getAttribute('aria-disabled')).to.equal(null);
    resolved.click();
    await status.updateComplete;
    // Resolving asks for the close reason first; the backend then refuses.
    await waitUntil(() => shadow(status).querySelector('form.required select'));
    const field = shadow(status).querySelector<HTMLSelectElement>('form.required select')!;
    field.value = 'duplicate';
    field.dispatchEvent(new Event('change'));
    await status.updateComplete;
    shadow(status).querySelector<HTMLButtonElement>('form.required [type="submit"]')!.click();
    await waitUntil(() => refusal(status) !== '', 'no refusal shown');
    expect(refusal(status)).to.match(/^The status was not changed\./);
    expect(text(shadow(status).querySelector('[role="combobox"] .chip'))).to.equal('Escalated');

    shadow(remove).querySelector<HTMLButtonElement>('.opener')!.click();
    await remove.updateComplete;
    shadow(remove).querySelector<HTMLButtonElement>('.confirm')!.click();
    await waitUntil(() => shadow(remove).querySelector('dialog [role="alert"]'), 'no refusal in the dialog');
    expect(text(shadow(remove).querySelector('dialog [role="alert"]'))).to.equal(
      'The case was not deleted. Your profile does not allow this.',
    );
    expect((await adapter.getCase(c.id)).id).to.equal(c.id);
  });
});
