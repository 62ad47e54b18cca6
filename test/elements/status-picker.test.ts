import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import { CaseKitError } from '../../src/adapters/errors.js';
import '../../src/i18n/fr.js';
import type { StatusPicker } from '../../src/elements/status-picker/status-picker.js';
import type { CaseStatusChangedEvent, StatusChangeEvent } from '../../src/events/case-actions.js';
import type { Session } from '../../src/model/types.js';
import { runComboboxSuite } from './combobox-suite.js';
import {
  announced,
  findCase,
  memoryBackend,
  mount,
  nextTask,
  overriding,
  ready,
  refusal,
  shadow,
  text,
} from './case-actions/harness.js';

async function mountPicker(adapter: CaseKitAdapter, session: Session, caseId: string, lang = 'en') {
  const picker = await mount<StatusPicker>(
    html`<ck-status-picker case-id=${caseId} .adapter=${adapter} .session=${session}></ck-status-picker>`,
    lang,
  );
  await ready(picker);
  return picker;
}

const control = (picker: StatusPicker) => shadow(picker).querySelector<HTMLElement>('[role="combobox"]')!;
const options = (picker: StatusPicker) => [
  ...shadow(picker).querySelectorAll<HTMLElement>('[role="option"]'),
];
const optionNames = (picker: StatusPicker) =>
  options(picker).map((o) => text(o.querySelector('span:not(.swatch)')));

async function openList(picker: StatusPicker): Promise<void> {
  control(picker).focus();
  await sendKeys({ press: 'ArrowDown' });
  await picker.updateComplete;
}

async function choose(picker: StatusPicker, label: string): Promise<void> {
  await openList(picker);
  const index = optionNames(picker).indexOf(label);
  expect(index, `option ${label}`).to.be.at.least(0);
  options(picker)[index]!.click();
  await picker.updateComplete;
}

runComboboxSuite('ck-status-picker', async () => {
  const { adapter, session } = await memoryBackend('agent');
  const c = await findCase(adapter, (x) => x.statusId === 'open');
  const element = await mountPicker(adapter, session, c.id);
  return { element, requestEvent: 'ck-status-change', typeAhead: { keys: 'e', label: /Escalated/ } };
});

