import type { CaseKitAdapter } from '../adapters/contract.js';
import type { CaseKitDataset } from '../model/dataset.js';
import type { Case, CaseQuery, Page } from '../model/types.js';

/** The two functions of a test runner the suite registers its checks with (mocha, Vitest, node:test). */
export interface ConformanceRunner {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => Promise<void>): unknown;
}

/** Makes a fresh adapter over the fixture, signed in as `agentId` (each check makes its own). */
export type AdapterFactory = (
  fixture: CaseKitDataset,
  agentId: string,
) => CaseKitAdapter | Promise<CaseKitAdapter>;

/** What every check file receives. */
export interface ConformanceContext {
  readonly runner: ConformanceRunner;
  /** A fresh adapter over a fresh copy of the fixture, as this agent. */
  adapter(agentId: string): Promise<CaseKitAdapter>;
}

export function globalRunner(): ConformanceRunner {
  const scope = globalThis as { describe?: ConformanceRunner['describe']; it?: ConformanceRunner['it'] };
  const { describe, it } = scope;
  if (typeof describe !== 'function' || typeof it !== 'function') {
    throw new Error(
      'runAdapterConformance: no global describe/it; pass your runner\'s, e.g. { describe, it } from "node:test".',
    );
  }
  return { describe, it };
}

/** The digits of the case numbers of a page, e.g. [1, 2, 3]: compact expectations. */
export function numbersOf(page: Page<Case>): number[] {
  return page.items.map((c) => Number(/(\d+)$/.exec(c.number)?.[1] ?? NaN));
}

/** Every matching case's number digits, in number order (for filter and search checks). */
export async function matching(
  adapter: CaseKitAdapter,
  query: Omit<CaseQuery, 'offset' | 'limit'>,
): Promise<number[]> {
  const page = await adapter.listCases({
    sort: { field: 'number', direction: 'asc' },
    ...query,
    offset: 0,
    limit: 100,
  });
  return numbersOf(page);
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
