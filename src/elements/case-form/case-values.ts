import { applyDefaults } from '../../model/validation.js';
import { fieldDefinition, isSystemField, sameFieldValue } from '../../model/layout.js';
import { can } from '../../model/policy.js';
import type { Case, FieldValue, Layout, Session, Status } from '../../model/types.js';
import type { FormValues } from '../../controllers/draft-store.js';

/** The form values of a stored case. */
export function valuesOfCase(record: Case): FormValues {
  return { title: record.title, fields: { ...record.fields }, statusId: record.statusId };
}

/** The status a new case gets when none is chosen: the first open one by order. */
export function defaultStatus(session: Session): Status | undefined {
  const sorted = [...session.statuses].sort((a, b) => a.order - b.order);
  return sorted.find((status) => !status.closed) ?? sorted[0];
}

/** The statuses a new case may start in: the default, and the open ones the profile may set. */
export function initialStatuses(session: Session): Status[] {
  const first = defaultStatus(session);
  if (!first) return [];
  const others = session.statuses.filter(
    (status) => status !== first && !status.closed && can(session, 'changeStatus', undefined, status).allowed,
  );
  return [first, ...others.sort((a, b) => a.order - b.order)];
}

/** The values a create starts from: the layout defaults and the default status. */
export function createValues(session: Session, layout: Layout): FormValues {
  const status = defaultStatus(session);
  return { title: '', fields: applyDefaults(layout, {}), ...(status ? { statusId: status.id } : {}) };
}

function valueOf(values: FormValues, key: string): FieldValue | undefined {
  if (key === 'title') return values.title;
  return Object.hasOwn(values.fields, key) ? values.fields[key] : undefined;
}

/** Keys (the title and layout fields) whose values differ between two sets of values. */
export function differingKeys(a: FormValues, b: FormValues): string[] {
  const keys = new Set(['title', ...Object.keys(a.fields), ...Object.keys(b.fields)]);
  return [...keys].filter((key) => !sameFieldValue(valueOf(a, key), valueOf(b, key)));
}

/**
 * After a conflict: their version, with the agent's own edits (what differs from where they started)
 * applied on top. Fields the agent did not touch take their values, so nothing of theirs is lost.
 */
export function mergeEdits(theirs: FormValues, start: FormValues, mine: FormValues): FormValues {
  const fields: Record<string, FieldValue> = { ...theirs.fields };
  let title = theirs.title;
  for (const key of differingKeys(mine, start)) {
    if (key === 'title') title = mine.title;
    else fields[key] = mine.fields[key] ?? null;
  }
  return { ...theirs, title, fields };
}

/** The keys someone else changed that the agent can see in the form. */
export function visibleChanges(layout: Layout, theirs: FormValues, start: FormValues): string[] {
  return differingKeys(theirs, start).filter((key) => {
    if (isSystemField(key)) return key === 'title';
    const field = fieldDefinition(layout, key);
    return field !== undefined && field.access !== 'hidden';
  });
}
