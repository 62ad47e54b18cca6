// The host page served by `npm start`: the kit on the embedded in-memory backend, kept in localStorage.
import '../src/define.js';
import '../src/i18n/fr.js';
import { html, render, type TemplateResult } from 'lit';
import {
  MemoryAdapter,
  MemoryStore,
  createDemoData,
  demoAgentIdByProfile,
  type DemoProfileId,
} from '../src/adapters/memory/index.js';
import './session-summary.js';
import { demoText, type DemoKey, type DemoLanguage } from './strings.js';

/**
 * The demo's modules, one per kit feature. Each element issue adds its module here: an id (the URL
 * hash), a label key and what to render inside the provider.
 */
interface DemoModule {
  readonly id: string;
  readonly label: DemoKey;
  render(): TemplateResult;
}

const modules: readonly DemoModule[] = [
  {
    id: 'cases',
    label: 'module.cases',
    render: () => html`<ck-case-list persist-key="demo-cases"></ck-case-list>`,
  },
  {
    id: 'case-form',
    label: 'module.caseForm',
    render: () => renderCaseForm(),
  },
  {
    id: 'session',
    label: 'module.session',
    render: () => html`<demo-session-summary></demo-session-summary>`,
  },
];

/** The case the form module shows after a save (a new case, or the one opened from the list). */
let formCaseId: string | undefined;
/** Its number, for the module's heading (read from the adapter when only the id is known). */
let formCaseNumber: string | undefined;

function openCase(caseId: string | undefined, number?: string): void {
  formCaseId = caseId;
  formCaseNumber = number;
  if (caseId !== undefined && number === undefined)
    adapter.getCase(caseId).then(
      (found) => {
        if (formCaseId !== caseId) return;
        formCaseNumber = found.number;
        show();
      },
      () => undefined, // the form says why it cannot show the case
    );
}

/** The module's heading: the open case's number, or "New case" (the form module), or its name. */
function heading(module: DemoModule, t: (key: DemoKey) => string): string {
  if (module.id !== 'case-form') return t(module.label);
  if (formCaseId === undefined) return t('caseForm.new');
  return formCaseNumber === undefined ? t('caseForm.case') : `${t('caseForm.case')} ${formCaseNumber}`;
}

function renderCaseForm(): TemplateResult {
  const t = (key: DemoKey) => demoText(preferences.lang, key);
  const showCase = (caseId: string | undefined, number?: string) => {
    openCase(caseId, number);
    show();
  };
  return formCaseId
    ? html`<button class="demo-button demo-new-case" type="button" @click=${() => showCase(undefined)}>
          ${t('caseForm.new')}
        </button>
        <div class="demo-case-actions">
          <ck-owner-picker case-id=${formCaseId}></ck-owner-picker>
          <ck-status-picker case-id=${formCaseId}></ck-status-picker>
          <ck-delete-case
            confirm-by-number
            case-id=${formCaseId}
            @ck-case-deleted=${() => showCase(undefined)}
          ></ck-delete-case>
        </div>
        <ck-case-form mode="view" case-id=${formCaseId}></ck-case-form>`
    : html`<ck-case-form
        mode="create"
        @ck-case-saved=${(event: HTMLElementEventMap['ck-case-saved']) =>
          showCase(event.case.id, event.case.number)}
      ></ck-case-form>`;
}

const profiles = Object.keys(demoAgentIdByProfile) as DemoProfileId[];
const languages: readonly DemoLanguage[] = ['en', 'fr'];
const themes = ['system', 'light', 'dark'] as const;
type Theme = (typeof themes)[number];

interface Preferences {
  readonly profile: DemoProfileId;
  readonly lang: DemoLanguage;
  readonly theme: Theme;
}

const preferencesKey = 'casekit-demo:preferences';

function loadPreferences(): Preferences {
  const fallback: Preferences = { profile: 'agent', lang: 'en', theme: 'system' };
  try {
    const saved = JSON.parse(localStorage.getItem(preferencesKey) ?? '{}') as Partial<Preferences>;
    return {
      profile: profiles.includes(saved.profile!) ? saved.profile! : fallback.profile,
      lang: languages.includes(saved.lang!) ? saved.lang! : fallback.lang,
      theme: themes.includes(saved.theme!) ? saved.theme! : fallback.theme,
    };
  } catch {
    return fallback;
  }
}

