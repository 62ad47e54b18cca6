import { conformanceFixture } from './conformance-fixture.js';
import { readChecks } from './conformance-reads.js';
import { globalRunner, type AdapterFactory, type ConformanceRunner } from './conformance-runner.js';
import { writeChecks } from './conformance-writes.js';

/**
 * Registers the adapter conformance suite with a test runner: sessions, paging, every sort, filter and
 * search of the query grammar, visibility, rights, cardinalities, atomic and idempotent creates,
 * versions, validation, abort and change notifications, all against `conformanceFixture`.
 *
 * Each check calls `makeAdapter` for a fresh adapter over a fresh copy of the fixture (for a REST
 * backend: reset it to the fixture there).
 *
 * @example
 * // mocha / Vitest globals
 * runAdapterConformance((fixture, agentId) => new MemoryAdapter({ data: fixture, agentId }));
 * // node:test
 * import { describe, it } from 'node:test';
 * runAdapterConformance(makeAdapter, { describe, it });
 */
export function runAdapterConformance(
  makeAdapter: AdapterFactory,
  runner: ConformanceRunner = globalRunner(),
): void {
  const context = {
    runner,
    adapter: async (agentId: string) => makeAdapter(structuredClone(conformanceFixture), agentId),
  };
  runner.describe('casekit adapter conformance', () => {
    readChecks(context);
    writeChecks(context);
  });
}
