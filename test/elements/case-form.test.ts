import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CaseKitError } from '../../src/adapters/errors.js';
import '../../src/i18n/fr.js';
import type { CaseSaveEvent, CaseSavedEvent } from '../../src/events/case-form.js';
import type { Case, NewCase } from '../../src/model/types.js';
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

/** A layout with one field of every kind of rule the form honours. */
const rulesLayout = {
  version: 1,
  fields: [
    {
      key: 'kind',
      label: 'Kind',
      type: 'select',
      required: true,
      access: 'edit',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    },
    {
      key: 'onlyB',
      label: 'Only for B',
      type: 'text',
      access: 'edit',
      visibleWhen: { field: 'kind', equals: 'b' },
    },
    {
      key: 'needA',
      label: 'Needed for A',
      type: 'text',
      access: 'edit',
      requiredWhen: { field: 'kind', oneOf: ['a'] },
    },
    { key: 'short', label: 'Short', type: 'text', access: 'edit', maxLength: 3 },
    { key: 'secret', label: 'Secret', type: 'text', access: 'hidden' },
    { key: 'fixed', label: 'Fixed', type: 'text', access: 'view', default: 'preset' },
  ],
  list: { columns: [{ field: 'title' }], sort: { field: 'title', direction: 'asc' } },
  form: {
    sections: [
      { title: 'Main', columns: 2, fields: ['title', 'kind', 'onlyB', 'needA', 'short', 'secret', 'fixed'] },
    ],
  },
};

