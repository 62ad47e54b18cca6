import type { Entry } from './format.js';

/** The English strings table: every visible string of every element. Keys are grouped by prefix. */
export const en = {
  // system fields
  'field.number': 'Number',
  'field.title': 'Title',
  'field.status': 'Status',
  'field.owner': 'Owner',
  'field.crmCard': 'CRM card',
  'field.createdAt': 'Created',
  'field.updatedAt': 'Updated',

  // adapter error codes
  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.unauthenticated': 'Your session has expired. Sign in again.',
  'error.not-found': 'This item no longer exists, or you can no longer see it.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.conflict': 'Someone else changed this meanwhile.',
  'error.validation': 'Some values are not valid.',
  'error.unavailable': 'The service is unavailable right now. Try again in a moment.',
  'error.unavailable-retry': {
    one: 'The service is unavailable right now. Try again in {count} second.',
    other: 'The service is unavailable right now. Try again in {count} seconds.',
  },
  'error.unknown': 'Something went wrong.',

  // field validation issues
  'issue.required': 'This field is required.',
  'issue.pattern': 'This value does not have the expected format.',
  'issue.min': 'The value must be at least {min}.',
  'issue.max': 'The value must be at most {max}.',
  'issue.maxLength': { one: 'Use at most {count} character.', other: 'Use at most {count} characters.' },
  'issue.email': 'Enter an e-mail address, such as name@example.com.',
  'issue.phone': 'Enter a phone number, such as +33 1 23 45 67 89.',
  'issue.url': 'Enter a web address starting with https:// or http://.',
  'issue.number': 'Enter a number.',
  'issue.date': 'Enter a date.',
  'issue.datetime': 'Enter a date and time.',
  'issue.option': 'Choose one of the listed options.',
  'issue.type': 'This value has the wrong type.',
  'issue.unknown-field': 'This field is not part of the layout.',
  'issue.read-only': 'This field cannot be changed.',
  'issue.system-field': 'Change the owner and the status with their own actions.',

  // reasons (the policy's and the backend's refusals)
  'reason.no-right': 'Your profile does not allow this.',
  'reason.not-visible': 'This case belongs to someone outside your scope.',
  'reason.transfer-self-only': 'Your profile only lets you assign cases to yourself.',
  'reason.transfer-team-only': 'Your profile only lets you assign cases to members of your team.',
  'reason.same-owner': 'This case already belongs to this agent.',
  'reason.same-status': 'The case already has this status.',
  'reason.status-not-next': 'The case cannot move from its current status to this one.',
  'reason.cannot-close': 'Your profile does not allow closing cases.',
  'reason.unknown-agent': 'This agent is unknown.',
  'reason.unknown-status': 'This status is unknown.',

  // common actions and states
  'action.retry': 'Try again',
  'action.cancel': 'Cancel',
  'action.close': 'Close',
  'state.loading': 'Loading…',

  // ck-case-list
  'caseList.scope.own': 'My cases',
  'caseList.scope.team': "My team's cases",
  'caseList.scope.all': 'All cases',
  'caseList.scope.crmCard': 'Cases of {name}',
  'caseList.scope.crmCardUnnamed': 'Cases of this CRM card',
  'caseList.search.label': 'Search cases',
  'caseList.search.placeholder': 'Number, title or text',
  'caseList.create': 'New case',
  'caseList.count': { one: '{count} case', other: '{count} cases' },
  'caseList.loading': 'Loading cases…',
  'caseList.empty': 'No cases yet.',
  'caseList.noMatch': 'No case matches your search or filters.',
  'caseList.clearAll': 'Clear search and filters',
  'caseList.error': 'The cases could not be loaded.',
  'caseList.forbidden': 'Your profile does not allow you to see these cases.',
  'caseList.refreshFailed': 'The list could not be refreshed.',
  'caseList.crmCardLinked': 'Linked to CRM card {name}',
  'caseList.statusClosed': 'closed',
  'caseList.openInWorkspace': 'Open in the workspace',
  'caseList.yes': 'Yes',
  'caseList.no': 'No',
  'caseList.filters.button': 'Filters',
  'caseList.filters.active': { one: 'active filter', other: 'active filters' },
  'caseList.filters.title': 'Filter cases',
  'caseList.filters.clear': 'Clear all filters',
  'caseList.filters.done': 'Done',
  'caseList.filters.any': 'Any',
  'caseList.filters.openStatuses': 'All open',
  'caseList.filters.closedStatuses': 'All closed',
  'caseList.filters.ownerMe': 'Me',
  'caseList.filters.ownerTeam': 'My team',
  'caseList.filters.agents': 'Agents',
  'caseList.filters.linked': 'Linked to a CRM card',
  'caseList.filters.from': 'From',
  'caseList.filters.to': 'To',

  // ck-provider
  'provider.no-adapter': 'casekit is not configured: give <ck-provider> an adapter (its "adapter" property).',
  'provider.session-error': 'Your session could not be loaded.',
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof en;
export type StringsTable = Readonly<Record<StringKey, Entry>>;
