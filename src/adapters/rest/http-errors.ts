/**
 * HTTP ⇄ `CaseKitError`, both ways: the `RestAdapter` reads problem responses with
 * `errorFromResponse`, the mock handlers write them with `problemFromError`.
 */
import { CaseKitError, errorCodes, type ErrorCode, type FieldIssue } from '../errors.js';
import type { Case, Reason } from '../../model/types.js';

/** An RFC 9457 problem document with casekit's extension members. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  /** The casekit error code. */
  readonly code: ErrorCode;
  readonly detail?: string;
  readonly reason?: Reason;
  readonly fieldErrors?: Readonly<Record<string, FieldIssue>>;
  /** 412: the current record. */
  readonly current?: Case;
}

export const problemContentType = 'application/problem+json';

/** The status a backend answers with for each code (a `conflict` on a stale version is 412, see `problemFromError`). */
export const statusByCode = {
  network: 503,
  unauthenticated: 401,
  'not-found': 404,
  forbidden: 403,
  conflict: 409,
  validation: 422,
  unavailable: 503,
  unknown: 500,
} as const satisfies Record<ErrorCode, number>;

const titles: Record<ErrorCode, string> = {
  network: 'Network failure',
  unauthenticated: 'Authentication required',
  'not-found': 'Not found',
  forbidden: 'Forbidden',
  conflict: 'Conflict',
  validation: 'Invalid request',
  unavailable: 'Service unavailable',
  unknown: 'Internal error',
};

/** The casekit code for a status, when the body does not name one. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 422:
    case 428:
      return 'validation';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 409:
    case 412:
      return 'conflict';
    case 429:
    case 502:
    case 503:
    case 504:
      return 'unavailable';
    default:
      return 'unknown';
  }
}

/** A `Retry-After` value (delay in seconds, or an HTTP date) as whole seconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return (errorCodes as readonly unknown[]).includes(value);
}

/** Whether a content type is JSON (`application/json`, `application/problem+json`…). */
export function isJsonContentType(contentType: string | null): boolean {
  return contentType !== null && /^application\/([\w.-]+\+)?json\b/i.test(contentType.trim());
}

/**
 * The `CaseKitError` for a non-2xx response. The body's `code` wins when it is a casekit code;
 * otherwise the status decides. A JSON body that does not parse gives `unknown`.
 */
export async function errorFromResponse(response: Response): Promise<CaseKitError> {
  const status = response.status;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const base = { status, ...(retryAfter === undefined ? {} : { retryAfter }) };
  if (!isJsonContentType(response.headers.get('Content-Type'))) {
    await response.body?.cancel().catch(() => undefined);
    return new CaseKitError(codeForStatus(status), { ...base, message: `HTTP ${status}` });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    return new CaseKitError('unknown', { ...base, message: `HTTP ${status} with an unreadable body`, cause });
  }
  if (!isRecord(body)) return new CaseKitError(codeForStatus(status), { ...base, message: `HTTP ${status}` });
  const message =
    typeof body['detail'] === 'string'
      ? body['detail']
      : typeof body['title'] === 'string'
        ? body['title']
        : `HTTP ${status}`;
  const reason = body['reason'];
  const fieldErrors = body['fieldErrors'];
  const current = body['current'];
  return new CaseKitError(isErrorCode(body['code']) ? body['code'] : codeForStatus(status), {
    ...base,
    message,
    ...(isRecord(reason) && typeof reason['code'] === 'string'
      ? { reason: reason as unknown as Reason }
      : {}),
    ...(isRecord(fieldErrors) ? { fieldErrors: fieldErrors as Record<string, FieldIssue> } : {}),
    ...(isRecord(current) ? { current: current as unknown as Case } : {}),
  });
}

/** The status and problem document a backend answers with for an error. */
export function problemFromError(error: CaseKitError): Problem {
  const status =
    error.code === 'conflict' && error.current ? 412 : (error.status ?? statusByCode[error.code]);
  return {
    type: `https://casekit.dev/problems/${error.code}`,
    title: titles[error.code],
    status,
    code: error.code,
    ...(error.message && error.message !== error.code ? { detail: error.message } : {}),
    ...(error.reason ? { reason: error.reason } : {}),
    ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
    ...(error.current ? { current: error.current } : {}),
  };
}
