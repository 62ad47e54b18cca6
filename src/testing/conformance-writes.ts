import type { CaseKitChange } from '../adapters/contract.js';
import { check, equal, eventually, rejection, rejectsWith, same } from './assertions.js';
import { conformanceAgents as who } from './conformance-fixture.js';
import type { ConformanceContext } from './conformance-runner.js';

const newCase = { title: 'Printer on fire', fields: { category: 'alpha' } } as const;

/** Rights, the owner/status rule, cardinalities, creates, versions, validation, abort and changes. */
export function writeChecks({ runner, adapter }: ConformanceContext): void {
  const { describe, it } = runner;

  describe('rights', () => {
    it('read-only: create, edit, change status and link are forbidden', async () => {
      const a = await adapter(who.readOnly);
      await rejectsWith(a.createCase(newCase), 'forbidden', 'createCase');
      await rejectsWith(a.updateCase('case-1', { title: 'x' }, { version: 1 }), 'forbidden', 'updateCase');
      await rejectsWith(a.setCaseStatus('case-1', 'open', { version: 1 }), 'forbidden', 'setCaseStatus');
      await rejectsWith(a.linkInteraction('i-4', 'case-1'), 'forbidden', 'linkInteraction');
      await rejectsWith(a.setCaseCrmCard('case-1', 'card-2', { version: 1 }), 'forbidden', 'setCaseCrmCard');
      equal((await a.getCase('case-1')).version, 1, 'case-1 unchanged');
    });
    it('delete needs the right; a supervisor deletes and the interactions are unlinked', async () => {
      const agent = await adapter(who.agent);
      await rejectsWith(agent.deleteCase('case-1', { version: 1 }), 'forbidden', 'agent deleting');
      equal((await agent.getCase('case-1')).id, 'case-1', 'still there');
      const supervisor = await adapter(who.supervisor);
      await supervisor.deleteCase('case-19', { version: 1 });
      await rejectsWith(supervisor.getCase('case-19'), 'not-found', 'deleted case');
      equal((await supervisor.getInteraction('i-3')).case, null, 'i-3 unlinked');
      equal((await supervisor.listCases({ offset: 0, limit: 0 })).total, 29, 'total');
    });
    it('transfer: within the team only for an agent', async () => {
      const a = await adapter(who.agent);
      const refused = await rejectsWith(
        a.transferCase('case-1', who.otherTeamAgent, { version: 1 }),
        'forbidden',
        'out of team',
      );
      equal(refused.reason?.code, 'transfer-team-only', 'reason');
      const moved = await a.transferCase('case-1', who.junior, { version: 1 });
      same([moved.ownerId, moved.ownerName, moved.version], [who.junior, 'Bruno Élie', 2], 'transferred');
    });
    it('transfer: only to themselves for a junior', async () => {
      const a = await adapter(who.junior);
      const refused = await rejectsWith(
        a.transferCase('case-11', who.agent, { version: 1 }),
        'forbidden',
        'to someone else',
      );
      equal(refused.reason?.code, 'transfer-self-only', 'reason');
    });
    it('close: a junior may change the status but not close', async () => {
      const a = await adapter(who.junior);
      const refused = await rejectsWith(
        a.setCaseStatus('case-11', 'done', { version: 1 }),
        'forbidden',
        'closing',
      );
      equal(refused.reason?.code, 'cannot-close', 'reason');
      const opened = await a.setCaseStatus('case-11', 'open', { version: 1 });
      same([opened.statusId, opened.version], ['open', 2], 'status changed');
    });
    it('a status whose requiredWhen fields are missing is refused as validation', async () => {
      const a = await adapter(who.agent);
      const refused = await rejectsWith(
        a.setCaseStatus('case-1', 'done', { version: 1 }),
        'validation',
        'closing without a reason',
      );
      equal(refused.fieldErrors?.['reason']?.code, 'required', 'reason field');
      const filled = await a.updateCase('case-1', { fields: { reason: 'fixed' } }, { version: 1 });
      const closed = await a.setCaseStatus('case-1', 'done', { version: filled.version });
      same([closed.statusId, closed.version], ['done', 3], 'closed');
    });
  });

  describe('updates', () => {
    it('updateCase refuses ownerId and statusId (use transfer / setCaseStatus)', async () => {
      const a = await adapter(who.agent);
      const owner = await rejectsWith(
        a.updateCase('case-1', { ownerId: who.junior } as never, { version: 1 }),
        'validation',
        'ownerId',
      );
      equal(owner.fieldErrors?.['ownerId']?.code, 'system-field', 'ownerId issue');
      const status = await rejectsWith(
        a.updateCase('case-1', { statusId: 'open' } as never, { version: 1 }),
        'validation',
        'statusId',
      );
      equal(status.fieldErrors?.['statusId']?.code, 'system-field', 'statusId issue');
      const c = await a.getCase('case-1');
      same([c.ownerId, c.statusId, c.version], [who.agent, 'new', 1], 'unchanged');
    });
    it('a stale version is a conflict carrying the current case', async () => {
      const a = await adapter(who.agent);
      const saved = await a.updateCase('case-1', { title: 'New title' }, { version: 1 });
      equal(saved.version, 2, 'version bumped');
      const conflict = await rejectsWith(
        a.updateCase('case-1', { title: 'Other' }, { version: 1 }),
        'conflict',
        'stale update',
      );
      same([conflict.current?.id, conflict.current?.version], ['case-1', 2], 'current');
      equal((await a.getCase('case-1')).title, 'New title', 'title kept');
    });
    it('invalid input is refused with fieldErrors', async () => {
      const a = await adapter(who.agent);
      const refused = await rejectsWith(
        a.createCase({ title: '  ', fields: { category: 'nope', ref: 'bad', amount: 5000 } }),
        'validation',
        'createCase',
      );
      same(
        ['title', 'category', 'ref', 'amount'].map((k) => refused.fieldErrors?.[k]?.code),
        ['required', 'option', 'pattern', 'max'],
        'field issues',
      );
      const unknown = await rejectsWith(
        a.updateCase('case-1', { fields: { nope: 'x' } }, { version: 1 }),
        'validation',
        'unknown field',
      );
      equal(unknown.fieldErrors?.['nope']?.code, 'unknown-field', 'unknown field issue');
      equal((await a.listCases({ offset: 0, limit: 0 })).total, 18, 'nothing created');
    });
  });

  describe('cardinalities', () => {
    it('an interaction linked to another case is a conflict; move works', async () => {
      const a = await adapter(who.agent);
      const refused = await rejectsWith(a.linkInteraction('i-2', 'case-2'), 'conflict', 'linking elsewhere');
      same(
        [refused.reason?.code, refused.reason?.params?.['caseNumber']],
        ['interaction-linked-elsewhere', 'C-00001'],
        'reason',
      );
      const moved = await a.linkInteraction('i-2', 'case-2', { move: true });
      equal(moved.case?.id, 'case-2', 'moved');
      same(
        [(await a.getCase('case-1')).interactionCount, (await a.getCase('case-2')).interactionCount],
        [1, 1],
        'counts',
      );
    });
    it('links and unlinks an interaction', async () => {
      const a = await adapter(who.agent);
      same((await a.linkInteraction('i-4', 'case-1')).case, { id: 'case-1', number: 'C-00001' }, 'linked');
      equal((await a.getCase('case-1')).interactionCount, 3, 'count after link');
      equal((await a.unlinkInteraction('i-1')).case, null, 'unlinked');
      equal((await a.getCase('case-1')).interactionCount, 2, 'count after unlink');
      const linked = await a.listInteractions({ caseId: 'case-1', offset: 0, limit: 10 });
      same(linked.items.map((i) => i.id).sort(), ['i-2', 'i-4'], 'case-1 history');
    });
    it('a case has one CRM card: setting another replaces it', async () => {
      const a = await adapter(who.agent);
      const replaced = await a.setCaseCrmCard('case-1', 'card-2', { version: 1 });
      same([replaced.crmCard, replaced.version], [{ id: 'card-2', name: 'Marc Antoine' }, 2], 'replaced');
      const page = await a.listCases({ crmCardId: 'card-1', offset: 0, limit: 10 });
      same(
        page.items.map((c) => c.id),
        ['case-2'],
        'card-1 keeps case-2 only',
      );
      equal((await a.setCaseCrmCard('case-1', null, { version: 2 })).crmCard, null, 'removed');
    });
  });

  describe('create', () => {
    it('creates with its links in one step', async () => {
      const a = await adapter(who.agent);
      const created = await a.createCase({ ...newCase, crmCardId: 'card-1', interactionId: 'i-4' });
      same(
        [created.crmCard?.id, created.interactionCount, created.ownerId, created.statusId, created.version],
        ['card-1', 1, who.agent, 'new', 1],
        'created',
      );
      equal((await a.getInteraction('i-4')).case?.id, created.id, 'interaction linked');
      equal((await a.listCases({ offset: 0, limit: 0 })).total, 19, 'total');
    });
    it('a bad link creates nothing', async () => {
      const a = await adapter(who.agent);
      const error = await rejection(
        a.createCase({ ...newCase, crmCardId: 'card-1', interactionId: 'i-404' }),
        'unknown interaction',
      );
      check(
        ['validation', 'not-found'].includes((error as { code?: string }).code ?? ''),
        'refused as validation or not-found',
      );
      await rejectsWith(
        a.createCase({ ...newCase, interactionId: 'i-1' }),
        'conflict',
        'interaction linked elsewhere',
      );
      equal((await a.listCases({ offset: 0, limit: 0 })).total, 18, 'total unchanged');
      equal((await a.listCases({ search: 'Printer on fire', offset: 0, limit: 0 })).total, 0, 'no such case');
      equal((await a.getInteraction('i-1')).case?.id, 'case-1', 'i-1 untouched');
    });
    it('is idempotent per key', async () => {
      const a = await adapter(who.agent);
      const first = await a.createCase(newCase, { idempotencyKey: 'key-1' });
      const again = await a.createCase(newCase, { idempotencyKey: 'key-1' });
      equal(again.id, first.id, 'same case');
      equal((await a.listCases({ offset: 0, limit: 0 })).total, 19, 'one case created');
      const other = await a.createCase(newCase, { idempotencyKey: 'key-2' });
      check(other.id !== first.id, 'another key creates another case');
    });
  });

  describe('abort', () => {
    it('an aborted signal rejects with AbortError and changes nothing', async () => {
      const a = await adapter(who.agent);
      const controller = new AbortController();
      controller.abort();
      const signal = controller.signal;
      for (const call of [
        a.listCases({ offset: 0, limit: 5 }, { signal }),
        a.createCase(newCase, { signal }),
        a.updateCase('case-1', { title: 'x' }, { version: 1, signal }),
      ]) {
        const error = await rejection(call, 'aborted call');
        check(
          error instanceof DOMException && error.name === 'AbortError',
          `an AbortError DOMException, got ${String(error)}`,
        );
      }
      equal((await a.listCases({ offset: 0, limit: 0 })).total, 18, 'nothing created');
      equal((await a.getCase('case-1')).version, 1, 'nothing updated');
    });
  });

  describe('changes', () => {
    it('announces a change to subscribers', async () => {
      const a = await adapter(who.agent);
      const seen: CaseKitChange[] = [];
      const unsubscribe = a.subscribe((change) => seen.push(change));
      try {
        await a.updateCase('case-1', { title: 'Announced' }, { version: 1 });
        await eventually(
          () => seen.some((c) => c.type === 'case-updated' && c.caseId === 'case-1'),
          'case-updated for case-1',
        );
        await a.linkInteraction('i-4', 'case-2');
        await eventually(
          () =>
            seen.some(
              (c) => c.type === 'interaction-linked' && c.interactionId === 'i-4' && c.caseId === 'case-2',
            ),
          'interaction-linked',
        );
      } finally {
        unsubscribe();
      }
    });
  });
}