describe('ck-case-form', () => {
  describe('accessibility', () => {
    it('renders every field type with a native control, a label, its hint and required marker', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session);
      await waitForForm(form);
      const expected: Record<string, string> = {
        title: 'INPUT:text',
        type: 'SELECT:select-one',
        description: 'TEXTAREA:textarea',
        tags: 'INPUT:checkbox',
        dueDate: 'INPUT:date',
        contactEmail: 'INPUT:email',
        contactPhone: 'INPUT:tel',
        orderNumber: 'INPUT:text',
        website: 'INPUT:url',
        amount: 'INPUT:number',
        callbackAt: 'INPUT:datetime-local',
        consent: 'INPUT:checkbox',
      };
      for (const [key, kind] of Object.entries(expected)) {
        const element = control<HTMLInputElement>(form, key);
        expect(`${element.tagName}:${element.type}`, key).to.equal(kind);
      }
      // Labels point at their controls; the multiselect is a named group of checkboxes.
      expect(control<HTMLInputElement>(form, 'orderNumber').labels![0]!.textContent).to.contain(
        'Order number',
      );
      const tags = root(form).querySelector('[data-group="tags"]')!;
      expect(tags.getAttribute('role')).to.equal('group');
      expect(text(root(form).getElementById(tags.getAttribute('aria-labelledby')!))).to.equal('Tags');
      // Hint tied by aria-describedby; required marked (native `required`, visual asterisk).
      const order = control(form, 'orderNumber');
      expect(text(root(form).getElementById(order.getAttribute('aria-describedby')!))).to.equal(
        'ORD- followed by 6 digits.',
      );
      expect(control<HTMLSelectElement>(form, 'type').required).to.equal(true);
      expect(control<HTMLSelectElement>(form, 'origin').required).to.equal(false);
      // Sections are fieldsets with legends.
      expect([...root(form).querySelectorAll('fieldset > legend')].map((l) => text(l))).to.deep.equal([
        'Request',
        'Customer',
        'Resolution',
      ]);
      await expect(form).to.be.accessible();
    });

    it('prefills defaults, shows view-only fields read-only and leaves hidden ones out', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session, { layout: rulesLayout });
      await waitForForm(form);
      expect(hasControl(form, 'secret')).to.equal(false);
      expect(control(form, 'fixed').tagName).to.equal('SPAN');
      expect(text(control(form, 'fixed'))).to.equal('preset');
      const demo = await mountForm(adapter, session);
      await waitForForm(demo);
      expect(control<HTMLSelectElement>(demo, 'priority').value).to.equal('normal');
      expect(control<HTMLInputElement>(demo, 'consent').checked).to.equal(false);
      expect(text(control(demo, 'owner'))).to.equal('Camille Laurent (you)');
    });

    it('uses the layout labels in the agent language', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session, { lang: 'fr' });
      await waitForForm(form);
      expect(control<HTMLInputElement>(form, 'dueDate').labels![0]!.textContent).to.contain(
        "Date d'échéance",
      );
      expect(text(button(form, 'save'))).to.equal('Créer le dossier');
    });
  });

  describe('validation', () => {
    it('shows an issue once the agent leaves the field, tied by aria-describedby and aria-invalid', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session);
      await waitForForm(form);
      await fill(form, 'orderNumber', 'ORD-12');
      expect(control(form, 'orderNumber').getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(form, 'orderNumber')).to.equal('An order number looks like ORD-123456.');
      await fill(form, 'orderNumber', 'ORD-123456');
      expect(errorOf(form, 'orderNumber')).to.equal(undefined);
      expect(control(form, 'orderNumber').getAttribute('aria-invalid')).to.equal('false');
    });

    const cases: [string, string, string][] = [
      ['amount', '-1', 'The value must be at least 0.'],
      ['satisfaction', '9', 'The value must be at most 5.'],
      ['contactEmail', 'not-an-address', 'Enter an e-mail address, such as name@example.com.'],
      ['contactPhone', 'call me', 'Enter a phone number, such as +33 1 23 45 67 89.'],
      ['website', 'javascript:alert(1)', 'Enter a web address starting with https:// or http://.'],
      ['dueDate', '2024-05-01', 'The value must be at least 2025-01-01.'],
    ];
    for (const [key, value, message] of cases) {
      it(`checks ${key} (${message})`, async () => {
        const { adapter, session } = await memoryBackend();
        const form = await mountForm(adapter, session);
        await waitForForm(form);
        await fill(form, key, value);
        expect(errorOf(form, key)).to.equal(message);
      });
    }

    it('checks maxLength, and honours visibleWhen and requiredWhen', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session, { layout: rulesLayout });
      await waitForForm(form);
      await fill(form, 'short', 'abcdef');
      expect(errorOf(form, 'short')).to.equal('Use at most 3 characters.');
      expect(hasControl(form, 'onlyB')).to.equal(false);
      await fill(form, 'kind', 'b');
      expect(hasControl(form, 'onlyB')).to.equal(true);
      expect(control<HTMLInputElement>(form, 'needA').required).to.equal(false);
      await fill(form, 'kind', 'a');
      expect(hasControl(form, 'onlyB')).to.equal(false);
      expect(control<HTMLInputElement>(form, 'needA').required).to.equal(true);
    });

    it('on a save with problems: no request, an error summary, focus on the first invalid field', async () => {
      const { adapter, session } = await memoryBackend();
      let calls = 0;
      const counting = withOverrides(adapter, {
        createCase: (input, options) => {
          calls++;
          return adapter.createCase(input, options);
        },
      });
      const form = await mountForm(counting, session);
      await waitForForm(form);
      await fill(form, 'amount', '-5');
      button(form, 'save').click();
      await form.updateComplete;
      await form.updateComplete;
      expect(calls).to.equal(0);
      const summary = root(form).querySelector('[part="error-summary"]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(text(summary)).to.contain('Fix 3 problems');
      expect(text(summary)).to.contain('Title: This field is required.');
      expect(text(summary)).to.contain('Type: This field is required.');
      expect(root(form).activeElement).to.equal(control(form, 'title'));
      expect(errorOf(form, 'type')).to.equal('This field is required.');
      // A summary entry moves focus to its field.
      summary.querySelectorAll('button')[2]!.click();
      expect(root(form).activeElement).to.equal(control(form, 'amount'));
      await expect(form).to.be.accessible();
    });
  });

  describe('saving', () => {
    it('creates: ck-case-save (cancelable) then ck-case-saved with the new case', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session);
      await waitForForm(form);
      await fill(form, 'title', 'Printer on fire');
      await fill(form, 'type', 'technical');
      await fill(form, 'tags', true);
      const vetoed = oneEvent(form, 'ck-case-save');
      form.addEventListener('ck-case-save', (event) => event.preventDefault(), { once: true });
      button(form, 'save').click();
      const veto = (await vetoed) as unknown as CaseSaveEvent;
      expect(veto.mode).to.equal('create');
      expect((veto.input as NewCase).title).to.equal('Printer on fire');
      expect((veto.input as NewCase).fields).to.deep.include({
        type: 'technical',
        tags: ['vip'],
        priority: 'normal',
      });

      const saved = oneEvent(form, 'ck-case-saved');
      button(form, 'save').click();
      const event = (await saved) as unknown as CaseSavedEvent;
      expect(event.created).to.equal(true);
      expect(event.case.title).to.equal('Printer on fire');
      expect((await adapter.getCase(event.case.id)).fields['tags']).to.deep.equal(['vip']);
      // A fresh form for the next case, and the creation announced.
      await form.updateComplete;
      expect(control<HTMLInputElement>(form, 'title').value).to.equal('');
      expect(text(root(form).querySelector('[role="status"].visually-hidden'))).to.equal(
        `Case ${event.case.number} created.`,
      );
    });

    it('puts server validation errors on their fields', async () => {
      const { adapter, session } = await memoryBackend();
      const refusing = withOverrides(adapter, {
        createCase: () =>
          Promise.reject(
            new CaseKitError('validation', {
              fieldErrors: { orderNumber: { code: 'duplicate', message: 'This order already has a case.' } },
            }),
          ),
      });
      const form = await mountForm(refusing, session);
      await waitForForm(form);
      await fill(form, 'title', 'Refund');
      await fill(form, 'type', 'billing');
      await fill(form, 'orderNumber', 'ORD-000001');
      button(form, 'save').click();
      await settle(form, () => errorOf(form, 'orderNumber') !== undefined, 'server issue shown');
      expect(errorOf(form, 'orderNumber')).to.equal('This order already has a case.');
      expect(root(form).activeElement).to.equal(control(form, 'orderNumber'));
      // The issue goes when the agent changes the field.
      await fill(form, 'orderNumber', 'ORD-000002');
      expect(errorOf(form, 'orderNumber')).to.equal(undefined);
    });

    it('sends one request at a time and reuses the idempotency key: a retried create makes one case', async () => {
      const { adapter, session } = await memoryBackend();
      const keys: (string | undefined)[] = [];
      let lose = true;
      const flaky = withOverrides(adapter, {
        createCase: async (input, options) => {
          keys.push(options?.idempotencyKey);
          const made: Case = await adapter.createCase(input, options);
          if (lose) {
            lose = false;
            throw new CaseKitError('network'); // created, but the answer was lost
          }
          return made;
        },
      });
      const before = (await adapter.listCases({ offset: 0, limit: 1 })).total;
      const form = await mountForm(flaky, session);
      await waitForForm(form);
      await fill(form, 'title', 'Double charge');
      await fill(form, 'type', 'billing');
      button(form, 'save').click();
      button(form, 'save').click(); // a double click does nothing more
      await settle(form, () => root(form).querySelector('[part="save-error"]') !== null, 'save error');
      expect(keys).to.have.length(1);
      expect(text(root(form).querySelector('[part="save-error"]'))).to.contain('Your changes are kept');
      expect(control<HTMLInputElement>(form, 'title').value).to.equal('Double charge');
      const saved = oneEvent(form, 'ck-case-saved');
      button(form, 'retry').click();
      await saved;
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string');
      expect(keys[1]).to.equal(keys[0]);
      expect((await adapter.listCases({ offset: 0, limit: 1 })).total).to.equal(before + 1);
    });

    it('abandons a save with no answer after save-timeout, keeping the values; the retry makes one case', async () => {
      const { adapter, session } = await memoryBackend();
      const keys: (string | undefined)[] = [];
      let hang = true;
      const slow = withOverrides(adapter, {
        createCase: (input, options) => {
          keys.push(options?.idempotencyKey);
          if (!hang) return adapter.createCase(input, options);
          hang = false;
          return new Promise<Case>((_resolve, reject) =>
            options?.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            ),
          );
        },
      });
      const before = (await adapter.listCases({ offset: 0, limit: 1 })).total;
      const form = await mountForm(slow, session, { saveTimeout: 100 });
      await waitForForm(form);
      await fill(form, 'title', 'Slow line');
      await fill(form, 'type', 'technical');
      button(form, 'save').click();
      await settle(form, () => root(form).querySelector('[part="save-error"]') !== null, 'timeout shown');
      expect(text(root(form).querySelector('[part="save-error"]'))).to.contain('did not answer in time');
      const saved = oneEvent(form, 'ck-case-saved');
      button(form, 'retry').click();
      await saved;
      expect(keys[1]).to.equal(keys[0]);
      expect((await adapter.listCases({ offset: 0, limit: 1 })).total).to.equal(before + 1);
    });
  });

  describe('keyboard', () => {
    it('completes a create with the keyboard only; Enter in a single-line field submits', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session);
      await waitForForm(form);
      control(form, 'title').focus();
      await sendKeys({ type: 'Keyboard only' });
      await sendKeys({ press: 'Tab' }); // status (a choice of initial statuses)
      await sendKeys({ press: 'Tab' }); // type
      expect(root(form).activeElement).to.equal(control(form, 'type'));
      await sendKeys({ press: 'ArrowDown' });
      await form.updateComplete;
      expect(control<HTMLSelectElement>(form, 'type').value).to.equal('billing');
      control(form, 'orderNumber').focus();
      await sendKeys({ type: 'ORD-424242' });
      const saved = oneEvent(form, 'ck-case-saved');
      await sendKeys({ press: 'Enter' });
      const event = (await saved) as unknown as CaseSavedEvent;
      expect(event.case.title).to.equal('Keyboard only');
      expect(event.case.fields['orderNumber']).to.equal('ORD-424242');
    });
  });
});
