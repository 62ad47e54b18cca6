import type { Agent, Profile, Status, Team } from '../../model/types.js';

/** The demo's teams, agents, profiles and statuses: small, fixed, hand-written. */

export const demoTeams: readonly Team[] = [
  { id: 'team-billing', name: 'Billing' },
  { id: 'team-support', name: 'Technical support' },
  { id: 'team-claims', name: 'Claims & complaints' },
];

function agent(id: string, name: string, teamIds: readonly string[], profileId: string): Agent {
  const email = `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]+/g, '.')}@example.com`;
  return { id, name, email, teamIds, profileId };
}

export const demoAgents: readonly Agent[] = [
  agent('ag-01', 'Camille Laurent', ['team-billing'], 'agent'),
  agent('ag-02', 'Hugo Martin', ['team-billing'], 'agent'),
  agent('ag-03', 'Léa Dubois', ['team-billing'], 'agent'),
  agent('ag-04', 'Nora Benali', ['team-billing'], 'agent'),
  agent('ag-05', 'Thomas Girard', ['team-billing'], 'junior'),
  agent('ag-06', 'Sofia Rossi', ['team-support'], 'agent'),
  agent('ag-07', 'Liam O’Connor', ['team-support'], 'agent'),
  agent('ag-08', 'Chloé Moreau', ['team-support'], 'agent'),
  agent('ag-09', 'Mateo García', ['team-support'], 'junior'),
  agent('ag-10', 'Yuki Tanaka', ['team-support'], 'agent'),
  agent('ag-11', 'Amélie Fontaine', ['team-claims'], 'agent'),
  agent('ag-12', 'Omar Haddad', ['team-claims'], 'agent'),
  agent('ag-13', 'Grace Okafor', ['team-claims', 'team-support'], 'agent'),
  agent('ag-14', 'Jonas Weber', ['team-claims'], 'read-only'),
  agent('ag-15', 'Isabelle Navarro', ['team-billing', 'team-support', 'team-claims'], 'supervisor'),
];

export type DemoProfileId = 'agent' | 'junior' | 'supervisor' | 'read-only';

/** One representative agent per profile; the `agent` one works in a team of five. */
export const demoAgentIdByProfile: Readonly<Record<DemoProfileId, string>> = {
  agent: 'ag-01',
  junior: 'ag-05',
  supervisor: 'ag-15',
  'read-only': 'ag-14',
};

export const demoProfiles: readonly Profile[] = [
  {
    id: 'agent',
    name: 'Agent',
    layoutId: 'default',
    rights: {
      visibility: 'team',
      create: true,
      edit: true,
      changeStatus: true,
      close: true,
      delete: false,
      link: true,
      transfer: 'team',
    },
  },
  {
    id: 'junior',
    name: 'Junior agent',
    layoutId: 'default',
    rights: {
      visibility: 'own',
      create: true,
      edit: true,
      changeStatus: true,
      close: false,
      delete: false,
      link: true,
      transfer: 'self',
    },
  },
  {
    id: 'supervisor',
    name: 'Supervisor',
    layoutId: 'default',
    rights: {
      visibility: 'all',
      create: true,
      edit: true,
      changeStatus: true,
      close: true,
      delete: true,
      link: true,
      transfer: 'everyone',
    },
  },
  {
    id: 'read-only',
    name: 'Read only',
    layoutId: 'default',
    rights: {
      visibility: 'team',
      create: false,
      edit: false,
      changeStatus: false,
      close: false,
      delete: false,
      link: false,
      transfer: 'none',
    },
  },
];

export const demoStatuses: readonly Status[] = [
  {
    id: 'new',
    label: { en: 'New', fr: 'Nouveau' },
    closed: false,
    tone: 'info',
    order: 1,
    next: ['open', 'pending', 'escalated', 'resolved', 'closed'],
  },
  { id: 'open', label: { en: 'Open', fr: 'Ouvert' }, closed: false, tone: 'neutral', order: 2 },
  {
    id: 'pending',
    label: { en: 'Pending customer', fr: 'En attente client' },
    closed: false,
    tone: 'warning',
    order: 3,
  },
  { id: 'escalated', label: { en: 'Escalated', fr: 'Escaladé' }, closed: false, tone: 'danger', order: 4 },
  {
    id: 'resolved',
    label: { en: 'Resolved', fr: 'Résolu' },
    closed: true,
    tone: 'success',
    order: 5,
    next: ['open', 'closed'],
  },
  {
    id: 'closed',
    label: { en: 'Closed', fr: 'Clos' },
    closed: true,
    tone: 'neutral',
    order: 6,
    next: ['open'],
  },
];
