import { textFieldTypes } from '../../model/layout.js';
import type { Layout } from '../../model/types.js';
import { foldText } from './case-fields.js';
import { inBackground } from './background.js';
import type { CaseTable } from './case-table.js';

const textTypes = new Set<string>(textFieldTypes);
/** Slots per chunk of text (a power of two: a slot's chunk is `slot >> chunkBits`). */
const chunkBits = 10;
const chunkSize = 1 << chunkBits;
/** Ends each case's text in a chunk; never in a search token (tokens are typed words). */
const end = '\u0000';

/** Folded texts one after the other, each ended by `end`. */
interface TextRun {
  readonly text: string;
  /** Where each text starts in `text`, and where the next would (one more entry than texts). */
  readonly starts: Int32Array;
  /** The slot of each text, as an offset in its chunk. */
  readonly offsets: Uint16Array;
}

/**
 * The folded texts of `chunkSize` consecutive slots, in two runs: the texts of one-byte characters,
 * and the others. One wide character makes a whole string two bytes a character, so it is kept to
 * the texts that have one (Arabic, Greek, Chinese…).
 */
interface TextChunk {
  readonly runs: readonly TextRun[];
  /** How many slots it holds (the table's last chunk grows as cases are created). */
  readonly slots: number;
}

/**
 * Cases folded per step of a background build: a whole chunk takes 5 to 7 ms, longer than the idle time
 * a busy frame leaves (a scroll's), and work that runs past it delays the next frame.
 */
const foldStep = 128;

/** A chunk being folded a step at a time: its texts of one-byte characters, the others, and their slots. */
interface Folding {
  readonly at: number;
  readonly slots: number;
  /** The table's version when it started: a change restarts it. */
  readonly version: number;
  /** Slots folded so far. */
  done: number;
  readonly narrow: [string[], number[]];
  readonly wider: [string[], number[]];
}

const wide = /[\u0100-\uffff]/;
const nonAscii = /[\u0080-\uffff]/;

function textRun(texts: readonly string[], offsets: readonly number[]): TextRun {
  const starts = new Int32Array(texts.length + 1);
  let length = 0;
  texts.forEach((text, i) => {
    starts[i] = length;
    length += text.length + 1;
  });
  starts[texts.length] = length;
  // Ended by `end` too, from the join itself (a flat string: no copy at its first search).
  return { text: [...texts, ''].join(end), starts, offsets: Uint16Array.from(offsets) };
}

/**
 * The folded (lower-case, accent-free) search text of every case, kept as one string per 1,024 slots:
 * folding is what made a first keystroke cost half a second at 100k cases, and one string per case
 * cost a string header and a reference per case on top of its characters (the kit's heap per 10k
 * cases is budgeted). A search finds its words with `indexOf` through a chunk, which skips the cases
 * without them faster than a test per case. Chunks are built in the background after the first query
 * (in idle time, 128 cases a step) or on demand, and a changed slot makes its chunk be built again.
 */
export class SearchTexts {
  readonly #table: CaseTable;
  readonly #keys: readonly string[];
  #chunks: (TextChunk | undefined)[] = [];
  #version: number;
  #warming = false;
  /** Every chunk was built at the last warming (a changed one is built again on demand). */
  #warm = false;
  /** The chunk the background build has folded in part. */
  #folding: Folding | undefined;

  constructor(table: CaseTable, keys: readonly string[]) {
    this.#table = table;
    this.#keys = keys;
    this.#version = table.version;
  }

