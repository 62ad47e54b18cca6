import { abortError, CaseKitError, isAbortError, throwIfAborted } from '../errors.js';
import { errorFromResponse } from './http-errors.js';

/** Static headers, or a function called before every request (sync or async), e.g. to refresh a token. */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly headers?: HeadersOption | undefined;
  readonly fetch?: FetchFunction | undefined;
  /** Called with every `unauthenticated` error, before it is thrown. */
  readonly onUnauthenticated?: ((error: CaseKitError) => void) | undefined;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  readonly method?: HttpMethod;
  /** Path below the base URL, with ids already percent-encoded. */
  readonly path: string;
  readonly query?: URLSearchParams;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as `If-Match: "<version>"`. */
  readonly version?: number | undefined;
  readonly idempotencyKey?: string | undefined;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal | undefined;
}

/** An entity tag for a case version, as `If-Match` carries it. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/** A path segment from an id. */
export function segment(id: string): string {
  return encodeURIComponent(id);
}

/**
 * `fetch` with casekit's rules: every failure becomes a `CaseKitError` (a fetch `TypeError` is
 * `network`), except an abort through the caller's signal, which rejects with the platform `AbortError`.
 */
export class HttpClient {
  readonly #baseUrl: string;
  readonly #headers: HeadersOption | undefined;
  readonly #fetch: FetchFunction;
  readonly #onUnauthenticated: ((error: CaseKitError) => void) | undefined;

  constructor(options: HttpClientOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#headers = options.headers;
    const fetchImpl = options.fetch;
    // Called as a plain function: `window.fetch` throws when invoked as a method of another object.
    this.#fetch = fetchImpl
      ? (input, init) => fetchImpl(input, init)
      : (input, init) => globalThis.fetch(input, init);
    this.#onUnauthenticated = options.onUnauthenticated;
  }

  url(path: string, query?: URLSearchParams): string {
    const search = query?.toString() ?? '';
    return `${this.#baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  /** Sends the request; resolves with a 2xx response, throws otherwise. */
  async send(request: HttpRequest): Promise<Response> {
    const { signal } = request;
    throwIfAborted(signal);
    const headers = new Headers(await this.#resolveHeaders(signal));
    headers.set('Accept', headers.get('Accept') ?? 'application/json');
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
    if (request.version !== undefined) headers.set('If-Match', versionTag(request.version));
    if (request.idempotencyKey !== undefined) headers.set('Idempotency-Key', request.idempotencyKey);
    const init: RequestInit = { method: request.method ?? 'GET', headers };
    if (request.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      init.body = JSON.stringify(request.body);
    }
    if (signal) init.signal = signal;

    let response: Response;
    try {
      response = await this.#fetch(this.url(request.path, request.query), init);
    } catch (cause) {
      if (signal?.aborted || isAbortError(cause)) throw abortError(signal);
      throw new CaseKitError('network', { message: 'The server could not be reached.', cause });
    }
    if (response.ok) return response;
    const error = await this.#read(() => errorFromResponse(response), signal);
    if (error.code === 'unauthenticated') this.#onUnauthenticated?.(error);
    throw error;
  }

  /** Sends the request and reads the JSON body of its 2xx response (`undefined` for 204). */
  async json<T>(request: HttpRequest): Promise<T> {
    const response = await this.send(request);
    if (response.status === 204) return undefined as T;
    return this.#read(async () => {
      try {
        return (await response.json()) as T;
      } catch (cause) {
        if (isAbortError(cause)) throw cause;
        throw new CaseKitError('unknown', {
          status: response.status,
          message: 'The response body is not JSON.',
          cause,
        });
      }
    }, request.signal);
  }

  async #resolveHeaders(signal: AbortSignal | undefined): Promise<HeadersInit> {
    const option = this.#headers;
    if (option === undefined) return {};
    if (typeof option !== 'function') return option;
    let resolved: HeadersInit;
    try {
      resolved = await option();
    } catch (cause) {
      if (cause instanceof CaseKitError || isAbortError(cause)) throw cause;
      throw new CaseKitError('unknown', { message: 'The headers function failed.', cause });
    }
    throwIfAborted(signal);
    return resolved;
  }

  /** Reads a body; an abort mid-read is the caller's `AbortError`, a broken connection is `network`. */
  async #read<T>(read: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    try {
      return await read();
    } catch (cause) {
      if (signal?.aborted || isAbortError(cause)) throw abortError(signal);
      if (cause instanceof CaseKitError) throw cause;
      throw new CaseKitError('network', {
        message: 'The connection broke while reading the response.',
        cause,
      });
    }
  }
}
