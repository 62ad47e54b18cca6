import { expect } from '@open-wc/testing';
import {
  fieldDefinition,
  isFieldRequired,
  isFieldVisible,
  isSystemField,
  LayoutError,
  lintLayout,
  parseLayout,
  type LayoutProblem,
} from '../../src/model/layout.js';
import type { Layout, Profile, Rights } from '../../src/model/types.js';

/** A layout using every field type, both rule forms, localized labels and every optional property. */
const complete = {
  $schema: 'https://example.com/casekit/layout-v1.json',
  version: 1,
  id: 'support',
  fields: [
    {
      key: 'reference',
      label: 'Reference',
      type: 'text',
      pattern: '[A-Z]{2}-\\d{4}',
      patternMessage: { en: 'Like AB-1234', fr: 'Comme AB-1234' },
      maxLength: 7,
      filterable: true,
      sortable: true,
    },
    {
      key: 'details',
      label: { en: 'Details', fr: 'Détails', 'fr-CA': 'Détails' },
      hint: 'What the customer said',
      type: 'textarea',
      maxLength: 2000,
    },
    { key: 'amount', label: 'Amount', type: 'number', min: 0, max: 10000, default: 0, sortable: true },
    { key: 'dueOn', label: 'Due on', type: 'date', min: '2020-01-01', max: '2030-12-31' },
    {
      key: 'callbackAt',
      label: 'Call back at',
      type: 'datetime',
      min: '2020-01-01',
      max: '2030-12-31T23:59:59Z',
    },
    {
      key: 'priority',
      label: { en: 'Priority', fr: 'Priorité' },
      type: 'select',
      required: true,
      default: 'normal',
      options: [
        { value: 'low', label: { en: 'Low', fr: 'Basse' } },
        { value: 'normal', label: 'Normal' },
        { value: 'high', label: { en: 'High', fr: 'Haute' } },
      ],
      filterable: true,
      sortable: true,
    },
    {
      key: 'topics',
      label: 'Topics',
      type: 'multiselect',
      options: [
        { value: 'billing', label: 'Billing' },
        { value: 'tech', label: 'Technical' },
      ],
      default: ['tech'],
    },
    { key: 'vip', label: 'VIP', type: 'checkbox', access: 'view', default: false },
    {
      key: 'contactEmail',
      label: 'E-mail',
      type: 'email',
      visibleWhen: { field: 'priority', oneOf: ['high', 'normal'] },
    },
    {
      key: 'contactPhone',
      label: 'Phone',
      type: 'phone',
      requiredWhen: { field: 'priority', equals: 'high' },
    },
    { key: 'website', label: 'Website', type: 'url', access: 'hidden' },
    {
      key: 'resolution',
      label: 'Resolution',
      type: 'textarea',
      requiredWhen: { field: 'status', oneOf: ['resolved', 'closed'] },
    },
  ],
  list: {
    columns: [
      'number',
      { field: 'title', width: '20rem' },
      { field: 'priority', width: '8ch' },
      'status',
      'owner',
      'crmCard',
      'updatedAt',
    ],
    sort: { field: 'priority', direction: 'desc' },
  },
  form: {
    sections: [
      {
        title: { en: 'Case', fr: 'Dossier' },
        columns: 2,
        fields: ['title', 'status', 'owner', 'priority', 'reference', 'amount'],
      },
      { title: 'Customer', fields: ['crmCard', 'contactEmail', 'contactPhone', 'website', 'vip'] },
      {
        title: 'Follow-up',
        columns: 4,
        fields: [
          'dueOn',
          'callbackAt',
          'topics',
          'details',
          'resolution',
          'number',
          'createdAt',
          'updatedAt',
        ],
      },
    ],
  },
};

function clone(): typeof complete {
  return JSON.parse(JSON.stringify(complete)) as typeof complete;
}

