import type { Reason } from '../model/types.js';
import type { FieldIssue } from '../adapters/errors.js';
import { en, type StringKey, type StringsTable } from './en.js';
import { fr } from './fr.js';
import { formatEntry, type Entry, type Params } from './format.js';

export type { StringKey, StringsTable };

const tables: Readonly<Record<string, StringsTable>> = { en, fr };

/** Per-key overrides a host gives, optionally per language: `{ fr: { 'action.retry': '…' } }`. */
export type StringOverrides = Readonly<Partial<Record<StringKey, Entry>>>;

/** Turns keys, reasons and field issues into words for one language. */
export class Translator {
  readonly lang: string;
  readonly #table: StringsTable;
  readonly #overrides: StringOverrides;

  constructor(lang: string, overrides: StringOverrides = {}) {
    this.lang = lang || 'en';
    const base = this.lang.toLowerCase().split('-')[0] ?? 'en';
    this.#table = tables[base] ?? en;
    this.#overrides = overrides;
  }

  t(key: StringKey, params?: Params): string {
    return formatEntry(this.#overrides[key] ?? this.#table[key], this.lang, params);
  }

  /** A policy or backend reason as a sentence. Unknown codes fall back to the generic refusal. */
  reason(reason: Reason | undefined): string {
    const key = `reason.${reason?.code ?? 'no-right'}`;
    return this.t(this.has(key) ? key : 'reason.no-right', reason?.params);
  }

  /** A field validation issue as a sentence; the server's own message when the code is unknown. */
  issue(issue: FieldIssue): string {
    const key = `issue.${issue.code}`;
    if (this.has(key)) return this.t(key, issue.params);
    return issue.message ?? this.t('issue.type');
  }

  has(key: string): key is StringKey {
    return Object.hasOwn(this.#table, key);
  }
}

const defaultOverrides = new Map<string, StringOverrides>();

/** Lets a host replace entries for every element at once, per language (`'*'` for all). */
export function setStringOverrides(lang: string, overrides: StringOverrides): void {
  defaultOverrides.set(lang.toLowerCase(), overrides);
}

export function translatorFor(lang: string): Translator {
  const key = (lang || 'en').toLowerCase();
  return new Translator(lang, {
    ...defaultOverrides.get('*'),
    ...defaultOverrides.get(key.split('-')[0] ?? key),
    ...defaultOverrides.get(key),
  });
}
