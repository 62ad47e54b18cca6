import type { CaseKitDataset } from '../model/dataset.js';
import type { CaseRecord, FieldValue, Interaction, Profile, Rights } from '../model/types.js';

/**
 * The conformance suite's dataset: small and hand-made, so that every sort, filter and search has an
 * answer one can check by reading this file.
 *
 * - 2 teams. Front office: Alice Martin (`agent`), Bruno Élie (`junior`), Chloé Durand (`read-only`).
 *   Back office: David Roux (`agent`), Eva Zimmer (`supervisor`). Agent ids do not follow the names'
 *   order, so a sort by owner proves it sorts by name.
 * - 30 cases `case-1`…`case-30` (`C-00001`…`C-00030`). Owners: 1–10 Alice, 11–16 Bruno, 17–18 Chloé,
 *   19–27 David, 28–30 Eva. Status by `n % 5`: 1 new, 2 open, 3 waiting, 4 done, 0 archived
 *   (done and archived are closed; ids are not in `order` order).
 * - Fields: `category` alpha (1–10), mid (11–20), zeta (21–30), option order zeta, alpha, mid;
 *   `amount` = (13 − n) × 10 for n ≤ 12; `due` 2026-03-0n for n ≤ 6; `callback` on 7, 8, 9;
 *   `tags` vip (1), vip+legal (2), legal (3); `urgent` true for n ≤ 4, false otherwise;
 *   `email` on 1, 2, 3; `ref` R-00n for n ≤ 5; `reason` on every closed case; `notes` on 20 and 21.
 * - CRM cards: case 1, 2 → Zoé Bernard; 3, 28 → Marc Antoine; 19 → Léon Petit.
 * - createdAt goes back in time as n grows; updatedAt is the same for every case but 1, 2, 3.
 * - Interactions: i-1, i-2 → case-1; i-3 → case-19; i-7 → case-3; i-4, i-5, i-6 unlinked.
 */

/** Which agent has which profile (and Alice's teammate / outsider for transfers). */
export const conformanceAgents = {
  /** Alice Martin, `agent`, Front office. */
  agent: 'u-40',
  /** Bruno Élie, `junior`, Front office. */
  junior: 'u-30',
  /** Chloé Durand, `read-only`, Front office. */
  readOnly: 'u-50',
  /** David Roux, `agent`, Back office. */
  otherTeamAgent: 'u-10',
  /** Eva Zimmer, `supervisor`, Back office. */
  supervisor: 'u-20',
} as const;

const rights = (r: Partial<Rights>): Rights => ({
  visibility: 'team',
  create: false,
  edit: false,
  changeStatus: false,
  close: false,
  delete: false,
  link: false,
  transfer: 'none',
  ...r,
});

const profiles: Profile[] = [
  {
    id: 'agent',
    name: 'Agent',
    layoutId: 'conformance',
    rights: rights({
      create: true,
      edit: true,
      changeStatus: true,
      close: true,
      link: true,
      transfer: 'team',
    }),
  },
  {
    id: 'junior',
    name: 'Junior',
    layoutId: 'conformance',
    rights: rights({
      visibility: 'own',
      create: true,
      edit: true,
      changeStatus: true,
      link: true,
      transfer: 'self',
    }),
  },
  {
    id: 'supervisor',
    name: 'Supervisor',
    layoutId: 'conformance',
    rights: rights({
      visibility: 'all',
      create: true,
      edit: true,
      changeStatus: true,
      close: true,
      delete: true,
      link: true,
      transfer: 'everyone',
    }),
  },
  { id: 'read-only', name: 'Read only', layoutId: 'conformance', rights: rights({}) },
];