/** Parses a layout that must be refused, and returns its problems. */
function problemsOf(json: unknown): readonly LayoutProblem[] {
  try {
    parseLayout(json);
  } catch (error) {
    expect(error).to.be.instanceOf(LayoutError);
    return (error as LayoutError).problems;
  }
  expect.fail('the layout was accepted');
}

/** Asserts that the layout is refused with exactly this one problem. */
function expectOnlyProblem(json: unknown, path: string, code: string): void {
  const problems = problemsOf(json);
  expect(problems.map((p) => [p.path, p.code])).to.deep.equal([[path, code]]);
}

/** A minimal valid document with these fields. */
function withFields(...fields: unknown[]): Record<string, unknown> {
  return {
    version: 1,
    fields,
    list: { columns: ['title'] },
    form: { sections: [{ title: 'Main', fields: ['title'] }] },
  };
}

const rights: Rights = {
  visibility: 'team',
  create: true,
  edit: true,
  changeStatus: true,
  close: true,
  delete: false,
  link: true,
  transfer: 'team',
};
const profile: Profile = { id: 'agent', name: 'Agent', rights, layoutId: 'support' };

describe('parseLayout', () => {
  describe('a valid layout', () => {
    it('accepts every field type, both rule forms and localized labels, and fills the defaults', () => {
      const layout = parseLayout(complete);
      expect(layout.version).to.equal(1);
      expect(layout.id).to.equal('support');
      expect(layout.fields.map((field) => field.type)).to.deep.equal([
        'text',
        'textarea',
        'number',
        'date',
        'datetime',
        'select',
        'multiselect',
        'checkbox',
        'email',
        'phone',
        'url',
        'textarea',
      ]);
      const details = fieldDefinition(layout, 'details');
      expect(details).to.deep.equal({
        key: 'details',
        label: { en: 'Details', fr: 'Détails', 'fr-CA': 'Détails' },
        hint: 'What the customer said',
        type: 'textarea',
        required: false,
        access: 'edit',
        filterable: false,
        sortable: false,
        maxLength: 2000,
      });
      expect(fieldDefinition(layout, 'contactEmail')?.visibleWhen).to.deep.equal({
        field: 'priority',
        oneOf: ['high', 'normal'],
      });
      expect(fieldDefinition(layout, 'contactPhone')?.requiredWhen).to.deep.equal({
        field: 'priority',
        equals: 'high',
      });
      expect(fieldDefinition(layout, 'topics')?.default).to.deep.equal(['tech']);
      expect(fieldDefinition(layout, 'vip')?.access).to.equal('view');
      expect(layout.list.columns[0]).to.deep.equal({ field: 'number' });
      expect(layout.list.columns[1]).to.deep.equal({ field: 'title', width: '20rem' });
      expect(layout.list.sort).to.deep.equal({ field: 'priority', direction: 'desc' });
      expect(layout.form.sections[1]).to.deep.equal({
        title: 'Customer',
        columns: 1,
        fields: ['crmCard', 'contactEmail', 'contactPhone', 'website', 'vip'],
      });
    });

    it('reads its own output back unchanged, so a parsed layout can be stored and parsed again', () => {
      const layout = parseLayout(complete);
      expect(parseLayout(JSON.parse(JSON.stringify(layout)))).to.deep.equal(layout);
    });

    it('accepts the JSON text of a layout', () => {
      expect(parseLayout(JSON.stringify(complete))).to.deep.equal(parseLayout(complete));
    });

    it('sorts by the last update, newest first, when the layout gives no sort', () => {
      expect(parseLayout(withFields()).list.sort).to.deep.equal({ field: 'updatedAt', direction: 'desc' });
    });

    it('lets the list sort on a system field without a sortable flag', () => {
      const json = withFields();
      json['list'] = { columns: ['title'], sort: { field: 'status', direction: 'asc' } };
      expect(parseLayout(json).list.sort).to.deep.equal({ field: 'status', direction: 'asc' });
    });
  });

  describe('refuses', () => {
    it('text that is not JSON, at $', () => {
      expectOnlyProblem('{ version: 1', '$', 'invalid-json');
    });

    it('a document that is not an object, at $', () => {
      expectOnlyProblem([], '$', 'not-object');
      expectOnlyProblem('42', '$', 'not-object');
      expectOnlyProblem(null, '$', 'not-object');
    });

    it('a missing or unsupported version', () => {
      const json: Record<string, unknown> = clone();
      delete json['version'];
      expectOnlyProblem(json, 'version', 'missing');
      expectOnlyProblem({ ...clone(), version: 2 }, 'version', 'unsupported-version');
      expectOnlyProblem({ ...clone(), version: '1' }, 'version', 'unsupported-version');
    });

    it('unknown properties, at every level', () => {
      const json = clone() as unknown as Record<string, unknown> & typeof complete;
      json['colour'] = 'red';
      (json.fields[2] as Record<string, unknown>)['colour'] = 'red';
      (json.fields[5]!.options![0] as Record<string, unknown>)['colour'] = 'red';
      (json.list as Record<string, unknown>)['colour'] = 'red';
      (json.form.sections[1] as Record<string, unknown>)['colour'] = 'red';
      const problems = problemsOf(json);
      expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['colour', 'unknown-property'],
        ['fields[2].colour', 'unknown-property'],
        ['fields[5].options[0].colour', 'unknown-property'],
        ['list.colour', 'unknown-property'],
        ['form.sections[1].colour', 'unknown-property'],
      ]);
    });

    it('a bad id, hint, option or column of the wrong JSON type', () => {
      expectOnlyProblem({ ...withFields(), id: 7 }, 'id', 'not-string');
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', hint: ['x'], type: 'text' }),
        'fields[0].hint',
        'invalid-text',
      );
      expectOnlyProblem(withFields('a'), 'fields[0]', 'not-object');
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'select', options: [{ value: 'x' }] }),
        'fields[0].options[0].label',
        'missing',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'select', options: [{ value: 1, label: 'One' }] }),
        'fields[0].options[0].value',
        'not-string',
      );
      expectOnlyProblem({ ...withFields(), list: { columns: [3] } }, 'list.columns[0]', 'not-object');
      expectOnlyProblem(
        { ...withFields(), form: { sections: [{ title: 'A', fields: [] }] } },
        'form.sections[0].fields',
        'empty',
      );
    });

    it('sortable on a multiselect', () => {
      expectOnlyProblem(
        withFields({
          key: 'a',
          label: 'A',
          type: 'multiselect',
          sortable: true,
          options: [{ value: 'x', label: 'X' }],
        }),
        'fields[0].sortable',
        'not-allowed',
      );
    });

    it('fields that are not an array', () => {
      expectOnlyProblem({ ...withFields(), fields: {} }, 'fields', 'not-array');
    });

    it('a field key that is missing, invalid, duplicated or a system field', () => {
      expectOnlyProblem(withFields({ label: 'A', type: 'text' }), 'fields[0].key', 'missing');
      expectOnlyProblem(withFields({ key: '2nd', label: 'A', type: 'text' }), 'fields[0].key', 'invalid-key');
      expectOnlyProblem(withFields({ key: 'a-b', label: 'A', type: 'text' }), 'fields[0].key', 'invalid-key');
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text' }, { key: 'a', label: 'B', type: 'text' }),
        'fields[1].key',
        'duplicate-key',
      );
      expectOnlyProblem(
        withFields({ key: 'status', label: 'A', type: 'text' }),
        'fields[0].key',
        'system-field',
      );
    });

    it('an unknown field type', () => {
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'color' }),
        'fields[0].type',
        'unknown-type',
      );
    });

    it('a label that is missing, empty, or a bad locale map', () => {
      expectOnlyProblem(withFields({ key: 'a', type: 'text' }), 'fields[0].label', 'missing');
      expectOnlyProblem(
        withFields({ key: 'a', label: '  ', type: 'text' }),
        'fields[0].label',
        'invalid-text',
      );
      expectOnlyProblem(withFields({ key: 'a', label: 12, type: 'text' }), 'fields[0].label', 'invalid-text');
      expectOnlyProblem(
        withFields({ key: 'a', label: { en: 'A', fr: '' }, type: 'text' }),
        'fields[0].label.fr',
        'invalid-text',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: { 'en US': 'A' }, type: 'text' }),
        'fields[0].label["en US"]',
        'invalid-locale',
      );
    });

    it('a bad access, or required that is not a boolean', () => {
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', access: 'write' }),
        'fields[0].access',
        'invalid-access',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', required: 'yes' }),
        'fields[0].required',
        'not-boolean',
      );
    });

    it('a select without options, options on a text field, duplicate option values', () => {
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'select' }),
        'fields[0].options',
        'options-required',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'multiselect', options: [] }),
        'fields[0].options',
        'options-required',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', options: [{ value: 'x', label: 'X' }] }),
        'fields[0].options',
        'not-allowed',
      );
      expectOnlyProblem(
        withFields({
          key: 'a',
          label: 'A',
          type: 'select',
          options: [
            { value: 'x', label: 'X' },
            { value: 'x', label: 'Y' },
          ],
        }),
        'fields[0].options[1].value',
        'duplicate-option',
      );
    });

    it('a bad pattern, a pattern on a number, a pattern message without pattern', () => {
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', pattern: '[a-' }),
        'fields[0].pattern',
        'invalid-pattern',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'number', pattern: '\\d+' }),
        'fields[0].pattern',
        'not-allowed',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', patternMessage: 'Digits' }),
        'fields[0].patternMessage',
        'pattern-message-without-pattern',
      );
    });

    it('bounds of the wrong kind, and min above max', () => {
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'number', min: '1' }),
        'fields[0].min',
        'invalid-bound',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'date', max: '2024-02-30' }),
        'fields[0].max',
        'invalid-bound',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'datetime', max: '2024-02-01T10:00' }),
        'fields[0].max',
        'invalid-bound',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'checkbox', min: 1 }),
        'fields[0].min',
        'not-allowed',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'number', min: 10, max: 1 }),
        'fields[0].min',
        'min-greater-than-max',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'date', min: '2024-06-01', max: '2024-05-31' }),
        'fields[0].min',
        'min-greater-than-max',
      );
    });

    it('a maxLength that is not a positive integer, or on a non-text field', () => {
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', maxLength: 0 }),
        'fields[0].maxLength',
        'invalid-max-length',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', maxLength: 2.5 }),
        'fields[0].maxLength',
        'invalid-max-length',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'date', maxLength: 10 }),
        'fields[0].maxLength',
        'not-allowed',
      );
    });

    it('a default that breaks its own field', () => {
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'number', default: '3' }),
        'fields[0].default',
        'invalid-default',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'number', max: 5, default: 6 }),
        'fields[0].default',
        'invalid-default',
      );
      expectOnlyProblem(
        withFields({
          key: 'a',
          label: 'A',
          type: 'select',
          options: [{ value: 'x', label: 'X' }],
          default: 'y',
        }),
        'fields[0].default',
        'invalid-default',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', pattern: '\\d+', default: 'abc' }),
        'fields[0].default',
        'invalid-default',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', maxLength: 2, default: 'abc' }),
        'fields[0].default',
        'invalid-default',
      );
      expectOnlyProblem(
        withFields({ key: 'a', label: 'A', type: 'text', default: { text: 'x' } }),
        'fields[0].default',
        'invalid-default',
      );
    });

    it('rules of the wrong shape, on unknown fields, on themselves, or with impossible values', () => {
      const a = { key: 'a', label: 'A', type: 'select', options: [{ value: 'x', label: 'X' }] };
      expectOnlyProblem(
        withFields(a, { key: 'b', label: 'B', type: 'text', visibleWhen: { field: 'a', is: 'x' } }),
        'fields[1].visibleWhen',
        'invalid-rule',
      );
      expectOnlyProblem(
        withFields(a, {
          key: 'b',
          label: 'B',
          type: 'text',
          visibleWhen: { field: 'a', equals: 'x', oneOf: ['x'] },
        }),
        'fields[1].visibleWhen',
        'invalid-rule',
      );
      expectOnlyProblem(
        withFields(a, { key: 'b', label: 'B', type: 'text', visibleWhen: { field: 'a', oneOf: [] } }),
        'fields[1].visibleWhen.oneOf',
        'invalid-rule',
      );
      expectOnlyProblem(
        withFields(a, { key: 'b', label: 'B', type: 'text', requiredWhen: { field: 'zz', equals: 'x' } }),
        'fields[1].requiredWhen.field',
        'unknown-field',
      );
      expectOnlyProblem(
        withFields(a, { key: 'b', label: 'B', type: 'text', requiredWhen: { field: 'b', equals: 'x' } }),
        'fields[1].requiredWhen.field',
        'self-reference',
      );
      expectOnlyProblem(
        withFields(a, { key: 'b', label: 'B', type: 'text', requiredWhen: { field: 'owner', equals: 'u1' } }),
        'fields[1].requiredWhen.field',
        'unsupported-rule-field',
      );
      expectOnlyProblem(
        withFields(a, { key: 'b', label: 'B', type: 'text', visibleWhen: { field: 'a', oneOf: ['x', 'y'] } }),
        'fields[1].visibleWhen.oneOf[1]',
        'invalid-rule-value',
      );
    });

    it('a missing list, unknown or duplicate columns, and bad widths', () => {
      const noList: Record<string, unknown> = withFields();
      delete noList['list'];
      expectOnlyProblem(noList, 'list', 'missing');
      expectOnlyProblem(
        { ...withFields(), list: { columns: ['title', { field: 'nope' }] } },
        'list.columns[1].field',
        'unknown-field',
      );
      expectOnlyProblem(
        { ...withFields(), list: { columns: ['title', 'nope'] } },
        'list.columns[1]',
        'unknown-field',
      );
      expectOnlyProblem(
        { ...withFields(), list: { columns: ['title', { field: 'title' }] } },
        'list.columns[1].field',
        'duplicate-column',
      );
      expectOnlyProblem(
        { ...withFields(), list: { columns: [{ field: 'title', width: 'wide' }] } },
        'list.columns[0].width',
        'invalid-width',
      );
      expectOnlyProblem({ ...withFields(), list: { columns: [] } }, 'list.columns', 'empty');
    });

    it('a sort on an unknown or non-sortable field, or with a bad direction', () => {
      const field = { key: 'a', label: 'A', type: 'text' };
      expectOnlyProblem(
        { ...withFields(field), list: { columns: ['title'], sort: { field: 'zz', direction: 'asc' } } },
        'list.sort.field',
        'unknown-field',
      );
      expectOnlyProblem(
        { ...withFields(field), list: { columns: ['title'], sort: { field: 'a', direction: 'asc' } } },
        'list.sort.field',
        'not-sortable',
      );
      expectOnlyProblem(
        { ...withFields(field), list: { columns: ['title'], sort: { field: 'title', direction: 'up' } } },
        'list.sort.direction',
        'invalid-direction',
      );
    });

    it('missing or empty sections, a section without title, bad columns, unknown or twice-placed fields', () => {
      expectOnlyProblem({ ...withFields(), form: {} }, 'form.sections', 'missing');
      expectOnlyProblem({ ...withFields(), form: { sections: [] } }, 'form.sections', 'empty');
      expectOnlyProblem(
        { ...withFields(), form: { sections: [{ fields: ['title'] }] } },
        'form.sections[0].title',
        'missing',
      );
      expectOnlyProblem(
        { ...withFields(), form: { sections: [{ title: 'A', columns: 5, fields: ['title'] }] } },
        'form.sections[0].columns',
        'invalid-columns',
      );
      expectOnlyProblem(
        { ...withFields(), form: { sections: [{ title: 'A', columns: 1.5, fields: ['title'] }] } },
        'form.sections[0].columns',
        'invalid-columns',
      );
      expectOnlyProblem(
        {
          ...withFields(),
          form: {
            sections: [
              { title: 'A', fields: ['title'] },
              { title: 'B', fields: ['status', 'owner', 'nope'] },
            ],
          },
        },
        'form.sections[1].fields[2]',
        'unknown-field',
      );
      expectOnlyProblem(
        {
          ...withFields(),
          form: {
            sections: [
              { title: 'A', fields: ['title'] },
              { title: 'B', fields: ['status', 'owner', 'number', 'title'] },
            ],
          },
        },
        'form.sections[1].fields[3]',
        'duplicate-placement',
      );
    });
  });

  it('collects every problem of a layout in one error that lists them', () => {
    const json = {
      version: 1,
      fields: [
        { key: 'priority', label: 'Priority', type: 'select', options: [] },
        { key: 'amount', label: 'Amount', type: 'number', min: 5, max: 1 },
        { key: 'amount', label: 'Again', type: 'text' },
      ],
      list: { columns: ['title', 'ghost'] },
      form: { sections: [{ title: 'Main', columns: 9, fields: ['title'] }] },
    };
    let error: unknown;
    try {
      parseLayout(json);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(LayoutError);
    const layoutError = error as LayoutError;
    expect(layoutError.name).to.equal('LayoutError');
    expect(layoutError.problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['fields[0].options', 'options-required'],
      ['fields[1].min', 'min-greater-than-max'],
      ['fields[2].key', 'duplicate-key'],
      ['list.columns[1]', 'unknown-field'],
      ['form.sections[0].columns', 'invalid-columns'],
    ]);
    const lines = layoutError.message.split('\n');
    expect(lines[0]).to.equal('Invalid layout (5 problems):');
    expect(lines.slice(1)).to.deep.equal(layoutError.problems.map((p) => `${p.path}: ${p.message}`));
    expect(lines[4]).to.match(/^list\.columns\[1\]: .*"ghost"/);
  });
});

