/**
 * Testing tools for hosts and backend teams: the adapter conformance suite and its fixture.
 * @packageDocumentation
 */
export { runAdapterConformance } from './conformance.js';
export { conformanceFixture, conformanceAgents } from './conformance-fixture.js';
export type { AdapterFactory, ConformanceRunner } from './conformance-runner.js';
export { ConformanceFailure } from './assertions.js';
