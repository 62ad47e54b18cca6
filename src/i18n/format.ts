import type { LocalizedText } from '../model/types.js';

export type Params = Readonly<Record<string, string | number>>;

/**
 * A strings-table entry: a template with `{name}` placeholders, or plural forms keyed by
 * `Intl.PluralRules` category (`one`, `other`…) chosen by the `count` parameter.
 */
export type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** Fills `{name}` placeholders; numbers are formatted for `lang`. */
export function formatEntry(entry: Entry, lang: string, params: Params = {}): string {
  const template =
    typeof entry === 'string'
      ? entry
      : (entry[pluralCategory(lang, Number(params['count'] ?? 0))] ?? entry.other);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  });
}

/** Whether an admin's label is a word the kit would add to it: "Closed" needs no "(closed)". */
export function isWord(label: string, word: string): boolean {
  return label.toLowerCase() === word.toLowerCase();
}

/**
 * Picks an admin-written text for `lang`: exact tag, then its language (`fr` for `fr-CA`),
 * then English, then the first one given.
 */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0] ?? lang;
  return text[lang] ?? text[base] ?? text['en'] ?? Object.values(text)[0] ?? '';
}
