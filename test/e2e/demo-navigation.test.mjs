// The demo as a host page: a case opened from the list by keyboard lands on a page that names the
// case, with focus at its heading (not lost to the body).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { timeout, useDemo } from './demo.mjs';

const demo = useDemo();

describe('demo navigation', () => {
  test('Enter on a case row opens "Case C-…", focus on its heading; New case says so', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(timeout);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(`${demo.origin}#/cases`);
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('gridcell') })
        .first();
      await row.waitFor();
      const number = (await row.getByRole('gridcell').first().textContent()).trim();
      assert.match(number, /^C-\d+$/);

      await row.focus();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name: `Case ${number}` });
      await heading.waitFor();
      assert.equal(new URL(page.url()).hash, '#/case-form');
      assert.equal(await page.evaluate(() => document.activeElement?.localName), 'h2');
      assert.equal(await page.title(), `Case ${number} · casekit demo`);

      await page.getByRole('button', { name: 'New case', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'New case' }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
