import { expect } from '@open-wc/testing';
import { parseLayout } from '../../src/model/layout.js';
import { applyDefaults, titleMaxLength, validateCaseInput } from '../../src/model/validation.js';
import type { FieldValue } from '../../src/model/types.js';
import { en } from '../../src/i18n/en.js';

const layout = parseLayout({
  version: 1,
  fields: [
    {
      key: 'reference',
      label: 'Reference',
      type: 'text',
      pattern: '[A-Z]{2}-\\d{4}',
      patternMessage: 'Like AB-1234',
    },
    { key: 'code', label: 'Code', type: 'text', pattern: '\\d+' },
    { key: 'summary', label: 'Summary', type: 'textarea', maxLength: 10 },
    { key: 'amount', label: 'Amount', type: 'number', min: 0, max: 100 },
    { key: 'dueOn', label: 'Due on', type: 'date', min: '2024-01-01', max: '2024-12-31' },
    {
      key: 'callbackAt',
      label: 'Call back',
      type: 'datetime',
      min: '2024-01-01',
      max: '2024-12-31T23:59:59Z',
    },
    {
      key: 'priority',
      label: 'Priority',
      type: 'select',
      required: true,
      default: 'normal',
      options: [
        { value: 'low', label: 'Low' },
        { value: 'normal', label: 'Normal' },
        { value: 'high', label: 'High' },
      ],
    },
    {
      key: 'topics',
      label: 'Topics',
      type: 'multiselect',
      options: [
        { value: 'billing', label: 'Billing' },
        { value: 'tech', label: 'Tech' },
      ],
    },
    { key: 'consent', label: 'Consent', type: 'checkbox' },
    { key: 'email', label: 'E-mail', type: 'email' },
    { key: 'phone', label: 'Phone', type: 'phone', requiredWhen: { field: 'priority', equals: 'high' } },
    { key: 'website', label: 'Website', type: 'url' },
    { key: 'channel', label: 'Channel', type: 'text', access: 'view', default: 'phone' },
    { key: 'score', label: 'Score', type: 'number', access: 'hidden' },
    {
      key: 'escalation',
      label: 'Escalation',
      type: 'text',
      required: true,
      visibleWhen: { field: 'priority', equals: 'high' },
    },
    {
      key: 'resolution',
      label: 'Resolution',
      type: 'textarea',
      requiredWhen: { field: 'status', equals: 'closed' },
    },
  ],
  list: { columns: ['number', 'title'] },
  form: {
    sections: [
      {
        title: 'Main',
        fields: [
          'title',
          'reference',
          'code',
          'summary',
          'amount',
          'dueOn',
          'callbackAt',
          'priority',
          'topics',
          'consent',
          'email',
          'phone',
          'website',
          'channel',
          'escalation',
          'resolution',
        ],
      },
    ],
  },
});

type Fields = Record<string, FieldValue>;

function create(fields: Fields, extra: { title?: string; statusId?: string } = {}): Record<string, unknown> {
  return validateCaseInput(layout, { title: 'Printer on fire', fields, ...extra }, { mode: 'create' });
}

/** The one issue of `key` when creating a case with only this value set. */
function issueOf(key: string, value: FieldValue): unknown {
  return create({ [key]: value })[key];
}

