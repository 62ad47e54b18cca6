// Loaded first by the strict-CSP page: every violation is reported to the test in the parent frame.
import type { CspPageMessage } from './messages.js';

document.addEventListener('securitypolicyviolation', (event) => {
  const message: CspPageMessage = {
    kind: 'violation',
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
  };
  window.parent.postMessage(message, window.location.origin);
});
