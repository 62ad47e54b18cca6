import type { Agent, AgentQuery, Page } from '../../model/types.js';
import { inBackground } from './background.js';
import { foldText } from './case-fields.js';
import type { MemoryStore } from './store.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Agents per string of texts. */
const rowsPerChunk = 1024;
/** Longest text kept whole in a row: a longer one is cut there, and kept whole apart. */
const maxRowWidth = 96;

/**
 * The folded texts of up to 1,024 agents in one string, one row per agent, each padded with
 * newlines to the same width (no search word holds a newline, so a hit never spans two rows): a
 * word is found with `indexOf` through the string, and its row is its position divided by the width.
 */
interface TextChunk {
  readonly text: string;
  readonly width: number;
  /** Index (in `sorted`) of the agent of the first row. */
  readonly first: number;
}

interface AgentIndex {
  /** Every agent, in the order searches answer (name, then id). */
  readonly sorted: readonly Agent[];
  readonly chunks: readonly TextChunk[];
  /** The texts longer than a row, by agent index. */
  readonly long: ReadonlyMap<number, string>;
  /** 32-bit words per set of agents (a bit per agent, by index in `sorted`). */
  readonly setWords: number;
  /** For each letter a–z, the set of the agents whose text holds it: a one-letter search is read here. */
  readonly letters: Uint32Array;
  /** For each pair of letters a–z ("ma": 12 × 26 + 0), the same: a two-letter search is read here. */
  readonly pairs: Uint32Array;
  /** The runs of letters a–z, see `LetterRuns`. */
  readonly runs: LetterRuns;
  /** The runs the last word of letters was found in, and their agents (see `holding`). */
  lastRuns?: { readonly key: string; readonly set: Uint32Array };
}

/**
 * Every distinct run of letters a–z in the texts ("martin", "casekit"), each with the agents whose
 * text holds it: a word of letters alone is inside a run wherever a text holds it, so its agents are
 * those of the runs holding it. The runs are found with `indexOf` through one string of them all, a
 * few hundred characters for 10,000 generated agents (first names, last names, domains repeat),
 * instead of through every agent's text: the script runs once per run found, not once per agent.
 */
interface LetterRuns {
  /** The runs, each followed by a newline. */
  readonly text: string;
  /** Where each run starts in `text`, ascending. */
  readonly starts: Int32Array;
  /** Each run's agents: a set (a bit per agent) when they are many, their indexes otherwise. */
  readonly agents: readonly (Uint32Array | Int32Array)[];
}

function letterRuns(byRun: ReadonlyMap<string, number[]>, setWords: number): LetterRuns {
  const starts = new Int32Array(byRun.size);
  const agents: (Uint32Array | Int32Array)[] = [];
  let at = 0;
  for (const [run, list] of byRun) {
    starts[agents.length] = at;
    at += run.length + 1;
    if (list.length <= setWords) agents.push(Int32Array.from(list));
    else {
      const set = new Uint32Array(setWords);
      for (const i of list) set[i >>> 5]! |= 1 << (i & 31);
      agents.push(set);
    }
  }
  return { text: [...byRun.keys()].join('\n') + '\n', starts, agents };
}

