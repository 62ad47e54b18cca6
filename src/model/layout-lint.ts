import { item, member } from './layout-problems.js';
import type { Layout, Profile } from './types.js';

/**
 * Layouts that parse yet would hurt the agents of one profile. Warnings, not errors: an admin may
 * mean it, and a preview tool shows them next to the layout.
 */

/**
 * Every code a `LayoutWarning` may carry:
 * - `required-not-editable`: a field is required (or has `requiredWhen`), the profile can only view it
 *   or not see it, and it has no default: every create (or every save where the rule holds) is refused.
 * - `required-may-hide`: a `required` field has a `visibleWhen` rule; while hidden it is not required,
 *   which is rarely what "required" meant (`requiredWhen` says "required only when…").
 * - `hidden-column`: a list column shows a `hidden` field: it would stay empty.
 * - `hidden-sort`: the list is sorted by a `hidden` field: an order the agent cannot see.
 * - `field-not-in-form`: an editable custom field is placed in no form section: no one can fill it in.
 */
export const layoutWarningCodes = [
  'required-not-editable',
  'required-may-hide',
  'hidden-column',
  'hidden-sort',
  'field-not-in-form',
] as const;
export type LayoutWarningCode = (typeof layoutWarningCodes)[number];

export interface LayoutWarning {
  /** JSON path in the layout document, as `LayoutProblem.path`. */
  readonly path: string;
  readonly code: LayoutWarningCode;
  /** English, for the admin. */
  readonly message: string;
}

/** Warns about a parsed layout as the agents of `profile` would live with it. */
export function lintLayout(layout: Layout, profile: Profile): LayoutWarning[] {
  const warnings: LayoutWarning[] = [];
  const warn = (path: string, code: LayoutWarningCode, message: string): void => {
    warnings.push({ path, code, message });
  };
  const { rights } = profile;
  const placed = new Set(layout.form.sections.flatMap((section) => section.fields));

  layout.fields.forEach((field, index) => {
    const path = item('fields', index);
    const editable = field.access === 'edit';
    const hasDefault = field.default !== undefined;
    // A profile that cannot create is not blocked by `required`; `requiredWhen` also bites on saves.
    if (!editable && !hasDefault && field.required && rights.create) {
      warn(
        path,
        'required-not-editable',
        `"${field.key}" is required, but profile "${profile.name}" cannot ${field.access === 'view' ? 'edit' : 'see'} it and it has no default: every create will be refused.`,
      );
    } else if (
      !editable &&
      !hasDefault &&
      field.requiredWhen &&
      (rights.create || rights.edit || rights.changeStatus)
    ) {
      warn(
        member(path, 'requiredWhen'),
        'required-not-editable',
        `"${field.key}" can become required, but profile "${profile.name}" cannot ${field.access === 'view' ? 'edit' : 'see'} it and it has no default: saves will be refused while its rule holds.`,
      );
    }
    if (field.required && field.visibleWhen) {
      warn(
        member(path, 'visibleWhen'),
        'required-may-hide',
        `"${field.key}" is required, but its visibleWhen rule can hide it, and a hidden field is not required. Use requiredWhen for "required only when".`,
      );
    }
    if (editable && !placed.has(field.key)) {
      warn(
        path,
        'field-not-in-form',
        `"${field.key}" is editable but placed in no form section: no one can fill it in.`,
      );
    }
  });

  const hidden = new Set(
    layout.fields.filter((field) => field.access === 'hidden').map((field) => field.key),
  );
  layout.list.columns.forEach((column, index) => {
    if (hidden.has(column.field)) {
      warn(
        item('list.columns', index),
        'hidden-column',
        `The column "${column.field}" shows a hidden field: it would stay empty.`,
      );
    }
  });
  if (hidden.has(layout.list.sort.field)) {
    warn(
      'list.sort.field',
      'hidden-sort',
      `The list is sorted by "${layout.list.sort.field}", a hidden field: agents cannot see that order.`,
    );
  }
  return warnings;
}