describe('ck-status-picker', () => {
  describe('accessibility', () => {
    it('shows the status as a chip with its tone inside a labelled select-only combobox', async function () {
      this.timeout(30_000);
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.statusId === 'pending');
      const picker = await mountPicker(adapter, session, c.id);
      const chip = control(picker).querySelector<HTMLElement>('.chip')!;
      expect(text(chip)).to.equal('Pending customer');
      expect(chip.dataset['tone']).to.equal('warning');
      expect(control(picker).getAttribute('aria-labelledby')).to.equal('label');
      expect(text(shadow(picker).getElementById('label'))).to.equal('Status');
      await expect(picker).to.be.accessible();
    });
  });

  describe('rights', () => {
    it('offers every status (agent); closed ones marked', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.statusId === 'open');
      const picker = await mountPicker(adapter, session, c.id);
      await openList(picker);
      expect(optionNames(picker)).to.deep.equal([
        'New',
        'Open',
        'Pending customer',
        'Escalated',
        'Resolved',
        'Closed',
      ]);
      // "Resolved (closed)", but "Closed" alone: its label says it already.
      const marked = options(picker).filter((o) => text(o).includes('(closed)'));
      expect(marked.map((o) => text(o.querySelector('span:not(.swatch)')))).to.deep.equal(['Resolved']);
      expect(options(picker).filter((o) => o.getAttribute('aria-disabled') === 'true')).to.have.length(0);
    });

    it('follows the current status’s next list', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.statusId === 'resolved');
      const picker = await mountPicker(adapter, session, c.id);
      await openList(picker);
      expect(optionNames(picker)).to.deep.equal(['Open', 'Resolved', 'Closed']);
    });

    it('disables closed statuses with the reason without the close right (junior)', async function () {
      this.timeout(30_000);
      const { adapter, session } = await memoryBackend('junior');
      const c = await findCase(adapter, (x) => ['new', 'open', 'pending', 'escalated'].includes(x.statusId));
      const picker = await mountPicker(adapter, session, c.id);
      await openList(picker);
      const closed = options(picker).filter((o) => o.getAttribute('aria-disabled') === 'true');
      expect(closed.map((o) => text(o.querySelector('span:not(.swatch)')))).to.deep.equal([
        'Resolved',
        'Closed',
      ]);
      expect(text(closed[0])).to.contain('Your profile does not allow closing cases.');
      closed[0]!.click();
      await picker.updateComplete;
      expect(control(picker).getAttribute('aria-expanded')).to.equal('true');
      await expect(picker).to.be.accessible();
    });

    it('shows the status as text with the reason without the right (read-only)', async function () {
      this.timeout(30_000);
      const { adapter, session } = await memoryBackend('read-only');
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      expect(shadow(picker).querySelector('[role="combobox"]')).to.equal(null);
      expect(shadow(picker).querySelector('.chip')).to.not.equal(null);
      expect(text(shadow(picker).querySelector('.reason'))).to.equal('Your profile does not allow this.');
      await expect(picker).to.be.accessible();
    });
  });

  describe('data', () => {
    it('changes the status: request, adapter call with the version, result, announcement', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.statusId === 'open');
      const picker = await mountPicker(adapter, session, c.id);
      const request = oneEvent(picker, 'ck-status-change') as Promise<StatusChangeEvent>;
      const result = oneEvent(picker, 'ck-case-status-changed') as Promise<CaseStatusChangedEvent>;
      await choose(picker, 'Escalated');
      expect((await request).statusId).to.equal('escalated');
      const done = await result;
      expect(done.case.statusId).to.equal('escalated');
      expect(done.case.version).to.equal(c.version + 1);
      await picker.updateComplete;
      expect(text(control(picker).querySelector('.chip'))).to.equal('Escalated');
      expect(announced(picker)).to.equal(`Case ${c.number} is now “Escalated”.`);
    });

    it('keeps the status when the host cancels the request', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.statusId === 'open');
      const picker = await mountPicker(adapter, session, c.id);
      picker.addEventListener('ck-status-change', (event) => event.preventDefault());
      await choose(picker, 'Escalated');
      await nextTask(10);
      expect((await adapter.getCase(c.id)).statusId).to.equal('open');
      expect(text(control(picker).querySelector('.chip'))).to.equal('Open');
    });

    it('asks for the fields the status requires (close reason) before closing', async function () {
      this.timeout(30_000);
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.statusId === 'open' && !x.fields['closeReason']);
      const picker = await mountPicker(adapter, session, c.id);
      let requests = 0;
      picker.addEventListener('ck-status-change', () => requests++);
      await choose(picker, 'Closed');
      await waitUntil(() => shadow(picker).querySelector('form.required'));
      const select = shadow(picker).querySelector<HTMLSelectElement>('form.required select')!;
      expect(shadow(picker).activeElement).to.equal(select);
      expect(select.labels?.[0]?.textContent?.trim()).to.equal('Close reason');
      await expect(picker).to.be.accessible();

      shadow(picker).querySelector<HTMLButtonElement>('form.required [type="submit"]')!.click();
      await picker.updateComplete;
      expect(text(shadow(picker).querySelector('form.required .message.error'))).to.equal(
        'This field is required.',
      );
      expect(requests).to.equal(0);

      select.value = 'duplicate';
      select.dispatchEvent(new Event('change'));
      const result = oneEvent(picker, 'ck-case-status-changed') as Promise<CaseStatusChangedEvent>;
      shadow(picker).querySelector<HTMLButtonElement>('form.required [type="submit"]')!.click();
      const done = await result;
      expect(done.case.statusId).to.equal('closed');
      expect(done.case.fields['closeReason']).to.equal('duplicate');
      await picker.updateComplete;
      expect(shadow(picker).querySelector('form.required')).to.equal(null);
      expect(shadow(picker).activeElement).to.equal(control(picker));
    });

    it('shows French labels and messages', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.statusId === 'open');
      const picker = await mountPicker(adapter, session, c.id, 'fr');
      expect(text(shadow(picker).getElementById('label'))).to.equal('Statut');
      expect(text(control(picker).querySelector('.chip'))).to.equal('Ouvert');
    });

    it('marks a closed current status in words unless its label says it (en, fr)', async () => {
      const { adapter, session } = await memoryBackend('agent');
      for (const [statusId, lang, shown] of [
        ['resolved', 'en', 'Resolved (closed)'],
        ['closed', 'en', 'Closed'],
        ['resolved', 'fr', 'Résolu (clos)'],
        ['closed', 'fr', 'Clos'],
      ] as const) {
        const c = await findCase(adapter, (x) => x.statusId === statusId);
        const picker = await mountPicker(adapter, session, c.id, lang);
        expect(text(control(picker)).replace('▾', ''), `${statusId} in ${lang}`).to.equal(shown);
      }
    });
  });

  describe('errors', () => {
    const refusals: [string, CaseKitError, RegExp][] = [
      [
        'forbidden',
        new CaseKitError('forbidden', { reason: { code: 'cannot-close' } }),
        /does not allow closing/,
      ],
      ['conflict', new CaseKitError('conflict'), /Someone else changed this case/],
      ['not-found', new CaseKitError('not-found'), /no longer exists/],
      ['network', new CaseKitError('network'), /could not be reached/],
    ];
    for (const [name, error, message] of refusals) {
      it(`shows a ${name} refusal next to the control and restores the status`, async function () {
        this.timeout(30_000);
        const { adapter, session } = await memoryBackend('agent');
        const c = await findCase(adapter, (x) => x.statusId === 'open');
        const failing = overriding(adapter, { setCaseStatus: () => Promise.reject(error) });
        const picker = await mountPicker(failing, session, c.id);
        await choose(picker, 'Escalated');
        await waitUntil(() => refusal(picker) !== '');
        expect(refusal(picker)).to.match(message);
        if (name !== 'not-found') {
          expect(text(control(picker).querySelector('.chip'))).to.equal('Open');
          expect(control(picker).getAttribute('aria-describedby')).to.equal('message');
        }
        await expect(picker).to.be.accessible();
      });
    }
  });
});