describe('layout rules', () => {
  const layout = parseLayout(complete);
  const email = fieldDefinition(layout, 'contactEmail')!;
  const phone = fieldDefinition(layout, 'contactPhone')!;
  const resolution = fieldDefinition(layout, 'resolution')!;

  it('names the system fields', () => {
    expect(isSystemField('crmCard')).to.equal(true);
    expect(isSystemField('priority')).to.equal(false);
    expect(fieldDefinition(layout, 'title')).to.equal(undefined);
  });

  it('shows a field while its oneOf rule holds', () => {
    expect(isFieldVisible(email, { fields: { priority: 'high' } })).to.equal(true);
    expect(isFieldVisible(email, { fields: { priority: 'low' } })).to.equal(false);
    expect(isFieldVisible(email, { fields: {} })).to.equal(false);
  });

  it('requires a field while its equals rule holds, and reads status from statusId', () => {
    expect(isFieldRequired(phone, { fields: { priority: 'high' } })).to.equal(true);
    expect(isFieldRequired(phone, { fields: { priority: 'normal' } })).to.equal(false);
    expect(isFieldRequired(resolution, { statusId: 'resolved', fields: {} })).to.equal(true);
    expect(isFieldRequired(resolution, { statusId: 'open', fields: {} })).to.equal(false);
    expect(isFieldRequired(resolution, { fields: {} })).to.equal(false);
  });

  it('never requires a field its visibleWhen rule hides', () => {
    const hidden: Layout['fields'][number] = { ...email, required: true };
    expect(isFieldRequired(hidden, { fields: { priority: 'low' } })).to.equal(false);
    expect(isFieldRequired(hidden, { fields: { priority: 'high' } })).to.equal(true);
  });

  it('matches a multiselect when one of the expected values is selected', () => {
    const json = withFields(
      {
        key: 'topics',
        label: 'Topics',
        type: 'multiselect',
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
      },
      { key: 'note', label: 'Note', type: 'text', visibleWhen: { field: 'topics', equals: 'b' } },
    );
    const note = fieldDefinition(parseLayout(json), 'note')!;
    expect(isFieldVisible(note, { fields: { topics: ['a', 'b'] } })).to.equal(true);
    expect(isFieldVisible(note, { fields: { topics: ['a'] } })).to.equal(false);
  });
});

