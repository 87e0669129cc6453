/**
 * Where the server finds the SDK's builds (`<distDir>/sdk/`) and the Chatly demo. In the
 * repository: `dist/` and `demo/` under the working directory. The @waymark/server package swaps
 * this module for its own copy of the SDK builds and no demo (scripts/buildServerPackage.ts).
 */
export const assetPaths: { distDir: string; demoDir: string | null } = { distDir: 'dist', demoDir: 'demo' };
