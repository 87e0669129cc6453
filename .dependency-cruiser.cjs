/**
 * Who may import whom (docs/architecture.md, "Who may import whom"). `npm run boundaries` checks
 * it, and `npm test` runs that before anything else; tests/repo/boundaries.test.ts proves a
 * violation fails.
 */
const browserShared = '^shared/anchor/';
/** The pure part of shared/: no DOM, no Node; everything but the browser part. */
const pureShared = '^shared/(?!anchor/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'sdk-imports-shared-only',
      comment: 'The SDK runs in customers\' pages: it may use shared/, never the extension or the server.',
      severity: 'error',
      from: { path: '^sdk/' },
      to: { path: '^(extension|server|scripts|tests)/' },
    },
    {
      name: 'server-imports-shared-only',
      comment: 'The server and the CLI may use shared/, never the SDK or the extension.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(sdk|extension|scripts|tests)/' },
    },
    {
      name: 'extension-imports-shared-and-sdk-preview-only',
      comment: 'The extension uses shared/; of the SDK only sdk/preview (the renderers, for previews); never the server.',
      severity: 'error',
      from: { path: '^extension/' },
      to: { path: '^(server|scripts|tests)/|^sdk/(?!preview/)' },
    },
    {
      name: 'shared-imports-no-package',
      comment: 'shared/ is what the packages have in common: it depends on none of them.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(sdk|extension|server|scripts|tests|demo)/' },
    },
    {
      name: 'pure-shared-imports-no-browser-code',
      comment: 'The pure part of shared/ runs in Node too: it may not import shared/anchor (DOM).',
      severity: 'error',
      from: { path: pureShared },
      to: { path: browserShared },
    },
    {
      name: 'shared-and-sdk-import-no-node-builtins',
      comment: 'shared/ and the SDK run in browsers: no node: modules.',
      severity: 'error',
      from: { path: '^(shared|sdk)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-imports-no-browser-code',
      comment: 'Node code does not import shared/anchor; only the script waymark check runs inside the page does.',
      severity: 'error',
      from: { path: '^server/', pathNot: '^server/cli/check/inPage/' },
      to: { path: browserShared },
    },
    {
      name: 'extension-messages-stay-in-the-extension',
      comment: 'shared/messages is the builder\'s own channel (panel, background, page): the SDK and the server do not use it.',
      severity: 'error',
      from: { path: '^(sdk|server)/' },
      to: { path: '^shared/messages/' },
    },
    {
      name: 'reference-analytics-are-types-only-in-browsers',
      comment: 'shared/analytics is the reference (the oracle the server\'s SQL is tested against): the SDK and the extension may use its types, not run it.',
      severity: 'error',
      from: { path: '^(sdk|extension)/' },
      to: { path: '^shared/analytics/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-cycles-in-shared',
      comment: 'shared/ is layered (schema below targeting, api above both): no module imports itself back.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency (a build\'s output, dist/, exists only after the build).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '(^|/)dist/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|sdk/dist|server/dist|\\.output|\\.wxt|\\.packages-test)/|/node_modules/' },
    // Type-only imports count: a cycle or a forbidden edge through types is still one.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
