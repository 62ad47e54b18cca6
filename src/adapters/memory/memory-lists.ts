import { CaseKitError } from '../errors.js';
import type {
  Agent,
  AgentQuery,
  CrmCard,
  CrmCardQuery,
  Interaction,
  InteractionListItem,
  InteractionQuery,
  Page,
  Paging,
  Session,
} from '../../model/types.js';
import { searchEveryone } from './agent-index.js';
import { foldText } from './case-fields.js';
import type { MemoryStore } from './store.js';

/** The smaller lists of the in-memory backend: interactions, agents, CRM cards. */

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function checkPaging(paging: Paging): void {
  const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!ok(paging.offset) || !ok(paging.limit)) {
    throw new CaseKitError('validation', {
      message: 'offset and limit are integers ≥ 0.',
      reason: { code: 'invalid-query' },
    });
  }
}

function page<T>(items: readonly T[], paging: Paging): Page<T> {
  checkPaging(paging);
  return { items: items.slice(paging.offset, paging.offset + paging.limit), total: items.length };
}

/**
 * Folded search text per record. The store replaces a record on every change and never edits one, so
 * an entry can never go stale; it saves re-folding thousands of agents on every keystroke of a picker.
 */
const foldedTexts = new WeakMap<object, string>();

function matcher(search: string | undefined): (record: object, ...texts: (string | undefined)[]) => boolean {
  const tokens = foldText(search ?? '')
    .split(/\s+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return () => true;
  return (record, ...texts) => {
    let text = foldedTexts.get(record);
    if (text === undefined) {
      text = foldText(texts.filter((t) => t !== undefined).join('\u0001'));
      foldedTexts.set(record, text);
    }
    return tokens.every((t) => text.includes(t));
  };
}

/** An interaction with its case's `{ id, number }` (or null). */
export function interactionListItem(store: MemoryStore, interaction: Interaction): InteractionListItem {
  const linked = interaction.caseId === null ? undefined : store.getCase(interaction.caseId);
  return { ...interaction, case: linked === undefined ? null : { id: linked.id, number: linked.number } };
}

const interactionSortFields = ['startedAt', 'channel', 'contact'] as const;

export function listInteractionItems(store: MemoryStore, query: InteractionQuery): Page<InteractionListItem> {
  const sort = query.sort ?? { field: 'startedAt', direction: 'desc' };
  if (!(interactionSortFields as readonly string[]).includes(sort.field)) {
    throw new CaseKitError('validation', {
      message: `Interactions sort by ${interactionSortFields.join(', ')}, not by "${sort.field}".`,
      reason: { code: 'not-sortable', params: { field: sort.field } },
    });
  }
  const matches = matcher(query.search);
  const found: Interaction[] = [];
  for (const interaction of store.interactionList()) {
    if (query.caseId !== undefined && interaction.caseId !== query.caseId) continue;
    if (query.crmCardId !== undefined && interaction.crmCardId !== query.crmCardId) continue;
    if (query.linked !== undefined && (interaction.caseId !== null) !== query.linked) continue;
    const caseNumber = interaction.caseId === null ? undefined : store.getCase(interaction.caseId)?.number;
    if (!matches(interaction, interaction.contact, interaction.summary, interaction.channel, caseNumber))
      continue;
    found.push(interaction);
  }
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = sort.field as (typeof interactionSortFields)[number];
  found.sort((a, b) => {
    const primary =
      key === 'startedAt' ? a.startedAt.localeCompare(b.startedAt) : collator.compare(a[key], b[key]);
    return primary * sign || a.id.localeCompare(b.id);
  });
  const result = page(found, query);
  return { items: result.items.map((i) => interactionListItem(store, i)), total: result.total };
}

export function searchAgentList(store: MemoryStore, session: Session, query: AgentQuery): Page<Agent> {
  if (query.scope !== 'team' && query.scope !== 'everyone') {
    throw new CaseKitError('validation', {
      message: 'scope is "team" or "everyone".',
      reason: { code: 'invalid-query' },
    });
  }
  if (query.scope === 'everyone') {
    checkPaging(query);
    return searchEveryone(store, query);
  }
  const matches = matcher(query.search);
  const found = session.teamMembers
    .filter((a) => matches(a, a.name, a.email))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  return page(found, query);
}

export function searchCrmCardList(store: MemoryStore, query: CrmCardQuery): Page<CrmCard> {
  const matches = matcher(query.search);
  const found = [...store.crmCards.values()]
    .filter((c) => matches(c, c.name, c.company, c.phone, c.email))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  return page(found, query);
}
