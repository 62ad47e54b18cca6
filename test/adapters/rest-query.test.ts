import { expect } from '@open-wc/testing';
import { CaseKitError } from '../../src/adapters/errors.js';
import {
  decodeAgentQuery,
  decodeCaseQuery,
  decodeCrmCardQuery,
  decodeFieldFilter,
  decodeIds,
  decodeInteractionQuery,
  encodeAgentQuery,
  encodeCaseQuery,
  encodeCrmCardQuery,
  encodeFieldFilter,
  encodeIds,
  encodeInteractionQuery,
} from '../../src/adapters/rest/index.js';
import type { CaseQuery, FieldFilter } from '../../src/model/types.js';

/** Through a real URL, as a request would carry it. */
function overTheWire(params: URLSearchParams): URLSearchParams {
  return new URL(`https://api.test/cases?${params.toString()}`).searchParams;
}

function roundTrip(query: CaseQuery): CaseQuery {
  return decodeCaseQuery(overTheWire(encodeCaseQuery(query)));
}

const hostile = [
  'a,b',
  'x:y:z',
  '1..2',
  '..',
  'a.b',
  '"quoted"',
  "l'été",
  'Zoë ✓ 日本',
  '100%',
  'a+b c',
  '&=?#',
  '',
];

describe('REST query string', () => {
  describe('field filters', () => {
    const filters: FieldFilter[] = [
      { field: 'priority', op: 'eq', value: 'high' },
      { field: 'amount', op: 'eq', value: 42.5 },
      { field: 'urgent', op: 'eq', value: true },
      { field: 'reason', op: 'eq', value: null },
      { field: 'code', op: 'eq', value: '5' },
      { field: 'flag', op: 'eq', value: 'true' },
      { field: 'nothing', op: 'eq', value: 'null' },
      { field: 'priority', op: 'in', value: ['low', 'high', 3, false, null, '7'] },
      { field: 'priority', op: 'in', value: [] },
      { field: 'priority', op: 'in', value: [''] },
      { field: 'title', op: 'contains', value: 'printer' },
      { field: 'title', op: 'contains', value: '12' },
      { field: 'amount', op: 'range', value: { from: 1.5, to: 10 } },
      { field: 'createdAt', op: 'range', value: { from: '2024-01-01T00:00:00.000Z' } },
      { field: 'dueDate', op: 'range', value: { to: '2024-12-31' } },
      { field: 'dueDate', op: 'range', value: {} },
      { field: 'reason', op: 'isSet', value: true },
      { field: 'reason', op: 'isSet', value: false },
    ];
    for (const filter of filters) {
      it(`round-trips ${JSON.stringify(filter)}`, () => {
        expect(roundTrip({ offset: 0, limit: 10, filters: [filter] }).filters).to.deep.equal([filter]);
      });
    }

    it('keeps hostile text intact in every operator and in field names', () => {
      for (const text of hostile) {
        const cases: FieldFilter[] = [
          { field: `f:${text}`, op: 'eq', value: text },
          { field: 'f', op: 'in', value: [text, text, 'plain'] },
          { field: 'f', op: 'contains', value: text },
          { field: 'f', op: 'range', value: { from: text === '' ? 'x' : text, to: `${text}..z` } },
        ];
        for (const filter of cases) {
          expect(decodeFieldFilter(encodeFieldFilter(filter)), JSON.stringify(filter)).to.deep.equal(filter);
          expect(roundTrip({ offset: 0, limit: 1, filters: [filter] }).filters).to.deep.equal([filter]);
        }
      }
    });

    it('writes the readable form documented in the contract', () => {
      const params = encodeCaseQuery({
        offset: 20,
        limit: 50,
        sort: { field: 'updatedAt', direction: 'desc' },
        filters: [
          { field: 'priority', op: 'in', value: ['high', 'urgent'] },
          { field: 'amount', op: 'range', value: { from: 10, to: 20 } },
          { statusClass: 'open' },
        ],
      });
      expect([...params]).to.deep.equal([
        ['sort', 'updatedAt:desc'],
        ['filter', 'priority:in:high,urgent'],
        ['filter', 'amount:range:10..20'],
        ['statusClass', 'open'],
        ['offset', '20'],
        ['limit', '50'],
      ]);
      expect(encodeFieldFilter({ field: 'tags', op: 'in', value: ['a,b', 'c'] })).to.equal('tags:in:a%2Cb,c');
      expect(encodeFieldFilter({ field: 'v', op: 'range', value: { from: 1.5 } })).to.equal(
        'v:range:1%2E5..',
      );
      expect(encodeFieldFilter({ field: 'code', op: 'eq', value: '5' })).to.equal('code:eq:%225%22');
    });
  });

  describe('case queries', () => {
    it('round-trips search, sort, CRM card, paging and every shortcut, in order', () => {
      const query: CaseQuery = {
        search: 'Zoë, "printer": 1..2 & more',
        sort: { field: 'status', direction: 'asc' },
        filters: [
          { owner: 'me' },
          { field: 'priority', op: 'eq', value: 'high' },
          { statusClass: 'closed' },
          { owner: 'my-team' },
          { linkedCrmCard: true },
          { owner: 'agent:7,x' },
          { linkedCrmCard: false },
          { statusClass: 'open' },
        ],
        crmCardId: 'crm/1',
        offset: 40,
        limit: 20,
      };
      expect(roundTrip(query)).to.deep.equal(query);
    });

    it('leaves out what the query leaves out', () => {
      expect(roundTrip({ offset: 0, limit: 50 })).to.deep.equal({ offset: 0, limit: 50 });
    });

    it('defaults paging when the request has none', () => {
      expect(decodeCaseQuery(new URLSearchParams())).to.deep.equal({ offset: 0, limit: 50 });
    });

    const malformed: Array<[string, string]> = [
      ['sort=title', 'sort'],
      ['sort=title:up', 'sort'],
      ['filter=title', 'filter'],
      ['filter=title:like:x', 'filter'],
      ['filter=n:range:1', 'filter'],
      ['filter=n:range:1..2..3', 'filter'],
      ['filter=n:isSet:yes', 'filter'],
      ['filter=n:eq:%25E0%25A4%25A', 'filter'],
      ['filter=n:eq:%22unterminated', 'filter'],
      ['filter=n:range:true..', 'filter'],
      ['statusClass=pending', 'statusClass'],
      ['linkedCrmCard=1', 'linkedCrmCard'],
      ['owner=', 'owner'],
      ['offset=-1', 'offset'],
      ['limit=ten', 'limit'],
    ];
    for (const [search, param] of malformed) {
      it(`refuses ${search} as a validation error on "${param}"`, () => {
        let error: unknown;
        try {
          decodeCaseQuery(new URLSearchParams(search));
        } catch (caught) {
          error = caught;
        }
        expect(error).to.be.instanceOf(CaseKitError);
        const refused = error as CaseKitError;
        expect(refused.code).to.equal('validation');
        expect(refused.status).to.equal(400);
        expect(refused.fieldErrors).to.have.property(param);
      });
    }
  });

  describe('other queries', () => {
    it('round-trips agent, interaction and CRM card queries', () => {
      const agents = { search: 'Zoë, x', scope: 'everyone', offset: 5, limit: 10 } as const;
      expect(decodeAgentQuery(overTheWire(encodeAgentQuery(agents)))).to.deep.equal(agents);
      const interactions = {
        caseId: 'case-1',
        crmCardId: 'crm-2',
        search: '+33 6',
        linked: false,
        sort: { field: 'startedAt', direction: 'desc' },
        offset: 0,
        limit: 25,
      } as const;
      expect(decodeInteractionQuery(overTheWire(encodeInteractionQuery(interactions)))).to.deep.equal(
        interactions,
      );
      const cards = { search: 'Dupont & fils', offset: 10, limit: 10 };
      expect(decodeCrmCardQuery(overTheWire(encodeCrmCardQuery(cards)))).to.deep.equal(cards);
    });

    it('round-trips agent ids, commas included', () => {
      const ids = ['agent-1', 'a,b', 'ü:1'];
      expect(decodeIds(new URLSearchParams({ ids: encodeIds(ids) }).get('ids'))).to.deep.equal(ids);
      expect(decodeIds(null)).to.deep.equal([]);
    });

    it('refuses an unknown agent scope', () => {
      expect(() => decodeAgentQuery(new URLSearchParams('scope=galaxy'))).to.throw(CaseKitError);
    });
  });
});
