/** Collation ranks for the string sorts of the in-memory query: equal under the collator → equal rank. */

export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Close to the collator's order for most texts: lower case, accents and punctuation kept, numbers padded. */
function roughKey(value: string): string {
  return value.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

/** A build yields every this many + 1 items, so that no step of it is a long task. */
export const stepMask = 4095;

/**
 * Dense ranks (0, 1, 2…) of the values in collation order; NaN for null and ''. The collator (about a
 * microsecond a call) only sorts the distinct values; every value then reads its rank from a typed array.
 * A generator: it yields between its steps (tens of milliseconds each at 100k) and returns the ranks.
 */
export function* collationRanks(values: readonly (string | null)[]): Generator<void, Float64Array, void> {
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const valueDistinct = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if ((i & stepMask) === stepMask) yield;
    const value = values[i];
    if (value === null || value === '' || value === undefined) {
      valueDistinct[i] = -1;
      continue;
    }
    let at = index.get(value);
    if (at === undefined) index.set(value, (at = distinct.push(value) - 1));
    valueDistinct[i] = at;
  }
  yield;
  // A native sort by a cheap approximate key (lower case, digits padded) first: the collator's sort
  // that follows then finds long ordered runs (Array#sort is a merge sort that uses them) and calls
  // the collator about n times instead of n log n. The result is the collator's order either way.
  const approximate: string[] = [];
  for (let i = 0; i < distinct.length; i++) {
    if ((i & stepMask) === stepMask) yield;
    approximate.push(`${roughKey(distinct[i] as string)}\u0000${i}`);
  }
  yield;
  approximate.sort();
  yield;
  const order = approximate.map((key) => Number(key.slice(key.lastIndexOf('\u0000') + 1)));
  yield;
  order.sort((a, b) => collator.compare(distinct[a] as string, distinct[b] as string));
  yield;
  const rankOf = new Float64Array(distinct.length);
  let rank = 0;
  for (let i = 0; i < order.length; i++) {
    if ((i & stepMask) === stepMask) yield;
    const at = order[i] as number;
    if (i > 0 && collator.compare(distinct[order[i - 1] as number] as string, distinct[at] as string) !== 0)
      rank++;
    rankOf[at] = rank;
  }
  yield;
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const at = valueDistinct[i] as number;
    ranks[i] = at < 0 ? NaN : (rankOf[at] as number);
  }
  return ranks;
}

let asciiRanks: Int16Array | undefined;

/** Collation ranks of the printable ASCII characters (case aside); the digits share one, as numbers compare by value. */
function rankAscii(): Int16Array {
  const ranks = new Int16Array(128).fill(-1);
  const chars: string[] = [];
  for (let code = 0x20; code < 0x7f; code++) chars.push(String.fromCharCode(code));
  chars.sort((a, b) => collator.compare(a, b));
  let rank = 0;
  chars.forEach((char, i) => {
    if (i > 0 && collator.compare(chars[i - 1] as string, char) !== 0) rank++;
    ranks[char.charCodeAt(0)] = rank;
  });
  for (let digit = 0x31; digit <= 0x39; digit++) ranks[digit] = ranks[0x30] as number;
  // A character the collator ignores says nothing about where its text sorts.
  for (const char of chars) if (collator.compare(char, '') === 0) ranks[char.charCodeAt(0)] = -1;
  return ranks;
}

/**
 * The collation rank of a text's first character, accents and case aside, or -1 when it cannot tell
 * (a character beyond ASCII once its accents are gone). A text whose rank is higher sorts after.
 */
export function initialRank(text: string): number {
  let code = text.charCodeAt(0);
  if (code >= 0x80) code = (text[0] as string).normalize('NFD').charCodeAt(0);
  if (!(code >= 0x20 && code < 0x7f)) return -1;
  asciiRanks ??= rankAscii();
  return asciiRanks[code] as number;
}
