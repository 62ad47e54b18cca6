import type { Agent, Case, CaseAction, CaseRecord, Decision, Reason, Session, Status } from './types.js';

/**
 * The rights policy: one pure function every element renders from and every adapter enforces, so
 * the UI and the backend refuse the same things for the same reasons.
 */

/**
 * Every reason code `can` returns (turned into words by the strings table's `reason.*`):
 * - `no-right` `{action}`: the profile does not have the right for this action.
 * - `not-visible` `{visibility}`: the case's owner is outside the profile's visibility (`own`, `team`).
 * - `transfer-self-only`: the profile may only make the agent themselves owner.
 * - `transfer-team-only`: the profile may only make a member of the agent's teams owner.
 * - `same-owner` `{owner}`: the case already belongs to that agent.
 * - `same-status` `{status}`: the case already has that status.
 * - `status-not-next` `{from, to}` (status ids): the current status does not lead to that one.
 * - `cannot-close` `{status}`: that status is closed and the profile lacks the `close` right.
 * - `unknown-agent`, `unknown-status`: the target given is not an agent (transfer) or a status (changeStatus).
 */
export const policyReasonCodes = [
  'no-right',
  'not-visible',
  'transfer-self-only',
  'transfer-team-only',
  'same-owner',
  'same-status',
  'status-not-next',
  'cannot-close',
  'unknown-agent',
  'unknown-status',
] as const;
export type PolicyReasonCode = (typeof policyReasonCodes)[number];

const allowed: Decision = { allowed: true };

function refused(code: PolicyReasonCode, params?: Reason['params']): Decision {
  return { allowed: false, reason: params === undefined ? { code } : { code, params } };
}

/**
 * Whether the session's agent sees cases owned by `ownerId`: `all` sees every case, `team` the
 * cases of the agent and of their team members, `own` only the agent's. Adapters filter with it.
 */
export function isVisibleTo(session: Session, ownerId: string): boolean {
  const { visibility } = session.profile.rights;
  if (visibility === 'all' || ownerId === session.agent.id) return true;
  return visibility === 'team' && session.teamMembers.some((member) => member.id === ownerId);
}

/**
 * The owner ids whose cases the session sees, or null for all of them: what a backend puts in its
 * query instead of filtering after the fact.
 */
export function visibleOwnerIds(session: Session): ReadonlySet<string> | null {
  const { visibility } = session.profile.rights;
  if (visibility === 'all') return null;
  if (visibility === 'own') return new Set([session.agent.id]);
  return new Set([session.agent.id, ...session.teamMembers.map((member) => member.id)]);
}

function isAgent(other: Agent | Status): other is Agent {
  return 'teamIds' in other;
}

/** The profile-level right behind each action (view is governed by visibility alone). */
function hasRight(session: Session, action: Exclude<CaseAction, 'view'>): boolean {
  const { rights } = session.profile;
  if (action === 'transfer') return rights.transfer !== 'none';
  return rights[action];
}

/**
 * Whether the session's agent may do `action`, on `target` when given, towards `other` when given
 * (the new owner of a transfer, the new status of a status change).
 *
 * Without a target it answers for the profile ("may this agent transfer at all?"), so a toolbar can
 * decide before a case is chosen. The profile's right is checked first, then the case's visibility,
 * then the specifics of the action.
 *
 * @example
 * const decision = can(session, 'changeStatus', someCase, closedStatus);
 * if (!decision.allowed) button.title = strings.reason(decision.reason);
 */
export function can(
  session: Session,
  action: CaseAction,
  target?: Case | CaseRecord,
  other?: Agent | Status,
): Decision {
  if (action !== 'view' && !hasRight(session, action)) return refused('no-right', { action });
  if (action === 'create') return allowed;
  if (target && !isVisibleTo(session, target.ownerId)) {
    return refused('not-visible', { visibility: session.profile.rights.visibility });
  }
  if (action === 'transfer' && other !== undefined) return canTransferTo(session, target, other);
  if (action === 'changeStatus' && other !== undefined) return canMoveTo(session, target, other);
  return allowed;
}

function canTransferTo(
  session: Session,
  target: Case | CaseRecord | undefined,
  other: Agent | Status,
): Decision {
  if (!isAgent(other)) return refused('unknown-agent');
  const scope = session.profile.rights.transfer;
  if (scope === 'self' && other.id !== session.agent.id) return refused('transfer-self-only');
  if (
    scope === 'team' &&
    other.id !== session.agent.id &&
    !session.teamMembers.some((member) => member.id === other.id)
  ) {
    return refused('transfer-team-only');
  }
  if (target && target.ownerId === other.id) return refused('same-owner', { owner: other.id });
  return allowed;
}

function canMoveTo(
  session: Session,
  target: Case | CaseRecord | undefined,
  status: Agent | Status,
): Decision {
  if (isAgent(status)) return refused('unknown-status');
  if (target) {
    if (target.statusId === status.id) return refused('same-status', { status: status.id });
    const from = session.statuses.find((candidate) => candidate.id === target.statusId);
    if (from?.next !== undefined && !from.next.includes(status.id)) {
      return refused('status-not-next', { from: from.id, to: status.id });
    }
  }
  if (status.closed && !session.profile.rights.close) return refused('cannot-close', { status: status.id });
  return allowed;
}