let preferences = loadPreferences();

// One store for every profile, so a case created as one agent is there when signing in as another.
const store = new MemoryStore(createDemoData(), { storage: localStorage });
const adapterFor = (profile: DemoProfileId) =>
  new MemoryAdapter({ data: store, agentId: demoAgentIdByProfile[profile], latencyMs: 150 });
let adapter = adapterFor(preferences.profile);

function update(changes: Partial<Preferences>): void {
  const profileChanged = changes.profile !== undefined && changes.profile !== preferences.profile;
  preferences = { ...preferences, ...changes };
  localStorage.setItem(preferencesKey, JSON.stringify(preferences));
  // A new adapter signs in as the new profile: the provider reloads the session, every element re-reads.
  if (profileChanged) adapter = adapterFor(preferences.profile);
  show();
}

function reset(): void {
  store.reset();
  adapter = adapterFor(preferences.profile);
  show();
}

function currentModule(): DemoModule {
  const id = location.hash.replace(/^#\/?/, '');
  return modules.find((module) => module.id === id) ?? modules[0]!;
}

function applyHostSettings(): void {
  const root = document.documentElement;
  root.lang = preferences.lang;
  if (preferences.theme === 'system') root.removeAttribute('data-theme');
  else root.dataset['theme'] = preferences.theme;
}

function show(): void {
  applyHostSettings();
  const { lang } = preferences;
  const t = (key: DemoKey) => demoText(lang, key);
  const active = currentModule();
  document.title = `${heading(active, t)} · ${t('title')}`;
  render(
    html`
      <header class="demo-header">
        <h1>${t('title')}</h1>
        <div class="demo-controls">
          <label class="demo-field">
            ${t('profile')}
            <select
              @change=${(event: Event) => update({ profile: (event.target as HTMLSelectElement).value as DemoProfileId })}
            >
              ${profiles.map(
                (profile) =>
                  html`<option value=${profile} ?selected=${profile === preferences.profile}>
                    ${t(`profile.${profile}`)}
                  </option>`,
              )}
            </select>
          </label>
          <label class="demo-field">
            ${t('language')}
            <select
              @change=${(event: Event) => update({ lang: (event.target as HTMLSelectElement).value as DemoLanguage })}
            >
              <option value="en" lang="en" ?selected=${lang === 'en'}>English</option>
              <option value="fr" lang="fr" ?selected=${lang === 'fr'}>Français</option>
            </select>
          </label>
          <label class="demo-field">
            ${t('theme')}
            <select
              @change=${(event: Event) => update({ theme: (event.target as HTMLSelectElement).value as Theme })}
            >
              ${themes.map(
                (theme) =>
                  html`<option value=${theme} ?selected=${theme === preferences.theme}>
                    ${t(`theme.${theme}`)}
                  </option>`,
              )}
            </select>
          </label>
          <button class="demo-button" type="button" @click=${reset}>${t('reset')}</button>
        </div>
      </header>
      <div class="demo-layout">
        <nav class="demo-nav" aria-label=${t('modules')}>
          <ul>
            ${modules.map(
              (module) =>
                html`<li>
                  <a href="#/${module.id}" aria-current=${module === active ? 'page' : 'false'}
                    >${t(module.label)}</a
                  >
                </li>`,
            )}
          </ul>
        </nav>
        <main class="demo-main">
          <h2 tabindex="-1">${heading(active, t)}</h2>
          <ck-provider
            .adapter=${adapter}
            @ck-case-open=${(event: HTMLElementEventMap['ck-case-open']) => {
              openCase(event.caseId);
              location.hash = '#/case-form';
            }}
            @ck-unauthenticated=${() => console.warn('casekit demo: the backend asked to sign in again')}
            @ck-error=${(event: HTMLElementEventMap['ck-error']) => console.error('casekit demo:', event.error)}
          >
            ${active.render()}
          </ck-provider>
        </main>
      </div>
    `,
    document.querySelector<HTMLElement>('#demo')!,
  );
}

// A new module, from the menu or a case opened in the list: focus starts at its heading (a screen
// reader says where the agent is; Tab goes on from there instead of from the top of the page).
window.addEventListener('hashchange', () => {
  show();
  document.querySelector<HTMLElement>('.demo-main h2')?.focus();
});
show();
