/**
 * casekit: the element classes, events, context keys, the domain model and the adapter contract.
 * No side effects: `import 'casekit/define.js'` registers the tags.
 */

// elements
export { CaseKitProvider, sessionStates, type SessionState } from './elements/provider/provider.js';
export { OwnerPicker } from './elements/owner-picker/owner-picker.js';
export { StatusPicker } from './elements/status-picker/status-picker.js';
export { DeleteCase } from './elements/delete-case/delete-case.js';
export { CaseList } from './elements/case-list/case-list.js';
export { CaseForm, type CaseFormMode } from './elements/case-form/case-form.js';
export type { FieldRenderContext, FieldRenderer, FieldRenderers } from './elements/case-form/fields.js';
export {
  WebStorageDraftStore,
  MemoryDraftStore,
  clearCaseDrafts,
  defaultDraftTtlMs,
  type CaseDraft,
  type DraftStore,
  type FormValues,
} from './controllers/draft-store.js';
export type { CaseListViewState } from './elements/case-list/view-state.js';

// events
export * from './events/index.js';

// context and controllers
export { adapterContext } from './context/adapter.js';
export { sessionContext } from './context/session.js';
export { LocaleController, inheritedLang, inheritedDirection } from './controllers/locale.js';
export {
  CaseQueryController,
  type CaseQueryControllerOptions,
  type CaseQueryStatus,
  type CaseMutationResult,
} from './controllers/case-query.js';
export { ComboboxController, type ComboboxChoice, type ComboboxOptions } from './controllers/combobox.js';
export {
  CasePageQuery,
  type CaseListQuery,
  type CasePageQueryStatus,
} from './controllers/case-page-query.js';
export { VirtualRowsController, maxScrollHeight } from './controllers/virtual-rows.js';

// theme
export { tokens, toneTokens, type TokenName } from './styles/tokens.js';
export { hostStyles } from './styles/host.js';

// the domain model
export type * from './model/types.js';
export { customFieldTypes, interactionChannels, statusTones, systemFieldKeys } from './model/types.js';
export type { CaseKitDataset } from './model/dataset.js';
export {
  parseLayout,
  LayoutError,
  lintLayout,
  type LayoutProblem,
  type LayoutProblemCode,
  type LayoutWarning,
  type LayoutWarningCode,
} from './model/layout.js';
export { validateCaseInput, type CaseInput } from './model/validation.js';
export { can, policyReasonCodes, type PolicyReasonCode } from './model/policy.js';

// adapters
export type * from './adapters/contract.js';
export {
  CaseKitError,
  errorCodes,
  isCaseKitError,
  isAbortError,
  type CaseKitErrorInit,
  type ErrorCode,
  type FieldIssue,
} from './adapters/errors.js';

// strings
export {
  Translator,
  registerStrings,
  setStringOverrides,
  translatorFor,
  type StringKey,
  type StringOverrides,
  type StringsTable,
} from './i18n/strings.js';
export { localize } from './i18n/format.js';
