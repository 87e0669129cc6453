import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBuilderPage } from '../lib/page/startBuilderPage.ts';

// Injected on demand by the background (chrome.scripting) into connected sites; never listed in the manifest.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startBuilderPage(ctx);
  },
});
