/**
 * Registers every casekit tag. The only module with a side effect: import it once, from the host page.
 * A tag already defined (the kit loaded twice, in two bundles) is left alone with a warning, so the
 * page keeps working with the first copy instead of throwing.
 *
 * @example
 * ```ts
 * import 'casekit/define.js';
 * ```
 */
import { CaseKitProvider } from './elements/provider/provider.js';
import { OwnerPicker } from './elements/owner-picker/owner-picker.js';
import { StatusPicker } from './elements/status-picker/status-picker.js';
import { DeleteCase } from './elements/delete-case/delete-case.js';
import { CaseList } from './elements/case-list/case-list.js';
import { CaseForm } from './elements/case-form/case-form.js';
import { warmUpCaseList } from './elements/case-list/warm-up.js';
import { afterFirstSession } from './elements/provider/first-session.js';

// Add each new element here; its class doc names its tag with `@tagname`, since the manifest analyzer
// does not see through this loop.
const elements: ReadonlyArray<readonly [tag: string, element: CustomElementConstructor]> = [
  ['ck-provider', CaseKitProvider],
  ['ck-owner-picker', OwnerPicker],
  ['ck-status-picker', StatusPicker],
  ['ck-delete-case', DeleteCase],
  ['ck-case-list', CaseList],
  ['ck-case-form', CaseForm],
];

for (const [tag, element] of elements) {
  const existing = customElements.get(tag);
  if (existing === undefined) customElements.define(tag, element);
  else if (existing !== element) {
    console.warn(
      `casekit: <${tag}> is already defined by another copy of the kit; this copy's element is not registered. ` +
        'Load casekit once per page (deduplicate it in your bundler).',
    );
  }
}

// The agent's first list paints sooner when its code has run once before (see `warmUpCaseList`).
afterFirstSession(warmUpCaseList);
