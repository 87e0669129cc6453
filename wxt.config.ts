import { defineConfig } from 'wxt';

// The builder extension (Manifest V3). Host access is requested at run time per connected site.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifest: {
    name: 'Waymark builder',
    description: 'Author, preview and publish in-app onboarding flows on your live app.',
    permissions: ['activeTab', 'scripting', 'storage', 'sidePanel'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
});
