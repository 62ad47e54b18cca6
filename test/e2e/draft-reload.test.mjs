// A real page reload keeps what the agent typed: the demo's case form (MemoryAdapter, drafts in
// localStorage) in Chromium, driven through Playwright, served by Vite's dev server on loopback.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { timeout, useDemo } from './demo.mjs';

const demo = useDemo();

/** A fresh agent desk (empty storage) on the demo's case form module, English. */
async function openCreateForm() {
  const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${demo.origin}#/case-form`);
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('button', { name: 'Create case' }).waitFor();
  return { context, page, form, errors };
}

/** The form's title and description controls, found by their labels. */
function fields(form) {
  return {
    title: form.getByRole('textbox', { name: /^Title/ }),
    description: form.getByRole('textbox', { name: /^Description/ }),
    type: form.getByRole('combobox', { name: /^Type/ }),
  };
}

const restoredNotice = (form) => form.getByText(/Your unsaved changes from .+ were restored\./);

describe('case form drafts across a real page reload', () => {
  test('typed values come back with the "restored" notice; Discard removes them for good', async () => {
    const { context, page, form, errors } = await openCreateForm();
    try {
      const { title, description } = fields(form);
      assert.equal(await restoredNotice(form).count(), 0, 'a fresh desk has no draft');
      await title.fill('Router reboots every night');
      await description.pressSequentially('Since Monday, around 2 am.');

      await page.reload();
      await restoredNotice(form).waitFor();
      assert.equal(await fields(form).title.inputValue(), 'Router reboots every night');
      assert.equal(await fields(form).description.inputValue(), 'Since Monday, around 2 am.');

      await form.getByRole('button', { name: 'Discard them' }).click();
      await restoredNotice(form).waitFor({ state: 'detached' });
      assert.equal(await fields(form).title.inputValue(), '');

      await page.reload();
      await form.getByRole('button', { name: 'Create case' }).waitFor();
      assert.equal(await fields(form).title.inputValue(), '');
      assert.equal(await fields(form).description.inputValue(), '');
      assert.equal(await restoredNotice(form).count(), 0, 'no notice once the draft is discarded');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a failed save keeps the draft across a reload, and the retry makes exactly one case', async () => {
    const { context, page, form, errors } = await openCreateForm();
    try {
      // The backend fails this one save (as a network error would): the provider's adapter refuses once.
      await page.evaluate(() => {
        const adapter = document.querySelector('ck-provider').adapter;
        const createCase = adapter.createCase;
        adapter.createCase = (input, options) => {
          adapter.createCase = createCase;
          window.firstAttemptKey = options.idempotencyKey;
          return Promise.reject(new TypeError('Failed to fetch'));
        };
      });
      const title = `Refund not received ${Date.now()}`;
      await fields(form).title.fill(title);
      await fields(form).description.fill('Card ending 4242.');
      await fields(form).type.selectOption('billing');
      await form.getByRole('button', { name: 'Create case' }).click();
      await form.getByText('The case could not be saved. Your changes are kept.').waitFor();
      const firstKey = await page.evaluate(() => window.firstAttemptKey);
      assert.ok(firstKey, 'the attempt carried an idempotency key');

      await page.reload();
      await restoredNotice(form).waitFor();
      assert.equal(await fields(form).title.inputValue(), title);
      assert.equal(await fields(form).description.inputValue(), 'Card ending 4242.');
      assert.equal(await fields(form).type.inputValue(), 'billing');

      await page.evaluate(() => {
        const adapter = document.querySelector('ck-provider').adapter;
        const createCase = adapter.createCase.bind(adapter);
        adapter.createCase = (input, options) => {
          window.retryKey = options.idempotencyKey;
          return createCase(input, options);
        };
      });
      await form.getByRole('button', { name: 'Create case' }).click();
      // The demo shows the saved case in view mode.
      await page.getByRole('form', { name: /^Case C-\d+/ }).waitFor();
      const created = await page.evaluate(async (wanted) => {
        const adapter = document.querySelector('ck-provider').adapter;
        const { items } = await adapter.listCases({ search: wanted, offset: 0, limit: 10 });
        return items.filter((item) => item.title === wanted).length;
      }, title);
      assert.equal(created, 1, 'one case with that title');
      assert.equal(await page.evaluate(() => window.retryKey), firstKey, 'the retry reused the key');

      await page.reload();
      await form.getByRole('button', { name: 'Create case' }).waitFor();
      assert.equal(await fields(form).title.inputValue(), '');
      assert.equal(await restoredNotice(form).count(), 0, 'the saved draft is gone');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
