/**
 * The query grammar of DESIGN.md as URL query parameters — the one encoding the `RestAdapter` writes
 * and the mock handlers (or a real backend) read. `docs/rest-contract.yaml` documents it.
 *
 * A parameter value is read *after* ordinary query decoding; inside it, the separators `:` `,` and
 * (in ranges) `..` are literal, and every component between them is percent-encoded again, so a
 * value may hold any character:
 *
 * - `sort=<field>:<asc|desc>`
 * - `filter=<field>:eq:<scalar>` · `filter=<field>:in:<scalar>,<scalar>…` (empty: the empty list)
 * - `filter=<field>:contains:<text>` · `filter=<field>:range:<from>..<to>` (either side may be empty)
 * - `filter=<field>:isSet:<true|false>`
 * - shortcuts `statusClass=open|closed`, `owner=me|my-team|<agentId>`, `linkedCrmCard=true|false`
 * - `search`, `crmCardId`, `offset`, `limit`
 *
 * A scalar is `null`, `true`, `false`, a JSON number, a JSON string in double quotes, or any other
 * text (a string). Encoders quote strings only when they would read as something else.
 */
import { CaseKitError } from '../errors.js';
import type {
  AgentQuery,
  CaseFilter,
  CaseQuery,
  CrmCardQuery,
  FieldFilter,
  FieldValue,
  InteractionQuery,
  Range,
  Sort,
} from '../../model/types.js';

type Scalar = string | number | boolean | null;

const jsonNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Percent-encodes one component; in ranges, dots too, so `..` stays a separator. */
function encodePart(text: string, escapeDots = false): string {
  const encoded = encodeURIComponent(text);
  return escapeDots ? encoded.replaceAll('.', '%2E') : encoded;
}

function decodePart(text: string, param: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw invalid(param, `malformed percent-encoding in "${text}"`);
  }
}

function invalid(param: string, detail: string): CaseKitError {
  return new CaseKitError('validation', {
    status: 400,
    message: `Invalid query parameter "${param}": ${detail}`,
    fieldErrors: { [param]: { code: 'invalid', message: detail } },
  });
}

function scalarText(value: Scalar): string {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw invalid('filter', `${value} is not a finite number`);
  if (typeof value !== 'string') return String(value);
  const ambiguous = value === '' || value === 'null' || value === 'true' || value === 'false';
  return ambiguous || value.startsWith('"') || jsonNumber.test(value) ? JSON.stringify(value) : value;
}

function parseScalar(text: string, param: string): Scalar {
  if (text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (jsonNumber.test(text)) return Number(text);
  if (text === '') return '';
  if (!text.startsWith('"')) return text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'string') return parsed;
  } catch {
    // fall through to the error below
  }
  throw invalid(param, `malformed quoted string ${text}`);
}

function encodeScalar(value: Scalar, escapeDots = false): string {
  return encodePart(scalarText(value), escapeDots);
}

function decodeScalar(text: string, param: string): Scalar {
  return parseScalar(decodePart(text, param), param);
}

function asScalar(value: FieldValue, param: string): Scalar {
  if (Array.isArray(value)) throw invalid(param, 'a list is not a scalar');
  return value as Scalar;
}

// ---------------------------------------------------------------- sort

export function encodeSort(sort: Sort): string {
  return `${encodePart(sort.field)}:${sort.direction}`;
}

export function decodeSort(text: string, param = 'sort'): Sort {
  const [field, direction, ...rest] = text.split(':');
  if (!field || rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) {
    throw invalid(param, `expected <field>:<asc|desc>, got "${text}"`);
  }
  return { field: decodePart(field, param), direction };
}

// ---------------------------------------------------------------- filters

/** The value of one `filter=` parameter. */
export function encodeFieldFilter(filter: FieldFilter): string {
  const head = `${encodePart(filter.field)}:${filter.op}:`;
  switch (filter.op) {
    case 'eq':
      return head + encodeScalar(asScalar(filter.value, 'filter'));
    case 'in':
      return head + filter.value.map((v) => encodeScalar(asScalar(v, 'filter'))).join(',');
    case 'contains':
      return head + encodePart(filter.value);
    case 'range':
      return head + encodeRangeSide(filter.value.from) + '..' + encodeRangeSide(filter.value.to);
    case 'isSet':
      return head + String(filter.value);
  }
}

function encodeRangeSide(side: number | string | undefined): string {
  return side === undefined ? '' : encodeScalar(side, true);
}

function decodeRangeSide(text: string): number | string | undefined {
  if (text === '') return undefined;
  const value = decodeScalar(text, 'filter');
  if (typeof value !== 'number' && typeof value !== 'string')
    throw invalid('filter', 'a range bound is a number or a date');
  return value;
}

export function decodeFieldFilter(text: string): FieldFilter {
  const first = text.indexOf(':');
  const second = first < 0 ? -1 : text.indexOf(':', first + 1);
  if (first <= 0 || second < 0) throw invalid('filter', `expected <field>:<op>:<value>, got "${text}"`);
  const field = decodePart(text.slice(0, first), 'filter');
  const op = text.slice(first + 1, second);
  const value = text.slice(second + 1);
  switch (op) {
    case 'eq':
      return { field, op, value: decodeScalar(value, 'filter') };
    case 'in':
      return { field, op, value: value === '' ? [] : value.split(',').map((v) => decodeScalar(v, 'filter')) };
    case 'contains':
      return { field, op, value: decodePart(value, 'filter') };
    case 'range': {
      const sides = value.split('..');
      if (sides.length !== 2) throw invalid('filter', `expected <from>..<to>, got "${value}"`);
      const from = decodeRangeSide(sides[0] ?? '');
      const to = decodeRangeSide(sides[1] ?? '');
      const range: Range = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
      return { field, op, value: range };
    }
    case 'isSet':
      if (value !== 'true' && value !== 'false')
        throw invalid('filter', `isSet takes true or false, got "${value}"`);
      return { field, op, value: value === 'true' };
    default:
      throw invalid('filter', `unknown operator "${op}"`);
  }
}

