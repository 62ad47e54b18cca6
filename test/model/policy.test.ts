import { expect } from '@open-wc/testing';
import { parseLayout } from '../../src/model/layout.js';
import { can, isVisibleTo, policyReasonCodes, visibleOwnerIds } from '../../src/model/policy.js';
import type {
  Agent,
  CaseAction,
  CaseRecord,
  Decision,
  Rights,
  Session,
  Status,
  Visibility,
} from '../../src/model/types.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';

const ana: Agent = { id: 'ana', name: 'Ana', teamIds: ['t1'], profileId: 'p' };
const ben: Agent = { id: 'ben', name: 'Ben', teamIds: ['t1'], profileId: 'p' };
const zoe: Agent = { id: 'zoe', name: 'Zoé', teamIds: ['t2'], profileId: 'p' };

const statuses: Status[] = [
  { id: 'new', label: 'New', closed: false, tone: 'info', order: 1, next: ['open', 'closed'] },
  { id: 'open', label: 'Open', closed: false, tone: 'neutral', order: 2 },
  { id: 'waiting', label: 'Waiting', closed: false, tone: 'warning', order: 3, next: ['open'] },
  {
    id: 'closed',
    label: { en: 'Closed', fr: 'Clos' },
    closed: true,
    tone: 'success',
    order: 4,
    next: ['open'],
  },
];
const [statusNew, statusOpen, statusWaiting, statusClosed] = statuses as [Status, Status, Status, Status];

const layout = parseLayout({
  version: 1,
  fields: [],
  list: { columns: ['title'] },
  form: { sections: [{ title: 'Main', fields: ['title'] }] },
});

const allRights: Rights = {
  visibility: 'team',
  create: true,
  edit: true,
  changeStatus: true,
  close: true,
  delete: true,
  link: true,
  transfer: 'everyone',
};

/** Ana's session, in team t1 with Ben. */
function sessionWith(rights: Partial<Rights> = {}): Session {
  return {
    agent: ana,
    teams: [{ id: 't1', name: 'Support' }],
    teamMembers: [ana, ben],
    profile: { id: 'p', name: 'Agent', rights: { ...allRights, ...rights }, layoutId: 'l' },
    layout,
    statuses,
  };
}

function caseOf(ownerId: string, statusId = 'open'): CaseRecord {
  return {
    id: `case-${ownerId}`,
    number: 'C-00001',
    title: 'Printer',
    statusId,
    ownerId,
    crmCardId: null,
    fields: {},
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    createdBy: ownerId,
    version: 1,
  };
}

const own = caseOf('ana');
const teammates = caseOf('ben');
const outsiders = caseOf('zoe');

/** The decision as `[allowed, code, params]`, for exact comparisons. */
function decide(decision: Decision): [boolean, string?, Record<string, string | number>?] {
  if (decision.allowed) return [true];
  const { code, params } = decision.reason!;
  return params === undefined ? [false, code] : [false, code, { ...params }];
}

