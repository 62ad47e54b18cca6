import type { CaseKitDataset } from '../../model/dataset.js';
import type { CaseRecord, CrmCard, FieldValue, Interaction, InteractionChannel } from '../../model/types.js';
import { SeededRandom } from './seeded-random.js';
import {
  demoCloseReasonOptions,
  demoOriginOptions,
  demoPriorityOptions,
  demoTagOptions,
  demoTypeOptions,
  createDemoLayout,
} from './demo-layout.js';
import { demoAgents, demoProfiles, demoStatuses, demoTeams } from './demo-organisation.js';
import {
  companies,
  descriptions,
  firstNames,
  interactionSummaries,
  lastNames,
  months,
  products,
  titlesByType,
} from './demo-vocabulary.js';

export { demoAgentIdByProfile, type DemoProfileId } from './demo-organisation.js';

export interface DemoDataOptions {
  /** How many cases to generate (default 500). */
  readonly cases?: number;
  /** Same seed, same data (default 1). */
  readonly seed?: number;
  /** How many CRM cards (default 200). */
  readonly crmCards?: number;
  /** How many interactions (default 2,000). */
  readonly interactions?: number;
}

/** "Now" for the demo: every date is before it, so the data never depends on the clock. */
export const demoBaseDate = '2026-11-01T00:00:00.000Z';
const baseMs = Date.parse(demoBaseDate);
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

const statusIds = demoStatuses.map((s) => s.id);
const statusWeights = [12, 30, 14, 6, 18, 20];
const closedStatusIds = new Set(demoStatuses.filter((s) => s.closed).map((s) => s.id));
/** Cases are owned by working agents (not the read-only one, rarely the supervisor). */
const owners = demoAgents.filter((a) => a.profileId !== 'read-only');
const ownerWeights = owners.map((a) => (a.profileId === 'supervisor' ? 1 : 6));
const channels = ['call', 'email', 'chat', 'sms', 'social'] as const satisfies readonly InteractionChannel[];
const channelWeights = [40, 30, 15, 10, 5];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const twoDigits = Array.from({ length: 60 }, (_, i) => pad(i, 2));
const dayStrings = new Map<number, string>();
/** `Thh:mm:ss.000Z` by second of the day, built on first use and shared by every timestamp. */
const timeStrings: (string | undefined)[] = [];

/** `Date#toISOString` for whole seconds, without a `Date` per call (100k cases make 300k of these). */
function isoString(ms: number): string {
  const day = Math.floor(ms / dayMs);
  let date = dayStrings.get(day);
  if (date === undefined) dayStrings.set(day, (date = new Date(day * dayMs).toISOString().slice(0, 10)));
  const seconds = Math.floor((ms - day * dayMs) / 1000);
  let time = timeStrings[seconds];
  if (time === undefined) {
    const h = twoDigits[Math.floor(seconds / 3600)] as string;
    const m = twoDigits[Math.floor(seconds / 60) % 60] as string;
    time = timeStrings[seconds] = `T${h}:${m}:${twoDigits[seconds % 60] as string}.000Z`;
  }
  return date + time;
}

function phoneNumber(random: SeededRandom): string {
  return `+33 ${random.pick(['1', '4', '6', '7'])} ${pad(random.int(0, 99), 2)} ${pad(random.int(0, 99), 2)} ${pad(
    random.int(0, 99),
    2,
  )} ${pad(random.int(0, 99), 2)}`;
}

function emailOf(name: string, domain: string): string {
  const local = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]+/g, '.');
  return `${local}@${domain}`;
}

function createCrmCards(random: SeededRandom, count: number): CrmCard[] {
  const cards: CrmCard[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    const company = random.chance(0.4) ? random.pick(companies) : undefined;
    const card: CrmCard = {
      id: `crm-${pad(i, 4)}`,
      name,
      ...(company === undefined ? {} : { company }),
      phone: phoneNumber(random),
      email: emailOf(name, company === undefined ? 'mail.example' : 'company.example'),
    };
    cards.push(card);
  }
  return cards;
}

function fillTitle(template: string, random: SeededRandom, order: string): string {
  let title = template;
  if (title.includes('{month}')) title = title.replace('{month}', random.pick(months));
  if (title.includes('{product}')) title = title.replace('{product}', random.pick(products));
  if (title.includes('{order}')) title = title.replace('{order}', order);
  return title;
}

