import type { CaseKitChange } from '../contract.js';

type Source = 'local' | 'feed';

const keepMs = 30_000;
const capacity = 500;

function keyOf(change: CaseKitChange): string {
  return [change.type, change.caseId, change.interactionId ?? '', change.version ?? ''].join('\u0000');
}

/**
 * The adapter announces its own changes as soon as the server confirms them, and the change feed
 * announces them again a moment later (or, rarely, a moment before). This pairs the two so each
 * change reaches listeners once.
 */
export class OwnChanges {
  readonly #recent = new Map<string, { source: Source; at: number }>();

  /** Whether to announce a change from `source` (false: the other source already did). */
  admit(change: CaseKitChange, source: Source, now = Date.now()): boolean {
    this.#expire(now);
    const key = keyOf(change);
    const seen = this.#recent.get(key);
    if (seen && seen.source !== source) {
      this.#recent.delete(key);
      return false;
    }
    this.#recent.delete(key);
    this.#recent.set(key, { source, at: now });
    if (this.#recent.size > capacity) {
      const oldest = this.#recent.keys().next().value;
      if (oldest !== undefined) this.#recent.delete(oldest);
    }
    return true;
  }

  clear(): void {
    this.#recent.clear();
  }

  #expire(now: number): void {
    for (const [key, { at }] of this.#recent) {
      if (now - at <= keepMs) break;
      this.#recent.delete(key);
    }
  }
}
