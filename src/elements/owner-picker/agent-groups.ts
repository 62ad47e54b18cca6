import { fold } from '../../i18n/fold.js';
import type { Agent, Session } from '../../model/types.js';

/** One group of the owner picker's listbox. */
export interface AgentGroup {
  readonly key: 'me' | 'team' | 'everyone';
  readonly agents: readonly Agent[];
}

/** Each agent's folded name and e-mail: agents are replaced, never edited, so it is computed once. */
const searchTexts = new WeakMap<Agent, string>();

function searchText(agent: Agent): string {
  let text = searchTexts.get(agent);
  if (text === undefined) {
    text = fold(`${agent.name} ${agent.email ?? ''}`);
    searchTexts.set(agent, text);
  }
  return text;
}

/**
 * Every group the transfer scope offers, in display order, empty ones included: "Me" and "My team"
 * filtered here by `search`, "Everyone" as the adapter's search found it (without me and my team).
 */
export function agentGroups(
  session: Session,
  scope: Session['profile']['rights']['transfer'],
  search: string,
  everyone: readonly Agent[],
): AgentGroup[] {
  const needle = fold(search);
  const matches = (a: Agent) => needle === '' || searchText(a).includes(needle);
  const me = session.agent;
  const groups: AgentGroup[] = [{ key: 'me', agents: matches(me) ? [me] : [] }];
  if (scope === 'team' || scope === 'everyone') {
    const team = session.teamMembers.filter((a) => a.id !== me.id && matches(a));
    groups.push({ key: 'team', agents: team });
  }
  if (scope === 'everyone') {
    const known = new Set([me.id, ...session.teamMembers.map((a) => a.id)]);
    groups.push({ key: 'everyone', agents: everyone.filter((a) => !known.has(a.id)) });
  }
  return groups;
}

/**
 * The groups holding some of the first `count` agents, cut to them. The last group, once it shows,
 * shows at least `least` agents of its own: narrowing a search empties the groups above it first
 * ("Me", "My team"), and the last one then keeps the options it painted instead of making more to
 * fill the listbox.
 */
export function windowed(groups: readonly AgentGroup[], count: number, least = 0): AgentGroup[] {
  let left = count;
  const shown: AgentGroup[] = [];
  for (const group of groups) {
    if (left > 0 && group === groups.at(-1)) left = Math.max(left, least);
    if (left <= 0) break;
    if (group.agents.length === 0) continue;
    shown.push(left >= group.agents.length ? group : { ...group, agents: group.agents.slice(0, left) });
    left -= group.agents.length;
  }
  return shown;
}

/**
 * One place per group of the scope (`places`), the groups shown in the last ones, the others left
 * empty (rendered hidden): as a search narrows, the first groups empty out and the last ones keep
 * their elements, so a keystroke updates the options of "Everyone" instead of making new ones.
 */
export function placed(shown: readonly AgentGroup[], places: number): (AgentGroup | undefined)[] {
  return [...Array<undefined>(Math.max(0, places - shown.length)), ...shown];
}