function createCases(
  random: SeededRandom,
  count: number,
  cards: readonly CrmCard[],
  createdAtMs: Float64Array,
): CaseRecord[] {
  const cases: CaseRecord[] = [];
  const spanDays = 365;
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    const type = random.weighted(demoTypeOptions, [35, 25, 15, 15, 10]);
    const statusId = random.weighted(statusIds, statusWeights);
    const owner = random.weighted(owners, ownerWeights);
    const card = cards.length > 0 && random.chance(0.85) ? random.pick(cards) : undefined;
    const created = baseMs - random.int(1, spanDays * 24) * hourMs - random.int(0, 3599) * 1000;
    let updated = created + random.int(0, 30 * 24) * hourMs + random.int(0, 3599) * 1000;
    if (updated >= baseMs) updated = baseMs - random.int(60, 86_400) * 1000;
    if (updated < created) updated = created;
    createdAtMs[i] = created;
    const order = `ORD-${pad(random.int(100000, 999999), 6)}`;
    const titles = titlesByType[type] ?? titlesByType['information'] ?? [];

    const fields: Record<string, FieldValue> = {
      type,
      origin: random.pick(demoOriginOptions),
      priority: random.weighted(demoPriorityOptions, [20, 55, 18, 7]),
      consent: random.chance(0.6),
    };
    if (random.chance(0.5)) fields['description'] = random.pick(descriptions);
    if (random.chance(0.3))
      fields['tags'] = random.chance(0.5)
        ? [random.pick(demoTagOptions)]
        : ['vip', random.pick(['callback', 'refund'])];
    if (random.chance(0.5)) fields['dueDate'] = isoString(created + random.int(3, 30) * dayMs).slice(0, 10);
    if (card !== undefined) {
      if (card.email !== undefined && random.chance(0.7)) fields['contactEmail'] = card.email;
      if (card.phone !== undefined && random.chance(0.5)) fields['contactPhone'] = card.phone;
    }
    if (type === 'billing' || type === 'complaint' || random.chance(0.2)) fields['orderNumber'] = order;
    if (type === 'technical' && random.chance(0.3)) fields['website'] = 'https://www.example.com/help/login';
    if (type === 'billing' || (type === 'complaint' && random.chance(0.5)))
      fields['amount'] = random.int(5, 2500) + random.int(0, 99) / 100;
    if (random.chance(0.15)) fields['callbackAt'] = isoString(created + random.int(2, 96) * hourMs);
    if (closedStatusIds.has(statusId)) {
      fields['closeReason'] = random.pick(demoCloseReasonOptions);
      if (random.chance(0.6)) fields['satisfaction'] = random.int(1, 5);
    }
    if (type === 'billing' && random.chance(0.5)) fields['externalRef'] = `INV-2026-${pad(n % 100000, 5)}`;

    cases.push({
      id: `case-${n}`,
      number: `C-${pad(n, 5)}`,
      title: fillTitle(random.pick(titles), random, order),
      statusId,
      ownerId: owner.id,
      crmCardId: card?.id ?? null,
      fields,
      createdAt: isoString(created),
      updatedAt: isoString(updated),
      createdBy: random.chance(0.7) ? owner.id : random.pick(owners).id,
      version: random.int(1, 4),
    });
  }
  return cases;
}

function contactFor(channel: InteractionChannel, card: CrmCard | undefined, random: SeededRandom): string {
  switch (channel) {
    case 'call':
    case 'sms':
      return card?.phone ?? phoneNumber(random);
    case 'email':
      return card?.email ?? `customer${random.int(100, 999)}@mail.example`;
    case 'chat':
      return card?.email ?? `visitor-${random.int(1000, 9999)}`;
    case 'social':
      return `@${(card?.name ?? `user ${random.int(10, 99)}`)
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9]+/g, '')}`;
  }
}

function createInteractions(
  random: SeededRandom,
  count: number,
  cases: readonly CaseRecord[],
  createdAtMs: Float64Array,
  cards: readonly CrmCard[],
): Interaction[] {
  const cardById = new Map(cards.map((c) => [c.id, c]));
  const interactions: Interaction[] = [];
  for (let i = 1; i <= count; i++) {
    const channel = random.weighted(channels, channelWeights);
    const caseIndex = cases.length > 0 && random.chance(0.6) ? random.int(0, cases.length - 1) : -1;
    const linked = caseIndex >= 0 ? cases[caseIndex] : undefined;
    let card: CrmCard | undefined;
    let started: number;
    if (linked !== undefined) {
      // Interactions of a case mostly come from the case's customer.
      card = linked.crmCardId !== null && random.chance(0.9) ? cardById.get(linked.crmCardId) : undefined;
      started = Math.min(
        baseMs - 60_000,
        (createdAtMs[caseIndex] ?? baseMs) + random.int(0, 20 * 24) * hourMs,
      );
    } else {
      card = cards.length > 0 && random.chance(0.7) ? random.pick(cards) : undefined;
      started = baseMs - random.int(1, 60 * 24) * hourMs;
    }
    started -= random.int(0, 3599) * 1000;
    const timed = channel === 'call' || channel === 'chat';
    const summaries = interactionSummaries[channel] ?? [];
    interactions.push({
      id: `int-${pad(i, 5)}`,
      channel,
      direction: random.chance(0.75) ? 'inbound' : 'outbound',
      contact: contactFor(channel, card, random),
      startedAt: isoString(started),
      ...(timed ? { durationSec: random.int(20, 1800) } : {}),
      agentId: linked?.ownerId ?? random.pick(owners).id,
      ...(random.chance(0.8) ? { summary: random.pick(summaries) } : {}),
      ...(card === undefined ? {} : { crmCardId: card.id }),
      caseId: linked?.id ?? null,
    });
  }
  return interactions;
}

/**
 * Deterministic, realistic demo data: 3 teams, 15 agents, the 4 demo profiles, 6 statuses, a layout
 * using every field type, CRM cards, cases and interactions linked within the cardinalities
 * (an interaction has at most one case; a case at most one CRM card).
 *
 * @example
 * const data = createDemoData({ cases: 100_000, seed: 7 });
 */
export function createDemoData(options: DemoDataOptions = {}): CaseKitDataset {
  const {
    cases: caseCount = 500,
    seed = 1,
    crmCards: cardCount = 200,
    interactions: interactionCount = 2000,
  } = options;
  const random = new SeededRandom(seed);
  const crmCards = createCrmCards(random, cardCount);
  const createdAtMs = new Float64Array(caseCount);
  const cases = createCases(random, caseCount, crmCards, createdAtMs);
  const interactions = createInteractions(random, interactionCount, cases, createdAtMs, crmCards);
  return {
    agents: demoAgents,
    teams: demoTeams,
    profiles: demoProfiles,
    statuses: demoStatuses,
    layouts: { default: createDemoLayout('default') },
    cases,
    interactions,
    crmCards,
  };
}
