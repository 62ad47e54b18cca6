import type { CaseKitDataset } from '../../src/model/dataset.js';

/** One row of the case list as every implementation shows it: the kit's six list columns, flattened. */
export interface CaseRow {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly status: string;
  readonly owner: string;
  /** `YYYY-MM-DD HH:mm` (UTC): readable and sorts as text. */
  readonly updated: string;
  readonly crmCard: string;
}

/** The columns in display order, with the header labels the pages use. */
export const columns = [
  { key: 'number', label: 'Number', width: '7rem' },
  { key: 'title', label: 'Title', width: '' },
  { key: 'status', label: 'Status', width: '9rem' },
  { key: 'owner', label: 'Owner', width: '10rem' },
  { key: 'updated', label: 'Updated', width: '9rem' },
  { key: 'crmCard', label: 'CRM card', width: '10rem' },
] as const;

function labelOf(label: string | Readonly<Record<string, string>>): string {
  return typeof label === 'string' ? label : (label['en'] ?? Object.values(label)[0] ?? '');
}

/** Flattens a dataset's cases into list rows, in the dataset's order (case number ascending). */
export function toRows(data: CaseKitDataset): CaseRow[] {
  const status = new Map(data.statuses.map((s) => [s.id, labelOf(s.label)]));
  const owner = new Map(data.agents.map((a) => [a.id, a.name]));
  const card = new Map(data.crmCards.map((c) => [c.id, c.name]));
  return data.cases.map((c) => ({
    id: c.id,
    number: c.number,
    title: c.title,
    status: status.get(c.statusId) ?? c.statusId,
    owner: owner.get(c.ownerId) ?? c.ownerId,
    updated: `${c.updatedAt.slice(0, 10)} ${c.updatedAt.slice(11, 16)}`,
    crmCard: c.crmCardId === null ? '' : (card.get(c.crmCardId) ?? ''),
  }));
}
