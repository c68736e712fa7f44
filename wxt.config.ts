import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module: the Vite preset does the JSX transform and the react -> preact/compat aliasing.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Outlet Diff',
    description: 'See what this outlet added, omitted or reworded compared with other outlets on the same story.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'outlet-diff@outlet-diff.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
