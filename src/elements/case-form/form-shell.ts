import { nothing, render } from 'lit';
import { element, setAttribute, setText } from '../dom-writes.js';

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
  const made = element('button', className);
  made.type = type;
  made.dataset['action'] = action;
  made.append('');
  if (onClick) made.addEventListener('click', onClick);
  return made;
}

export class FormShell {
  readonly node = element('form');
  /** Where the notices end and the sections start; lit's part for the notices is kept on it. */
  readonly #sectionsStart = document.createComment('');
  readonly #bar = element('div', 'actions bar');
  readonly #status = element('span', 'visually-hidden');
  readonly #edit: HTMLButtonElement;
  readonly #save = button('button primary', 'submit', 'save');
  readonly #cancel: HTMLButtonElement;
  #sections: readonly Node[] = [];
  #noticesRendered = false;
  #buttons: FormButtons | undefined;

  constructor(actions: FormActions) {
    const form = this.node;
    form.noValidate = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      actions.save();
    });
    const changed = (event: Event) => actions.changed(event.target as Element);
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('focusout', (event) => actions.left(event.target as Element));
    this.#edit = button('button primary', 'button', 'edit', () => actions.edit());
    this.#cancel = button('button', 'button', 'cancel', () => actions.cancel());
    this.#bar.setAttribute('part', 'actions');
    this.#status.setAttribute('role', 'status');
    this.#status.append('');
    this.#bar.append(this.#status);
    form.append(this.#sectionsStart, this.#bar);
  }

  show(content: FormContent): HTMLFormElement {
    const form = this.node;
    setAttribute(form, 'aria-label', content.label);
    setAttribute(form, 'aria-busy', content.busy ? 'true' : 'false');
    if (this.#noticesRendered || content.notices.some((notice) => notice !== nothing)) {
      render(content.notices, form, { renderBefore: this.#sectionsStart });
      this.#noticesRendered = true;
    }
    const { sections } = content;
    if (
      sections.length !== this.#sections.length ||
      sections.some((section, i) => section !== this.#sections[i])
    ) {
      for (const section of this.#sections) section.parentNode?.removeChild(section);
      this.#bar.before(...sections);
      this.#sections = sections;
    }
    const { buttons } = content;
    if (buttons !== this.#buttons) {
      for (const shown of this.#bar.querySelectorAll('button')) shown.remove();
      // The status line stays where it is (a live region put back in place may not be announced).
      this.#status.before(
        ...(buttons === 'edit' ? [this.#edit] : buttons === 'save' ? [this.#save, this.#cancel] : []),
      );
      this.#buttons = buttons;
    }
    setText(buttons === 'edit' ? this.#edit : this.#save, content.primaryText);
    setAttribute(this.#save, 'aria-disabled', content.busy ? 'true' : 'false');
    setText(this.#cancel, content.cancelText);
    setText(this.#status, content.announcement);
    return form;
  }
}
