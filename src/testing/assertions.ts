/**
 * The few assertions the conformance suite needs, so it runs under any test runner (mocha, Vitest,
 * node:test) without chai or node:assert.
 */

export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected))
    throw new ConformanceFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Equality of JSON-like data (arrays in order, objects by keys). */
export function same(actual: unknown, expected: unknown, what: string): void {
  if (show(sortKeys(actual)) !== show(sortKeys(expected))) {
    throw new ConformanceFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new ConformanceFailure(`${what}: expected a rejection, but it resolved`);
}

interface CodedError {
  readonly code: string;
  readonly reason?:
    { readonly code: string; readonly params?: Readonly<Record<string, unknown>> } | undefined;
  readonly fieldErrors?: Readonly<Record<string, { readonly code: string }>> | undefined;
  readonly current?: { readonly id: string; readonly version: number } | undefined;
}

/** Rejects with a CaseKitError-shaped error (checked by shape, so a host's own copy of the kit passes). */
export async function rejectsWith(
  promise: Promise<unknown>,
  code: string,
  what: string,
): Promise<CodedError> {
  const error = await rejection(promise, what);
  const coded = error as Partial<CodedError> | null;
  if (typeof coded !== 'object' || coded === null || typeof coded.code !== 'string') {
    throw new ConformanceFailure(`${what}: expected a CaseKitError "${code}", got ${String(error)}`);
  }
  equal(coded.code, code, `${what} (error code)`);
  return coded as CodedError;
}

/** Waits until `condition` holds, up to `ms`; fails with `what` otherwise. */
export async function eventually(condition: () => boolean, what: string, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new ConformanceFailure(`${what}: not seen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
