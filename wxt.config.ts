import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// What only comparing needs: alignment, word diff (and jsdiff), quotes, drift, and the consensus built on them.
const ENGINE_MODULES = /[\\/]lib[\\/](?:compare\.ts|align[\\/]|diff[\\/]|quotes[\\/]|drift[\\/]|match[\\/]coverage-consensus\.ts)|[\\/]node_modules[\\/]diff[\\/]/;
/** linkedom, the DOM of Chrome's service worker (components/services/parse-html.ts). */
const LINKEDOM = /[\\/]node_modules[\\/]linkedom[\\/]/;

// WXT has no Preact module: the Vite preset does the JSX transform and the react -> preact/compat aliasing.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: ({ browser }) => ({
    plugins: [preact()],
    build: {
      // Extension pages run in browsers with native modulepreload; Vite's polyfill would fetch() chunks.
      modulePreload: { polyfill: false },
      // Firefox's background page parses with its own DOMParser (parse-html.ts branches on
      // import.meta.env.FIREFOX), so nothing there calls linkedom; its modules only look impure to the
      // bundler (top-level class and prototype set-up), which kept all of it. Said side-effect free in
      // the Firefox build only, the unused parser is dropped (README, "Feeds": the background's size).
      ...(browser === 'firefox' ? { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !LINKEDOM.test(id) } } } : {}),
    },
  }),
  hooks: {
    // The comparison engine is a chunk of its own in the pages' build (the content script is one file):
    // the popup loads it while the page is read (components/Popup.tsx), so the popup's up-front code
    // stays within its budget (npm run bench).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'popup')) return;
      const output = config.build?.rollupOptions?.output;
      if (!config.build || Array.isArray(output)) return;
      // The text modules the engine shares with the views (tokens, word keys, sentences) are a chunk of
      // their own, and the engine group takes only its own modules: the engine chunk must not take what
      // the popup needs up front.
      const codeSplitting = {
        groups: [
          { name: 'text', test: /[\\/]lib[\\/]text[\\/]/, priority: 2 },
          { name: 'engine', test: ENGINE_MODULES, priority: 1, includeDependenciesRecursively: false },
        ],
      };
      config.build.rollupOptions = { ...config.build.rollupOptions, output: { ...output, codeSplitting } as typeof output };
    },
  },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // No host access at install: the toolbar click grants the current tab (activeTab). Everything else is
    // asked for when the reader turns a feature on: one site's access to read a link, access to all sites
    // to read another open tab or to remember the articles read, the link menu (contextMenus).
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? ['alarms'] : [])],
    // Feeds: `alarms` for the 30-minute refresh is asked with the first subscription (in the same prompt as
    // the feed's site), never at install; each feed's host (and its articles' host) is asked for when
    // subscribing, never all sites. Firefox (ESR 153, tried) takes alarms, menus and contextMenus only at
    // install: its manifest schema lists them as install-only permissions without a prompt, and declared
    // optional each is dropped with a warning (permissions.request then throws). So its build has no link
    // menu and holds alarms from install (tests/browser/firefox/harness.e2e.ts reads Firefox's warnings).
    // webRequest (Chrome) is asked with the first feed or link: a browser hides a redirect's target from
    // fetch, and Chrome's webRequest shows the extension where its own request was sent, so the target can
    // be checked against the granted sites before it is requested. Firefox does not report an extension's
    // own requests to its webRequest (tried in Firefox ESR 153), so its build does not ask for it.
    ...(browser === 'firefox' ? {} : { optional_permissions: ['contextMenus', 'alarms', 'webRequest'] }),
    optional_host_permissions: ['<all_urls>'],
    // One extension across normal and private windows (the default, stated): the code that keeps pages
    // (remember, link menu) checks the tab and refuses private ones; 'split' would run a second copy there.
    incognito: 'spanning',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'outlet-diff@outlet-diff.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142; without this, web-ext lint warns.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
