import type { ReactiveElement } from 'lit';
import type * as SaveNotices from './save-notices.js';

// The conflict panel and the error summary show only after a save attempt (or a draft restored from
// an older version): their code is loaded the first time one is needed, not with every page.
let loaded: typeof SaveNotices | undefined;
let loading: Promise<unknown> | undefined;

function load(): Promise<unknown> {
  loading ??= import('./save-notices.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The notices' code once it is here; until then `undefined`, and `host` renders again when it arrives. */
export function saveNotices(host: ReactiveElement): typeof SaveNotices | undefined {
  if (!loaded) {
    load().then(
      () => host.requestUpdate(),
      () => undefined,
    );
  }
  return loaded;
}

/** The load under way, if one is (`updateComplete` waits for it, so the notices are there after it). */
export const saveNoticesLoading = (): Promise<unknown> | undefined => (loaded ? undefined : loading);
