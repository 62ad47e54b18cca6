/** The peer: `vaadin-form-layout` with Vaadin fields (25.3), default base styles. */
import '@vaadin/form-layout';
import '@vaadin/text-field';
import '@vaadin/text-area';
import '@vaadin/select';
import '@vaadin/date-picker';
import '@vaadin/checkbox';
import { benchFields, benchSections, type BenchField } from './form-fields.js';
import { expose } from './probe.js';

type VaadinField = HTMLElement & { focusElement?: HTMLElement; inputElement?: HTMLElement; value?: string };

let root: HTMLElement | undefined;
/** The same field every page types into (`text2`). */
const typingIndex = benchFields.findIndex((definition) => definition.key === 'text2');
const fields: VaadinField[] = [];

const tags = {
  text: 'vaadin-text-field',
  textarea: 'vaadin-text-area',
  select: 'vaadin-select',
  date: 'vaadin-date-picker',
  checkbox: 'vaadin-checkbox',
} as const;

function field(definition: BenchField): VaadinField {
  const element = document.createElement(tags[definition.type]) as VaadinField & {
    label: string;
    items?: unknown;
  };
  element.label = definition.label;
  if (definition.options) {
    element.items = [{ label: '', value: '' }, ...definition.options];
  }
  fields.push(element);
  return element;
}

expose('vaadin', {
  async prepare() {
    await customElements.whenDefined('vaadin-form-layout');
  },
  open(container) {
    root = document.createElement('div');
    for (const section of benchSections) {
      const heading = document.createElement('h3');
      heading.textContent = section.title;
      const layout = document.createElement('vaadin-form-layout') as HTMLElement & {
        responsiveSteps: unknown;
      };
      layout.responsiveSteps = [
        { minWidth: 0, columns: 1 },
        { minWidth: '40em', columns: 2 },
      ];
      layout.append(...section.fields.map(field));
      root.append(heading, layout);
    }
    container.append(root);
  },
  controls() {
    const ready = fields.every((element) => (element.focusElement ?? element.inputElement)?.isConnected);
    return ready && fields.length > 0 ? [...fields] : undefined;
  },
  typingTarget: () => fields[typingIndex]!,
  typedValue: () => String(fields[typingIndex]!.value ?? ''),
});
