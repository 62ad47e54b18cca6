import type { CaseFilter, Sort } from '../model/types.js';
import { check, equal, rejectsWith, same } from './assertions.js';
import { conformanceAgents as who } from './conformance-fixture.js';
import { matching, numbersOf, range, type ConformanceContext } from './conformance-runner.js';

/** Session, paging, sorts, filters, search and visibility. */
export function readChecks({ runner, adapter }: ConformanceContext): void {
  const { describe, it } = runner;

  describe('session', () => {
    it('describes an agent: profile, teams, team members, layout, statuses in order', async () => {
      const session = await (await adapter(who.agent)).getSession();
      equal(session.agent.id, who.agent, 'agent id');
      equal(session.profile.id, 'agent', 'profile');
      same(
        session.teams.map((t) => t.id),
        ['t-front'],
        'teams',
      );
      same(session.teamMembers.map((a) => a.id).sort(), ['u-30', 'u-40', 'u-50'], 'team members');
      same(
        session.statuses.map((s) => s.id),
        ['new', 'open', 'waiting', 'done', 'archived'],
        'statuses by order',
      );
      equal(session.layout.version, 1, 'layout version');
      check(
        session.layout.fields.some((f) => f.key === 'category'),
        'layout has the category field',
      );
      same(session.layout.list.sort, { field: 'updatedAt', direction: 'desc' }, 'default sort');
    });
    it('gives each profile its rights', async () => {
      const rights = async (id: string) => (await (await adapter(id)).getSession()).profile;
      const junior = await rights(who.junior);
      same(
        [junior.id, junior.rights.visibility, junior.rights.transfer, junior.rights.close],
        ['junior', 'own', 'self', false],
        'junior',
      );
      const supervisor = await rights(who.supervisor);
      same(
        [supervisor.id, supervisor.rights.visibility, supervisor.rights.delete],
        ['supervisor', 'all', true],
        'supervisor',
      );
      const readOnly = await rights(who.readOnly);
      same(
        [readOnly.id, readOnly.rights.create, readOnly.rights.edit],
        ['read-only', false, false],
        'read-only',
      );
    });
    it('refuses an unknown agent as unauthenticated', async () => {
      await rejectsWith(
        (await adapter('nobody')).getSession(),
        'unauthenticated',
        'getSession as an unknown agent',
      );
    });
    it('names agents by id, leaving unknown ids out', async () => {
      const agents = await (await adapter(who.agent)).getAgents(['u-10', 'nobody', 'u-30']);
      same(agents.map((a) => a.name).sort(), ['Bruno Élie', 'David Roux'], 'agents');
    });
  });

  describe('paging', () => {
    it('pages with offset, limit and total', async () => {
      const a = await adapter(who.supervisor);
      const sort: Sort = { field: 'number', direction: 'asc' };
      const first = await a.listCases({ sort, offset: 0, limit: 10 });
      equal(first.total, 30, 'total');
      same(numbersOf(first), range(1, 10), 'first page');
      same(numbersOf(await a.listCases({ sort, offset: 25, limit: 10 })), range(26, 30), 'last page');
      same(numbersOf(await a.listCases({ sort, offset: 30, limit: 10 })), [], 'past the end');
    });
    it('keeps a stable order across pages, ties broken by case number', async () => {
      const a = await adapter(who.supervisor);
      const all = numbersOf(await a.listCases({ offset: 0, limit: 30 }));
      const paged: number[] = [];
      for (let offset = 0; offset < 30; offset += 7)
        paged.push(...numbersOf(await a.listCases({ offset, limit: 7 })));
      same(paged, all, 'pages joined');
      equal(new Set(all).size, 30, 'distinct cases');
      same(all.slice(0, 5), [2, 1, 3, 4, 5], 'default sort: updatedAt desc, then number');
    });
    it('gives each case its owner name, CRM card and interaction count', async () => {
      const c = await (await adapter(who.agent)).getCase('case-1');
      same(
        [c.number, c.ownerName, c.crmCard, c.interactionCount, c.version],
        ['C-00001', 'Alice Martin', { id: 'card-1', name: 'Zoé Bernard' }, 2, 1],
        'case-1',
      );
    });
  });

  describe('sort', () => {
    const cases: [string, 'asc' | 'desc', number, number[]][] = [
      ['number', 'asc', 0, [1, 2, 3]],
      ['number', 'desc', 0, [30, 29, 28]],
      ['title', 'asc', 0, [4, 24, 5]],
      ['title', 'desc', 0, [30, 29, 28]],
      ['status', 'asc', 0, [1, 6, 11]],
      ['status', 'desc', 0, [5, 10, 15]],
      ['owner', 'asc', 0, [1, 2, 3]],
      ['owner', 'desc', 0, [28, 29, 30]],
      ['crmCard', 'asc', 0, [19, 3, 28, 1, 2, 4]],
      ['crmCard', 'desc', 0, [1, 2, 3, 28, 19, 4]],
      ['createdAt', 'asc', 0, [30, 29, 28]],
      ['createdAt', 'desc', 0, [1, 2, 3]],
      ['updatedAt', 'asc', 0, [4, 5, 6]],
      ['updatedAt', 'asc', 27, [3, 1, 2]],
      ['updatedAt', 'desc', 0, [2, 1, 3, 4]],
      ['category', 'asc', 0, [21, 22, 23]],
      ['category', 'desc', 0, [11, 12, 13]],
      ['amount', 'asc', 0, [12, 11, 10]],
      ['amount', 'desc', 0, [1, 2, 3]],
      ['amount', 'asc', 12, [13, 14]],
      ['amount', 'desc', 12, [13, 14]],
      ['due', 'asc', 0, [1, 2, 3]],
      ['due', 'desc', 0, [6, 5, 4]],
      ['callback', 'asc', 0, [7, 8, 9]],
      ['callback', 'desc', 0, [9, 8, 7]],
      ['ref', 'desc', 0, [5, 4, 3]],
    ];
    for (const [field, direction, offset, expected] of cases) {
      it(`sorts by ${field} ${direction}${offset ? ` (from ${offset})` : ''}`, async () => {
        const page = await (
          await adapter(who.supervisor)
        ).listCases({ sort: { field, direction }, offset, limit: expected.length });
        same(numbersOf(page), expected, `${field} ${direction}`);
      });
    }
    it('refuses a sort on an unknown or non-sortable field', async () => {
      const a = await adapter(who.supervisor);
      await rejectsWith(
        a.listCases({ sort: { field: 'nope', direction: 'asc' }, offset: 0, limit: 5 }),
        'validation',
        'unknown field',
      );
      await rejectsWith(
        a.listCases({ sort: { field: 'tags', direction: 'asc' }, offset: 0, limit: 5 }),
        'validation',
        'non-sortable field',
      );
    });
  });

  describe('filters', () => {
    const cases: [string, CaseFilter[], number[]][] = [
      ['eq on status', [{ field: 'status', op: 'eq', value: 'waiting' }], [3, 8, 13, 18, 23, 28]],
      [
        'in on status',
        [{ field: 'status', op: 'in', value: ['new', 'done'] }],
        [1, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 29],
      ],
      ['eq on a select', [{ field: 'category', op: 'eq', value: 'alpha' }], range(1, 10)],
      ['in on a select', [{ field: 'category', op: 'in', value: ['zeta'] }], range(21, 30)],
      [
        'contains on the title (case-insensitive)',
        [{ field: 'title', op: 'contains', value: 'ION' }],
        [1, 2, 3, 5, 6, 22, 23],
      ],
      ['contains on an e-mail field', [{ field: 'email', op: 'contains', value: 'EXAMPLE' }], [1, 3]],
      ['eq on a multiselect (one value selected)', [{ field: 'tags', op: 'eq', value: 'vip' }], [1, 2]],
      ['in on a multiselect (any selected)', [{ field: 'tags', op: 'in', value: ['legal'] }], [2, 3]],
      ['eq on a checkbox', [{ field: 'urgent', op: 'eq', value: true }], [1, 2, 3, 4]],
      ['eq on the owner', [{ field: 'owner', op: 'eq', value: who.junior }], range(11, 16)],
      [
        'range on a number (inclusive)',
        [{ field: 'amount', op: 'range', value: { from: 30, to: 60 } }],
        [7, 8, 9, 10],
      ],
      ['range on a number (from only)', [{ field: 'amount', op: 'range', value: { from: 100 } }], [1, 2, 3]],
      [
        'range on a date',
        [{ field: 'due', op: 'range', value: { from: '2026-03-02', to: '2026-03-04' } }],
        [2, 3, 4],
      ],
      [
        'range on a datetime',
        [
          {
            field: 'callback',
            op: 'range',
            value: { from: '2026-04-10T00:00:00.000Z', to: '2026-04-10T23:30:00.000Z' },
          },
        ],
        [7, 8],
      ],
      [
        'range on createdAt',
        [
          {
            field: 'createdAt',
            op: 'range',
            value: { from: '2026-01-25T00:00:00.000Z', to: '2026-01-29T00:00:00.000Z' },
          },
        ],
        [3, 4, 5, 6, 7],
      ],
      ['isSet true', [{ field: 'ref', op: 'isSet', value: true }], range(1, 5)],
      ['isSet false', [{ field: 'amount', op: 'isSet', value: false }], range(13, 30)],
      ['isSet on the CRM card', [{ field: 'crmCard', op: 'isSet', value: true }], [1, 2, 3, 19, 28]],
      ['statusClass closed', [{ statusClass: 'closed' }], [4, 5, 9, 10, 14, 15, 19, 20, 24, 25, 29, 30]],
      ['linkedCrmCard true', [{ linkedCrmCard: true }], [1, 2, 3, 19, 28]],
      ['owner agent id', [{ owner: who.otherTeamAgent }], range(19, 27)],
      ['owner me', [{ owner: 'me' }], range(28, 30)],
      ['owner my-team', [{ owner: 'my-team' }], range(19, 30)],
      [
        'combined with AND',
        [{ statusClass: 'open' }, { field: 'category', op: 'eq', value: 'alpha' }],
        [1, 2, 3, 6, 7, 8],
      ],
    ];
    for (const [name, filters, expected] of cases) {
      it(name, async () => same(await matching(await adapter(who.supervisor), { filters }), expected, name));
    }
    it('counts the complements (statusClass open, linkedCrmCard false)', async () => {
      const a = await adapter(who.supervisor);
      equal(
        (await a.listCases({ filters: [{ statusClass: 'open' }], offset: 0, limit: 0 })).total,
        18,
        'open',
      );
      equal(
        (await a.listCases({ filters: [{ linkedCrmCard: false }], offset: 0, limit: 0 })).total,
        25,
        'without CRM card',
      );
    });
    it('lists the cases of a CRM card, within visibility', async () => {
      same(await matching(await adapter(who.supervisor), { crmCardId: 'card-2' }), [3, 28], 'supervisor');
      same(await matching(await adapter(who.agent), { crmCardId: 'card-2' }), [3], 'agent');
    });
    it('owner shortcuts follow the session (me, my-team)', async () => {
      const a = await adapter(who.agent);
      same(await matching(a, { filters: [{ owner: 'me' }] }), range(1, 10), 'me');
      same(await matching(a, { filters: [{ owner: 'my-team' }] }), range(1, 18), 'my-team');
    });
    it('refuses unknown, hidden and non-filterable fields as validation', async () => {
      const a = await adapter(who.supervisor);
      for (const field of ['nope', 'secret', 'notes']) {
        await rejectsWith(
          a.listCases({ filters: [{ field, op: 'eq', value: 'x' }], offset: 0, limit: 5 }),
          'validation',
          `filter on ${field}`,
        );
      }
    });
  });

  describe('search', () => {
    const cases: [string, string, number[]][] = [
      ['accent- and case-insensitive, title and text fields', 'reclamation', [1, 2, 3, 20]],
      ['with accents and capitals in the query', 'RÉCLAMATION', [1, 2, 3, 20]],
      ['the case number', 'c-00012', [12]],
      ['a text field with an accent', 'zoe', [21]],
      ['an accented title', 'zurich', [30]],
      ['an e-mail field', 'anna@example', [1]],
      ['every word, in any order', 'facture reclamation', [1]],
      ['every word, in any field', 'reclamation client', [20]],
      ['a quoted phrase: its words together and in order', '"reclamation facture"', [1]],
      ['a quoted phrase in the wrong order', '"facture reclamation"', []],
      ['a quoted phrase in a text field, with a word', '"une reclamation" suite', [20]],
      ['a phrase in curly quotes', '“address change”', [4, 24]],
      ['a phrase whose closing quote is not typed yet', '"late ref', [15]],
      ['a lone quote matches everything', '"', range(1, 30)],
    ];
    for (const [name, search, expected] of cases) {
      it(name, async () =>
        same(await matching(await adapter(who.supervisor), { search }), expected, `search "${search}"`),
      );
    }
    it('combines with filters and visibility', async () => {
      same(
        await matching(await adapter(who.supervisor), {
          search: 'reclamation',
          filters: [{ statusClass: 'closed' }],
        }),
        [20],
        'closed',
      );
      same(await matching(await adapter(who.agent), { search: 'reclamation' }), [1, 2, 3], 'agent');
    });
  });

  describe('visibility', () => {
    const counts: [string, string, number][] = [
      ['team (agent)', who.agent, 18],
      ['own (junior)', who.junior, 6],
      ['team (read-only)', who.readOnly, 18],
      ['team (other team)', who.otherTeamAgent, 12],
      ['all (supervisor)', who.supervisor, 30],
    ];
    for (const [name, agentId, total] of counts) {
      it(`${name} sees ${total} cases`, async () => {
        equal((await (await adapter(agentId)).listCases({ offset: 0, limit: 50 })).total, total, 'total');
      });
    }
    it("own visibility lists only the agent's cases", async () => {
      same(await matching(await adapter(who.junior), {}), range(11, 16), 'junior');
    });
    it('an invisible case is not-found, on reads and on writes', async () => {
      const a = await adapter(who.agent);
      await rejectsWith(a.getCase('case-19'), 'not-found', 'getCase');
      await rejectsWith(a.updateCase('case-19', { title: 'x' }, { version: 1 }), 'not-found', 'updateCase');
      await rejectsWith(a.linkInteraction('i-4', 'case-19'), 'not-found', 'linkInteraction');
      await rejectsWith(
        (await adapter(who.junior)).getCase('case-1'),
        'not-found',
        "junior reading a teammate's case",
      );
    });
    it('unknown ids are not-found', async () => {
      const a = await adapter(who.supervisor);
      await rejectsWith(a.getCase('case-404'), 'not-found', 'getCase');
      await rejectsWith(a.updateCase('case-404', { title: 'x' }, { version: 1 }), 'not-found', 'updateCase');
      await rejectsWith(a.getInteraction('i-404'), 'not-found', 'getInteraction');
      await rejectsWith(a.getCrmCard('card-404'), 'not-found', 'getCrmCard');
      await rejectsWith(a.linkInteraction('i-404', 'case-1'), 'not-found', 'linkInteraction');
    });
  });
}
