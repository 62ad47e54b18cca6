/**
 * The in-memory backend: `MemoryAdapter` (the embedded default of the demo, the stories and the tests),
 * the `MemoryStore` it works on, and deterministic demo data.
 * @packageDocumentation
 */
export { MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';
export {
  MemoryStore,
  type StoreOptions,
  type StoreListener,
  type ChangesSince,
  type LoggedChange,
} from './store.js';
export {
  createDemoData,
  demoBaseDate,
  demoAgentIdByProfile,
  type DemoDataOptions,
  type DemoProfileId,
} from './demo-data.js';
export { queryCases } from './case-query.js';
