import { HttpResponse } from 'msw';
import { CaseKitError, isAbortError } from '../adapters/errors.js';
import { problemContentType, problemFromError } from '../adapters/rest/http-errors.js';

/** A problem+json response for an error (`Retry-After` when the error carries one). */
export function problemResponse(error: CaseKitError): Response {
  const problem = problemFromError(error);
  const headers: Record<string, string> = { 'Content-Type': problemContentType };
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
  return HttpResponse.json(problem, { status: problem.status, headers });
}

/** What a route answers when its work throws: the adapter's error as a problem, a dropped connection for an abort. */
export function responseForError(error: unknown): Response {
  if (isAbortError(error)) return HttpResponse.error();
  if (error instanceof CaseKitError) return problemResponse(error);
  return problemResponse(
    new CaseKitError('unknown', { message: error instanceof Error ? error.message : String(error) }),
  );
}

export function invalidRequest(field: string, code: string, message: string, status = 400): CaseKitError {
  return new CaseKitError('validation', { status, message, fieldErrors: { [field]: { code, message } } });
}

/** The agent id a request authenticates as: its Bearer token, else the backend's default agent. */
export function requestAgent(request: Request, defaultAgentId: string | undefined): string {
  const authorization = request.headers.get('Authorization');
  if (authorization === null) {
    if (defaultAgentId === undefined)
      throw new CaseKitError('unauthenticated', { message: 'Sign in: no Authorization header.' });
    return defaultAgentId;
  }
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (token === undefined)
    throw new CaseKitError('unauthenticated', { message: 'Expected "Authorization: Bearer <token>".' });
  return token;
}

/** The case version of an `If-Match: "<version>"` header; `undefined` when absent. */
export function ifMatchVersion(request: Request): number | undefined {
  const header = request.headers.get('If-Match');
  if (header === null) return undefined;
  const version = /^\s*"(\d+)"\s*$/.exec(header)?.[1];
  if (version === undefined)
    throw invalidRequest(
      'If-Match',
      'invalid',
      'If-Match must be a case version in double quotes, e.g. "3".',
    );
  return Number(version);
}

/** Like `ifMatchVersion`, but a missing header is a 428. */
export function requiredVersion(request: Request): number {
  const version = ifMatchVersion(request);
  if (version === undefined) {
    throw new CaseKitError('validation', {
      status: 428,
      message: 'This change is conditional: send If-Match with the case version you last read.',
      reason: { code: 'version-required' },
    });
  }
  return version;
}

/** The JSON object body of a request. */
export async function readObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw invalidRequest('body', 'invalid', 'The body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest('body', 'invalid', 'The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** A string member of a body; 422 when missing. */
export function requiredString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '')
    throw invalidRequest(key, 'required', `"${key}" is required.`, 422);
  return value;
}
