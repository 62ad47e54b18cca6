import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/i18n/fr.js';
import type { CaseForm } from '../../src/elements/case-form/case-form.js';
import type { OwnerPicker } from '../../src/elements/owner-picker/owner-picker.js';
import type { StatusPicker } from '../../src/elements/status-picker/status-picker.js';
import { findCase, memoryBackend, mount, ready, shadow, text } from './case-actions/harness.js';

type Picker = OwnerPicker | StatusPicker;

/** The element that names a picker's control: its `<label for>` or its `aria-labelledby` target. */
function nameOf(picker: Picker): string {
  const root = shadow(picker);
  const control = root.querySelector('[role="combobox"]')!;
  const by = control.getAttribute('aria-labelledby');
  return text(by ? root.getElementById(by) : root.querySelector(`label[for="${control.id}"]`));
}

const visibleLabel = (picker: Picker) => shadow(picker).querySelector('[part="label"]:not(.visually-hidden)');

describe('ck-case-form with the pickers registered', () => {
  it('edits status and owner through the pickers, each under one label (the field’s, naming its control) and as wide as the other fields', async function () {
    this.timeout(20_000);
    const { adapter, session } = await memoryBackend('supervisor');
    const record = await findCase(adapter, (c) => c.ownerId === session.agent.id);
    const provider = await mount<HTMLElement>(
      html`<ck-provider .adapter=${adapter}>
        <ck-case-form mode="edit" case-id=${record.id}></ck-case-form>
      </ck-provider>`,
      'fr',
    );
    const form = provider.querySelector<CaseForm>('ck-case-form')!;
    await waitUntil(() => shadow(form).querySelector('ck-status-picker, ck-owner-picker'), 'no pickers');
    for (const [tag, label] of [
      ['ck-status-picker', 'Statut'],
      ['ck-owner-picker', 'Propriétaire'],
    ] as const) {
      const picker = shadow(form).querySelector<Picker>(tag)!;
      await ready(picker);
      const field = picker.closest('.field')!;
      expect(field.querySelectorAll('.label'), `${tag}: a label of the form's own`).to.have.length(0);
      expect(text(visibleLabel(picker))).to.equal(label);
      expect(nameOf(picker)).to.equal(label);
      // As wide as the other fields of its column.
      const width = shadow(picker).querySelector('.control')!.getBoundingClientRect().width;
      expect(width).to.be.closeTo(field.getBoundingClientRect().width, 1);
    }
    await expect(form).to.be.accessible();
  });

  it('a picker shows the label it is given instead of its own, and its control is named by it', async () => {
    const { adapter, session } = await memoryBackend('supervisor');
    const record = await findCase(adapter, (c) => c.ownerId === session.agent.id);
    for (const picker of [
      await mount<Picker>(
        html`<ck-status-picker
          case-id=${record.id}
          label="Stage"
          .adapter=${adapter}
          .session=${session}
        ></ck-status-picker>`,
      ),
      await mount<Picker>(
        html`<ck-owner-picker
          case-id=${record.id}
          label="Assignee"
          .adapter=${adapter}
          .session=${session}
        ></ck-owner-picker>`,
      ),
    ]) {
      await ready(picker);
      const want = picker.label;
      expect(text(visibleLabel(picker))).to.equal(want);
      expect(nameOf(picker)).to.equal(want);
      picker.label = '';
      await picker.updateComplete;
      expect(nameOf(picker)).to.equal(picker.localName === 'ck-status-picker' ? 'Status' : 'Owner');
    }
  });
});