/** The bits set in a 32-bit word. */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function buildIndex(store: MemoryStore): AgentIndex {
  const sorted = [...store.agents.values()].sort(
    (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
  );
  const texts = sorted.map((a) => foldText(`${a.name}\u0001${a.email ?? ''}`));
  const setWords = Math.ceil(sorted.length / 32);
  const letters = new Uint32Array(26 * setWords);
  const pairs = new Uint32Array(26 * 26 * setWords);
  const long = new Map<number, string>();
  const chunks: TextChunk[] = [];
  for (let first = 0; first < texts.length; first += rowsPerChunk) {
    const rows = texts.slice(first, first + rowsPerChunk);
    const width = Math.min(maxRowWidth, Math.max(...rows.map((t) => t.length))) + 1;
    const padding = '\n'.repeat(width);
    const parts = rows.map((text, row) => {
      if (text.length >= width) long.set(first + row, text);
      return text.length >= width ? text.slice(0, width - 1) + '\n' : text + padding.slice(text.length);
    });
    chunks.push({ text: parts.join(''), width, first });
  }
  const byRun = new Map<string, number[]>();
  texts.forEach((text, i) => {
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    let previous = -1;
    let start = 0;
    for (let j = 0; j <= text.length; j++) {
      const letter = j < text.length ? text.charCodeAt(j) - 97 : -1;
      if (letter >= 0 && letter < 26) {
        letters[letter * setWords + word]! |= bit;
        if (previous >= 0) pairs[(previous * 26 + letter) * setWords + word]! |= bit;
        else start = j;
        previous = letter;
        continue;
      }
      if (previous >= 0) {
        const run = text.slice(start, j);
        const list = byRun.get(run);
        if (list === undefined) byRun.set(run, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
      previous = -1;
    }
  });
  return { sorted, chunks, long, setWords, letters, pairs, runs: letterRuns(byRun, setWords) };
}

/** Per store: its agents never change (see `MemoryStore.agents`), so they are sorted and folded once. */
const agentIndexes = new WeakMap<MemoryStore, AgentIndex>();

/**
 * The store's agents sorted and folded once, like a backend's index, instead of on every search (a
 * picker searches on every keystroke). Built on first use, or ahead of it with `prepareAgentIndex`.
 */
function agentIndex(store: MemoryStore): AgentIndex {
  let index = agentIndexes.get(store);
  if (index === undefined) {
    index = buildIndex(store);
    agentIndexes.set(store, index);
  }
  return index;
}

/** Builds the agent index in an idle moment (a store of thousands of agents takes a few ms). */
export function prepareAgentIndex(store: MemoryStore): void {
  if (store.agents.size > 200) inBackground(() => (agentIndex(store), false));
}

/** A word of letters a–z alone: found among the runs of letters. */
const onlyLetters = /^[a-z]+$/;

/** A letter a–z as 0–25, or -1. */
function letterAt(word: string, at: number): number {
  const letter = word.charCodeAt(at) - 97;
  return letter >= 0 && letter < 26 ? letter : -1;
}

/**
 * The set of the agents whose text holds `word`: read from `letters` for one letter and from
 * `pairs` for two, made from the runs holding a longer word of letters; otherwise (digits, dots…)
 * each hit of `indexOf` in a chunk marks its row, and the search goes on from the next row, so the
 * script runs once per agent found, not once per agent.
 */
function holding(index: AgentIndex, word: string): Uint32Array {
  const { setWords } = index;
  const letter = letterAt(word, 0);
  if (word.length === 1 && letter >= 0)
    return index.letters.subarray(letter * setWords, (letter + 1) * setWords);
  const second = letterAt(word, 1);
  if (word.length === 2 && letter >= 0 && second >= 0) {
    const pair = letter * 26 + second;
    return index.pairs.subarray(pair * setWords, (pair + 1) * setWords);
  }
  const found = new Uint32Array(setWords);
  if (onlyLetters.test(word)) {
    const { text, starts, agents } = index.runs;
    const runs: number[] = [];
    for (let at = text.indexOf(word); at >= 0;) {
      // The run holding the hit: the last one starting at or before it.
      let low = 0;
      for (let high = starts.length - 1; low < high;) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle]! <= at) low = middle;
        else high = middle - 1;
      }
      runs.push(low);
      at = low + 1 < starts.length ? text.indexOf(word, starts[low + 1]) : -1;
    }
    // Typing often lengthens a word found in the same runs ("marti", "martin"): the same agents.
    const key = runs.join();
    if (index.lastRuns?.key === key) return index.lastRuns.set;
    for (const run of runs) {
      const set = agents[run]!;
      if (set instanceof Uint32Array) for (let k = 0; k < setWords; k++) found[k]! |= set[k]!;
      else for (const i of set) found[i >>> 5]! |= 1 << (i & 31);
    }
    index.lastRuns = { key, set: found };
    return found;
  }
  for (const { text, width, first } of index.chunks) {
    for (let at = text.indexOf(word); at >= 0;) {
      const row = (at / width) | 0;
      const i = first + row;
      found[i >>> 5]! |= 1 << (i & 31);
      at = text.indexOf(word, (row + 1) * width);
    }
  }
  for (const [i, text] of index.long) if (text.includes(word)) found[i >>> 5]! |= 1 << (i & 31);
  return found;
}

/** The agents holding every word (a set of their indexes), with their number. */
function matching(index: AgentIndex, words: readonly string[]): { set: Uint32Array; total: number } {
  let set = holding(index, words[0]!);
  for (const word of words.slice(1)) {
    const other = holding(index, word);
    set = set.map((bits, k) => bits & other[k]!);
  }
  let total = 0;
  for (let k = 0; k < set.length; k++) total += bitCount(set[k]!);
  return { set, total };
}

/** The agents of a set from its `offset`-th, at most `limit` of them, in index order. */
function pageOf(index: AgentIndex, set: Uint32Array, offset: number, limit: number): Agent[] {
  const items: Agent[] = [];
  let skip = offset;
  for (let k = 0; k < set.length && items.length < limit; k++) {
    let bits = set[k]!;
    const count = bitCount(bits);
    if (skip >= count) {
      skip -= count;
      continue;
    }
    for (; bits !== 0 && items.length < limit; bits &= bits - 1) {
      if (skip > 0) {
        skip--;
        continue;
      }
      items.push(index.sorted[k * 32 + 31 - Math.clz32(bits & -bits)]!);
    }
  }
  return items;
}

/** `searchAgents({ scope: 'everyone' })`: every agent whose folded name or e-mail holds every word. */
export function searchEveryone(store: MemoryStore, query: AgentQuery): Page<Agent> {
  const index = agentIndex(store);
  const words = foldText(query.search ?? '')
    .split(/\s+/)
    .filter((t) => t !== '');
  if (words.length === 0) {
    const { sorted } = index;
    return { items: sorted.slice(query.offset, query.offset + query.limit), total: sorted.length };
  }
  const { set, total } = matching(index, words);
  return { items: pageOf(index, set, query.offset, query.limit), total };
}
