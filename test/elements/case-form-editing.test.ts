import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CaseKitError } from '../../src/adapters/errors.js';
import { MemoryAdapter, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import {
  MemoryDraftStore,
  WebStorageDraftStore,
  draftKey,
  type DraftStore,
} from '../../src/controllers/draft-store.js';
import type { CancelEvent, CaseSavedEvent } from '../../src/events/case-form.js';
import type { Case, CasePatch } from '../../src/model/types.js';
import {
  button,
  control,
  errorOf,
  fill,
  hasControl,
  memoryBackend,
  mountForm,
  root,
  settle,
  text,
  waitForForm,
  withOverrides,
} from './case-form/harness.js';

const axeTimeout = 30_000;

/** A case the signed-in agent sees and may edit. */
async function someCase(adapter: MemoryAdapter): Promise<Case> {
  const page = await adapter.listCases({ offset: 0, limit: 5 });
  return page.items.find((item) => item.crmCardId === null) ?? page.items[0]!;
}

describe('ck-case-form editing', () => {
  describe('edit and view', () => {
    it('shows a case; Edit switches to editing; the patch never carries status or owner', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const record = await someCase(adapter);
      const patches: CasePatch[] = [];
      const spying = withOverrides(adapter, {
        updateCase: (id, patch, options) => {
          patches.push(patch);
          return adapter.updateCase(id, patch, options);
        },
      });
      const form = await mountForm(spying, session, { mode: 'view', caseId: record.id });
      await waitForForm(form);
      expect(text(control(form, 'title'))).to.equal(record.title);
      expect(root(form).querySelector('input, select, textarea')).to.equal(null);
      await expect(form).to.be.accessible();

      button(form, 'edit').click();
      await settle(form, () => form.mode === 'edit' && hasControl(form, 'title'), 'edit mode');
      await waitUntil(() => root(form).activeElement === control(form, 'title'), 'title focused');
      // Until the pickers are registered, status and owner are read-only with the reason.
      expect(control(form, 'status').tagName).to.equal('SPAN');
      expect(text(control(form, 'status').closest('.field'))).to.contain(
        "Change the status from the case's actions.",
      );
      await expect(form).to.be.accessible();

      await fill(form, 'title', `${record.title} (updated)`);
      await fill(form, 'description', 'Called back, all fine.');
      expect(form.dirty).to.equal(true);
      const saved = oneEvent(form, 'ck-case-saved');
      button(form, 'save').click();
      const event = (await saved) as unknown as CaseSavedEvent;
      expect(event.created).to.equal(false);
      expect(patches).to.have.length(1);
      expect(Object.keys(patches[0]!).sort()).to.deep.equal(['fields', 'title']);
      expect(Object.keys(patches[0]!.fields!)).to.deep.equal(['description']);
      expect(patches[0]).not.to.have.any.keys('statusId', 'ownerId');
      // Back to view, with the saved values.
      await settle(form, () => form.mode === 'view', 'view mode');
      expect(text(control(form, 'title'))).to.equal(`${record.title} (updated)`);
      expect(form.dirty).to.equal(false);
    });

    it('is read-only with the reason when the profile may not edit', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend('read-only');
      const record = (await adapter.listCases({ offset: 0, limit: 1 })).items[0]!;
      const form = await mountForm(adapter, session, { mode: 'edit', caseId: record.id });
      await waitForForm(form);
      expect(text(root(form).querySelector('[part="forbidden"]'))).to.equal(
        'You cannot edit this case. Your profile does not allow this.',
      );
      expect(root(form).querySelector('input, select, textarea')).to.equal(null);
      expect(root(form).querySelector('[data-action="save"]')).to.equal(null);
      await expect(form).to.be.accessible();

      const viewing = await mountForm(adapter, session, { mode: 'view', caseId: record.id });
      await waitForForm(viewing);
      expect(root(viewing).querySelector('[data-action="edit"]')).to.equal(null);
    });

    it('becomes read-only with the reason when the backend refuses the save', async () => {
      const { adapter, session } = await memoryBackend();
      const record = await someCase(adapter);
      const refusing = withOverrides(adapter, {
        updateCase: () =>
          Promise.reject(
            new CaseKitError('forbidden', {
              reason: { code: 'not-visible', params: { visibility: 'team' } },
            }),
          ),
      });
      const form = await mountForm(refusing, session, { mode: 'edit', caseId: record.id });
      await waitForForm(form);
      await fill(form, 'title', 'Not mine any more');
      button(form, 'save').click();
      await settle(form, () => root(form).querySelector('[part="forbidden"]') !== null, 'forbidden');
      expect(text(root(form).querySelector('[part="forbidden"]'))).to.contain(
        'This case belongs to someone outside your scope.',
      );
      expect(text(control(form, 'title'))).to.equal('Not mine any more');
    });

    it('shows why a case cannot be loaded, with Try again', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session, { mode: 'view', caseId: 'no-such-case' });
      await settle(form, () => root(form).querySelector('[role="alert"]') !== null, 'load error');
      expect(text(root(form).querySelector('[role="alert"]'))).to.contain('The case could not be loaded.');
    });
  });

  describe('conflicts', () => {
    it('shows theirs and yours; keep theirs per field; re-apply mine on the latest version', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const record = await someCase(adapter);
      const colleague = new MemoryAdapter({ data: adapter.store, agentId: demoAgentIdByProfile.supervisor });
      const form = await mountForm(adapter, session, { mode: 'edit', caseId: record.id });
      await waitForForm(form);
      await fill(form, 'title', 'My title');
      await fill(form, 'description', 'My description');
      await colleague.updateCase(
        record.id,
        { title: 'Their title', fields: { description: 'Their description', origin: 'store' } },
        { version: record.version },
      );
      button(form, 'save').click();
      await settle(form, () => root(form).querySelector('[part="conflict"]') !== null, 'conflict');
      const panel = root(form).querySelector('[part="conflict"]')!;
      expect(root(form).activeElement).to.equal(panel);
      const rows = [...panel.querySelectorAll('tbody tr')].map((row) =>
        [...row.children].slice(0, 3).map((cell) => text(cell)),
      );
      expect(rows).to.deep.include.members([
        ['Title', 'Their title', 'My title'],
        ['Description', 'Their description', 'My description'],
        ['Origin', 'In store', 'In store'],
      ]);
      await expect(form).to.be.accessible();
      // Their origin is already in the form (the agent did not touch it); keep their description.
      expect(control<HTMLSelectElement>(form, 'origin').value).to.equal('store');
      panel.querySelector<HTMLButtonElement>('tr[data-key="description"] button')!.click();
      await form.updateComplete;
      expect(control<HTMLTextAreaElement>(form, 'description').value).to.equal('Their description');

      const saved = oneEvent(form, 'ck-case-saved');
      button(form, 'reapply').click();
      await saved;
      const stored = await adapter.getCase(record.id);
      expect(stored.title).to.equal('My title');
      expect(stored.fields['description']).to.equal('Their description');
      expect(stored.fields['origin']).to.equal('store');
    });

    it('keep all theirs drops the agent edits', async () => {
      const { adapter, session } = await memoryBackend();
      const record = await someCase(adapter);
      const colleague = new MemoryAdapter({ data: adapter.store, agentId: demoAgentIdByProfile.supervisor });
      const form = await mountForm(adapter, session, { mode: 'edit', caseId: record.id });
      await waitForForm(form);
      await fill(form, 'title', 'Mine');
      await colleague.updateCase(record.id, { title: 'Theirs' }, { version: record.version });
      button(form, 'save').click();
      await settle(form, () => root(form).querySelector('[part="conflict"]') !== null, 'conflict');
      button(form, 'keep-all-theirs').click();
      await settle(form, () => root(form).querySelector('[part="conflict"]') === null, 'resolved');
      expect(control<HTMLInputElement>(form, 'title').value).to.equal('Theirs');
      expect(form.dirty).to.equal(false);
    });
  });

  describe('drafts', () => {
    let store: DraftStore;
    beforeEach(() => {
      store = new WebStorageDraftStore(sessionStorage);
      sessionStorage.clear();
    });

    it('survive a failed save and a new element over a new adapter, with the same idempotency key', async function () {
      this.timeout(axeTimeout);
      const first = await memoryBackend();
      const keys: (string | undefined)[] = [];
      const offline = withOverrides(first.adapter, {
        createCase: (_input, options) => {
          keys.push(options?.idempotencyKey);
          return Promise.reject(new CaseKitError('network'));
        },
      });
      const form = await mountForm(offline, first.session, { draftStore: store });
      await waitForForm(form);
      await fill(form, 'title', 'Lost connection');
      await fill(form, 'type', 'complaint');
      button(form, 'save').click();
      await settle(form, () => root(form).querySelector('[part="save-error"]') !== null, 'save error');
      form.parentElement!.remove(); // the element goes away (a reload, a closed tab…)

      const second = await memoryBackend('agent', first.adapter.store);
      const created: (string | undefined)[] = [];
      const online = withOverrides(second.adapter, {
        createCase: (input, options) => {
          created.push(options?.idempotencyKey);
          return second.adapter.createCase(input, options);
        },
      });
      const again = await mountForm(online, second.session, { draftStore: store });
      await waitForForm(again);
      expect(control<HTMLInputElement>(again, 'title').value).to.equal('Lost connection');
      expect(control<HTMLSelectElement>(again, 'type').value).to.equal('complaint');
      expect(text(root(again).querySelector('[part="draft-notice"]'))).to.contain('were restored');
      expect(again.dirty).to.equal(true);
      await expect(again).to.be.accessible();
      const saved = oneEvent(again, 'ck-case-saved');
      button(again, 'save').click();
      await saved;
      expect(created[0]).to.equal(keys[0]);
      expect(store.keys()).to.deep.equal([]);
    });

    it('are gone after a save even when the host removes the form on ck-case-saved', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session, { draftStore: store });
      await waitForForm(form);
      await fill(form, 'title', 'Saved, then the host shows the case');
      await fill(form, 'type', 'billing');
      // What the demo does: on ck-case-saved it replaces the create form with the saved case.
      form.addEventListener('ck-case-saved', () => form.remove());
      const saved = oneEvent(form, 'ck-case-saved');
      button(form, 'save').click();
      await saved;
      expect(store.keys()).to.deep.equal([]);
    });

    it('keep edits of a case across elements, and Discard drops them', async () => {
      const { adapter, session } = await memoryBackend();
      const record = await someCase(adapter);
      const form = await mountForm(adapter, session, { mode: 'edit', caseId: record.id, draftStore: store });
      await waitForForm(form);
      await fill(form, 'title', 'Half typed');
      form.parentElement!.remove();
      expect(store.keys()).to.deep.equal([draftKey(session.agent.id, `case:${record.id}`)]);

      const viewing = await mountForm(adapter, session, {
        mode: 'view',
        caseId: record.id,
        draftStore: store,
      });
      await waitForForm(viewing);
      expect(text(root(viewing).querySelector('[part="draft-notice"]'))).to.contain('unsaved changes');
      button(viewing, 'resume').click();
      await settle(viewing, () => hasControl(viewing, 'title') && viewing.mode === 'edit', 'resumed');
      expect(control<HTMLInputElement>(viewing, 'title').value).to.equal('Half typed');
      button(viewing, 'discard-draft').click();
      await settle(
        viewing,
        () => control<HTMLInputElement>(viewing, 'title').value === record.title,
        'discarded',
      );
      expect(store.keys()).to.deep.equal([]);
    });

    it('expire after draft-ttl, and clearDrafts() removes them all', async () => {
      const { adapter, session } = await memoryBackend();
      const key = draftKey(session.agent.id, 'create');
      store.set(key, { savedAt: Date.now() - 8 * 24 * 3600 * 1000, values: { title: 'Old', fields: {} } });
      const form = await mountForm(adapter, session, { draftStore: store });
      await waitForForm(form);
      expect(control<HTMLInputElement>(form, 'title').value).to.equal('');
      expect(store.get(key)).to.equal(undefined);

      store.set(key, { savedAt: Date.now() - 2 * 3600 * 1000, values: { title: 'Recent', fields: {} } });
      store.set(draftKey('someone-else', 'case:1'), {
        savedAt: Date.now(),
        values: { title: 'x', fields: {} },
      });
      const short = await mountForm(adapter, session, { draftStore: store, draftTtl: 3600 * 1000 });
      await waitForForm(short);
      expect(control<HTMLInputElement>(short, 'title').value).to.equal('');

      store.set(key, { savedAt: Date.now(), values: { title: 'Fresh', fields: {} } });
      expect(short.clearDrafts()).to.equal(2);
      expect(store.keys()).to.deep.equal([]);
    });
  });

  describe('presets', () => {
    it('interaction-id: shows the interaction and links it in the same save', async () => {
      const { adapter, session } = await memoryBackend();
      const interaction = (await adapter.listInteractions({ linked: false, offset: 0, limit: 1 })).items[0]!;
      const form = await mountForm(adapter, session, { interactionId: interaction.id });
      await waitForForm(form);
      await settle(form, () => root(form).querySelector('[part="context"]') !== null, 'context');
      expect(text(root(form).querySelector('[part="context"]'))).to.contain(interaction.contact);
      await fill(form, 'title', 'From a call');
      await fill(form, 'type', 'information');
      const saved = oneEvent(form, 'ck-case-saved');
      button(form, 'save').click();
      const event = (await saved) as unknown as CaseSavedEvent;
      expect((await adapter.getInteraction(interaction.id)).caseId).to.equal(event.case.id);
    });

    it('crm-card-id: shows the card and links it', async () => {
      const { adapter, session } = await memoryBackend();
      const card = (await adapter.searchCrmCards({ offset: 0, limit: 1 })).items[0]!;
      const form = await mountForm(adapter, session, { crmCardId: card.id });
      await waitForForm(form);
      await settle(form, () => text(control(form, 'crmCard')) === card.name, 'card name');
      await fill(form, 'title', 'From the CRM');
      await fill(form, 'type', 'billing');
      const saved = oneEvent(form, 'ck-case-saved');
      button(form, 'save').click();
      const event = (await saved) as unknown as CaseSavedEvent;
      expect(event.case.crmCardId).to.equal(card.id);
    });
  });

  describe('cancel and errors', () => {
    it('asks before dropping changes, then fires ck-cancel (cancelable)', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session, { draftStore: new MemoryDraftStore() });
      await waitForForm(form);
      await fill(form, 'title', 'Never mind');
      button(form, 'cancel').click();
      const dialog = root(form).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      button(form, 'keep-editing').click();
      expect(dialog.open).to.equal(false);
      expect(control<HTMLInputElement>(form, 'title').value).to.equal('Never mind');

      button(form, 'cancel').click();
      const cancelled = oneEvent(form, 'ck-cancel');
      button(form, 'confirm-discard').click();
      const event = (await cancelled) as unknown as CancelEvent;
      expect(event.dirty).to.equal(true);
      await form.updateComplete;
      expect(control<HTMLInputElement>(form, 'title').value).to.equal('');

      form.addEventListener('ck-cancel', (e) => e.preventDefault(), { once: true });
      await fill(form, 'title', 'Keep me');
      button(form, 'cancel').click();
      button(form, 'confirm-discard').click();
      await form.updateComplete;
      expect(control<HTMLInputElement>(form, 'title').value).to.equal('Keep me');
    });

    it('shows an accessible error naming what is wrong in a refused layout', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const layout = {
        version: 1,
        fields: [{ key: 'x', label: 'X', type: 'colour', access: 'edit' }],
        list: { columns: [], sort: { field: 'title', direction: 'asc' } },
        form: { sections: [{ title: 'Main', fields: ['x', 'nope'] }] },
      };
      const form = await mountForm(adapter, session, { layout });
      await form.updateComplete;
      const alert = root(form).querySelector('[part="layout-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('fields[0].type');
      expect(text(alert)).to.contain('form.sections[0].fields[1]');
      expect(root(form).querySelector('form')).to.equal(null);
      await expect(form).to.be.accessible();
    });

    it('marks a number the agent typed badly', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session);
      await waitForForm(form);
      control(form, 'amount').focus();
      await sendKeys({ type: '1e' });
      control(form, 'title').focus();
      await form.updateComplete;
      expect(errorOf(form, 'amount')).to.equal('Enter a number.');
    });
  });
});
