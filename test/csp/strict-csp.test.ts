import { expect } from '@open-wc/testing';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import type { CspPageMessage, CspProbe } from './messages.js';

type Violation = Extract<CspPageMessage, { kind: 'violation' }>;

interface CspPageReport {
  readonly texts: Readonly<Record<string, string>>;
  readonly violations: readonly Violation[];
}

/** Opens the strict-CSP page in an iframe and collects what it reports, violations included. */
async function openStrictPage(probe?: CspProbe): Promise<CspPageReport> {
  const url = new URL('./strict-csp.html', import.meta.url);
  if (probe) url.searchParams.set('probe', probe);
  const iframe = document.createElement('iframe');
  iframe.title = 'casekit under a strict Content Security Policy';
  const violations: Violation[] = [];
  try {
    const texts = await new Promise<Readonly<Record<string, string>>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the strict-CSP page did not report')), 8000);
      window.addEventListener('message', function onMessage(event: MessageEvent<CspPageMessage>) {
        if (event.source !== iframe.contentWindow) return;
        const message = event.data;
        if (message.kind === 'violation') violations.push(message);
        else {
          clearTimeout(timer);
          window.removeEventListener('message', onMessage);
          if (message.kind === 'ready') resolve(message.texts);
          else reject(new Error(message.message));
        }
      });
      iframe.src = url.href;
      document.body.append(iframe);
    });
    // Violation events are queued tasks: give late ones time to arrive before judging.
    await new Promise((resolve) => setTimeout(resolve, 150));
    return { texts, violations };
  } finally {
    iframe.remove();
  }
}

describe('strict Content Security Policy', () => {
  it('renders the kit with no violation: no inline script or style, no eval, Trusted Types only', async () => {
    const expected = await new MemoryAdapter({
      data: createDemoData({ cases: 50 }),
      agentId: demoAgentIdByProfile.agent,
    }).getSession();

    const { texts, violations } = await openStrictPage();

    expect(violations).to.deep.equal([]);
    expect(texts['session']).to.equal(`${expected.agent.name} (${expected.profile.name})`);
    expect(texts['error']).to.contain('Your session could not be loaded.').and.contain('Try again');
    expect(texts['unconfigured']).to.contain('casekit is not configured');
    // The kit's styles (adopted style sheets) apply under style-src 'self'.
    expect(texts['retryCursor']).to.equal('pointer');
  });

  describe('the check itself', () => {
    it('sees an inline style attribute', async () => {
      const { violations } = await openStrictPage('inline-style');
      expect(violations.map((violation) => violation.directive)).to.include('style-src-attr');
    });

    it('sees HTML written from a string', async () => {
      const { violations } = await openStrictPage('html-sink');
      expect(violations.map((violation) => violation.directive)).to.include('require-trusted-types-for');
    });
  });
});
