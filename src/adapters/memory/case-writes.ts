import { CaseKitError, type FieldIssue } from '../errors.js';
import { can } from '../../model/policy.js';
import { applyDefaults, validateCaseInput } from '../../model/validation.js';
import type { CaseRecord, Decision, Interaction, NewCase, Session } from '../../model/types.js';
import type { MemoryStore } from './store.js';

/** The errors the adapter's writes throw, and the checks and record of a case creation. */

export function validation(
  fieldErrors: Record<string, FieldIssue>,
  message = 'The case is not valid.',
): CaseKitError {
  return new CaseKitError('validation', { message, fieldErrors });
}

export function notFound(what: string, id: string): CaseKitError {
  return new CaseKitError('not-found', { message: `${what} "${id}" was not found.` });
}

export function allow(decision: Decision): void {
  if (!decision.allowed) {
    throw new CaseKitError('forbidden', {
      message: `Refused: ${decision.reason?.code ?? 'no-right'}.`,
      ...(decision.reason === undefined ? {} : { reason: decision.reason }),
    });
  }
}

export function linkedElsewhere(store: MemoryStore, caseId: string): CaseKitError {
  const other = store.getCase(caseId);
  return new CaseKitError('conflict', {
    message: `The interaction is already linked to case ${other?.number ?? caseId}.`,
    reason: { code: 'interaction-linked-elsewhere', params: { caseNumber: other?.number ?? '', caseId } },
  });
}

/**
 * Checks a creation completely (rights, status, owner, layout, links) and returns the new record and
 * the interaction to link, so that the caller's create and link cannot fail half-way.
 */
export function newCaseRecord(
  store: MemoryStore,
  session: Session,
  input: NewCase,
): { record: CaseRecord; interaction: Interaction | undefined } {
  allow(can(session, 'create'));

  const defaultStatus = session.statuses.find((s) => !s.closed) ?? session.statuses[0];
  const status =
    input.statusId === undefined ? defaultStatus : session.statuses.find((s) => s.id === input.statusId);
  if (status === undefined) throw validation({ statusId: { code: 'unknown-status' } });
  if (status !== defaultStatus) allow(can(session, 'changeStatus', undefined, status));

  const ownerId = input.ownerId ?? session.agent.id;
  if (ownerId !== session.agent.id) {
    const owner = store.agents.get(ownerId);
    if (owner === undefined) throw validation({ ownerId: { code: 'unknown-agent' } });
    allow(can(session, 'transfer', undefined, owner));
  }
  const linking = input.crmCardId !== undefined || input.interactionId !== undefined;
  if (linking) allow(can(session, 'link'));

  const issues = validateCaseInput(
    session.layout,
    {
      title: input.title,
      ...(input.fields === undefined ? {} : { fields: input.fields }),
      statusId: status.id,
    },
    { mode: 'create' },
  );
  if (input.crmCardId !== undefined && !store.crmCards.has(input.crmCardId))
    issues['crmCardId'] = { code: 'not-found' };
  const interaction =
    input.interactionId === undefined ? undefined : store.getInteraction(input.interactionId);
  if (input.interactionId !== undefined && interaction === undefined)
    issues['interactionId'] = { code: 'not-found' };
  if (Object.keys(issues).length > 0) throw validation(issues);
  if (interaction !== undefined && interaction.caseId !== null)
    throw linkedElsewhere(store, interaction.caseId);

  // Everything is checked: from here on nothing can fail, so the create and its links are one step.
  const now = new Date().toISOString();
  const identity = store.peekCaseIdentity();
  const record: CaseRecord = {
    ...identity,
    title: input.title.trim(),
    statusId: status.id,
    ownerId,
    crmCardId: input.crmCardId ?? null,
    fields: applyDefaults(session.layout, input.fields ?? {}),
    createdAt: now,
    updatedAt: now,
    createdBy: session.agent.id,
    version: 1,
  };
  return { record, interaction };
}
