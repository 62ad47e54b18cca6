/**
 * The casekit domain, as DESIGN.md describes it. Pure data: no DOM, no locale.
 * Dates are ISO 8601 strings (`YYYY-MM-DD` for dates, full timestamps for datetimes).
 */

/** A text an admin wrote: one string, or a map of locale (`en`, `fr-CA`…) to string. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** What a layout-defined field holds. Multiselects hold `string[]`, checkboxes `boolean`. */
export type FieldValue = string | number | boolean | readonly string[] | null;

export interface CrmCardRef {
  readonly id: string;
  readonly name: string;
}

export interface CaseRef {
  readonly id: string;
  readonly number: string;
}

/** A case as a backend stores it. */
export interface CaseRecord {
  readonly id: string;
  /** Human number, e.g. `C-00042`. */
  readonly number: string;
  readonly title: string;
  readonly statusId: string;
  readonly ownerId: string;
  readonly crmCardId: string | null;
  /** Layout-defined fields, keyed by field key. */
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Agent id of the creator. */
  readonly createdBy: string;
  /** Optimistic-concurrency version, incremented by every change to the case. */
  readonly version: number;
}

/** A case as the adapter returns it: the record plus what a row shows without another request. */
export interface Case extends CaseRecord {
  /** Number of interactions linked to the case (derived). */
  readonly interactionCount: number;
  /** Display name of the owner. */
  readonly ownerName: string;
  /** The linked CRM card's id and name, or null. */
  readonly crmCard: CrmCardRef | null;
}

export const interactionChannels = ['call', 'email', 'chat', 'sms', 'social'] as const;
export type InteractionChannel = (typeof interactionChannels)[number];

export interface Interaction {
  readonly id: string;
  readonly channel: InteractionChannel;
  readonly direction: 'inbound' | 'outbound';
  /** Phone number, e-mail address or handle of the customer. */
  readonly contact: string;
  readonly startedAt: string;
  readonly durationSec?: number;
  readonly agentId: string;
  readonly summary?: string;
  readonly crmCardId?: string;
  /** The one case this interaction belongs to, if any. */
  readonly caseId: string | null;
}

/** An interaction as lists return it, with its case's id and number. */
export interface InteractionListItem extends Interaction {
  readonly case: CaseRef | null;
}

export interface CrmCard {
  readonly id: string;
  readonly name: string;
  readonly company?: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface Agent {
  readonly id: string;
  /** Display name. */
  readonly name: string;
  readonly email?: string;
  readonly teamIds: readonly string[];
  readonly profileId: string;
}

export interface Team {
  readonly id: string;
  readonly name: string;
}

export type Visibility = 'own' | 'team' | 'all';
export type TransferScope = 'none' | 'self' | 'team' | 'everyone';

/** What a profile allows. */
export interface Rights {
  readonly visibility: Visibility;
  readonly create: boolean;
  readonly edit: boolean;
  readonly changeStatus: boolean;
  /** May set a closed status (implies nothing without `changeStatus`). */
  readonly close: boolean;
  readonly delete: boolean;
  readonly link: boolean;
  readonly transfer: TransferScope;
}

export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly rights: Rights;
  /** Id of the layout definition its agents use. */
  readonly layoutId: string;
}

export const statusTones = ['neutral', 'info', 'success', 'warning', 'danger'] as const;
export type StatusTone = (typeof statusTones)[number];

export interface Status {
  readonly id: string;
  readonly label: LocalizedText;
  readonly closed: boolean;
  /** A token name the theme maps to colours. */
  readonly tone: StatusTone;
  /** Position in sorts and pickers. */
  readonly order: number;
  /** Statuses a case may move to from this one; absent means any. */
  readonly next?: readonly string[];
}

// ---------------------------------------------------------------- layout v1

export const customFieldTypes = [
  'text',
  'textarea',
  'number',
  'date',
  'datetime',
  'select',
  'multiselect',
  'checkbox',
  'email',
  'phone',
  'url',
] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

/** Fields every case has; a layout places them but cannot redefine them. */
export const systemFieldKeys = [
  'number',
  'title',
  'status',
  'owner',
  'crmCard',
  'createdAt',
  'updatedAt',
] as const;
export type SystemFieldKey = (typeof systemFieldKeys)[number];

export type FieldAccess = 'edit' | 'view' | 'hidden';

export interface FieldOption {
  readonly value: string;
  readonly label: LocalizedText;
}

/** A condition on another field (custom or system, e.g. `status`). */
export type FieldRule =
  | { readonly field: string; readonly equals: FieldValue }
  | { readonly field: string; readonly oneOf: readonly FieldValue[] };

