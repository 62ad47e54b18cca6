import { createContext } from '@lit/context';
import type { Session } from '../model/types.js';

/**
 * The signed-in agent's session, provided by `ck-provider`. `undefined` while it loads (or when it
 * could not load: the provider then shows the error itself), never a stale session from a previous
 * adapter. Consume it with `subscribe: true`.
 *
 * @example
 * ```ts
 * @consume({ context: sessionContext, subscribe: true })
 * @property({ attribute: false }) session?: Session;
 * ```
 */
export const sessionContext = createContext<Session | undefined>('casekit:session@1');
