import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CaseKitError } from '../../src/adapters/errors.js';
import type { CaseList } from '../../src/elements/case-list/case-list.js';
import type { CaseCreateEvent } from '../../src/events/navigation.js';
import type { CaseKitErrorEvent } from '../../src/events/provider.js';
import {
  caseRows,
  cellTexts,
  focusedRow,
  grid,
  hugeAdapter,
  liveRegion,
  ListCasesProbe,
  memoryBackend,
  mountList,
  rowByIndex,
  settle,
  shadow,
  stateMessage,
  waitForRows,
  waitForState,
  columnIndex,
} from './case-list/harness.js';

const axeTimeout = 30_000;

function scroller(list: HTMLElement): HTMLElement {
  return list.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
}

/** Whether a row is entirely inside the scroller's view (below the sticky header). */
function inView(list: HTMLElement, row: HTMLElement): boolean {
  const view = scroller(list).getBoundingClientRect();
  const head = list.shadowRoot!.querySelector('.head')!.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return box.top >= head.bottom - 1 && box.bottom <= view.bottom + 1;
}

describe('ck-case-list states', () => {
  it('shows skeleton rows while the first page loads, busy and announced', async function () {
    this.timeout(axeTimeout);
    const { adapter, session } = await memoryBackend();
    const probe = new ListCasesProbe(adapter);
    probe.delay = () => 10_000;
    const list = await mountList(probe.adapter, session);
    expect(grid(list).getAttribute('aria-busy')).to.equal('true');
    // Grey rows come when the page takes a moment (a fast one paints its rows with no grey flash).
    expect(shadow(list).querySelectorAll('.row.pending').length).to.equal(0);
    await waitUntil(() => shadow(list).querySelectorAll('.row.pending').length > 3, 'skeleton rows');
    expect(liveRegion(list).textContent!.trim()).to.equal('Loading cases…');
    await expect(list).to.be.accessible();
  });

  it('is made once, with its first rows, when they come within the same task (no loading shell first)', async () => {
    const { adapter, session } = await memoryBackend();
    const list = document.createElement('ck-case-list') as CaseList;
    list.adapter = adapter;
    list.session = session;
    document.body.append(list);
    try {
      // What the live region said, and how many rows there were, each time the shadow root changed.
      const said: string[] = [];
      const rows: number[] = [];
      const observer = new MutationObserver(() => {
        said.push(liveRegion(list)?.textContent?.trim() ?? '');
        rows.push(caseRows(list).length);
      });
      observer.observe(list.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await waitForRows(list);
      observer.disconnect();
      // The in-memory adapter answers a few microtasks after it is asked: the first update waited for it.
      expect(said).not.to.include('Loading cases…');
      expect(rows[0]).to.be.greaterThan(5);
    } finally {
      list.remove();
    }
  });

  it('waits a moment for its session before it shows its loading shell, then its rows', async () => {
    const { adapter, session } = await memoryBackend();
    const list = await mountList(adapter, undefined);
    // A session already in memory comes a few microtasks later: no shell is drawn for it in between.
    expect(shadow(list).querySelectorAll('*').length).to.equal(0);
    await waitUntil(() => liveRegion(list)?.textContent?.trim() === 'Loading cases…', 'the loading shell');
    expect(shadow(list).querySelectorAll('.search').length).to.equal(1);
    list.session = session;
    await waitForRows(list);
  });

  it('says "no cases yet" when there are none at all', async function () {
    this.timeout(axeTimeout);
    const { adapter, session } = await memoryBackend();
    const list = await mountList(
      hugeAdapter(adapter, (await adapter.listCases({ offset: 0, limit: 1 })).items[0]!, 0),
      session,
    );
    await waitForState(list);
    expect(stateMessage(list)).to.equal('No cases yet.');
    expect(shadow(list).querySelector('.state button')).to.not.exist;
    await waitUntil(() => liveRegion(list).textContent!.trim() === 'No cases yet.');
    await expect(list).to.be.accessible();
  });

  it('shows an error with a retry that loads again', async function () {
    this.timeout(axeTimeout);
    const { adapter, session } = await memoryBackend();
    const probe = new ListCasesProbe(adapter);
    probe.fail = (_query, call) => (call === 0 ? new CaseKitError('unavailable') : undefined);
    const list = await mountList(probe.adapter, session);
    await waitForState(list);
    expect(stateMessage(list)).to.contain('The cases could not be loaded.');
    expect(stateMessage(list)).to.contain('The service is unavailable right now.');
    expect(shadow(list).querySelector('.state')!.getAttribute('role')).to.equal('alert');
    await expect(list).to.be.accessible();
    shadow(list).querySelector<HTMLButtonElement>('.state button')!.click();
    await waitForRows(list);
    expect(stateMessage(list)).to.equal('');
  });

  it('says the profile may not see the cases when the backend refuses', async function () {
    this.timeout(axeTimeout);
    const { adapter, session } = await memoryBackend();
    const probe = new ListCasesProbe(adapter);
    probe.fail = () => new CaseKitError('forbidden');
    const list = await mountList(probe.adapter, session);
    await waitForState(list);
    expect(stateMessage(list)).to.equal('Your profile does not allow you to see these cases.');
    expect(shadow(list).querySelector('.state button')).to.not.exist;
    await expect(list).to.be.accessible();
  });

  it('reports an expired session with ck-error, for the provider to announce', async () => {
    const { adapter, session } = await memoryBackend();
    const probe = new ListCasesProbe(adapter);
    probe.fail = () => new CaseKitError('unauthenticated');
    const reported = new Promise<CaseKitErrorEvent>((resolve) =>
      document.addEventListener('ck-error', (event) => resolve(event), { once: true }),
    );
    await mountList(probe.adapter, session);
    expect(((await reported).error as CaseKitError).code).to.equal('unauthenticated');
  });

  describe('live refresh', () => {
    it('refreshes on a change, keeping the focused case focused and the scroll position', async () => {
      const { adapter, session } = await memoryBackend({ profile: 'supervisor', cases: 300 });
      const list = await mountList(adapter, session, { height: '420px' });
      await waitForRows(list);
      scroller(list).scrollTop = 400;
      await settle();
      await list.updateComplete;
      const target = caseRows(list).find(
        (row) => inView(list, row) && Number(row.getAttribute('aria-rowindex')) > 14,
      )!;
      target.focus();
      await list.updateComplete;
      const caseId = target.dataset['caseId']!;
      const firstRow = rowByIndex(list, 2) ?? caseRows(list)[0]!;
      const above = await adapter.getCase(caseRows(list)[0]!.dataset['caseId']!);
      expect(firstRow).to.exist;

      // Another agent deletes a case above the focused one: the focused case moves up one row.
      await adapter.deleteCase(above.id, { version: above.version });
      await waitUntil(
        () => !caseRows(list).some((row) => row.dataset['caseId'] === above.id),
        'the deleted case gone',
      );
      await list.updateComplete;
      expect(focusedRow(list)?.dataset['caseId']).to.equal(caseId);
      expect(scroller(list).scrollTop).to.equal(400);

      // Its title changes: the row shows it, focus stays.
      const current = await adapter.getCase(caseId);
      await adapter.updateCase(caseId, { title: 'Renamed by a colleague' }, { version: current.version });
      await waitUntil(
        () => focusedRow(list)?.textContent?.includes('Renamed by a colleague'),
        'the new title',
      );
      expect(focusedRow(list)?.dataset['caseId']).to.equal(caseId);
    });

    it('keeps its rows while a background refresh fails, and reports it with ck-error', async () => {
      const { adapter, session } = await memoryBackend({ profile: 'supervisor' });
      const probe = new ListCasesProbe(adapter);
      const list = await mountList(probe.adapter, session);
      await waitForRows(list);
      probe.fail = () => new CaseKitError('network');
      const reported = oneEvent(list, 'ck-error') as Promise<CaseKitErrorEvent>;
      const c = await adapter.getCase(caseRows(list)[0]!.dataset['caseId']!);
      await adapter.updateCase(c.id, { title: 'Changed' }, { version: c.version });
      expect(((await reported).error as CaseKitError).code).to.equal('network');
      expect(caseRows(list).length).to.be.greaterThan(0);
    });
  });

  describe('CRM card scope', () => {
    it("lists one CRM card's cases, names the card, and creates cases for it", async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const linked = await adapter.listCases({ offset: 0, limit: 1, filters: [{ linkedCrmCard: true }] });
      const card = linked.items[0]!.crmCard!;
      const { total } = await adapter.listCases({ offset: 0, limit: 1, crmCardId: card.id });
      const list = await mountList(adapter, session, { crmCardId: card.id });
      await waitForRows(list);
      expect(grid(list).getAttribute('aria-rowcount')).to.equal(String(total + 1));
      const crmCard = columnIndex(list, 'CRM card');
      for (const row of caseRows(list)) expect(cellTexts(row)[crmCard]).to.equal(card.name);
      expect(shadow(list).querySelector('#scope')!.textContent).to.equal(`Cases of ${card.name}`);
      expect(shadow(list).querySelector('#filter-crm-card')).to.not.exist;
      const requested = oneEvent(list, 'ck-case-create') as Promise<CaseCreateEvent>;
      shadow(list).querySelector<HTMLButtonElement>('[part="create"]')!.click();
      expect((await requested).crmCardId).to.equal(card.id);
      await expect(list).to.be.accessible();
    });
  });

  describe('millions of cases', () => {
    async function hugeList(): Promise<CaseList> {
      const { adapter, session } = await memoryBackend();
      const template = (await adapter.listCases({ offset: 0, limit: 1 })).items[0]!;
      const list = await mountList(hugeAdapter(adapter, template, 5_000_000), session, { height: '420px' });
      await waitForRows(list);
      return list;
    }

    it('reports every row and keeps the scroll height under the browser limit', async () => {
      const list = await hugeList();
      expect(grid(list).getAttribute('aria-rowcount')).to.equal('5000001');
      expect(scroller(list).scrollHeight).to.be.lessThan(33_000_000);
      expect(shadow(list).querySelectorAll('.body [role="row"]').length).to.be.lessThan(40);
    });

    it('renders its spare rows on the side it scrolls towards, and none while it jumps', async () => {
      const list = await hugeList();
      const view = scroller(list);
      // The pool's rows (the focused row may keep an element of its own out of view).
      const pooled = () => caseRows(list).filter((row) => !row.classList.contains('detached'));
      /** Rendered rows above and below the rows in view. */
      const spare = () => {
        const shown = pooled().map((row) => inView(list, row));
        return { above: shown.indexOf(true), below: shown.length - 1 - shown.lastIndexOf(true) };
      };
      const scrollTo = async (top: number) => {
        const before = pooled()[0]!.getAttribute('aria-rowindex');
        view.scrollTop = top;
        await waitUntil(() => pooled()[0]!.getAttribute('aria-rowindex') !== before, 'rows moved');
        await waitUntil(() => !pooled().some((row) => row.classList.contains('pending')), 'rows');
      };
      // Before any scroll: the rows that fit, and at most one spare row below the partly shown one
      // (once the list has seen its new height: a frame after it was set).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await list.updateComplete;
      const first = spare();
      expect(first.above).to.equal(0);
      expect(first.below).to.be.at.most(2);
      // A jump of many views: no row ahead (the next jump would leave it behind), only the pool's spare one.
      await scrollTo(40_000);
      const jumped = spare();
      // Two rows partly in view and the pool's spare one: none ahead.
      expect(jumped.above + jumped.below, 'rows not wholly in view after a jump').to.be.at.most(3);
      // Steps of a few rows: the rows ahead are there before they come into view.
      await scrollTo(40_020);
      const down = spare();
      expect(down.below).to.be.at.least(2);
      expect(down.below).to.be.greaterThan(down.above);
      await scrollTo(40_000);
      const up = spare();
      expect(up.above).to.be.at.least(2);
      expect(up.above).to.be.greaterThan(up.below);
    });

    it('keeps its row elements while rows scroll partly in and out of view', async () => {
      const list = await hugeList();
      const view = scroller(list);
      const rows = () => [...shadow(list).querySelectorAll('.body [role="row"]:not(.detached)')];
      view.scrollTop = 36_000;
      await waitUntil(() => rows()[0]?.getAttribute('aria-rowindex') !== '2', 'scrolled');
      const frames = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // The first small steps after a jump make the rows ahead of a slow scroll, on either side.
      for (const step of [13, 13, -13, -13]) {
        view.scrollTop += step;
        await frames();
      }
      const kept = new Set(rows());
      // Steps of a third of a row, down then up: a frame needs one row more or fewer than the one before.
      for (const step of [13, 13, 13, 13, -13, -13, -13, -13]) {
        view.scrollTop += step;
        await frames();
        for (const row of rows()) expect(kept.has(row), 'a row made while scrolling').to.be.true;
      }
    });

    it('keeps the tabbable row loaded however far the list scrolls from it', async () => {
      const list = await hugeList();
      const view = scroller(list);
      const bodyRows = () => [...shadow(list).querySelectorAll<HTMLElement>('.body [role="row"]')];
      const pooled = () => bodyRows().filter((row) => !row.classList.contains('detached'));
      const pending = (row: HTMLElement) => row.classList.contains('pending');
      // Twelve distant places: more pages than the list keeps per query (ten), so the first page would
      // be the farthest one dropped.
      for (let place = 1; place <= 12; place++) {
        const before = pooled()[0]!.getAttribute('aria-rowindex');
        view.scrollTop = place * 40_000;
        await waitUntil(() => pooled()[0]!.getAttribute('aria-rowindex') !== before, 'rows moved');
        await waitUntil(() => !pooled().some(pending), 'rows loaded');
      }
      const kept = bodyRows().filter((row) => row.classList.contains('detached'));
      expect(kept.length, 'the tabbable row, out of view').to.equal(1);
      expect(kept[0]!.tabIndex).to.equal(0);
      await list.updateComplete;
      expect(pending(kept[0]!), 'the tabbable row shows its case, not grey bars').to.be.false;
      expect(cellTexts(kept[0]!)[0]).to.equal('C-0000001');
    });

    it('reaches the last row with End', async () => {
      const list = await hugeList();
      caseRows(list)[0]!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => focusedRow(list)?.dataset['caseId'] === 'case-5000000', 'the last case focused', {
        timeout: 5000,
      });
      const row = focusedRow(list)!;
      expect(row.getAttribute('aria-rowindex')).to.equal('5000001');
      expect(cellTexts(row)[0]).to.equal('C-5000000');
      expect(inView(list, row)).to.be.true;
      await sendKeys({ press: 'ArrowUp' });
      await list.updateComplete;
      expect(focusedRow(list)?.getAttribute('aria-rowindex')).to.equal('5000000');
      expect(inView(list, focusedRow(list)!)).to.be.true;
    });

    it('reaches the last row and the middle by the scrollbar', async () => {
      const list = await hugeList();
      const view = scroller(list);
      view.scrollTop = view.scrollHeight;
      await waitUntil(
        () => rowByIndex(list, 5_000_001)?.dataset['caseId'] === 'case-5000000',
        'the last row',
        { timeout: 5000 },
      );
      expect(inView(list, rowByIndex(list, 5_000_001)!)).to.be.true;

      view.scrollTop = (view.scrollHeight - view.clientHeight) / 2;
      await waitUntil(() => caseRows(list).some((row) => inView(list, row)), 'rows in the middle', {
        timeout: 5000,
      });
      const middle = caseRows(list).find((row) => inView(list, row))!;
      const index = Number(middle.getAttribute('aria-rowindex'));
      expect(index).to.be.within(2_499_000, 2_501_000);
      expect(cellTexts(middle)[0]).to.equal(`C-${String(index - 1).padStart(7, '0')}`);
    });
  });
});
