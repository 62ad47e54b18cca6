/**
 * The adapter for a backend that implements the casekit REST contract (`docs/rest-contract.yaml`),
 * and the contract's query-string and problem encodings (shared with the mock handlers).
 * @packageDocumentation
 */
export {
  RestAdapter,
  AdapterUnauthenticatedEvent,
  type RestAdapterOptions,
  type RestAdapterEventMap,
} from './rest-adapter.js';
export type { HeadersOption, FetchFunction } from './http-client.js';
export type { ChangesPage } from './change-feed.js';
export {
  encodeCaseQuery,
  decodeCaseQuery,
  encodeAgentQuery,
  decodeAgentQuery,
  encodeInteractionQuery,
  decodeInteractionQuery,
  encodeCrmCardQuery,
  decodeCrmCardQuery,
  encodeFieldFilter,
  decodeFieldFilter,
  encodeSort,
  decodeSort,
  encodeIds,
  decodeIds,
  defaultPaging,
} from './query-string.js';
export {
  errorFromResponse,
  problemFromError,
  parseRetryAfter,
  codeForStatus,
  statusByCode,
  problemContentType,
  type Problem,
} from './http-errors.js';
