import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/define.js';
import '../src/i18n/fr.js';
import { WebStorageDraftStore, clearCaseDrafts } from '../src/index.js';
import manifest from '../custom-elements.json';
import {
  createStoryAdapter,
  createStoryBackend,
  type BackendParameters,
  type DemoProfile,
} from '../stories/support/backend.js';

// The docs tables (properties, events, parts, tokens) come from the manifest.
setCustomElementsManifest(manifest);

/** Toolbar: the signed-in profile, the language and the colour scheme follow the host page. */
const withHost: Decorator = (story, context) => {
  const { locale, theme, profile } = context.globals as {
    locale: string;
    theme: string;
    profile: DemoProfile;
  };
  document.documentElement.lang = locale;
  document.documentElement.style.colorScheme = theme;
  const parameters = (context.parameters['casekit'] ?? {}) as BackendParameters;
  if (parameters.provider === false) return story();
  const adapter = createStoryAdapter(parameters.profile ?? profile);
  return html`<ck-provider .adapter=${adapter}>${story()}</ck-provider>${nothing}`;
};

const preview: Preview = {
  loaders: [mswLoader()],
  async beforeEach(context) {
    // Every story starts as its own state shows it: no draft that an earlier story typed is restored.
    clearCaseDrafts(new WebStorageDraftStore());
    const parameters = (context.parameters['casekit'] ?? {}) as BackendParameters;
    const profile = parameters.profile ?? (context.globals['profile'] as DemoProfile);
    const backend = createStoryBackend(profile, parameters);
    context.msw.use(...backend.handlers);
  },
  decorators: [withHost],
  globalTypes: {
    profile: {
      description: 'Signed-in profile',
      toolbar: {
        title: 'Profile',
        icon: 'user',
        items: [
          { value: 'agent', title: 'Agent' },
          { value: 'junior', title: 'Junior' },
          { value: 'supervisor', title: 'Supervisor' },
          { value: 'read-only', title: 'Read-only' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language (lang of the host page)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'color-scheme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { profile: 'agent', locale: 'en', theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
