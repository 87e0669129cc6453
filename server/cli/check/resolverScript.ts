import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let built: Promise<string> | undefined;

/** The in-page resolver as one script, bundled from the shared source each run so it never drifts from the SDK's. */
export function resolverScript(): Promise<string> {
  built ??= build({
    entryPoints: [fileURLToPath(new URL('./inPage/resolveInPage.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return built;
}
