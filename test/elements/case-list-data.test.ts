import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import type { CaseFilter, CaseQuery, Page, Case } from '../../src/model/types.js';
import type { CaseList } from '../../src/elements/case-list/case-list.js';
import {
  caseRows,
  cellTexts,
  grid,
  liveRegion,
  memoryBackend,
  mountList,
  shadow,
  sortButton,
  stateMessage,
  waitForRows,
  ListCasesProbe,
  forward,
  columnIndex,
} from './case-list/harness.js';

const axeTimeout = 30_000;

function panel(list: CaseList): HTMLElement {
  return shadow(list).querySelector<HTMLElement>('.filter-panel')!;
}

function funnel(list: CaseList): HTMLButtonElement {
  return shadow(list).querySelector<HTMLButtonElement>('.funnel')!;
}

async function openPanel(list: CaseList): Promise<void> {
  funnel(list).click();
  await waitUntil(() => panel(list).matches(':popover-open'), 'the filter panel to open');
}

/** The total the adapter gives for these filters (what the list must show). */
async function totalFor(
  adapter: CaseKitAdapter,
  filters: readonly CaseFilter[],
  search = '',
): Promise<number> {
  return (await adapter.listCases({ offset: 0, limit: 1, filters, ...(search ? { search } : {}) })).total;
}

async function waitForTotal(list: CaseList, total: number): Promise<void> {
  await waitUntil(
    () =>
      grid(list)?.getAttribute('aria-rowcount') === String(total + 1) &&
      grid(list).getAttribute('aria-busy') === 'false',
    `aria-rowcount ${total + 1}`,
  );
}

function control<T extends HTMLElement>(list: CaseList, selector: string): T {
  return panel(list).querySelector<T>(selector)!;
}

function checkboxLabelled(list: CaseList, text: string): HTMLInputElement {
  const label = [...panel(list).querySelectorAll('label.check')].find((l) => l.textContent!.trim() === text);
  return label!.querySelector('input')!;
}

