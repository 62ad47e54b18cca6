import type { Case, Reason } from '../model/types.js';

export const errorCodes = [
  'network',
  'unauthenticated',
  'not-found',
  'forbidden',
  'conflict',
  'validation',
  'unavailable',
  'unknown',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field: a code (`required`, `pattern`, `max`…) the strings table turns into words. */
export interface FieldIssue {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** The server's own wording, shown when the code is unknown to the strings table. */
  readonly message?: string;
}

export interface CaseKitErrorInit {
  readonly message?: string;
  /** Why the backend refused (forbidden, conflict on a cardinality…), as a reason code. */
  readonly reason?: Reason;
  /** For `validation`: problems keyed by field key (`title`, or a layout field key). */
  readonly fieldErrors?: Readonly<Record<string, FieldIssue>>;
  /** For `conflict` on a stale version: the server's current record. */
  readonly current?: Case;
  /** Seconds the server asked the client to wait (503, 429). */
  readonly retryAfter?: number;
  readonly status?: number;
  readonly cause?: unknown;
}

/** Every adapter failure other than an abort. */
export class CaseKitError extends Error {
  override readonly name = 'CaseKitError';
  readonly code: ErrorCode;
  readonly reason: Reason | undefined;
  readonly fieldErrors: Readonly<Record<string, FieldIssue>> | undefined;
  readonly current: Case | undefined;
  readonly retryAfter: number | undefined;
  readonly status: number | undefined;

  constructor(code: ErrorCode, init: CaseKitErrorInit = {}) {
    super(init.message ?? code, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.reason = init.reason;
    this.fieldErrors = init.fieldErrors;
    this.current = init.current;
    this.retryAfter = init.retryAfter;
    this.status = init.status;
  }
}

export function isCaseKitError(error: unknown, code?: ErrorCode): error is CaseKitError {
  return error instanceof CaseKitError && (code === undefined || error.code === code);
}

/** The platform's abort error, as `fetch` throws it. */
export function abortError(signal?: AbortSignal): DOMException {
  const reason: unknown = signal?.reason;
  return reason instanceof DOMException && reason.name === 'AbortError'
    ? reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Rejects with an `AbortError` when the signal is already aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}
