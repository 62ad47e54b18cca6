import type { FieldDefinition, FieldValue } from '../../model/types.js';
import { titleMaxLength } from '../../model/validation.js';
import { choices, describedBy as describedByOf, toLocalDateTime } from './fields.js';
import { element, setAttribute } from '../dom-writes.js';

/**
 * The built-in editable controls of `ck-case-form`, made with plain DOM calls rather than lit
 * templates: one `FieldView` per field key keeps its elements and patches only what changed (the
 * value, error, hint, label, required marker), so opening a form of 40 fields costs about what a
 * hand-written form costs, and a keystroke touches the DOM of the field typed into only. The form's
 * template puts `view.node` in place (lit leaves a node it already holds alone).
 *
 * The DOM is the same as the one hosts' renderers are told to make: a `.field` (`data-type`,
 * `data-invalid`) with a `<label class="label" for>` (its `id` is `<control id>-label`), the
 * control (`id`, `name`, `data-field`, `data-kind`, `required`, `aria-invalid`, `aria-describedby`),
 * then `<p class="hint">` and `<p class="error">` (ids `<control id>-hint` / `-error`).
 */

/** What an editable field shows; the view is patched when any of it changed. */
export interface EditableField {
  /** Field key (`title`, `status` or a layout field key). */
  readonly key: string;
  /** The control's id. */
  readonly id: string;
  /** Control type: a layout field type (`text`, `select`…). */
  readonly type: string;
  /** The layout definition (options, min/max, maxLength); undefined for the title. */
  readonly definition: FieldDefinition | undefined;
  readonly label: string;
  readonly hint: string;
  readonly required: boolean;
  readonly value: FieldValue;
  readonly error: string | undefined;
  readonly lang: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const inputTypes: Readonly<Record<string, string>> = {
  text: 'text',
  email: 'email',
  phone: 'tel',
  url: 'url',
};
const autocomplete: Readonly<Record<string, string>> = { email: 'email', phone: 'tel', url: 'url' };

/** An attribute that is there only with a value (none for `undefined` or ''). */
function setOptional(target: Element, name: string, value: string | number | undefined): void {
  setAttribute(target, name, value === undefined || value === '' ? undefined : String(value));
}

/** The value of a text-like control for a field value. */
function controlText(type: string, value: FieldValue): string {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    case 'datetime':
      return typeof value === 'string' ? toLocalDateTime(value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** Types shown in a text `<input>` (they take `maxlength`). */
const textTypes = new Set(['text', 'email', 'phone', 'url']);

const prototypes = new Map<string, HTMLDivElement>();

/**
 * The field of a type with what every field of that type has (classes, `type`, `data-kind`,
 * `aria-invalid`, a select's options), made once and cloned: one native call per field instead of
 * a dozen.
 */
function prototypeOf(type: string, options: readonly { value: string; label: string }[]): HTMLDivElement {
  const cacheKey =
    type === 'select'
      ? `select\u0000${options.map((o) => `${o.value}\u0001${o.label}`).join('\u0000')}`
      : type;
  let prototype = prototypes.get(cacheKey);
  if (prototype) return prototype;
  prototype = element('div', 'field');
  prototype.dataset['type'] = type;
  const label = element('label', 'label');
  let control: Control;
  let kind = type;
  switch (type) {
    case 'textarea':
      control = element('textarea');
      control.rows = 3;
      kind = 'text';
      break;
    case 'select':
      control = element('select');
      // The empty choice: a dash while a value is optional (blank when required, see #patch).
      control.add(new Option('—', ''));
      for (const option of options) control.add(new Option(option.label, option.value));
      break;
    default: {
      const input = element('input');
      if (type === 'number') {
        input.type = 'number';
        input.inputMode = 'decimal';
        input.step = 'any';
      } else if (type === 'date') {
        input.type = 'date';
      } else if (type === 'datetime') {
        input.type = 'datetime-local';
      } else if (type === 'checkbox') {
        input.type = 'checkbox';
      } else {
        input.type = inputTypes[type] ?? 'text';
        input.autocomplete = (autocomplete[type] ?? 'off') as AutoFill;
        kind = 'text';
      }
      control = input;
    }
  }
  control.dataset['kind'] = kind;
  control.setAttribute('aria-invalid', 'false');
  if (type === 'checkbox') {
    const check = element('div', 'check');
    check.append(control, label);
    prototype.append(check);
  } else {
    prototype.append(label, control);
  }
  prototypes.set(cacheKey, prototype);
  return prototype;
}

export class FieldView {
  /** The field's root element (`.field`). */
  node!: HTMLDivElement;

  #shown: EditableField | undefined;
  /** The text of the label (before the required marker). */
  #labelText!: Text;
  #labelElement!: HTMLElement;
  #requiredMark: HTMLSpanElement | undefined;
  #hint: HTMLParagraphElement | undefined;
  #error: HTMLParagraphElement | undefined;
  /** The element `aria-describedby` goes on (the control, or the group of a multiselect). */
  #described!: HTMLElement;
  /** The controls (one, or the boxes of a multiselect). */
  #controls: Control[] = [];
  /** The `aria-describedby` shown. */
  #describedByValue = '';

  /** Shows `field`: builds the DOM when its kind changed, else patches what differs. Returns the node. */
  show(field: EditableField): HTMLDivElement {
    const shown = this.#shown;
    if (
      shown &&
      shown.key === field.key &&
      shown.id === field.id &&
      shown.type === field.type &&
      shown.definition === field.definition &&
      shown.lang === field.lang
    ) {
      this.#patch(shown, field);
    } else {
      this.#build(field);
    }
    this.#shown = field;
    return this.node;
  }

  #build(field: EditableField): void {
    const { id, key, type, definition } = field;
    this.#requiredMark = undefined;
    this.#hint = undefined;
    this.#error = undefined;
    this.#describedByValue = '';
    if (type === 'multiselect') {
      this.#buildMultiselect(field);
      return;
    }
    // A copy of the type's field (of the option list, for a select), then what is this field's own.
    const root = prototypeOf(type, choices(definition, field.lang)).cloneNode(true) as HTMLDivElement;
    const control = (
      type === 'checkbox' ? root.firstElementChild!.firstElementChild : root.lastElementChild
    ) as Control;
    const label = (
      type === 'checkbox' ? control.nextElementSibling : root.firstElementChild
    ) as HTMLLabelElement;
    label.id = `${id}-label`;
    label.htmlFor = id;
    this.#labelText = document.createTextNode(field.label);
    label.append(this.#labelText);
    this.#labelElement = label;
    control.id = id;
    control.name = key;
    control.dataset['field'] = key;
    if (control instanceof HTMLInputElement) {
      if (type === 'number' || type === 'date') {
        setOptional(control, 'min', definition?.min);
        setOptional(control, 'max', definition?.max);
      }
      const maxLength = definition?.maxLength ?? (key === 'title' ? titleMaxLength : undefined);
      if (maxLength !== undefined && textTypes.has(type)) control.maxLength = maxLength;
    }
    this.#controls = [control];
    this.#described = control;
    this.node = root;
    this.#patch(undefined, field);
  }

  #buildMultiselect(field: EditableField): void {
    const { id, key } = field;
    const root = element('div', 'field');
    root.dataset['type'] = 'multiselect';
    const label = element('span', 'label');
    label.id = `${id}-label`;
    this.#labelText = document.createTextNode(field.label);
    label.append(this.#labelText);
    this.#labelElement = label;
    const group = element('div', 'options');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', `${id}-label`);
    group.dataset['group'] = key;
    const boxes = choices(field.definition, field.lang).map((option, index) => {
      const box = element('input');
      box.id = index === 0 ? id : `${id}-${index}`;
      box.type = 'checkbox';
      box.name = key;
      box.value = option.value;
      box.dataset['field'] = key;
      box.dataset['kind'] = 'multiselect';
      box.setAttribute('aria-invalid', 'false');
      const wrap = element('label', 'check');
      wrap.append(box, ` ${option.label} `);
      group.append(wrap);
      return box;
    });
    this.#controls = boxes;
    this.#described = group;
    root.append(label, group);
    this.node = root;
    this.#patch(undefined, field);
  }

  /** Brings the DOM from `before` (nothing yet, when undefined) to `field`, touching only what differs. */
  #patch(before: EditableField | undefined, field: EditableField): void {
    const { id } = field;
    // A new field's label text, hint, error, required marker and describedby are empty or off.
    if (before && before.label !== field.label) this.#labelText.data = field.label;
    if ((before?.required ?? false) !== field.required) {
      if (field.required) {
        const mark = element('span', 'required');
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = ' *';
        this.#labelElement.append(mark);
        this.#requiredMark = mark;
      } else {
        this.#requiredMark?.remove();
        this.#requiredMark = undefined;
      }
      const control = this.#controls[0]!;
      if (field.type !== 'multiselect') control.required = field.required;
      // A select's empty choice: blank when a value is required, a dash when it may stay empty.
      if (before && control instanceof HTMLSelectElement)
        control.options[0]!.text = field.required ? '' : '—';
    }
    if ((before?.hint ?? '') !== field.hint) {
      if (field.hint) {
        this.#hint ??= element('p', 'hint');
        this.#hint.id = `${id}-hint`;
        this.#hint.textContent = field.hint;
        // The hint comes before the error.
        this.node.insertBefore(this.#hint, this.#error ?? null);
      } else {
        this.#hint?.remove();
        this.#hint = undefined;
      }
    }
    if (before?.error !== field.error) {
      const invalid = field.error !== undefined;
      if (field.error) {
        this.#error ??= element('p', 'error');
        this.#error.id = `${id}-error`;
        this.#error.textContent = field.error;
        this.node.append(this.#error);
      } else {
        this.#error?.remove();
        this.#error = undefined;
      }
      // A new field starts valid (`aria-invalid="false"`, no `data-invalid`).
      if ((before?.error !== undefined) !== invalid) {
        this.node.toggleAttribute('data-invalid', invalid);
        for (const control of this.#controls)
          control.setAttribute('aria-invalid', invalid ? 'true' : 'false');
      }
    }
    const describedBy = describedByOf(id, field.hint, field.error);
    if (describedBy !== this.#describedByValue) {
      setOptional(this.#described, 'aria-describedby', describedBy);
      this.#describedByValue = describedBy;
    }
    if (before === undefined || before.value !== field.value) this.#showValue(field);
  }

  /** The value into the controls, where they do not show it already (the agent's own typing). */
  #showValue(field: EditableField): void {
    const { type, value } = field;
    if (type === 'checkbox') {
      const box = this.#controls[0] as HTMLInputElement;
      if (box.checked !== (value === true)) box.checked = value === true;
      return;
    }
    if (type === 'multiselect') {
      const selected = Array.isArray(value) ? (value as readonly string[]) : [];
      for (const box of this.#controls as HTMLInputElement[]) {
        const checked = selected.includes(box.value);
        if (box.checked !== checked) box.checked = checked;
      }
      return;
    }
    const control = this.#controls[0]!;
    const text = controlText(type, value);
    if (control.value !== text) control.value = text;
  }
}

/** The field views of one form, by field key. */
export class FieldViews {
  readonly #views = new Map<string, FieldView>();

  /** The node of `field`, made or brought up to date. */
  show(field: EditableField): HTMLDivElement {
    let view = this.#views.get(field.key);
    if (!view) this.#views.set(field.key, (view = new FieldView()));
    return view.show(field);
  }
}
