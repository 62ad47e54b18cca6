/**
 * The benchmark's 40-field layout, the same for every page: 20 text (the case title first), 6 select,
 * 4 date, 6 checkbox and 4 textarea fields in 3 sections of 2 columns.
 */
export type BenchFieldType = 'text' | 'select' | 'date' | 'checkbox' | 'textarea';

export interface BenchField {
  readonly key: string;
  readonly label: string;
  readonly type: BenchFieldType;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

const mix: readonly [BenchFieldType, number][] = [
  ['text', 19],
  ['select', 6],
  ['date', 4],
  ['checkbox', 6],
  ['textarea', 4],
];

const options = ['Billing', 'Technical', 'Complaint', 'Information', 'Cancellation', 'Other'].map(
  (label) => ({
    value: label.toLowerCase(),
    label,
  }),
);

/** Interleaved so each section gets a mix of types, like an admin's layout. */
function buildFields(): BenchField[] {
  const byType = mix.map(([type, count]) =>
    Array.from({ length: count }, (_, i) => ({
      key: `${type}${i + 1}`,
      label: `${type[0]!.toUpperCase()}${type.slice(1)} field ${i + 1}`,
      type,
      ...(type === 'select' ? { options } : {}),
    })),
  );
  const fields: BenchField[] = [{ key: 'title', label: 'Title', type: 'text' }];
  while (byType.some((list) => list.length > 0)) {
    for (const list of byType) if (list.length > 0) fields.push(list.shift()!);
  }
  return fields;
}

export const benchFields: readonly BenchField[] = buildFields();

/** Three sections: 14, 13 and 13 fields. */
export const benchSections: readonly { readonly title: string; readonly fields: readonly BenchField[] }[] = [
  { title: 'Request', fields: benchFields.slice(0, 14) },
  { title: 'Customer', fields: benchFields.slice(14, 27) },
  { title: 'Follow-up', fields: benchFields.slice(27) },
];

/** The same layout as casekit layout JSON (v1), as an admin would write it. */
export function casekitLayout(id: string): Record<string, unknown> {
  return {
    version: 1,
    id,
    fields: benchFields
      .filter((field) => field.key !== 'title')
      .map((field) => ({
        key: field.key,
        label: field.label,
        type: field.type,
        required: false,
        access: 'edit',
        filterable: false,
        sortable: false,
        ...(field.options ? { options: field.options } : {}),
      })),
    list: { columns: [{ field: 'number' }, { field: 'title' }], sort: { field: 'number', direction: 'asc' } },
    form: {
      sections: benchSections.map((section) => ({
        title: section.title,
        columns: 2,
        fields: section.fields.map((field) => field.key),
      })),
    },
  };
}
