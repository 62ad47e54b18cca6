import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { localize } from '../../src/i18n/format.js';
import { translatorFor } from '../../src/i18n/strings.js';
import { BodyCell } from '../../src/elements/case-list/body-cell.js';
import {
  formatsFor,
  linkedNames,
  listColumns,
  statusChips,
  type CellContext,
} from '../../src/elements/case-list/cells.js';
import { caseRows, memoryBackend, mountList, waitForRows } from './case-list/harness.js';

/**
 * The row pool writes cells in place: a cell that showed a grey bar, or another case, shows exactly
 * the new case's content, whatever the column.
 */
/** The computed `unicode-bidi` of a row's cell. */
function bidiOf(row: HTMLElement, key: string): string {
  const cell = row.querySelector<HTMLElement>(`[data-key="${key}"]`);
  return cell ? getComputedStyle(cell).unicodeBidi : 'no such cell';
}

describe('ck-case-list cells written in place', () => {
  it('replaces a grey bar and another case’s content in every column', async () => {
    const { adapter, session } = await memoryBackend({ profile: 'supervisor' });
    const t = translatorFor('en');
    const columns = listColumns(session, t);
    const context: CellContext = {
      t,
      formats: formatsFor('en'),
      chips: statusChips(session.statuses, t),
      linkedName: linkedNames(t),
      crmCardInNumber: false,
    };
    const statuses = new Map(session.statuses.map((s) => [s.id, s]));
    const { items } = await adapter.listCases({ offset: 0, limit: 60 });
    const linked = items.find((c) => c.crmCard)!;
    const unlinked = items.find((c) => !c.crmCard)!;
    // Two closed statuses: "Resolved" (named "Resolved, closed") and "Closed" (its label says it).
    const closed = items.find((c) => c.statusId === 'closed')!;
    const resolved = items.find((c) => c.statusId === 'resolved')!;
    for (const column of columns) {
      const body = new BodyCell(column);
      const cell = body.element;
      body.showPending();
      expect(cell.querySelectorAll('.skeleton').length, `${column.key}: a grey bar`).to.equal(1);
      for (const [c, open] of [
        [linked, false],
        [closed, true],
        [resolved, false],
        [unlinked, false],
      ] as const) {
        body.show(c, open, context);
        expect(cell.querySelectorAll('.skeleton').length, `${column.key}: no grey bar left`).to.equal(0);
        expect(cell.querySelectorAll('.chip').length, `${column.key}: one chip at most`).to.be.below(2);
        expect(cell.querySelectorAll('.crm-card').length, `${column.key}: one card icon at most`).to.be.below(
          2,
        );
        expect(cell.querySelectorAll('.open-marker').length, `${column.key}: the open marker`).to.equal(
          open ? 1 : 0,
        );
        if (column.key === 'number') expect(cell.textContent).to.contain(c.number);
        if (column.key === 'title') expect(cell.textContent).to.equal(c.title);
        // A cell whose text does not say it all is named, the open marker's name first.
        const named = (name: string) => (open ? `Open in the workspace, ${name}` : name);
        if (column.key === 'crmCard') {
          expect(cell.getAttribute('aria-label')).to.equal(
            c.crmCard ? named(`Linked to CRM card ${c.crmCard.name}`) : null,
          );
          expect(cell.classList.contains('linked'), 'the card icon').to.equal(Boolean(c.crmCard));
          expect(cell.textContent).to.equal(c.crmCard?.name ?? '');
        }
        if (column.key === 'status') {
          const status = statuses.get(c.statusId)!;
          const label = localize(status.label, 'en');
          // "Resolved, closed", but "Closed" alone.
          const name = label === 'Closed' ? label : `${label}, closed`;
          expect(cell.getAttribute('aria-label'), 'closed in words, for closed statuses only').to.equal(
            status.closed ? named(name) : null,
          );
        }
      }
    }
  });

  it('names a linked cell in the agent’s language, around any card name', async () => {
    await import('../../src/i18n/fr.js');
    for (const [t, expected] of [
      [translatorFor('en'), 'Linked to CRM card Café {name} & Co'],
      [translatorFor('fr'), 'Lié à la fiche CRM Café {name} & Co'],
    ] as const)
      expect(linkedNames(t)('Café {name} & Co')).to.equal(expected);
  });

  it('names a CRM-card link as a tooltip when the pointer reaches it', async () => {
    const { adapter, session } = await memoryBackend({ profile: 'supervisor' });
    const list = await mountList(adapter, session);
    await waitForRows(list);
    const icon = caseRows(list)
      .map((row) => row.querySelector<HTMLElement>('.linked'))
      .find((found) => found !== null)!;
    // Not written while scrolling (it restyled every icon of every frame): only once pointed at.
    expect(icon.hasAttribute('title')).to.equal(false);
    icon.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(icon.getAttribute('title')).to.equal(icon.getAttribute('aria-label'));
    expect(icon.getAttribute('title')).to.match(/^Linked to CRM card /);
  });

  it('keeps the direction of each cell’s text in a right-to-left page, aligned with the page', async () => {
    const { adapter, session } = await memoryBackend({ profile: 'supervisor' });
    // A title column wider than any title, to see where a title's line ends.
    const columns = session.layout.list.columns.map((c) =>
      c.field === 'title' ? { ...c, width: '40rem' } : c,
    );
    const layout = { ...session.layout, list: { ...session.layout.list, columns } };
    const list = await mountList(adapter, { ...session, layout }, { dir: 'rtl' });
    await waitForRows(list);
    const row = caseRows(list)[0]!;
    for (const key of ['number', 'title', 'status', 'owner', 'updatedAt'])
      expect(bidiOf(row, key), key).to.equal('plaintext');
    // A date in an English format reads left to right: its first character is on the left of its last.
    const date = row.querySelector('[data-key="updatedAt"]')!.firstChild as Text;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(date, offset);
      range.setEnd(date, offset + 1);
      return range.getBoundingClientRect().left;
    };
    expect(at(0), `"${date.data}" reads left to right`).to.be.below(at(date.data.length - 1));
    // A CRM card's icon is drawn at the inline start: on the right.
    const linked = caseRows(list)
      .map((shown) => shown.querySelector<HTMLElement>('.linked'))
      .find((cell) => cell !== null)!;
    const [x] = getComputedStyle(linked).backgroundPositionX.split(',');
    expect(x!.trim()).to.equal('calc(100% - 8px)');
    // Aligned with the page (on the right), not with the start of its own left-to-right line.
    const lines = caseRows(list).map((shown) => {
      const cell = shown.querySelector<HTMLElement>('[data-key="title"]')!;
      const text = document.createRange();
      text.selectNodeContents(cell);
      return { line: text.getBoundingClientRect(), box: cell.getBoundingClientRect() };
    });
    const { line, box } = lines.sort((a, b) => a.line.width - b.line.width)[0]!;
    expect(line.width, 'a title shorter than its cell').to.be.below(box.width / 2);
    expect(line.right, 'aligned with the page').to.be.closeTo(box.right, 16);
  });

  it('gives the bidi pass only to text people wrote in a left-to-right page', async () => {
    const { adapter, session } = await memoryBackend({ profile: 'supervisor' });
    const list = await mountList(adapter, session);
    await waitForRows(list);
    const row = caseRows(list)[0]!;
    // An Arabic title or name keeps its own direction in an English page…
    expect(bidiOf(row, 'title')).to.equal('plaintext');
    expect(bidiOf(row, 'owner')).to.equal('plaintext');
    // …while numbers, dates and the layout's labels follow the page (no bidi pass per scrolled row).
    for (const key of ['number', 'status', 'updatedAt'])
      expect(bidiOf(row, key), key).to.not.equal('plaintext');
  });

  it('says a closed status in words, without reading out its check mark', async () => {
    const { adapter, session } = await memoryBackend({ profile: 'supervisor' });
    const list = await mountList(adapter, session);
    list.viewState = { filters: [{ statusClass: 'closed' }], search: '' };
    await waitUntil(() => caseRows(list)[0]?.querySelector('.chip.closed'), 'a closed case');
    // The command's type says void; it resolves to the page's accessibility tree.
    type A11yNode = { role?: string; name?: string; children: A11yNode[] };
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    const row = findAccessibilityNode<A11yNode>(
      snapshot,
      (node) => node.role === 'row' && /, closed/.test(node.name ?? ''),
    );
    expect(row?.name, 'a row with a closed case').to.be.a('string');
    expect(row?.name).to.not.contain('\u2713');
  });
});