export interface FieldDefinition {
  readonly key: string;
  readonly label: LocalizedText;
  readonly hint?: LocalizedText;
  readonly type: CustomFieldType;
  readonly required: boolean;
  readonly access: FieldAccess;
  readonly default?: FieldValue;
  readonly options?: readonly FieldOption[];
  readonly pattern?: string;
  readonly patternMessage?: LocalizedText;
  readonly min?: number | string;
  readonly max?: number | string;
  readonly maxLength?: number;
  readonly filterable: boolean;
  readonly sortable: boolean;
  readonly visibleWhen?: FieldRule;
  readonly requiredWhen?: FieldRule;
}

export interface LayoutColumn {
  /** A custom field key or a system field key. */
  readonly field: string;
  /** CSS length, e.g. `12rem`. */
  readonly width?: string;
}

export interface LayoutSection {
  readonly title: LocalizedText;
  readonly columns: number;
  readonly fields: readonly string[];
}

/** A parsed, valid layout (see `parseLayout`). */
export interface Layout {
  readonly version: 1;
  readonly id?: string;
  readonly fields: readonly FieldDefinition[];
  readonly list: { readonly columns: readonly LayoutColumn[]; readonly sort: Sort };
  readonly form: { readonly sections: readonly LayoutSection[] };
}

// ---------------------------------------------------------------- session

/** Who is working, and everything that follows from it. */
export interface Session {
  readonly agent: Agent;
  /** The agent's teams. */
  readonly teams: readonly Team[];
  /** Every agent in one of the agent's teams, the agent included. */
  readonly teamMembers: readonly Agent[];
  readonly profile: Profile;
  readonly layout: Layout;
  /** All statuses, in `order`. */
  readonly statuses: readonly Status[];
}

// ---------------------------------------------------------------- queries

export type SortDirection = 'asc' | 'desc';
export interface Sort {
  readonly field: string;
  readonly direction: SortDirection;
}

export interface Range {
  readonly from?: number | string;
  readonly to?: number | string;
}

/** One condition on a field (custom or system). */
export type FieldFilter =
  | { readonly field: string; readonly op: 'eq'; readonly value: FieldValue }
  | { readonly field: string; readonly op: 'in'; readonly value: readonly FieldValue[] }
  | { readonly field: string; readonly op: 'contains'; readonly value: string }
  | { readonly field: string; readonly op: 'range'; readonly value: Range }
  | { readonly field: string; readonly op: 'isSet'; readonly value: boolean };

export type FilterOperator = FieldFilter['op'];

/** Shortcuts of the filter grammar. */
export type StatusClassFilter = { readonly statusClass: 'open' | 'closed' };
/** `me`, `my-team`, or an agent id. */
export type OwnerFilter = { readonly owner: string };
export type LinkedCrmCardFilter = { readonly linkedCrmCard: boolean };

/** Filters combine with AND. */
export type CaseFilter = FieldFilter | StatusClassFilter | OwnerFilter | LinkedCrmCardFilter;

export interface Paging {
  readonly offset: number;
  readonly limit: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export interface CaseQuery extends Paging {
  readonly search?: string;
  readonly filters?: readonly CaseFilter[];
  readonly sort?: Sort;
  /** Only the cases linked to this CRM card. */
  readonly crmCardId?: string;
}

export interface AgentQuery extends Paging {
  readonly search?: string;
  readonly scope: 'team' | 'everyone';
}

export interface InteractionQuery extends Paging {
  readonly caseId?: string;
  readonly crmCardId?: string;
  readonly search?: string;
  /** true: only interactions linked to a case; false: only unlinked ones. */
  readonly linked?: boolean;
  /** `startedAt` (default, newest first), `channel` or `contact`. */
  readonly sort?: Sort;
}

export interface CrmCardQuery extends Paging {
  readonly search?: string;
}

// ---------------------------------------------------------------- mutations

export interface NewCase {
  readonly title: string;
  readonly fields?: Readonly<Record<string, FieldValue>>;
  /** Initial status; the first open status by `order` when absent. */
  readonly statusId?: string;
  /** Initial owner; the creating agent when absent. */
  readonly ownerId?: string;
  /** Link this CRM card in the same step. */
  readonly crmCardId?: string;
  /** Link this interaction in the same step. */
  readonly interactionId?: string;
}

/** What `updateCase` may change. `ownerId` and `statusId` are refused (use transfer / setStatus). */
export interface CasePatch {
  readonly title?: string;
  readonly fields?: Readonly<Record<string, FieldValue>>;
}

// ---------------------------------------------------------------- rights

export type CaseAction = 'view' | 'create' | 'edit' | 'transfer' | 'changeStatus' | 'delete' | 'link';

/** Why something is not allowed: a code with parameters, turned into words by the strings table. */
export interface Reason {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface Decision {
  readonly allowed: boolean;
  readonly reason?: Reason;
}
