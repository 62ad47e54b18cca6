// One module per event family; element issues add theirs beside these.
export { UnauthenticatedEvent, CaseKitErrorEvent } from './provider.js';
export {
  OwnerChangeEvent,
  CaseTransferredEvent,
  StatusChangeEvent,
  CaseStatusChangedEvent,
  CaseDeleteEvent,
  CaseDeletedEvent,
} from './case-actions.js';
export { CaseOpenEvent, CaseCreateEvent, ViewChangeEvent } from './navigation.js';
export { CaseSaveEvent, CaseSavedEvent, CancelEvent } from './case-form.js';
