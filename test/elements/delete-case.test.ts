import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import { CaseKitError, isCaseKitError } from '../../src/adapters/errors.js';
import type { DeleteCase } from '../../src/elements/delete-case/delete-case.js';
import type { CaseDeleteEvent, CaseDeletedEvent } from '../../src/events/case-actions.js';
import type { Session } from '../../src/model/types.js';
import {
  findCase,
  memoryBackend,
  mount,
  nextTask,
  overriding,
  ready,
  shadow,
  text,
} from './case-actions/harness.js';

async function mountDelete(
  adapter: CaseKitAdapter,
  session: Session,
  caseId: string,
  options: { confirmByNumber?: boolean; showDenied?: boolean } = {},
) {
  const element = await mount<DeleteCase>(
    html`<ck-delete-case
      case-id=${caseId}
      ?confirm-by-number=${options.confirmByNumber ?? false}
      ?show-denied=${options.showDenied ?? false}
      .adapter=${adapter}
      .session=${session}
    ></ck-delete-case>`,
  );
  await waitUntil(() => {
    const opener = shadow(element).querySelector('.opener');
    return (
      !opener || opener.getAttribute('aria-disabled') === 'false' || opener.hasAttribute('aria-describedby')
    );
  });
  await element.updateComplete;
  return element;
}

const opener = (el: DeleteCase) => shadow(el).querySelector<HTMLButtonElement>('.opener')!;
const dialog = (el: DeleteCase) => shadow(el).querySelector<HTMLDialogElement>('dialog')!;
const confirmButton = (el: DeleteCase) => shadow(el).querySelector<HTMLButtonElement>('.confirm')!;
const focused = (el: DeleteCase) => shadow(el).activeElement;

async function open(el: DeleteCase): Promise<void> {
  opener(el).focus();
  opener(el).click();
  await el.updateComplete;
}

async function supervisorCase(
  test = (c: { interactionCount: number; crmCard: unknown }) => c.interactionCount > 0,
) {
  const backend = await memoryBackend('supervisor');
  const c = await findCase(backend.adapter, (x) => test(x) && x.crmCard !== null);
  return { ...backend, c };
}

