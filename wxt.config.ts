import { defineConfig } from 'wxt';

// The builder extension (Manifest V3). Host access is requested at run time per connected site;
// the content script is injected on demand with chrome.scripting (no <all_urls> content script).
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Explicit imports keep extension/ type-checked by the repo's own tsconfig (no generated globals).
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Waymark builder',
    description: 'Author, preview and publish in-app onboarding flows on your live app.',
    permissions: browser === 'firefox' ? ['activeTab', 'scripting', 'storage'] : ['activeTab', 'scripting', 'storage', 'sidePanel'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Open the Waymark builder' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'builder@waymark.dev' } } } : {}),
  }),
});
