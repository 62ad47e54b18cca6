import type { Reason } from '../model/types.js';
import type { FieldIssue } from '../adapters/errors.js';
import { en, type StringKey, type StringsTable } from './en.js';
import { formatEntry, type Entry, type Params } from './format.js';

export type { StringKey, StringsTable };

// English is always here; other languages are registered by importing their module
// (`casekit/i18n/fr.js`), or by a host with `registerStrings`.
const tables = new Map<string, Partial<StringsTable>>([['en', en]]);

// The languages the kit ships beyond English. One not imported by the host is loaded the first time
// an element needs it (English shows until it arrives), so a French page gets French either way.
const shipped: Readonly<Record<string, () => Promise<unknown>>> = { fr: () => import('./fr.js') };
const loading = new Set<string>();

let version = 0;
const registrationListeners = new Set<() => void>();

/**
 * Adds (or replaces) the strings table of a language. Keys a partial table leaves out show in English.
 *
 * @example
 * ```ts
 * import { registerStrings } from 'casekit';
 * registerStrings('de', { 'action.retry': 'Erneut versuchen' });
 * ```
 */
export function registerStrings(lang: string, table: Partial<StringsTable>): void {
  tables.set(lang.toLowerCase(), table);
  version++;
  for (const listener of registrationListeners) listener();
}

/** Counts registrations, so a holder of a `Translator` can tell that a newer table arrived. */
export function stringsVersion(): number {
  return version;
}

/** Calls `listener` after each `registerStrings`; returns the function that stops it. */
export function onStringsRegistered(listener: () => void): () => void {
  registrationListeners.add(listener);
  return () => registrationListeners.delete(listener);
}

function tableFor(lang: string): Partial<StringsTable> {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  const table = tables.get(tag) ?? tables.get(base);
  if (table) return table;
  const load = shipped[base];
  if (load && !loading.has(base)) {
    loading.add(base);
    load().catch(() => loading.delete(base));
  }
  return en;
}

/** Per-key overrides a host gives, optionally per language: `{ fr: { 'action.retry': '…' } }`. */
export type StringOverrides = Readonly<Partial<Record<StringKey, Entry>>>;

/** Turns keys, reasons and field issues into words for one language. */
export class Translator {
  readonly lang: string;
  readonly #table: Partial<StringsTable>;
  readonly #overrides: StringOverrides;

  constructor(lang: string, overrides: StringOverrides = {}) {
    this.lang = lang || 'en';
    this.#table = tableFor(this.lang);
    this.#overrides = overrides;
  }

  t(key: StringKey, params?: Params): string {
    return formatEntry(this.#overrides[key] ?? this.#table[key] ?? en[key], this.lang, params);
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
    return Object.hasOwn(en, key);
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
