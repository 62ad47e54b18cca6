import { whenIdle } from '../../controllers/idle.js';
import type { Session } from '../../model/types.js';

type WarmUp = (session: Session) => void;

/** What waits for the page's first session; `undefined` once it has loaded. */
let waiting: WarmUp[] | undefined = [];

/**
 * Asks for `warmUp` to run once per page, in an idle moment after a provider first loads a session:
 * an element rehearses its first use there (its code compiled, its templates prepared, its fonts laid
 * out) while the agent is not waiting for it. Asked after that first session, it never runs.
 */
export function afterFirstSession(warmUp: WarmUp): void {
  waiting?.push(warmUp);
}

/** Called by `ck-provider` with each session it loads; only the page's first one counts. */
export function sessionLoaded(session: Session): void {
  const warmUps = waiting;
  waiting = undefined;
  if (warmUps?.length) whenIdle(() => warmUps.forEach((warmUp) => warmUp(session)));
}