describe('validateCaseInput', () => {
  it('accepts a valid create, defaults included', () => {
    expect(create({})).to.deep.equal({});
    expect(
      create({
        reference: 'AB-1234',
        summary: 'Short',
        amount: 100,
        dueOn: '2024-02-29',
        callbackAt: '2024-06-01T09:30:00+02:00',
        topics: ['billing', 'tech'],
        consent: true,
        email: 'ana@example.com',
        phone: '+33 1 23 45 67 89',
        website: 'https://example.com/path?q=1',
        channel: 'phone',
      }),
    ).to.deep.equal({});
  });

  it('uses only codes the strings table knows', () => {
    const codes = [
      'required',
      'pattern',
      'min',
      'max',
      'maxLength',
      'email',
      'phone',
      'url',
      'number',
      'date',
      'datetime',
      'option',
      'type',
      'unknown-field',
      'read-only',
    ];
    for (const code of codes) expect(Object.hasOwn(en, `issue.${code}`), code).to.equal(true);
  });

  describe('title', () => {
    it('is required on create, and blank counts as missing', () => {
      expect(validateCaseInput(layout, { fields: {} }, { mode: 'create' })).to.deep.equal({
        title: { code: 'required' },
      });
      expect(create({}, { title: '   ' })).to.deep.equal({ title: { code: 'required' } });
    });

    it('is limited to 200 characters', () => {
      expect(titleMaxLength).to.equal(200);
      expect(create({}, { title: 'x'.repeat(200) })).to.deep.equal({});
      expect(create({}, { title: 'x'.repeat(201) })).to.deep.equal({
        title: { code: 'maxLength', params: { count: 200 } },
      });
    });

    it('is only checked on update when the patch has it', () => {
      expect(validateCaseInput(layout, { fields: { amount: 3 } }, { mode: 'update' })).to.deep.equal({});
      expect(validateCaseInput(layout, { title: '' }, { mode: 'update' })).to.deep.equal({
        title: { code: 'required' },
      });
    });
  });

  describe('values', () => {
    it('pattern, with the admin message when there is one', () => {
      expect(issueOf('reference', 'ab-1234')).to.deep.equal({ code: 'pattern', message: 'Like AB-1234' });
      expect(issueOf('code', '12a')).to.deep.equal({ code: 'pattern' });
      // The pattern must match the whole value, as HTML's pattern attribute.
      expect(issueOf('code', 'x12')).to.deep.equal({ code: 'pattern' });
    });

    it('min and max, with the bound as given', () => {
      expect(issueOf('amount', -1)).to.deep.equal({ code: 'min', params: { min: 0 } });
      expect(issueOf('amount', 100.5)).to.deep.equal({ code: 'max', params: { max: 100 } });
      expect(issueOf('dueOn', '2023-12-31')).to.deep.equal({ code: 'min', params: { min: '2024-01-01' } });
      expect(issueOf('dueOn', '2025-01-01')).to.deep.equal({ code: 'max', params: { max: '2024-12-31' } });
      expect(issueOf('callbackAt', '2023-12-31T23:00:00-02:00')).to.equal(undefined);
      expect(issueOf('callbackAt', '2023-12-31T23:00:00Z')).to.deep.equal({
        code: 'min',
        params: { min: '2024-01-01' },
      });
      expect(issueOf('callbackAt', '2025-01-01T00:00:00Z')).to.deep.equal({
        code: 'max',
        params: { max: '2024-12-31T23:59:59Z' },
      });
    });

    it('maxLength', () => {
      expect(issueOf('summary', '12345678901')).to.deep.equal({ code: 'maxLength', params: { count: 10 } });
      expect(issueOf('summary', '1234567890')).to.equal(undefined);
    });

    it('email, phone and url formats; urls must be http or https', () => {
      expect(issueOf('email', 'ana@example')).to.deep.equal({ code: 'email' });
      expect(issueOf('email', 'ana example.com')).to.deep.equal({ code: 'email' });
      expect(issueOf('phone', 'call me')).to.deep.equal({ code: 'phone' });
      expect(issueOf('phone', '12')).to.deep.equal({ code: 'phone' });
      expect(issueOf('phone', '(555) 010-2030')).to.equal(undefined);
      expect(issueOf('website', 'javascript:alert(1)')).to.deep.equal({ code: 'url' });
      expect(issueOf('website', 'ftp://example.com')).to.deep.equal({ code: 'url' });
      expect(issueOf('website', 'example.com')).to.deep.equal({ code: 'url' });
      expect(issueOf('website', 'http://example.com')).to.equal(undefined);
    });

    it('number, date and datetime formats', () => {
      expect(issueOf('amount', '12' as FieldValue)).to.deep.equal({ code: 'number' });
      expect(issueOf('amount', Number.NaN)).to.deep.equal({ code: 'number' });
      expect(issueOf('dueOn', '2024-02-30')).to.deep.equal({ code: 'date' });
      expect(issueOf('dueOn', '01/02/2024')).to.deep.equal({ code: 'date' });
      expect(issueOf('callbackAt', '2024-06-01T09:30')).to.deep.equal({ code: 'datetime' });
      expect(issueOf('callbackAt', '2024-06-01')).to.deep.equal({ code: 'datetime' });
    });

    it('option for a value outside the list, type for a value of the wrong kind', () => {
      expect(issueOf('priority', 'urgent')).to.deep.equal({ code: 'option' });
      expect(issueOf('topics', ['billing', 'sales'])).to.deep.equal({ code: 'option' });
      expect(issueOf('topics', 'billing')).to.deep.equal({ code: 'type' });
      expect(issueOf('consent', 'yes')).to.deep.equal({ code: 'type' });
      expect(issueOf('summary', 12)).to.deep.equal({ code: 'type' });
      expect(issueOf('priority', 1)).to.deep.equal({ code: 'type' });
    });

    it('unknown-field for a key the layout lacks (system fields included)', () => {
      expect(create({ colour: 'red', status: 'open' })).to.deep.equal({
        colour: { code: 'unknown-field' },
        status: { code: 'unknown-field' },
      });
    });

    it('reads only own keys, so keys named like Object members cannot slip through', () => {
      const named = parseLayout({
        version: 1,
        fields: [{ key: 'constructor', label: 'C', type: 'text', required: true }],
        list: { columns: ['title'] },
        form: { sections: [{ title: 'Main', fields: ['title', 'constructor'] }] },
      });
      expect(validateCaseInput(named, { title: 'T', fields: {} }, { mode: 'create' })).to.deep.equal({
        constructor: { code: 'required' },
      });
      const sent = JSON.parse('{"__proto__": "x", "toString": "y"}') as Fields;
      const issues = create(sent);
      expect(Object.keys(issues)).to.deep.equal(['__proto__', 'toString']);
      expect(Object.getPrototypeOf(issues)).to.equal(Object.prototype);
    });

    it('does not check an empty value beyond required', () => {
      expect(create({ email: '', amount: null, topics: [] })).to.deep.equal({});
    });
  });

  describe('required', () => {
    it('required fields must be given on create, unless they have a default', () => {
      expect(create({ priority: null })).to.deep.equal({ priority: { code: 'required' } });
      expect(create({})).to.deep.equal({});
    });

    it('requiredWhen applies when its rule holds, including rules on status', () => {
      expect(create({ priority: 'high', escalation: 'Manager' })).to.deep.equal({
        phone: { code: 'required' },
      });
      expect(create({ priority: 'high', escalation: 'Manager', phone: '+1 555 0100' })).to.deep.equal({});
      expect(create({}, { statusId: 'closed' })).to.deep.equal({ resolution: { code: 'required' } });
      expect(create({}, { statusId: 'open' })).to.deep.equal({});
    });

    it('a field its visibleWhen hides is not required', () => {
      expect(create({ priority: 'low' })).to.deep.equal({});
      expect(create({ priority: 'high', phone: '+1 555 0100' })).to.deep.equal({
        escalation: { code: 'required' },
      });
    });

    it('update checks only what the patch touches', () => {
      const current = { statusId: 'open', fields: { priority: 'normal' } };
      expect(validateCaseInput(layout, { fields: { amount: 5 } }, { mode: 'update', current })).to.deep.equal(
        {},
      );
      expect(
        validateCaseInput(layout, { fields: { priority: null } }, { mode: 'update', current }),
      ).to.deep.equal({
        priority: { code: 'required' },
      });
    });

    it('update checks a requiredWhen that the patch makes active', () => {
      const current = { statusId: 'open', fields: { priority: 'normal' } };
      expect(
        validateCaseInput(layout, { fields: { priority: 'high' } }, { mode: 'update', current }),
      ).to.deep.equal({
        phone: { code: 'required' },
        escalation: { code: 'required' },
      });
      const withPhone = {
        statusId: 'open',
        fields: { priority: 'normal', phone: '+1 555 0100', escalation: 'Lead' },
      };
      expect(
        validateCaseInput(layout, { fields: { priority: 'high' } }, { mode: 'update', current: withPhone }),
      ).to.deep.equal({});
    });

    it('a status change activates requiredWhen rules on status', () => {
      const current = { statusId: 'open', fields: { priority: 'normal' } };
      expect(validateCaseInput(layout, { statusId: 'closed' }, { mode: 'update', current })).to.deep.equal({
        resolution: { code: 'required' },
      });
      const resolved = { ...current, fields: { ...current.fields, resolution: 'Replaced the toner' } };
      expect(
        validateCaseInput(layout, { statusId: 'closed' }, { mode: 'update', current: resolved }),
      ).to.deep.equal({});
    });
  });

  describe('read-only', () => {
    it('a view or hidden field cannot be set on update', () => {
      expect(validateCaseInput(layout, { fields: { channel: 'email' } }, { mode: 'update' })).to.deep.equal({
        channel: { code: 'read-only' },
      });
      expect(validateCaseInput(layout, { fields: { score: 3 } }, { mode: 'update' })).to.deep.equal({
        score: { code: 'read-only' },
      });
    });

    it('an unchanged value sent back is accepted on update', () => {
      const current = { statusId: 'open', fields: { channel: 'phone', priority: 'normal' } };
      expect(
        validateCaseInput(layout, { fields: { channel: 'phone' } }, { mode: 'update', current }),
      ).to.deep.equal({});
    });

    it('on create, only the default may be sent', () => {
      expect(create({ channel: 'phone' })).to.deep.equal({});
      expect(create({ channel: 'email' })).to.deep.equal({ channel: { code: 'read-only' } });
      expect(create({ score: 10 })).to.deep.equal({ score: { code: 'read-only' } });
    });
  });
});

describe('applyDefaults', () => {
  it('fills the defaults of fields not given, and keeps what was given', () => {
    expect(applyDefaults(layout, { priority: 'high' })).to.deep.equal({ priority: 'high', channel: 'phone' });
    expect(applyDefaults(layout, {})).to.deep.equal({ priority: 'normal', channel: 'phone' });
    expect(applyDefaults(layout, { priority: null })).to.deep.equal({ priority: null, channel: 'phone' });
  });

  it('copies array defaults, so a case never shares one with the layout', () => {
    const withList = parseLayout({
      version: 1,
      fields: [
        {
          key: 'topics',
          label: 'Topics',
          type: 'multiselect',
          options: [{ value: 'a', label: 'A' }],
          default: ['a'],
        },
      ],
      list: { columns: ['title'] },
      form: { sections: [{ title: 'Main', fields: ['title', 'topics'] }] },
    });
    const fields = applyDefaults(withList);
    expect(fields).to.deep.equal({ topics: ['a'] });
    expect(fields['topics']).not.to.equal(withList.fields[0]?.default);
  });
});