describe('policy', () => {
  describe('visibility', () => {
    const matrix: [Visibility, boolean, boolean, boolean][] = [
      // visibility, own case, teammate's case, outsider's case
      ['own', true, false, false],
      ['team', true, true, false],
      ['all', true, true, true],
    ];
    for (const [visibility, ownSeen, teamSeen, outsiderSeen] of matrix) {
      it(`"${visibility}" sees own ${ownSeen}, team ${teamSeen}, others ${outsiderSeen}`, () => {
        const session = sessionWith({ visibility });
        expect([own, teammates, outsiders].map((c) => isVisibleTo(session, c.ownerId))).to.deep.equal([
          ownSeen,
          teamSeen,
          outsiderSeen,
        ]);
        expect([own, teammates, outsiders].map((c) => can(session, 'view', c).allowed)).to.deep.equal([
          ownSeen,
          teamSeen,
          outsiderSeen,
        ]);
      });
    }

    it('refuses an unseen case with not-visible and the visibility', () => {
      expect(decide(can(sessionWith({ visibility: 'own' }), 'view', teammates))).to.deep.equal([
        false,
        'not-visible',
        { visibility: 'own' },
      ]);
      expect(decide(can(sessionWith(), 'view', outsiders))).to.deep.equal([
        false,
        'not-visible',
        { visibility: 'team' },
      ]);
    });

    it('gives backends the owners to query', () => {
      expect(visibleOwnerIds(sessionWith({ visibility: 'all' }))).to.equal(null);
      expect([...visibleOwnerIds(sessionWith({ visibility: 'own' }))!]).to.deep.equal(['ana']);
      expect([...visibleOwnerIds(sessionWith({ visibility: 'team' }))!].sort()).to.deep.equal(['ana', 'ben']);
    });
  });

  describe('rights matrix', () => {
    const caseActions: [Exclude<CaseAction, 'view' | 'create' | 'transfer'>, keyof Rights][] = [
      ['edit', 'edit'],
      ['changeStatus', 'changeStatus'],
      ['delete', 'delete'],
      ['link', 'link'],
    ];
    for (const visibility of ['own', 'team', 'all'] as const) {
      for (const [action, right] of caseActions) {
        it(`${action} with visibility "${visibility}": needs the right, then the case in scope`, () => {
          const granted = sessionWith({ visibility });
          const denied = sessionWith({ visibility, [right]: false });
          const inScope = { own: [true, false, false], team: [true, true, false], all: [true, true, true] }[
            visibility
          ];
          expect([own, teammates, outsiders].map((c) => can(granted, action, c).allowed)).to.deep.equal(
            inScope,
          );
          for (const c of [own, teammates, outsiders]) {
            expect(decide(can(denied, action, c))).to.deep.equal([false, 'no-right', { action }]);
          }
          expect(can(granted, action).allowed).to.equal(true);
          expect(decide(can(denied, action))).to.deep.equal([false, 'no-right', { action }]);
        });
      }
    }

    it('create needs only the create right', () => {
      expect(can(sessionWith(), 'create').allowed).to.equal(true);
      expect(decide(can(sessionWith({ create: false, visibility: 'all' }), 'create'))).to.deep.equal([
        false,
        'no-right',
        { action: 'create' },
      ]);
    });

    it('view needs no right beyond visibility', () => {
      expect(
        can(
          sessionWith({
            edit: false,
            create: false,
            delete: false,
            link: false,
            changeStatus: false,
            transfer: 'none',
          }),
          'view',
          own,
        ).allowed,
      ).to.equal(true);
    });
  });

  describe('transfer', () => {
    it('"none" refuses, with or without a target', () => {
      const session = sessionWith({ transfer: 'none' });
      expect(decide(can(session, 'transfer'))).to.deep.equal([false, 'no-right', { action: 'transfer' }]);
      expect(decide(can(session, 'transfer', own, ana))).to.deep.equal([
        false,
        'no-right',
        { action: 'transfer' },
      ]);
    });

    it('"self" allows only the agent as the new owner', () => {
      const session = sessionWith({ transfer: 'self' });
      expect(can(session, 'transfer').allowed).to.equal(true);
      expect(can(session, 'transfer', teammates, ana).allowed).to.equal(true);
      expect(decide(can(session, 'transfer', own, ben))).to.deep.equal([false, 'transfer-self-only']);
      expect(decide(can(session, 'transfer', own, zoe))).to.deep.equal([false, 'transfer-self-only']);
    });

    it('"team" allows the agent and team members, not outsiders', () => {
      const session = sessionWith({ transfer: 'team' });
      expect(can(session, 'transfer', own, ben).allowed).to.equal(true);
      expect(can(session, 'transfer', teammates, ana).allowed).to.equal(true);
      expect(decide(can(session, 'transfer', own, zoe))).to.deep.equal([false, 'transfer-team-only']);
    });

    it('"everyone" allows anybody', () => {
      const session = sessionWith({ transfer: 'everyone' });
      expect(can(session, 'transfer', own, zoe).allowed).to.equal(true);
      expect(can(session, 'transfer', own, ben).allowed).to.equal(true);
    });

    it('refuses the current owner, an unseen case, and a target that is not an agent', () => {
      const session = sessionWith();
      expect(decide(can(session, 'transfer', teammates, ben))).to.deep.equal([
        false,
        'same-owner',
        { owner: 'ben' },
      ]);
      expect(decide(can(session, 'transfer', outsiders, ana))).to.deep.equal([
        false,
        'not-visible',
        { visibility: 'team' },
      ]);
      expect(decide(can(session, 'transfer', own, statusOpen))).to.deep.equal([false, 'unknown-agent']);
    });
  });

  describe('status changes', () => {
    it("follows the current status's next list", () => {
      const session = sessionWith();
      const fresh = caseOf('ana', 'new');
      expect(can(session, 'changeStatus', fresh, statusOpen).allowed).to.equal(true);
      expect(can(session, 'changeStatus', fresh, statusClosed).allowed).to.equal(true);
      expect(decide(can(session, 'changeStatus', fresh, statusWaiting))).to.deep.equal([
        false,
        'status-not-next',
        { from: 'new', to: 'waiting' },
      ]);
      expect(decide(can(session, 'changeStatus', caseOf('ana', 'waiting'), statusClosed))).to.deep.equal([
        false,
        'status-not-next',
        { from: 'waiting', to: 'closed' },
      ]);
    });

    it('allows any status when the current one has no next list', () => {
      const session = sessionWith();
      for (const status of [statusNew, statusWaiting, statusClosed]) {
        expect(can(session, 'changeStatus', own, status).allowed, status.id).to.equal(true);
      }
    });

    it('refuses the current status', () => {
      expect(decide(can(sessionWith(), 'changeStatus', own, statusOpen))).to.deep.equal([
        false,
        'same-status',
        { status: 'open' },
      ]);
    });

    it('needs the close right for a closed status, and only for it', () => {
      const session = sessionWith({ close: false });
      expect(decide(can(session, 'changeStatus', own, statusClosed))).to.deep.equal([
        false,
        'cannot-close',
        { status: 'closed' },
      ]);
      expect(decide(can(session, 'changeStatus', undefined, statusClosed))).to.deep.equal([
        false,
        'cannot-close',
        { status: 'closed' },
      ]);
      expect(can(session, 'changeStatus', own, statusWaiting).allowed).to.equal(true);
      // Reopening a closed case is a status change like any other.
      expect(can(session, 'changeStatus', caseOf('ana', 'closed'), statusOpen).allowed).to.equal(true);
    });

    it('checks the changeStatus right and visibility before the status', () => {
      expect(
        decide(can(sessionWith({ changeStatus: false }), 'changeStatus', own, statusClosed)),
      ).to.deep.equal([false, 'no-right', { action: 'changeStatus' }]);
      expect(decide(can(sessionWith(), 'changeStatus', outsiders, statusClosed))).to.deep.equal([
        false,
        'not-visible',
        { visibility: 'team' },
      ]);
      expect(decide(can(sessionWith(), 'changeStatus', own, ben))).to.deep.equal([false, 'unknown-status']);
    });
  });

  it('has a sentence for every reason code, in English and French', () => {
    for (const code of policyReasonCodes) {
      expect(Object.hasOwn(en, `reason.${code}`), code).to.equal(true);
      expect(Object.hasOwn(fr, `reason.${code}`), code).to.equal(true);
    }
  });
});
