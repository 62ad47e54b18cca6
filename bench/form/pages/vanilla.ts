/** The limit: a hand-written DOM form with native controls, no framework. */
import { benchSections, type BenchField } from './form-fields.js';
import { expose } from './probe.js';

const css = `form{display:grid;gap:12px}fieldset{display:grid;grid-template-columns:1fr 1fr;gap:8px 16px;border:1px solid #ccc;border-radius:6px}
label{display:grid;gap:2px}label.check{display:flex;align-items:center;gap:6px}input,select,textarea{font:inherit;min-block-size:28px}`;

let form: HTMLFormElement | undefined;

function control(field: BenchField): HTMLElement {
  const id = `f-${field.key}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (field.type === 'select') {
    const select = document.createElement('select');
    select.add(new Option('', ''));
    for (const option of field.options ?? []) select.add(new Option(option.label, option.value));
    input = select;
  } else if (field.type === 'textarea') {
    input = document.createElement('textarea');
    input.rows = 3;
  } else {
    const element = document.createElement('input');
    element.type = field.type;
    input = element;
  }
  input.id = id;
  input.name = field.key;
  if (field.type === 'checkbox') {
    label.className = 'check';
    label.append(input, field.label);
  } else {
    label.append(field.label, input);
  }
  return label;
}

expose('vanilla', {
  async prepare() {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  },
  open(container) {
    form = document.createElement('form');
    form.noValidate = true;
    for (const section of benchSections) {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = section.title;
      fieldset.append(legend, ...section.fields.map(control));
      form.append(fieldset);
    }
    container.append(form);
  },
  controls() {
    const all = form ? [...form.querySelectorAll<HTMLElement>('input,select,textarea')] : [];
    return all.length > 0 ? all : undefined;
  },
  typingTarget: () => form!.querySelector<HTMLInputElement>('#f-text2')!,
  typedValue: () => form!.querySelector<HTMLInputElement>('#f-text2')!.value,
});
