import { createContext } from '@lit/context';
import type { CaseKitAdapter } from '../adapters/contract.js';

/**
 * The adapter every element reads and writes through, provided by `ck-provider`.
 * The key is a versioned string so two copies of the kit on one page never cross-talk by accident.
 *
 * @example
 * ```ts
 * @consume({ context: adapterContext, subscribe: true })
 * @property({ attribute: false }) adapter?: CaseKitAdapter;
 * ```
 */
export const adapterContext = createContext<CaseKitAdapter | undefined>('casekit:adapter@1');