describe('ck-delete-case', () => {
  describe('rights', () => {
    for (const profile of ['agent', 'junior', 'read-only'] as const) {
      it(`renders nothing without the delete right (${profile}), or the reason with show-denied`, async () => {
        const { adapter, session } = await memoryBackend(profile);
        const c = await findCase(adapter);
        const hidden = await mountDelete(adapter, session, c.id);
        expect(shadow(hidden).querySelector('button')).to.equal(null);
        const shown = await mountDelete(adapter, session, c.id, { showDenied: true });
        expect(opener(shown).getAttribute('aria-disabled')).to.equal('true');
        expect(text(shadow(shown).querySelector('.reason'))).to.equal('Your profile does not allow this.');
        opener(shown).click();
        await shown.updateComplete;
        expect(shadow(shown).querySelector('dialog')).to.equal(null);
      });
    }
  });

  describe('dialog', () => {
    it('lays its closed dialog out once ahead of opening, leaving it closed and hidden', async () => {
      const { adapter, session, c } = await supervisorCase();
      const el = await mount<DeleteCase>(
        html`<ck-delete-case case-id=${c.id} .adapter=${adapter} .session=${session}></ck-delete-case>`,
      );
      // The class before each change of it: none, then "warm-up" (added, then removed in the same task).
      const before: (string | null)[] = [];
      const classes = new MutationObserver((records) => records.forEach((r) => before.push(r.oldValue)));
      classes.observe(shadow(el), {
        attributes: true,
        attributeFilter: ['class'],
        attributeOldValue: true,
        subtree: true,
      });
      await waitUntil(() => before.length >= 2, 'no warm-up', { timeout: 3000 });
      classes.disconnect();
      expect(before.slice(-1)).to.deep.equal(['warm-up']);
      expect(dialog(el).className).to.equal('');
      expect(dialog(el).open).to.equal(false);
      expect(getComputedStyle(dialog(el)).display).to.equal('none');
      await open(el);
      expect(dialog(el).matches(':modal')).to.equal(true);
      expect(getComputedStyle(dialog(el)).visibility).to.equal('visible');
    });

    it('opens modal, says what goes with the case, focuses Cancel; axe-clean closed and open', async function () {
      this.timeout(40_000);
      const { adapter, session, c } = await supervisorCase();
      const el = await mountDelete(adapter, session, c.id);
      await expect(el).to.be.accessible();
      await open(el);
      expect(dialog(el).matches(':modal')).to.equal(true);
      expect(focused(el)).to.equal(shadow(el).querySelector('.cancel'));
      const said = text(dialog(el));
      expect(said).to.contain(`Delete case ${c.number}?`);
      expect(said).to.contain('This cannot be undone');
      expect(said).to.contain(c.title);
      expect(said).to.contain(`${c.interactionCount} linked interaction`);
      expect(said).to.contain(`CRM card ${c.crmCard!.name}`);
      await expect(el).to.be.accessible();
    });

    it('traps focus (Tab and Shift+Tab cycle) and returns it to the button on Escape', async () => {
      const { adapter, session, c } = await supervisorCase();
      const el = await mountDelete(adapter, session, c.id);
      await open(el);
      const cancel = shadow(el).querySelector('.cancel');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(confirmButton(el));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(cancel);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el)).to.equal(confirmButton(el));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(focused(el)).to.equal(opener(el));
      expect((await adapter.getCase(c.id)).id).to.equal(c.id);
    });

    it('deletes: request, adapter call with the version, result, focus back, announcement', async () => {
      const { adapter, session, c } = await supervisorCase();
      const el = await mountDelete(adapter, session, c.id);
      await open(el);
      const request = oneEvent(el, 'ck-case-delete') as Promise<CaseDeleteEvent>;
      const result = oneEvent(el, 'ck-case-deleted') as Promise<CaseDeletedEvent>;
      confirmButton(el).click();
      expect((await request).caseId).to.equal(c.id);
      expect((await result).caseId).to.equal(c.id);
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(focused(el)).to.equal(opener(el));
      expect(opener(el).getAttribute('aria-disabled')).to.equal('true');
      expect(text(shadow(el).querySelector('[role="status"]'))).to.equal(`Case ${c.number} deleted.`);
      const gone = await adapter.getCase(c.id).catch((error: unknown) => error);
      expect(isCaseKitError(gone, 'not-found')).to.equal(true);
      const { items } = await adapter.listInteractions({ caseId: c.id, offset: 0, limit: 10 });
      expect(items).to.have.length(0);
    });

    it('keeps the case when the host cancels the request', async () => {
      const { adapter, session, c } = await supervisorCase();
      const el = await mountDelete(adapter, session, c.id);
      el.addEventListener('ck-case-delete', (event) => event.preventDefault());
      await open(el);
      confirmButton(el).click();
      await nextTask(10);
      expect((await adapter.getCase(c.id)).id).to.equal(c.id);
      expect(dialog(el).open).to.equal(false);
    });

    it('with confirm-by-number, deletes only once the number is typed', async () => {
      const { adapter, session, c } = await supervisorCase();
      const el = await mountDelete(adapter, session, c.id, { confirmByNumber: true });
      await open(el);
      let requests = 0;
      el.addEventListener('ck-case-delete', () => requests++);
      expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
      confirmButton(el).click();
      await el.updateComplete;
      expect(requests).to.equal(0);
      const input = shadow(el).querySelector<HTMLInputElement>('#confirm-number')!;
      expect(input.labels?.[0]?.textContent?.trim()).to.equal(`Type ${c.number} to confirm`);
      input.focus();
      await sendKeys({ type: c.number.toLowerCase() });
      await el.updateComplete;
      expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('false');
      const result = oneEvent(el, 'ck-case-deleted');
      confirmButton(el).click();
      await result;
      expect(requests).to.equal(1);
    });
  });

  describe('errors', () => {
    const refusals: [string, CaseKitError, RegExp][] = [
      [
        'forbidden',
        new CaseKitError('forbidden', { reason: { code: 'no-right', params: { action: 'delete' } } }),
        /does not allow/,
      ],
      ['conflict', new CaseKitError('conflict'), /Someone else changed this case/],
      ['not-found', new CaseKitError('not-found'), /no longer exists/],
      ['network', new CaseKitError('network'), /could not be reached/],
    ];
    for (const [name, error, message] of refusals) {
      it(`shows a ${name} refusal in the dialog, which stays open`, async function () {
        this.timeout(30_000);
        const { adapter, session, c } = await supervisorCase();
        const failing = overriding(adapter, { deleteCase: () => Promise.reject(error) });
        const el = await mountDelete(failing, session, c.id);
        await open(el);
        let deleted = 0;
        el.addEventListener('ck-case-deleted', () => deleted++);
        confirmButton(el).click();
        await waitUntil(() => dialog(el).querySelector('[role="alert"]'));
        expect(text(dialog(el).querySelector('[role="alert"]'))).to.match(/^The case was not deleted\./);
        expect(text(dialog(el).querySelector('[role="alert"]'))).to.match(message);
        expect(dialog(el).open).to.equal(true);
        expect(deleted).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('works inside ck-provider with just case-id', async () => {
    const { adapter, c } = await supervisorCase();
    const provider = await mount<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<ck-provider .adapter=${adapter}><ck-delete-case case-id=${c.id}></ck-delete-case></ck-provider>`,
    );
    const el = provider.querySelector('ck-delete-case')!;
    await waitUntil(() => shadow(el).querySelector('.opener')?.getAttribute('aria-disabled') === 'false');
    await ready(el);
  });
});
