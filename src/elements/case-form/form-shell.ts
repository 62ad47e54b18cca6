import { nothing, render } from 'lit';

/**
 * The `<form>` of `ck-case-form` around its sections, made with plain DOM calls rather than a lit
 * template, once per form, and patched where what it shows changed: its label and busy state, the
 * notices above the sections (lit templates, rendered by lit only from the first time one shows),
 * the section fieldsets, and the action bar (Edit, or Save and Cancel, and the status line for
 * assistive technology). Its listeners are added once and call the form's `FormActions`.
 */

/** What the agent's actions on the form do. */
export interface FormActions {
  /** Submit (Enter in a field, or Save). */
  save(): void;
  /** A control changed (`input` or `change`). */
  changed(control: Element): void;
  /** Focus left a control. */
  left(control: Element): void;
  /** The Edit button (view mode). */
  edit(): void;
  /** The Cancel button. */
  cancel(): void;
}

/** Which buttons the action bar shows. */
export type FormButtons = 'edit' | 'save' | 'none';

/** What the form shows. */
export interface FormContent {
  readonly label: string;
  readonly busy: boolean;
  /** The notices above the sections: lit values, `nothing` for a notice not shown. */
  readonly notices: readonly unknown[];
  readonly sections: readonly Node[];
  readonly buttons: FormButtons;
  /** The Edit, or Save, button's words. */
  readonly primaryText: string;
  readonly cancelText: string;
  /** The status line (saving, saved, nothing to save). */
  readonly announcement: string;
}

function button(className: string, type: 'button' | 'submit', action: string, onClick?: () => void) {
  const made = document.createElement('button');
  made.className = className;
  made.type = type;
  made.dataset['action'] = action;
  made.append('');
  if (onClick) made.addEventListener('click', onClick);
  return made;
}

function setText(element: Element, text: string): void {
  const node = element.firstChild as Text;
  if (node.data !== text) node.data = text;
}

export class FormShell {
  readonly node: HTMLFormElement;
  /** Where the notices end and the sections start; lit's part for the notices is kept on it. */
  readonly #sectionsStart = document.createComment('');
  readonly #bar: HTMLDivElement;
  readonly #status: HTMLSpanElement;
  readonly #actions: FormActions;
  #edit: HTMLButtonElement | undefined;
  #save: HTMLButtonElement | undefined;
  #cancel: HTMLButtonElement | undefined;
  #sections: readonly Node[] = [];
  #noticesRendered = false;
  #buttons: FormButtons | undefined;

  constructor(actions: FormActions) {
    this.#actions = actions;
    const form = (this.node = document.createElement('form'));
    form.noValidate = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      actions.save();
    });
    const changed = (event: Event) => actions.changed(event.target as Element);
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('focusout', (event) => actions.left(event.target as Element));
    this.#bar = document.createElement('div');
    this.#bar.className = 'actions bar';
    this.#bar.setAttribute('part', 'actions');
    this.#status = document.createElement('span');
    this.#status.className = 'visually-hidden';
    this.#status.setAttribute('role', 'status');
    this.#status.append('');
    this.#bar.append(this.#status);
    form.append(this.#sectionsStart, this.#bar);
  }

  show(content: FormContent): HTMLFormElement {
    const form = this.node;
    if (form.getAttribute('aria-label') !== content.label) form.setAttribute('aria-label', content.label);
    const busy = content.busy ? 'true' : 'false';
    if (form.getAttribute('aria-busy') !== busy) form.setAttribute('aria-busy', busy);
    if (this.#noticesRendered || content.notices.some((notice) => notice !== nothing)) {
      render(content.notices, form, { renderBefore: this.#sectionsStart });
      this.#noticesRendered = true;
    }
    this.#placeSections(content.sections);
    this.#showButtons(content);
    setText(this.#status, content.announcement);
    return form;
  }

  #placeSections(sections: readonly Node[]): void {
    const shown = this.#sections;
    if (shown.length === sections.length && sections.every((node, index) => shown[index] === node)) return;
    for (const node of shown) node.parentNode?.removeChild(node);
    for (const node of sections) this.node.insertBefore(node, this.#bar);
    this.#sections = sections;
  }

  #showButtons({ buttons, busy, primaryText, cancelText }: FormContent): void {
    if (buttons !== this.#buttons) {
      this.#edit?.remove();
      this.#save?.remove();
      this.#cancel?.remove();
      if (buttons === 'edit') {
        this.#edit ??= button('button primary', 'button', 'edit', () => this.#actions.edit());
        this.#bar.insertBefore(this.#edit, this.#status);
      } else if (buttons === 'save') {
        this.#save ??= button('button primary', 'submit', 'save');
        this.#cancel ??= button('button', 'button', 'cancel', () => this.#actions.cancel());
        this.#bar.insertBefore(this.#save, this.#status);
        this.#bar.insertBefore(this.#cancel, this.#status);
      }
      this.#buttons = buttons;
    }
    if (buttons === 'edit') setText(this.#edit!, primaryText);
    if (buttons === 'save') {
      setText(this.#save!, primaryText);
      this.#save!.setAttribute('aria-disabled', busy ? 'true' : 'false');
      setText(this.#cancel!, cancelText);
    }
  }
}