function appendFilter(params: URLSearchParams, filter: CaseFilter): void {
  if ('op' in filter) params.append('filter', encodeFieldFilter(filter));
  else if ('statusClass' in filter) params.append('statusClass', filter.statusClass);
  else if ('owner' in filter) params.append('owner', filter.owner);
  else params.append('linkedCrmCard', String(filter.linkedCrmCard));
}

// ---------------------------------------------------------------- shared parameters

function decodeBoolean(text: string, param: string): boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw invalid(param, `expected true or false, got "${text}"`);
}

function decodeCount(params: URLSearchParams, param: 'offset' | 'limit', fallback: number): number {
  const text = params.get(param);
  if (text === null) return fallback;
  if (!/^\d{1,9}$/.test(text)) throw invalid(param, `expected a non-negative integer, got "${text}"`);
  return Number(text);
}

/** Defaults when a request leaves paging out. */
export const defaultPaging = { offset: 0, limit: 50 } as const;

function appendPaging(params: URLSearchParams, query: { offset: number; limit: number }): void {
  params.set('offset', String(query.offset));
  params.set('limit', String(query.limit));
}

function paging(params: URLSearchParams): { offset: number; limit: number } {
  return {
    offset: decodeCount(params, 'offset', defaultPaging.offset),
    limit: decodeCount(params, 'limit', defaultPaging.limit),
  };
}

function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: string };
}

// ---------------------------------------------------------------- cases

/** `GET /cases` query parameters for a `CaseQuery`. Parameters keep the order of `filters`. */
export function encodeCaseQuery(query: CaseQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search !== undefined) params.set('search', query.search);
  if (query.sort) params.set('sort', encodeSort(query.sort));
  for (const filter of query.filters ?? []) appendFilter(params, filter);
  if (query.crmCardId !== undefined) params.set('crmCardId', query.crmCardId);
  appendPaging(params, query);
  return params;
}

/** Reads `GET /cases` query parameters; throws a `validation` CaseKitError (status 400) when malformed. */
export function decodeCaseQuery(params: URLSearchParams): CaseQuery {
  const filters: CaseFilter[] = [];
  for (const [name, value] of params) {
    if (name === 'filter') filters.push(decodeFieldFilter(value));
    else if (name === 'statusClass') {
      if (value !== 'open' && value !== 'closed')
        throw invalid(name, `expected open or closed, got "${value}"`);
      filters.push({ statusClass: value });
    } else if (name === 'owner') {
      if (value === '') throw invalid(name, 'expected me, my-team or an agent id');
      filters.push({ owner: value });
    } else if (name === 'linkedCrmCard') filters.push({ linkedCrmCard: decodeBoolean(value, name) });
  }
  const sort = params.get('sort');
  return {
    ...optional('search', params.get('search')),
    ...(filters.length > 0 ? { filters } : {}),
    ...(sort === null ? {} : { sort: decodeSort(sort) }),
    ...optional('crmCardId', params.get('crmCardId')),
    ...paging(params),
  };
}

// ---------------------------------------------------------------- agents

/** `GET /agents?ids=` value: ids percent-encoded, comma-separated. */
export function encodeIds(ids: readonly string[]): string {
  return ids.map((id) => encodePart(id)).join(',');
}

export function decodeIds(text: string | null): string[] {
  if (!text) return [];
  return text.split(',').map((id) => decodePart(id, 'ids'));
}

export function encodeAgentQuery(query: AgentQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search !== undefined) params.set('search', query.search);
  params.set('scope', query.scope);
  appendPaging(params, query);
  return params;
}

export function decodeAgentQuery(params: URLSearchParams): AgentQuery {
  const scope = params.get('scope') ?? 'team';
  if (scope !== 'team' && scope !== 'everyone')
    throw invalid('scope', `expected team or everyone, got "${scope}"`);
  return { ...optional('search', params.get('search')), scope, ...paging(params) };
}

// ---------------------------------------------------------------- interactions and CRM cards

export function encodeInteractionQuery(query: InteractionQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.caseId !== undefined) params.set('caseId', query.caseId);
  if (query.crmCardId !== undefined) params.set('crmCardId', query.crmCardId);
  if (query.search !== undefined) params.set('search', query.search);
  if (query.linked !== undefined) params.set('linked', String(query.linked));
  if (query.sort) params.set('sort', encodeSort(query.sort));
  appendPaging(params, query);
  return params;
}

export function decodeInteractionQuery(params: URLSearchParams): InteractionQuery {
  const linked = params.get('linked');
  const sort = params.get('sort');
  return {
    ...optional('caseId', params.get('caseId')),
    ...optional('crmCardId', params.get('crmCardId')),
    ...optional('search', params.get('search')),
    ...(linked === null ? {} : { linked: decodeBoolean(linked, 'linked') }),
    ...(sort === null ? {} : { sort: decodeSort(sort) }),
    ...paging(params),
  };
}

export function encodeCrmCardQuery(query: CrmCardQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search !== undefined) params.set('search', query.search);
  appendPaging(params, query);
  return params;
}

export function decodeCrmCardQuery(params: URLSearchParams): CrmCardQuery {
  return { ...optional('search', params.get('search')), ...paging(params) };
}
