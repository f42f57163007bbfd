import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { versionDefine } from './scripts/version.mjs';

const stub = fileURLToPath(new URL('./test/support/test-runner-commands-stub.ts', import.meta.url));
/** React 18, nested by the npm workspace test/react18 (the root's devDependency is React 19). */
const react18 = (pkg: string) =>
  fileURLToPath(new URL(`./test/react18/node_modules/${pkg}`, import.meta.url));

/**
 * Real headless Chromium (see scripts/chromium.mjs) for the browser and Storybook projects. A fresh
 * object per project: vitest names each project's instances inside the object it is given.
 */
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

// `define` is repeated per project: inline projects do not inherit the root config.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        define: versionDefine,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.node.test.ts'],
        },
      },
      {
        define: versionDefine,
        resolve: { alias: { '@web/test-runner-commands': stub } },
        optimizeDeps: { include: ['lit', 'lit/directive-helpers.js', '@open-wc/testing'] },
        test: {
          name: 'browser',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.node.test.ts', 'test/e2e/**'],
          browser: chromium(),
          // FC_SEED / FC_PATH replay one run of the model-based test (test/store/model.test.ts).
          provide: {
            reactMajor: '19',
            fcSeed: process.env.FC_SEED ?? '',
            fcPath: process.env.FC_PATH ?? '',
          },
        },
      },
      {
        // consent-elements/react under React 18: `react` and `react-dom` (with their subpaths) are
        // the copies in test/react18/node_modules, pre-bundled together so react-dom 18 and the
        // tests share one React; test/react.test.ts checks the version it runs with.
        define: versionDefine,
        resolve: {
          alias: {
            '@web/test-runner-commands': stub,
            react: react18('react'),
            'react-dom': react18('react-dom'),
          },
        },
        optimizeDeps: {
          include: [
            'lit',
            'lit/directive-helpers.js',
            '@open-wc/testing',
            'react',
            'react-dom',
            'react-dom/client',
          ],
        },
        test: {
          name: 'react18',
          include: ['test/react.test.ts'],
          browser: chromium(),
          provide: { reactMajor: '18' },
        },
      },
      {
        define: versionDefine,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Every story is a test: it renders in Chromium, runs its play function, then axe
        // (a11y `test: 'error'` in .storybook/preview.ts fails the story on any violation).
        define: versionDefine,
        plugins: [
          storybookTest({
            configDir: fileURLToPath(new URL('./.storybook', import.meta.url)),
            disableAddonDocs: true,
          }),
        ],
        optimizeDeps: {
          include: ['lit', 'lit/directive-helpers.js', 'lit/directives/keyed.js'],
        },
        test: {
          name: 'storybook',
          browser: chromium(),
          // A file's first story also waits for Vite to prepare the file's modules: 11.6 s of the
          // 15 s browser default under a heavy load (stories/embed.stories.ts, Playground).
          testTimeout: 60_000,
        },
      },
    ],
  },
});
