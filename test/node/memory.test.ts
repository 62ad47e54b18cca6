import { describe, it } from 'node:test';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { runAdapterConformance } from '../../src/testing/index.js';

runAdapterConformance((fixture, agentId) => new MemoryAdapter({ data: fixture, agentId }), { describe, it });
