import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CaseOpenEvent, CaseCreateEvent, ViewChangeEvent } from '../../src/events/navigation.js';
import '../../src/i18n/fr.js';
import {
  caseRows,
  cellTexts,
  focusedRow,
  grid,
  header,
  headers,
  liveRegion,
  memoryBackend,
  mountList,
  rowByIndex,
  shadow,
  sortButton,
  waitForRows,
  columnIndex,
} from './case-list/harness.js';

/** axe takes seconds on a busy machine: give its tests room. */
const axeTimeout = 30_000;

describe('ck-case-list', () => {
  describe('accessibility', () => {
    it('is a data grid named by its scope, with the layout columns, counts and row indexes', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const { total } = await adapter.listCases({ offset: 0, limit: 1 });

      const table = grid(list);
      const labelledBy = shadow(list).getElementById(table.getAttribute('aria-labelledby')!);
      expect(labelledBy?.textContent).to.equal("My team's cases");
      expect(headers(list).map((h) => h.textContent!.trim())).to.deep.equal([
        'Number',
        'Title',
        'Status',
        'Owner',
        'Updated',
        'CRM card',
        'Type',
        'Priority',
      ]);
      expect(table.getAttribute('aria-rowcount')).to.equal(String(total + 1));
      expect(table.getAttribute('aria-colcount')).to.equal('8');
      const rows = caseRows(list);
      expect(rows[0]!.getAttribute('aria-rowindex')).to.equal('2');
      expect(rows[1]!.getAttribute('aria-rowindex')).to.equal('3');
      expect(rows.filter((r) => r.tabIndex === 0)).to.have.length(1);
      // Only rows in view (plus a small overscan) are in the DOM.
      expect(rows.length).to.be.lessThan(30);
      await expect(list).to.be.accessible();
    });

    it('puts aria-sort on the sorted column header only, from the layout default', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const sorted = headers(list).filter((h) => h.hasAttribute('aria-sort'));
      expect(sorted).to.have.length(1);
      expect(sorted[0]!.textContent!.trim()).to.equal('Updated');
      expect(sorted[0]!.getAttribute('aria-sort')).to.equal('descending');
    });

    it("shows the sorted column's arrow, and an unsorted column's faintly on hover only", async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const arrow = (name: string) =>
        Number(getComputedStyle(sortButton(list, name).querySelector('.sort-icon')!).opacity);
      expect(arrow('Updated')).to.equal(1);
      expect(arrow('Title')).to.equal(0);
      const box = sortButton(list, 'Title').getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + 4), Math.round(box.y + box.height / 2)],
      });
      await waitUntil(() => arrow('Title') === 0.5, 'the faint arrow on hover');
      expect(arrow('Updated')).to.equal(1);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('shows status as a chip with its tone, closed marked in words, and the CRM card icon with a name', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await list.updateComplete;
      list.viewState = { filters: [{ statusClass: 'closed' }, { linkedCrmCard: true }], search: '' };
      await waitUntil(() => caseRows(list)[0]?.querySelector('.chip.closed'));
      const row = caseRows(list)[0]!;
      const chip = row.querySelector<HTMLElement>('.chip')!;
      expect(['success', 'neutral']).to.include(chip.dataset['tone']);
      const label = chip.textContent!;
      expect(chip.parentElement!.getAttribute('aria-label')).to.equal(
        label === 'Closed' ? label : `${label}, closed`,
      );
      const c = (await adapter.getCase(row.dataset['caseId']!))!;
      const linked = row.querySelector('.linked')!;
      expect(linked.getAttribute('aria-label')).to.equal(`Linked to CRM card ${c.crmCard!.name}`);
    });

    it('marks the rows open in the workspace', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const second = caseRows(list)[1]!;
      list.openCaseIds = [second.dataset['caseId']!];
      await list.updateComplete;
      const marker = caseRows(list)[1]!.querySelector('[role="img"][aria-label="Open in the workspace"]');
      expect(marker).to.exist;
      expect(caseRows(list)[0]!.querySelector('[aria-label="Open in the workspace"]')).to.not.exist;
    });

    it('announces the number of cases politely', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const { total } = await adapter.listCases({ offset: 0, limit: 1 });
      expect(liveRegion(list).getAttribute('role')).to.equal('status');
      await waitUntil(
        () => liveRegion(list).textContent!.trim() === `${total.toLocaleString('en')} cases`,
        'the count announced once the rows settle',
      );
    });

    it('speaks French, with dates in the French format', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session, { lang: 'fr' });
      await waitForRows(list);
      expect(headers(list)[0]!.textContent!.trim()).to.equal('Numéro');
      expect(shadow(list).querySelector('.search')!.getAttribute('aria-label')).to.equal(
        'Rechercher des dossiers',
      );
      const column = columnIndex(list, 'Mis à jour le');
      const updated = cellTexts(caseRows(list)[0]!)[column]!;
      expect(updated).to.match(/^\d{2}\/\d{2}\/\d{4}/);
      await waitUntil(() => /dossiers/.test(liveRegion(list).textContent!), 'the count announced in French');
      await expect(list).to.be.accessible();
    });
  });

  describe('sort', () => {
    it('sorts by a column title on click: ascending, then descending, and tells the host', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const changed = oneEvent(list, 'ck-view-change') as Promise<ViewChangeEvent>;
      sortButton(list, 'Number').click();
      expect((await changed).viewState.sort).to.deep.equal({ field: 'number', direction: 'asc' });
      const ascending = await adapter.listCases({
        offset: 0,
        limit: 3,
        sort: { field: 'number', direction: 'asc' },
      });
      await waitUntil(
        () => caseRows(list)[0]?.dataset['caseId'] === ascending.items[0]!.id,
        'ascending rows',
      );
      expect(header(list, 'Number').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(list, 'Updated').hasAttribute('aria-sort')).to.be.false;

      sortButton(list, 'Number').click();
      const descending = await adapter.listCases({
        offset: 0,
        limit: 3,
        sort: { field: 'number', direction: 'desc' },
      });
      await waitUntil(
        () => caseRows(list)[0]?.dataset['caseId'] === descending.items[0]!.id,
        'descending rows',
      );
      expect(header(list, 'Number').getAttribute('aria-sort')).to.equal('descending');
    });

    it('sorts with Enter on a column title', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      sortButton(list, 'Title').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => header(list, 'Title').getAttribute('aria-sort') === 'ascending');
      expect(list.viewState.sort).to.deep.equal({ field: 'title', direction: 'asc' });
    });

    it('offers no sort button on a column the layout does not let sort', async () => {
      const { adapter, session } = await memoryBackend();
      const layout = {
        ...session.layout,
        list: { ...session.layout.list, columns: [...session.layout.list.columns, { field: 'tags' }] },
      };
      const list = await mountList(adapter, { ...session, layout });
      await waitForRows(list);
      expect(header(list, 'Tags').querySelector('button')).to.not.exist;
      expect(sortButton(list, 'Type')).to.exist;
    });
  });

  describe('keyboard', () => {
    it('reaches the search, the funnel, "New case", the column titles and one row with Tab', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const seen: string[] = [];
      shadow(list).querySelector<HTMLElement>('.search')!.focus();
      for (let i = 0; i < 12; i++) {
        const active = shadow(list).activeElement as HTMLElement;
        seen.push(active.getAttribute('role') ?? active.getAttribute('part') ?? active.textContent!.trim());
        await sendKeys({ press: 'Tab' });
      }
      expect(seen.slice(0, 3)).to.deep.equal(['search', 'funnel', 'create']);
      expect(seen.slice(3, 11)).to.have.length(8);
      expect(seen[11]).to.equal('row');
    });

    it('moves between rows with arrows, Page Up/Down, Home/End, and opens with Enter', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session, { height: '420px' });
      await waitForRows(list);
      const { total } = await adapter.listCases({ offset: 0, limit: 1 });
      caseRows(list)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await list.updateComplete;
      expect(focusedRow(list)?.getAttribute('aria-rowindex')).to.equal('4');
      await sendKeys({ press: 'ArrowUp' });
      await list.updateComplete;
      expect(focusedRow(list)?.getAttribute('aria-rowindex')).to.equal('3');
      expect(focusedRow(list)?.tabIndex).to.equal(0);
      expect(caseRows(list).filter((r) => r.tabIndex === 0)).to.have.length(1);

      await sendKeys({ press: 'PageDown' });
      await list.updateComplete;
      const afterPage = Number(focusedRow(list)?.getAttribute('aria-rowindex'));
      expect(afterPage).to.be.greaterThan(5);
      await sendKeys({ press: 'PageUp' });
      await list.updateComplete;
      expect(focusedRow(list)?.getAttribute('aria-rowindex')).to.equal('3');

      await sendKeys({ press: 'End' });
      await waitUntil(() => focusedRow(list)?.dataset['caseId'], 'the last row loaded and focused');
      expect(focusedRow(list)?.getAttribute('aria-rowindex')).to.equal(String(total + 1));
      await sendKeys({ press: 'Home' });
      await list.updateComplete;
      expect(focusedRow(list)?.getAttribute('aria-rowindex')).to.equal('2');

      const opened = oneEvent(list, 'ck-case-open') as Promise<CaseOpenEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await opened).caseId).to.equal(focusedRow(list)!.dataset['caseId']);
    });

    it('shows a row from its start when Tab reaches it from the column titles scrolled sideways', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const { adapter, session } = await memoryBackend();
        const list = await mountList(adapter, session, { dir });
        list.style.inlineSize = '480px';
        await waitForRows(list);
        const scroller = shadow(list).querySelector<HTMLElement>('.scroller')!;
        const titles = headers(list).map((h) => h.querySelector('button')!);
        titles.at(-1)!.focus();
        expect(Math.abs(scroller.scrollLeft), `${dir}: the last title scrolled into view`).to.be.greaterThan(
          0,
        );
        await sendKeys({ press: 'Tab' });
        expect(shadow(list).activeElement?.getAttribute('role')).to.equal('row');
        expect(scroller.scrollLeft, `${dir}: back to the start`).to.equal(0);
        // Moving between rows keeps a sideways scroll the agent chose.
        scroller.scrollLeft = dir === 'rtl' ? -60 : 60;
        await sendKeys({ press: 'ArrowDown' });
        await list.updateComplete;
        expect(focusedRow(list)?.getAttribute('aria-rowindex')).to.equal('3');
        expect(Math.abs(scroller.scrollLeft)).to.equal(60);
      }
    });

    it('opens a case on click, and the clicked row becomes the active one', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const row = caseRows(list)[2]!;
      const opened = oneEvent(list, 'ck-case-open') as Promise<CaseOpenEvent>;
      (row.querySelector('[role="gridcell"]') as HTMLElement).click();
      const event = await opened;
      expect(event.caseId).to.equal(row.dataset['caseId']);
      expect(event.bubbles && event.composed).to.be.true;
      await list.updateComplete;
      expect(rowByIndex(list, 4)!.tabIndex).to.equal(0);
    });
  });

  describe('new case', () => {
    it('fires ck-case-create when the profile may create', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      const requested = oneEvent(list, 'ck-case-create') as Promise<CaseCreateEvent>;
      shadow(list).querySelector<HTMLButtonElement>('[part="create"]')!.click();
      expect((await requested).crmCardId).to.equal(undefined);
    });

    it('has no "New case" for a read-only profile', async () => {
      const { adapter, session } = await memoryBackend({ profile: 'read-only' });
      const list = await mountList(adapter, session);
      await waitForRows(list);
      expect(shadow(list).querySelector('[part="create"]')).to.not.exist;
    });
  });
});