  /** A test of whether a case's search text has every token (folded words and phrases). */
  matcher(tokens: readonly string[]): (slot: number) => boolean {
    const words = [...new Set(tokens)];
    if (words.some((word) => word.includes(end))) return () => false;
    // Each chunk is searched once, when a slot of it is first asked about.
    const found: (Uint8Array | undefined)[] = [];
    return (slot) => {
      const at = slot >> chunkBits;
      const hits = (found[at] ??= this.#search(at, words));
      return hits[slot & (chunkSize - 1)] === words.length;
    };
  }

  /** Folds the missing chunks in background tasks (no-op when done or under way). */
  warm(): void {
    if (this.#warming || this.#warm) return;
    this.#warming = true;
    let next = 0;
    // In idle periods: after the frame that paints the first page, never before it.
    inBackground((budgetMs) => {
      const until = performance.now() + budgetMs;
      const count = this.#chunkCount();
      while (next < count && performance.now() < until) if (this.#fold(next, foldStep)) next++;
      if (next < count) return true;
      this.#warming = false;
      this.#warm = true;
      return false;
    });
  }

  /** For each slot of a chunk, how many of `words` its text has (counted in order: all when = length). */
  #search(at: number, words: readonly string[]): Uint8Array {
    const hits = new Uint8Array(chunkSize);
    for (const { text, starts, offsets } of this.#chunk(at).runs)
      words.forEach((word, k) => {
        const count = offsets.length;
        let i = 0;
        let position = text.indexOf(word);
        while (position !== -1) {
          while ((starts[i + 1] as number) <= position) i++;
          const slot = offsets[i] as number;
          if (hits[slot] === k) hits[slot] = k + 1;
          if (++i >= count) break;
          position = text.indexOf(word, starts[i]);
        }
      });
    return hits;
  }

  #chunkCount(): number {
    return Math.ceil(this.#table.slotCount / chunkSize);
  }

  #chunk(at: number): TextChunk {
    this.#fold(at, chunkSize);
    return this.#chunks[at] as TextChunk;
  }

  /** Folds up to `count` more slots of chunk `at`, and builds it when they are all folded (true then). */
  #fold(at: number, count: number): boolean {
    this.#refresh();
    const table = this.#table;
    const first = at * chunkSize;
    const slots = Math.max(0, Math.min(chunkSize, table.slotCount - first));
    if (this.#chunks[at]?.slots === slots) return true;
    let folding = this.#folding;
    if (folding?.at !== at || folding.slots !== slots || folding.version !== table.version) {
      const runs = (): [string[], number[]] => [[], []];
      folding = { at, slots, version: table.version, done: 0, narrow: runs(), wider: runs() };
      this.#folding = folding;
    }
    const last = Math.min(slots, folding.done + count);
    for (let i = folding.done; i < last; i++) {
      const raw = this.#raw(first + i);
      // One space between words, as in a quoted phrase of a search.
      let text = foldText(raw).replace(/\s{2,}|[^\S ]/g, ' ');
      let run = folding.narrow;
      if (nonAscii.test(raw)) {
        if (wide.test(text)) run = folding.wider;
        // Folding a text that had a wide character ('’') gives a two-byte string even when none is
        // left, and one such text would make its whole run two bytes a character: JSON gives it back
        // in one byte a character (the quickest way measured).
        else text = JSON.parse(JSON.stringify(text)) as string;
      }
      run[0].push(text);
      run[1].push(i);
    }
    folding.done = last;
    if (last < slots) return false;
    const runs = [folding.narrow, folding.wider]
      .filter(([texts]) => texts.length > 0)
      .map(([t, o]) => textRun(t, o));
    this.#chunks[at] = { runs, slots };
    this.#folding = undefined;
    return true;
  }

  #refresh(): void {
    const table = this.#table;
    if (this.#version === table.version) return;
    const changes = table.changesSince(this.#version);
    if (changes === null) {
      this.#chunks = [];
      this.#warm = false;
    } else for (const slot of changes) this.#chunks[slot >> chunkBits] = undefined;
    this.#version = table.version;
  }

  /** What a case is searched by: its number, title and text fields, apart (a word never spans two). */
  #raw(slot: number): string {
    const record = this.#table.record(slot);
    if (record === undefined) return '';
    let raw = `${record.number}\u0001${record.title}`;
    for (const key of this.#keys) {
      const value = record.fields[key];
      if (typeof value === 'string') raw += `\u0001${value}`;
    }
    return raw;
  }
}

const byTable = new WeakMap<CaseTable, Map<string, SearchTexts>>();

/** The search texts of a table for a layout (layouts with the same text fields share them). */
export function searchTexts(table: CaseTable, layout: Layout): SearchTexts {
  const keys = layout.fields.filter((f) => textTypes.has(f.type) && f.access !== 'hidden').map((f) => f.key);
  let perTable = byTable.get(table);
  if (perTable === undefined) byTable.set(table, (perTable = new Map()));
  const id = keys.join('\u0000');
  let texts = perTable.get(id);
  if (texts === undefined) perTable.set(id, (texts = new SearchTexts(table, keys)));
  return texts;
}

/** A quoted phrase (straight, curly or French quotes; the closing one may not be typed yet), or a word. */
const phraseOrWord = /["“”«»]([^"“”«»]*)["“”«»]?|([^\s"“”«»]+)/g;

/**
 * What a case must hold to match a search, folded: each word, and each quoted phrase ("late
 * delivery": its words together, in this order, one space apart), anywhere in its texts.
 */
export function searchTokens(search: string | undefined): string[] {
  const tokens: string[] = [];
  for (const [, phrase, word] of foldText(search ?? '').matchAll(phraseOrWord)) {
    const token = (word ?? phrase ?? '').trim().replace(/\s+/g, ' ');
    if (token !== '') tokens.push(token);
  }
  return tokens;
}
