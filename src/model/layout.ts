/**
 * Layout v1 (DESIGN.md, "Layout definition"): parse a document strictly, lint it for one profile,
 * and ask a parsed layout which fields show, which are required and what their values may be.
 * This module is the public face; the work lives in the `layout-*.ts` modules beside it.
 */
export { parseLayout, defaultLayoutSort } from './layout-parse.js';
export {
  LayoutError,
  layoutProblemCodes,
  type LayoutProblem,
  type LayoutProblemCode,
} from './layout-problems.js';
export { lintLayout, layoutWarningCodes, type LayoutWarning, type LayoutWarningCode } from './layout-lint.js';
export {
  fieldDefinition,
  isFieldRequired,
  isFieldVisible,
  isSystemField,
  ruleDependencies,
  ruleHolds,
  ruleSystemFields,
  type RuleValues,
} from './layout-rules.js';
export {
  fieldValueIssue,
  fieldValueOf,
  isEmailAddress,
  isEmptyFieldValue,
  isIsoDate,
  isIsoDateTime,
  isPhoneNumber,
  isWebUrl,
  listFieldTypes,
  rangeFieldTypes,
  satisfiesRequired,
  sameFieldValue,
  textFieldTypes,
  compileFieldPattern,
} from './layout-values.js';
