/**
 * Builds the @waymark/server package into server/dist: the CLI (and the server it starts) as one
 * ES module with the shared contract compiled in and npm packages left as the package's
 * dependencies, plus a copy of the SDK builds it serves at /sdk/. Run after the SDK build.
 */
import { build, type Plugin } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

/** `waymark check`'s in-page resolver, bundled now rather than by esbuild at run time. */
async function resolverScriptModule(): Promise<Plugin> {
  const resolver = await build({ entryPoints: ['server/cli/check/inPage/resolveInPage.ts'], bundle: true, write: false, format: 'iife', target: 'es2020', minify: true, logLevel: 'silent' });
  const script = resolver.outputFiles[0]!.text;
  return {
    name: 'waymark-package-modules',
    setup(build) {
      build.onLoad({ filter: /[\\/]server[\\/]cli[\\/]check[\\/]resolverScript\.ts$/ }, () => ({
        loader: 'ts',
        contents: `export const resolverScript = (): Promise<string> => Promise.resolve(${JSON.stringify(script)});`,
      }));
      build.onLoad({ filter: /[\\/]server[\\/]assetPaths\.ts$/ }, () => ({
        loader: 'ts',
        contents: `import { fileURLToPath } from 'node:url';
export const assetPaths: { distDir: string; demoDir: string | null } = { distDir: fileURLToPath(new URL('./public', import.meta.url)), demoDir: null };`,
      }));
    },
  };
}

export async function buildServerPackage(sdkDir = 'dist/sdk', to = 'server/dist'): Promise<void> {
  rmSync(to, { recursive: true, force: true });
  const nodeModule = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', legalComments: 'none', logLevel: 'warning' } as const;
  await build({ ...nodeModule, entryPoints: ['server/cli/waymark.ts'], outfile: `${to}/waymark.js`, plugins: [await resolverScriptModule()] });
  // The embedded store's reports replica runs in a worker thread: its module sits beside the CLI's.
  await build({ ...nodeModule, entryPoints: ['server/db/reportsReplicaWorker.ts'], outfile: `${to}/reportsReplicaWorker.js` });
  // The script-tag, split and snippet builds; the framework helpers and types are for bundlers only.
  cpSync(sdkDir, `${to}/public/sdk`, { recursive: true, filter: (path) => !/[\\/](types|react\.js|vue\.js)$/.test(path) });
}