describe('lintLayout', () => {
  function lint(json: unknown, rightsOverride: Partial<Rights> = {}): [string, string][] {
    return lintLayout(parseLayout(json), { ...profile, rights: { ...rights, ...rightsOverride } }).map(
      (w) => [w.path, w.code],
    );
  }

  it('has nothing to say about the complete layout', () => {
    expect(lint(complete)).to.deep.equal([]);
  });

  it('warns about a required field the profile cannot edit and that has no default', () => {
    const json = withFields({ key: 'a', label: 'A', type: 'text', required: true, access: 'view' });
    expect(lint(json)).to.deep.equal([['fields[0]', 'required-not-editable']]);
    const hidden = withFields({ key: 'a', label: 'A', type: 'text', required: true, access: 'hidden' });
    expect(lint(hidden)).to.deep.equal([['fields[0]', 'required-not-editable']]);
    const withDefault = withFields({
      key: 'a',
      label: 'A',
      type: 'text',
      required: true,
      access: 'view',
      default: 'x',
    });
    expect(lint(withDefault)).to.deep.equal([]);
  });

  it('warns about a requiredWhen field the profile cannot edit', () => {
    const json = withFields({
      key: 'a',
      label: 'A',
      type: 'text',
      access: 'view',
      requiredWhen: { field: 'status', equals: 'closed' },
    });
    expect(lint(json)).to.deep.equal([['fields[0].requiredWhen', 'required-not-editable']]);
  });

  it('says nothing about required fields to a profile that can neither create nor edit', () => {
    const json = withFields({ key: 'a', label: 'A', type: 'text', required: true, access: 'view' });
    expect(lint(json, { create: false, edit: false, changeStatus: false })).to.deep.equal([]);
    const editable = withFields({ key: 'a', label: 'A', type: 'text' });
    editable['form'] = { sections: [{ title: 'Main', fields: ['title', 'a'] }] };
    expect(lint(editable, { create: false, edit: false })).to.deep.equal([]);
  });

  it('warns about a rule that hides a required field', () => {
    const json = withFields(
      { key: 'a', label: 'A', type: 'checkbox' },
      { key: 'b', label: 'B', type: 'text', required: true, visibleWhen: { field: 'a', equals: true } },
    );
    json['form'] = { sections: [{ title: 'Main', fields: ['title', 'a', 'b'] }] };
    expect(lint(json)).to.deep.equal([['fields[1].visibleWhen', 'required-may-hide']]);
  });

  it('warns about a column or a sort on a hidden field', () => {
    const json = withFields({
      key: 'secret',
      label: 'Secret',
      type: 'text',
      access: 'hidden',
      sortable: true,
    });
    json['list'] = { columns: ['title', 'secret'], sort: { field: 'secret', direction: 'asc' } };
    expect(lint(json)).to.deep.equal([
      ['list.columns[1]', 'hidden-column'],
      ['list.sort.field', 'hidden-sort'],
    ]);
  });

  it('warns about an editable field placed in no section', () => {
    const json = withFields(
      { key: 'a', label: 'A', type: 'text' },
      { key: 'b', label: 'B', type: 'text', access: 'view' },
    );
    expect(lint(json)).to.deep.equal([['fields[0]', 'field-not-in-form']]);
  });
});
