import { CaseKitError } from '../errors.js';
import { parseLayout } from '../../model/layout.js';
import type { Layout, Session } from '../../model/types.js';
import type { MemoryStore } from './store.js';

const layoutsByStore = new WeakMap<MemoryStore, Map<string, Layout>>();

/** A store's layout, parsed once (sessions share it, and so do the query caches keyed on it). */
export function storeLayout(store: MemoryStore, layoutId: string): Layout {
  let layouts = layoutsByStore.get(store);
  if (layouts === undefined) layoutsByStore.set(store, (layouts = new Map()));
  const cached = layouts.get(layoutId);
  if (cached !== undefined) return cached;
  const document = store.layoutDocuments[layoutId];
  if (document === undefined) {
    throw new CaseKitError('unavailable', { message: `The layout "${layoutId}" does not exist.` });
  }
  let layout: Layout;
  try {
    layout = parseLayout(document);
  } catch (cause) {
    throw new CaseKitError('unavailable', { message: `The layout "${layoutId}" is invalid.`, cause });
  }
  layouts.set(layoutId, layout);
  return layout;
}

/** The session of one agent of the store: `unauthenticated` when the store does not know them. */
export function buildSession(store: MemoryStore, agentId: string): Session {
  const agent = store.agents.get(agentId);
  if (agent === undefined)
    throw new CaseKitError('unauthenticated', { message: `Unknown agent "${agentId}".` });
  const profile = store.profiles.get(agent.profileId);
  if (profile === undefined) {
    throw new CaseKitError('unavailable', { message: `The profile "${agent.profileId}" does not exist.` });
  }
  const teamIds = new Set(agent.teamIds);
  const teams = [...teamIds].flatMap((id) => {
    const team = store.teams.get(id);
    return team === undefined ? [] : [team];
  });
  const teamMembers = [...store.agents.values()].filter(
    (a) => a.id === agent.id || a.teamIds.some((id) => teamIds.has(id)),
  );
  return {
    agent,
    teams,
    teamMembers,
    profile,
    layout: storeLayout(store, profile.layoutId),
    statuses: store.statuses,
  };
}
