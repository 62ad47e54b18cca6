import { expect, html } from '@open-wc/testing';
import { FormStateController } from '../../src/controllers/form-state.js';
import type { FieldRenderContext } from '../../src/elements/case-form/fields.js';
import {
  button,
  control,
  errorOf,
  fill,
  hasControl,
  memoryBackend,
  mountForm,
  waitForForm,
} from './case-form/harness.js';

/** A layout where `needA` is required and `onlyB` shown depending on `kind`; `short` depends on nothing. */
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
    { key: 'other', label: 'Other', type: 'text', access: 'edit' },
  ],
  list: { columns: [{ field: 'title' }], sort: { field: 'title', direction: 'asc' } },
  form: {
    sections: [{ title: 'Main', columns: 2, fields: ['title', 'kind', 'onlyB', 'needA', 'short', 'other'] }],
  },
};

/** Counts the runs of the form's validation while `body` runs. */
async function countValidations(body: () => Promise<void>): Promise<number> {
  const original = FormStateController.validate;
  let runs = 0;
  FormStateController.validate = (...args) => {
    runs++;
    return original(...args);
  };
  try {
    await body();
  } finally {
    FormStateController.validate = original;
  }
  return runs;
}

/** Types one character's worth of change into a control (an input event, the field kept focused). */
async function typeInto(form: Awaited<ReturnType<typeof mountForm>>, key: string, value: string) {
  const input = control<HTMLInputElement>(form, key);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

describe('ck-case-form rendering work', () => {
  describe('validation', () => {
    it('validates nothing on open, nor while nothing was left or saved', async () => {
      const { adapter, session } = await memoryBackend();
      let form: Awaited<ReturnType<typeof mountForm>> | undefined;
      const opening = await countValidations(async () => {
        form = await mountForm(adapter, session);
        await waitForForm(form);
      });
      expect(opening).to.equal(0);
      expect(await countValidations(() => typeInto(form!, 'title', 'P'))).to.equal(0);
      // Once a field was left, its issue shows: the values are validated again.
      control(form!, 'title').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await form!.updateComplete;
      expect(errorOf(form!, 'title')).to.equal(undefined);
      await typeInto(form!, 'title', '');
      expect(errorOf(form!, 'title')).to.equal('This field is required.');
    });

    it('validates once per keystroke, and not again on an update that changed nothing', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session);
      await waitForForm(form);
      // Issues show once a field was left.
      control(form, 'title').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await form.updateComplete;
      expect(await countValidations(() => typeInto(form, 'title', 'P'))).to.equal(1);
      expect(await countValidations(() => typeInto(form, 'title', 'Pr'))).to.equal(1);
      const idle = await countValidations(async () => {
        form.requestUpdate();
        await form.updateComplete;
      });
      expect(idle).to.equal(0);
    });

    it('validates once for a save attempt and the render that shows its problems', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session);
      await waitForForm(form);
      const runs = await countValidations(async () => {
        button(form, 'save').click();
        await form.updateComplete;
        await form.updateComplete;
      });
      // The values were validated for the last render already: the save and its render reuse that.
      expect(runs).to.be.at.most(1);
      expect(errorOf(form, 'title')).to.equal('This field is required.');
    });
  });

  describe('data', () => {
    it('renders a field again only when it or a field its rules depend on changed', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session, { layout: rulesLayout });
      await waitForForm(form);
      const calls: Record<string, number> = { needA: 0, other: 0 };
      const counted = (context: FieldRenderContext) => {
        calls[context.key] = (calls[context.key] ?? 0) + 1;
        return html`<label for=${context.id}>${context.label}</label
          ><input
            id=${context.id}
            data-field=${context.key}
            data-kind="text"
            ?required=${context.required}
            .value=${typeof context.value === 'string' ? context.value : ''}
          />`;
      };
      form.fieldRenderers = { needA: counted, other: counted };
      await form.updateComplete;
      expect(calls).to.deep.equal({ needA: 1, other: 1 });

      // Typing into `short` leaves the other fields' templates alone…
      await typeInto(form, 'short', 'a');
      await typeInto(form, 'short', 'ab');
      expect(calls).to.deep.equal({ needA: 1, other: 1 });
      // …and the field typed into still shows its own error.
      await fill(form, 'short', 'abcdef');
      expect(errorOf(form, 'short')).to.equal('Use at most 3 characters.');
      expect(calls).to.deep.equal({ needA: 1, other: 1 });

      // `kind` decides whether `needA` is required: that field, and only it, renders again.
      await fill(form, 'kind', 'a');
      expect(calls).to.deep.equal({ needA: 2, other: 1 });
      expect(control<HTMLInputElement>(form, 'needA').required).to.equal(true);
      await fill(form, 'kind', 'b');
      expect(hasControl(form, 'onlyB')).to.equal(true);
      expect(control<HTMLInputElement>(form, 'needA').required).to.equal(false);

      // A field's own value flows back into its renderer.
      await typeInto(form, 'other', 'x');
      expect(calls['other']).to.equal(2);
      expect(control<HTMLInputElement>(form, 'other').value).to.equal('x');
    });

    it('does not touch the DOM of a field the agent is not typing into', async () => {
      const { adapter, session } = await memoryBackend();
      const form = await mountForm(adapter, session, { layout: rulesLayout });
      await waitForForm(form);
      const other = control(form, 'other').closest('.field')!;
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(other, { subtree: true, childList: true, attributes: true, characterData: true });
      await typeInto(form, 'short', 'abcd');
      await fill(form, 'short', 'abcdef');
      mutations.push(...observer.takeRecords());
      observer.disconnect();
      expect(errorOf(form, 'short')).to.equal('Use at most 3 characters.');
      expect(mutations).to.have.length(0);
    });
  });
});
