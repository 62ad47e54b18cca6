import type { Agent, AgentQuery, Page } from '../../model/types.js';
import { inBackground } from './background.js';
import { foldText } from './case-fields.js';
import type { MemoryStore } from './store.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

interface AgentIndex {
  /** Every agent, in the order searches answer (name, then id). */
  readonly sorted: readonly Agent[];
  /** Their folded search texts, by the same index. */
  readonly texts: readonly string[];
  /** Their letters (a–z, bits 0–25) and whether they hold a digit (bit 26), by the same index. */
  readonly letters: Uint32Array;
  /** The last search's words and the indexes of its matches: a longer search only narrows them. */
  last?: { readonly key: string; readonly matches: Uint32Array };
}

/**
 * A text's letters as bits (a–z: 0–25, any digit: 26): a text lacking one of a word's letters is
 * passed over without a search, and a one-letter word needs no other test.
 */
function lettersOf(text: string): number {
  let bits = 0;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code >= 97 && code <= 122) bits |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) bits |= 1 << 26;
  }
  return bits;
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
    const sorted = [...store.agents.values()].sort(
      (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
    );
    const texts = sorted.map((a) => foldText(`${a.name}\u0001${a.email ?? ''}`));
    index = { sorted, texts, letters: Uint32Array.from(texts, lettersOf) };
    agentIndexes.set(store, index);
  }
  return index;
}

/** Builds the agent index in an idle moment (a store of thousands of agents takes a few ms). */
export function prepareAgentIndex(store: MemoryStore): void {
  if (store.agents.size > 200) inBackground(() => (agentIndex(store), false));
}

/**
 * The indexes of the texts holding every word: among the last search's matches when this search
 * extends it (every word of a search is in a word of any search it extends: "mar" → "mart",
 * "mar" → "mar d"), else among all the texts; the texts lacking a letter of the search are passed
 * over without searching them.
 */
function matching(index: AgentIndex, words: readonly string[]): Uint32Array {
  const { texts, letters } = index;
  const key = words.join(' ');
  const needed = lettersOf(key);
  const code = key.charCodeAt(0);
  const exact = key.length === 1 && code >= 97 && code <= 122;
  const last = index.last;
  const within = last !== undefined && key.startsWith(last.key) ? last.matches : undefined;
  const count = within?.length ?? texts.length;
  const matches = new Uint32Array(count);
  let total = 0;
  for (let k = 0; k < count; k++) {
    const i = within === undefined ? k : within[k]!;
    if ((letters[i]! & needed) !== needed) continue;
    if (exact || words.every((t) => texts[i]!.includes(t))) matches[total++] = i;
  }
  return matches.subarray(0, total);
}

/** `searchAgents({ scope: 'everyone' })`: every agent whose folded name or e-mail holds every word. */
export function searchEveryone(store: MemoryStore, query: AgentQuery): Page<Agent> {
  const index = agentIndex(store);
  const { sorted } = index;
  const words = foldText(query.search ?? '')
    .split(/\s+/)
    .filter((t) => t !== '');
  let matches: Uint32Array | undefined;
  if (words.length > 0) {
    matches = matching(index, words);
    index.last = { key: words.join(' '), matches };
  }
  const total = matches?.length ?? sorted.length;
  const items: Agent[] = [];
  for (let k = query.offset; k < Math.min(total, query.offset + query.limit); k++)
    items.push(sorted[matches === undefined ? k : matches[k]!]!);
  return { items, total };
}