const layout = {
  version: 1,
  id: 'conformance',
  fields: [
    {
      key: 'category',
      label: { en: 'Category', fr: 'Catégorie' },
      type: 'select',
      required: true,
      access: 'edit',
      filterable: true,
      sortable: true,
      options: [
        { value: 'zeta', label: 'Zeta' },
        { value: 'alpha', label: 'Alpha' },
        { value: 'mid', label: 'Mid' },
      ],
    },
    {
      key: 'notes',
      label: 'Notes',
      type: 'textarea',
      required: false,
      access: 'edit',
      filterable: false,
      sortable: false,
      maxLength: 500,
    },
    {
      key: 'ref',
      label: 'Reference',
      type: 'text',
      required: false,
      access: 'edit',
      filterable: true,
      sortable: true,
      pattern: '^R-[0-9]{3}$',
      patternMessage: { en: 'Like R-123.', fr: 'Comme R-123.' },
    },
    {
      key: 'amount',
      label: 'Amount',
      type: 'number',
      required: false,
      access: 'edit',
      filterable: true,
      sortable: true,
      min: 0,
      max: 1000,
    },
    {
      key: 'due',
      label: 'Due',
      type: 'date',
      required: false,
      access: 'edit',
      filterable: true,
      sortable: true,
    },
    {
      key: 'callback',
      label: 'Call back',
      type: 'datetime',
      required: false,
      access: 'edit',
      filterable: true,
      sortable: true,
    },
    {
      key: 'tags',
      label: 'Tags',
      type: 'multiselect',
      required: false,
      access: 'edit',
      filterable: true,
      sortable: false,
      options: [
        { value: 'vip', label: 'VIP' },
        { value: 'legal', label: 'Legal' },
      ],
    },
    {
      key: 'urgent',
      label: 'Urgent',
      type: 'checkbox',
      required: false,
      access: 'edit',
      filterable: true,
      sortable: false,
      default: false,
    },
    {
      key: 'email',
      label: 'E-mail',
      type: 'email',
      required: false,
      access: 'edit',
      filterable: true,
      sortable: false,
    },
    {
      key: 'phone',
      label: 'Phone',
      type: 'phone',
      required: false,
      access: 'edit',
      filterable: false,
      sortable: false,
    },
    {
      key: 'site',
      label: 'Site',
      type: 'url',
      required: false,
      access: 'edit',
      filterable: false,
      sortable: false,
    },
    {
      key: 'reason',
      label: 'Close reason',
      type: 'select',
      required: false,
      access: 'edit',
      filterable: true,
      sortable: false,
      requiredWhen: { field: 'status', oneOf: ['done', 'archived'] },
      options: [
        { value: 'fixed', label: 'Fixed' },
        { value: 'duplicate', label: 'Duplicate' },
      ],
    },
    {
      key: 'internal',
      label: 'Internal',
      type: 'text',
      required: false,
      access: 'view',
      filterable: false,
      sortable: false,
    },
    {
      key: 'secret',
      label: 'Secret',
      type: 'text',
      required: false,
      access: 'hidden',
      filterable: false,
      sortable: false,
    },
  ],
  list: {
    columns: [
      { field: 'number' },
      { field: 'title' },
      { field: 'status' },
      { field: 'owner' },
      { field: 'crmCard' },
      { field: 'updatedAt' },
    ],
    sort: { field: 'updatedAt', direction: 'desc' },
  },
  form: {
    sections: [
      { title: 'Case', columns: 2, fields: ['title', 'status', 'owner', 'category', 'ref', 'notes'] },
      {
        title: 'Details',
        columns: 2,
        fields: ['amount', 'due', 'callback', 'tags', 'urgent', 'email', 'phone', 'site'],
      },
      { title: 'Closing', columns: 1, fields: ['reason', 'internal', 'secret'] },
    ],
  },
};

const titles = [
  'Réclamation facture mars',
  'reclamation livraison',
  'RÉCLAMATION urgente',
  'Address change',
  'Billing question',
  'Cancel subscription',
  'Delivery delayed',
  'Email bounced',
  'Forgot password',
  'Gift card not working',
  'Help with setup',
  'Invoice copy',
  'Jammed printer',
  'Kitchen appliance repair',
  'Late refund',
  'Missing parcel',
  'Noise complaint',
  'Order not received',
  'Payment failed',
  'Quote request',
  'Router offline',
  'Slow connection',
  'Tariff question',
  'Address change',
  'Upgrade plan',
  'Voucher expired',
  'Warranty claim',
  'Xmas delivery',
  'Yearly renewal',
  'Zürich office move',
] as const;

const statusByRemainder = ['archived', 'new', 'open', 'waiting', 'done'] as const;
const cardOf: Readonly<Record<number, string>> = {
  1: 'card-1',
  2: 'card-1',
  3: 'card-2',
  28: 'card-2',
  19: 'card-3',
};
const updatedOf: Readonly<Record<number, string>> = {
  1: '2026-03-04T10:00:00.000Z',
  2: '2026-03-05T10:00:00.000Z',
  3: '2026-03-03T10:00:00.000Z',
};

function ownerOf(n: number): string {
  if (n <= 10) return conformanceAgents.agent;
  if (n <= 16) return conformanceAgents.junior;
  if (n <= 18) return conformanceAgents.readOnly;
  if (n <= 27) return conformanceAgents.otherTeamAgent;
  return conformanceAgents.supervisor;
}

