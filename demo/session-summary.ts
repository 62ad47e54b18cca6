import { LitElement, css, html, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property } from 'lit/decorators.js';
import { sessionContext } from '../src/context/session.js';
import { LocaleController } from '../src/controllers/locale.js';
import { localize } from '../src/i18n/format.js';
import type { Rights, Session } from '../src/model/types.js';
import { hostStyles } from '../src/styles/host.js';
import { tokens } from '../src/styles/tokens.js';
import { demoText, type DemoKey } from './strings.js';

/**
 * The demo's "Session" module: what the provider gives every element, shown by a host-written element
 * that consumes the kit's session context and builds on its tokens.
 */
export class DemoSessionSummary extends LitElement {
  static override styles = [
    hostStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: ${tokens.space4};
      }
      section {
        padding: ${tokens.space4};
        border: 1px solid ${tokens.border};
        border-radius: ${tokens.radius};
        background: ${tokens.surface};
      }
      h3 {
        margin-block: ${tokens.space4} ${tokens.space2};
        font-size: ${tokens.fontSize};
        color: ${tokens.textMuted};
        font-weight: ${tokens.fontWeightStrong};
      }
      h3:first-child {
        margin-block-start: 0;
      }
      .name {
        margin: 0;
        font-size: ${tokens.fontSizeLarge};
        font-weight: ${tokens.fontWeightStrong};
      }
      p {
        margin-block: ${tokens.space1};
      }
      ul {
        margin: 0;
        padding-inline-start: ${tokens.space4};
      }
      dl {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: ${tokens.space1} ${tokens.space3};
        margin: 0;
      }
      dd {
        margin: 0;
        font-weight: ${tokens.fontWeightStrong};
        text-align: end;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: ${tokens.space2};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .chip {
        padding-block: 0.125rem;
        padding-inline: ${tokens.space2};
        border-radius: 999px;
        background: var(--_tone-bg);
        color: var(--_tone-fg);
        font-size: ${tokens.fontSizeSmall};
        font-weight: ${tokens.fontWeightStrong};
      }
      .muted {
        color: ${tokens.textMuted};
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: Session;

  readonly #locale = new LocaleController(this);

  #t(key: DemoKey, params?: Record<string, string | number>): string {
    return demoText(this.#locale.lang, key, params);
  }

  override render(): TemplateResult {
    const session = this.session;
    if (!session) return html`<p role="status" class="muted">${this.#t('summary.loading')}</p>`;
    const { agent, profile, layout } = session;
    return html`<div class="grid">
      <section aria-labelledby="agent">
        <h3 id="agent">${this.#t('summary.agent')}</h3>
        <p class="name">${agent.name}</p>
        <p class="muted">${agent.email ?? ''}</p>
        <h3>${this.#t('summary.teams')}</h3>
        <ul>
          ${session.teams.map((team) => html`<li>${team.name}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="profile">
        <h3 id="profile">${this.#t('summary.profile', { name: profile.name })}</h3>
        <dl>${this.#rights(profile.rights)}</dl>
      </section>
      <section aria-labelledby="members">
        <h3 id="members">${this.#t('summary.teamMembers')}</h3>
        <ul>
          ${session.teamMembers.map((member) => html`<li>${member.name}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="statuses">
        <h3 id="statuses">${this.#t('summary.statuses')}</h3>
        ${this.#statusChips(session, false)}
        <h3>${this.#t('summary.closedStatuses')}</h3>
        ${this.#statusChips(session, true)}
        <h3>${this.#t('summary.layout')}</h3>
        <p>
          ${this.#t('summary.layoutShape', {
            fields: layout.fields.length,
            sections: layout.form.sections.length,
            columns: layout.list.columns.length,
          })}
        </p>
      </section>
    </div>`;
  }

  #statusChips(session: Session, closed: boolean): TemplateResult {
    const lang = this.#locale.lang;
    return html`<ul class="chips">
      ${session.statuses
        .filter((status) => status.closed === closed)
        .map(
          (status) => html`<li class="chip" data-tone=${status.tone}>${localize(status.label, lang)}</li>`,
        )}
    </ul>`;
  }

  #rights(rights: Rights): TemplateResult[] {
    const yesNo = (allowed: boolean) => this.#t(allowed ? 'yes' : 'no');
    const rows: [DemoKey, string][] = [
      ['right.visibility', this.#t(`right.visibility.${rights.visibility}`)],
      ['right.create', yesNo(rights.create)],
      ['right.edit', yesNo(rights.edit)],
      ['right.changeStatus', yesNo(rights.changeStatus)],
      ['right.close', yesNo(rights.close)],
      ['right.delete', yesNo(rights.delete)],
      ['right.link', yesNo(rights.link)],
      ['right.transfer', this.#t(`right.transfer.${rights.transfer}`)],
    ];
    return rows.map(
      ([key, value]) =>
        html`<dt>${this.#t(key)}</dt>
          <dd>${value}</dd>`,
    );
  }
}

// Guarded: the stories import this module too, and hot reloads evaluate it again.
if (!customElements.get('demo-session-summary'))
  customElements.define('demo-session-summary', DemoSessionSummary);

declare global {
  interface HTMLElementTagNameMap {
    'demo-session-summary': DemoSessionSummary;
  }
}
