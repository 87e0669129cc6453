/** Fills sdk/dist, the files of the @waymark/sdk package, from the SDK builds in dist/sdk (scripts/build.ts). */
import { cpSync, rmSync } from 'node:fs';

export function buildSdkPackage(from = 'dist/sdk', to = 'sdk/dist'): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
