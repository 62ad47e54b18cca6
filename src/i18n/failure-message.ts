import { isCaseKitError } from '../adapters/errors.js';
import type { Translator } from './strings.js';

/**
 * What a refused case action says next to its control: the backend's reason when it gave one,
 * otherwise the error code in words (a stale version, a case gone, the network, an outage…).
 */
export function failureMessage(t: Translator, error: unknown): string {
  if (!isCaseKitError(error)) return t.t('error.unknown');
  switch (error.code) {
    case 'forbidden':
      return error.reason ? t.reason(error.reason) : t.t('error.forbidden');
    case 'conflict':
      return error.reason ? t.reason(error.reason) : t.t('caseActions.conflict');
    case 'not-found':
      return t.t('caseActions.gone');
    case 'unavailable':
      return error.retryAfter
        ? t.t('error.unavailable-retry', { count: error.retryAfter })
        : t.t('error.unavailable');
    case 'validation': {
      const [first] = Object.values(error.fieldErrors ?? {});
      if (first?.code === 'unknown-agent' || first?.code === 'unknown-status') {
        return t.reason({ code: first.code });
      }
      return first ? `${t.t('error.validation')} ${t.issue(first)}` : t.t('error.validation');
    }
    default:
      return t.t(`error.${error.code}`);
  }
}
