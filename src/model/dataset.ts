import type { Agent, CaseRecord, CrmCard, Interaction, Profile, Status, Team } from './types.js';

/**
 * Everything a backend holds, as plain JSON-safe data: what `createDemoData` makes, what the
 * `MemoryAdapter` and the MSW handlers serve, and what the conformance suite seeds.
 */
export interface CaseKitDataset {
  readonly agents: readonly Agent[];
  readonly teams: readonly Team[];
  readonly profiles: readonly Profile[];
  readonly statuses: readonly Status[];
  /** Raw layout documents by id (parsed with `parseLayout` when a session loads). */
  readonly layouts: Readonly<Record<string, unknown>>;
  readonly cases: readonly CaseRecord[];
  readonly interactions: readonly Interaction[];
  readonly crmCards: readonly CrmCard[];
}