function fieldsOf(n: number, statusId: string): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {
    category: n <= 10 ? 'alpha' : n <= 20 ? 'mid' : 'zeta',
    urgent: n <= 4,
  };
  if (n <= 12) fields['amount'] = (13 - n) * 10;
  if (n <= 6) fields['due'] = `2026-03-0${n}`;
  if (n === 7) fields['callback'] = '2026-04-10T08:00:00.000Z';
  if (n === 8) fields['callback'] = '2026-04-10T23:30:00.000Z';
  if (n === 9) fields['callback'] = '2026-04-11T00:30:00.000Z';
  if (n === 1) fields['tags'] = ['vip'];
  if (n === 2) fields['tags'] = ['vip', 'legal'];
  if (n === 3) fields['tags'] = ['legal'];
  if (n === 1)
    Object.assign(fields, {
      email: 'anna@example.com',
      phone: '+33 1 23 45 67 89',
      site: 'https://example.com/a',
    });
  if (n === 2) fields['email'] = 'bob@sample.org';
  if (n === 3) fields['email'] = 'carl@example.com';
  if (n <= 5) fields['ref'] = `R-00${n}`;
  if (statusId === 'done' || statusId === 'archived') fields['reason'] = 'fixed';
  if (n === 20) fields['notes'] = 'Suite à une réclamation du client';
  if (n === 21) fields['notes'] = 'Call back Zoë before noon';
  return fields;
}

function caseRecord(n: number): CaseRecord {
  const statusId = statusByRemainder[n % 5] as string;
  const created = new Date(Date.UTC(2026, 1, 1) - n * 86_400_000).toISOString();
  return {
    id: `case-${n}`,
    number: `C-${String(n).padStart(5, '0')}`,
    title: titles[n - 1] as string,
    statusId,
    ownerId: ownerOf(n),
    crmCardId: cardOf[n] ?? null,
    fields: fieldsOf(n, statusId),
    createdAt: created,
    updatedAt: updatedOf[n] ?? '2026-03-01T12:00:00.000Z',
    createdBy: ownerOf(n),
    version: 1,
  };
}

function interaction(
  id: string,
  caseId: string | null,
  crmCardId: string | undefined,
  minutes: number,
): Interaction {
  return {
    id,
    channel: (['call', 'email', 'chat', 'sms', 'social'] as const)[minutes % 5] ?? 'call',
    direction: 'inbound',
    contact: `+33 1 00 00 00 ${String(minutes).padStart(2, '0')}`,
    startedAt: new Date(Date.UTC(2026, 2, 1, 9, minutes)).toISOString(),
    agentId: conformanceAgents.agent,
    summary: `Interaction ${id}`,
    ...(crmCardId === undefined ? {} : { crmCardId }),
    caseId,
  };
}

/** The dataset every conformance check starts from (see the module comment for what it holds). */
export const conformanceFixture: CaseKitDataset = {
  teams: [
    { id: 't-front', name: 'Front office' },
    { id: 't-back', name: 'Back office' },
  ],
  agents: [
    { id: 'u-40', name: 'Alice Martin', teamIds: ['t-front'], profileId: 'agent' },
    { id: 'u-30', name: 'Bruno Élie', teamIds: ['t-front'], profileId: 'junior' },
    { id: 'u-50', name: 'Chloé Durand', teamIds: ['t-front'], profileId: 'read-only' },
    { id: 'u-10', name: 'David Roux', teamIds: ['t-back'], profileId: 'agent' },
    { id: 'u-20', name: 'Eva Zimmer', teamIds: ['t-back'], profileId: 'supervisor' },
  ],
  profiles,
  statuses: [
    { id: 'open', label: { en: 'Open', fr: 'Ouvert' }, closed: false, tone: 'info', order: 2 },
    { id: 'done', label: { en: 'Done', fr: 'Terminé' }, closed: true, tone: 'success', order: 4 },
    { id: 'new', label: { en: 'New', fr: 'Nouveau' }, closed: false, tone: 'neutral', order: 1 },
    {
      id: 'archived',
      label: { en: 'Archived', fr: 'Archivé' },
      closed: true,
      tone: 'neutral',
      order: 5,
      next: ['open'],
    },
    { id: 'waiting', label: { en: 'Waiting', fr: 'En attente' }, closed: false, tone: 'warning', order: 3 },
  ],
  layouts: { conformance: layout },
  cases: Array.from({ length: 30 }, (_, i) => caseRecord(i + 1)),
  interactions: [
    interaction('i-1', 'case-1', 'card-1', 1),
    interaction('i-2', 'case-1', 'card-1', 2),
    interaction('i-3', 'case-19', 'card-3', 3),
    interaction('i-4', null, 'card-1', 4),
    interaction('i-5', null, undefined, 5),
    interaction('i-6', null, 'card-2', 6),
    interaction('i-7', 'case-3', 'card-2', 7),
  ],
  crmCards: [
    { id: 'card-1', name: 'Zoé Bernard', phone: '+33 6 11 11 11 11', email: 'zoe@example.com' },
    { id: 'card-2', name: 'Marc Antoine', company: 'Atelier Numérique' },
    { id: 'card-3', name: 'Léon Petit' },
  ],
};