function change(element: HTMLInputElement | HTMLSelectElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(list: CaseList, text: string): void {
  const input = shadow(list).querySelector<HTMLInputElement>('.search')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('ck-case-list data', () => {
  describe('filters', () => {
    it('opens the panel in the top layer with focus inside; Escape closes it and focus returns to the funnel', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      funnel(list).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => panel(list).matches(':popover-open'), 'the filter panel to open');
      expect(panel(list).getAttribute('role')).to.equal('dialog');
      expect(panel(list).contains(shadow(list).activeElement)).to.be.true;
      await expect(list).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !panel(list).matches(':popover-open'), 'the panel to close');
      expect(shadow(list).activeElement).to.equal(funnel(list));
    });

    it('sets the field names in the strong weight and their options in the regular one', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      await openPanel(list);
      const weight = (element: Element) => Number(getComputedStyle(element).fontWeight);
      const legend = panel(list).querySelector('.filter legend')!;
      const option = panel(list).querySelector('.filter label.check')!;
      const fieldLabel = panel(list).querySelector('div.filter > label')!;
      expect(weight(legend)).to.be.at.least(600);
      expect(weight(fieldLabel)).to.be.at.least(600);
      expect(weight(option)).to.equal(400);
    });

    it('filters by the open / closed shortcuts and by chosen statuses', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      await openPanel(list);
      const [openShortcut] = panel(list).querySelectorAll<HTMLButtonElement>('.shortcuts button');
      openShortcut!.click();
      expect(list.viewState.filters).to.deep.equal([{ statusClass: 'open' }]);
      await waitForTotal(list, await totalFor(adapter, [{ statusClass: 'open' }]));
      expect(funnel(list).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters 1 active filter');
      expect(openShortcut!.getAttribute('aria-pressed')).to.equal('true');
      for (const row of caseRows(list)) expect(cellTexts(row)[2]).to.not.match(/closed/);

      checkboxLabelled(list, 'New').click();
      const expected: CaseFilter = { field: 'status', op: 'in', value: ['open', 'pending', 'escalated'] };
      expect(list.viewState.filters).to.deep.equal([expected]);
      await waitForTotal(list, await totalFor(adapter, [expected]));
      for (const row of caseRows(list))
        expect(['Open', 'Pending customer', 'Escalated']).to.include(cellTexts(row)[2]);
    });

    it('filters by owner (me, my team, an agent) and by a linked CRM card', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      await openPanel(list);
      change(control(list, '#filter-owner'), 'me');
      await waitForTotal(list, await totalFor(adapter, [{ owner: 'me' }]));
      for (const row of caseRows(list)) expect(cellTexts(row)[3]).to.equal(session.agent.name);

      const colleague = session.teamMembers.find((a) => a.id !== session.agent.id)!;
      change(control(list, '#filter-owner'), colleague.id);
      await waitForTotal(list, await totalFor(adapter, [{ owner: colleague.id }]));
      for (const row of caseRows(list)) expect(cellTexts(row)[3]).to.equal(colleague.name);

      change(control(list, '#filter-crm-card'), 'no');
      expect(list.viewState.filters).to.deep.equal([{ owner: colleague.id }, { linkedCrmCard: false }]);
      await waitForTotal(list, await totalFor(adapter, list.viewState.filters));
      for (const row of caseRows(list))
        expect(row.querySelector('[aria-label^="Linked to CRM card"]')).to.not.exist;
    });

    it('filters list fields, number and date ranges, checkboxes and text', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      await openPanel(list);

      checkboxLabelled(list, 'Billing').click();
      await waitForTotal(list, await totalFor(adapter, [{ field: 'type', op: 'in', value: ['billing'] }]));
      const type = columnIndex(list, 'Type');
      for (const row of caseRows(list)) expect(cellTexts(row)[type]).to.equal('Billing');

      const cases: [string, string, CaseFilter][] = [
        ['#filter-amount-from', '100', { field: 'amount', op: 'range', value: { from: 100 } }],
        ['#filter-dueDate-to', '2026-06-30', { field: 'dueDate', op: 'range', value: { to: '2026-06-30' } }],
        ['#filter-consent', 'yes', { field: 'consent', op: 'eq', value: true }],
        ['#filter-orderNumber', 'ORD-1', { field: 'orderNumber', op: 'contains', value: 'ORD-1' }],
      ];
      for (const [selector, value, filter] of cases) {
        list.viewState = { filters: [], search: '' };
        await list.updateComplete;
        change(control(list, selector), value);
        expect(list.viewState.filters, selector).to.deep.equal([filter]);
        await waitForTotal(list, await totalFor(adapter, [filter]));
      }
    });

    it('puts a range typed the wrong way round in order, in the filter and in its inputs', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      await openPanel(list);
      for (const [key, high, low] of [
        ['amount', '500', '100'],
        ['dueDate', '2026-12-31', '2026-01-01'],
      ] as const) {
        list.viewState = { filters: [], search: '' };
        await list.updateComplete;
        change(control(list, `#filter-${key}-from`), high);
        change(control(list, `#filter-${key}-to`), low);
        const numeric = key === 'amount';
        const filter: CaseFilter = {
          field: key,
          op: 'range',
          value: { from: numeric ? Number(low) : low, to: numeric ? Number(high) : high },
        };
        expect(list.viewState.filters, key).to.deep.equal([filter]);
        await list.updateComplete;
        expect(control<HTMLInputElement>(list, `#filter-${key}-from`).value).to.equal(low);
        expect(control<HTMLInputElement>(list, `#filter-${key}-to`).value).to.equal(high);
        await waitForTotal(list, await totalFor(adapter, [filter]));
      }
    });

    it('clears every filter from the panel', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      list.viewState = { filters: [{ statusClass: 'closed' }, { owner: 'me' }], search: '' };
      await list.updateComplete;
      await openPanel(list);
      expect(funnel(list).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters 2 active filters');
      const clear = [...panel(list).querySelectorAll<HTMLButtonElement>('.panel-actions button')][0]!;
      const changed = oneEvent(list, 'ck-view-change');
      clear.click();
      await changed;
      expect(list.viewState.filters).to.deep.equal([]);
      await waitForTotal(list, await totalFor(adapter, []));
    });
  });

  describe('search', () => {
    it('searches as the agent types, and announces the count', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      shadow(list).querySelector<HTMLInputElement>('.search')!.focus();
      await sendKeys({ type: 'refund' });
      const total = await totalFor(adapter, [], 'refund');
      await waitForTotal(list, total);
      expect(list.viewState.search).to.equal('refund');
      await waitUntil(() => liveRegion(list).textContent!.trim() === `${total} cases`, 'the count announced');
    });

    it('never shows a stale answer: a slow first answer arriving last is ignored', async () => {
      const { adapter, session } = await memoryBackend();
      const first = 'inv';
      // This backend ignores aborts: the slow answer does arrive, after the fast one.
      const slow: CaseKitAdapter = new Proxy(adapter, {
        get: (target, name) =>
          name === 'listCases'
            ? async (query: CaseQuery): Promise<Page<Case>> => {
                if (query.search === first) await new Promise((resolve) => setTimeout(resolve, 400));
                return adapter.listCases(query);
              }
            : forward(target, name),
      });
      const list = await mountList(slow, session);
      await waitForRows(list);
      type(list, first);
      await list.updateComplete;
      type(list, 'invoice');
      const expected = await totalFor(adapter, [], 'invoice');
      await waitForTotal(list, expected);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await list.updateComplete;
      expect(grid(list).getAttribute('aria-rowcount')).to.equal(String(expected + 1));
      for (const row of caseRows(list))
        expect(row.textContent!.toLowerCase()).to.satisfy((t: string) => t.length > 0);
    });

    it('aborts earlier requests', async () => {
      const { adapter, session } = await memoryBackend();
      const probe = new ListCasesProbe(adapter);
      const list = await mountList(probe.adapter, session);
      await waitForRows(list);
      // The answer for "a" takes far longer than any debounce: whether or not the list debounces (it
      // does when the backend was slow, e.g. on a loaded machine), the next query starts while the
      // request for "a" is in flight.
      probe.delay = (query) => (query.search === 'a' ? 3000 : 200);
      const before = probe.calls.length;
      type(list, 'a');
      await waitUntil(() => probe.calls.some((query, i) => i >= before && query.search === 'a'), 'a query');
      type(list, 'ab');
      await list.updateComplete;
      type(list, 'abc');
      await waitUntil(
        () => list.viewState.search === 'abc' && grid(list).getAttribute('aria-busy') === 'false',
        'the answer for "abc"',
        { timeout: 2500 },
      );
      expect(probe.aborted).to.be.greaterThanOrEqual(1);
    });

    it('debounces typing on a slow backend, and queries once for the last text', async () => {
      const { adapter, session } = await memoryBackend();
      const probe = new ListCasesProbe(adapter);
      probe.delay = () => 80;
      const list = await mountList(probe.adapter, session);
      await waitForRows(list);
      const before = probe.calls.length;
      type(list, 'r');
      type(list, 're');
      type(list, 'ref');
      await waitUntil(() => grid(list).getAttribute('aria-busy') === 'false' && probe.calls.length > before);
      await waitForTotal(list, await totalFor(adapter, [], 'ref'));
      expect(probe.calls.slice(before).map((q) => q.search)).to.deep.equal(['ref']);
    });
  });

  describe('view state', () => {
    it('follows a viewState set by the host, without firing ck-view-change', async () => {
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      let fired = 0;
      list.addEventListener('ck-view-change', () => fired++);
      list.viewState = { sort: { field: 'title', direction: 'asc' }, filters: [{ owner: 'me' }], search: '' };
      await waitForTotal(list, await totalFor(adapter, [{ owner: 'me' }]));
      expect(fired).to.equal(0);
      expect(shadow(list).querySelector('[aria-sort]')!.textContent!.trim()).to.equal('Title');
    });

    it('keeps the view state per agent under persist-key, and restores it', async () => {
      localStorage.clear();
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session, { persistKey: 'cases-test' });
      await waitForRows(list);
      sortButton(list, 'Title').click();
      await list.updateComplete;
      const again = await mountList(adapter, session, { persistKey: 'cases-test' });
      await waitForRows(again);
      expect(again.viewState.sort).to.deep.equal({ field: 'title', direction: 'asc' });
      const other = await memoryBackend({ profile: 'junior' });
      const otherAgent = await mountList(other.adapter, other.session, { persistKey: 'cases-test' });
      await waitForRows(otherAgent);
      expect(otherAgent.viewState.sort).to.equal(undefined);
      localStorage.clear();
    });
  });

  describe('states', () => {
    it('says "no case matches" with a way to clear, apart from "no cases yet"', async function () {
      this.timeout(axeTimeout);
      const { adapter, session } = await memoryBackend();
      const list = await mountList(adapter, session);
      await waitForRows(list);
      type(list, 'zzzz-no-such-case');
      await waitUntil(() => stateMessage(list).startsWith('No case matches'));
      await expect(list).to.be.accessible();
      shadow(list).querySelector<HTMLButtonElement>('.state button')!.click();
      await waitForRows(list);
      expect(list.viewState.search).to.equal('');
      expect(shadow(list).querySelector<HTMLInputElement>('.search')!.value).to.equal('');
    });
  });
});
