/**
 * The package arrows of docs/architecture.md, enforced: `npm test` runs
 * `depcruise packages --config .dependency-cruiser.cjs` and fails on any violation.
 * Dependencies point towards core; a package may import only those listed for it.
 */
const allowed = {
  core: [],
  // The message catalogue is a leaf like core: it imports no package of ours, and every package but core may speak through it.
  i18n: [],
  record: ['core', 'i18n'],
  importer: ['core', 'record', 'i18n'],
  analytics: ['core', 'record', 'i18n'],
  store: ['core'],
  scenarios: ['core', 'record', 'i18n'],
  sim: ['core', 'importer', 'record', 'analytics', 'scenarios', 'i18n'],
  server: ['core', 'record', 'importer', 'analytics', 'store', 'scenarios', 'sim', 'i18n'],
  web: ['core', 'analytics', 'scenarios', 'i18n'],
  cli: ['core', 'record', 'importer', 'analytics', 'store', 'scenarios', 'sim', 'server', 'i18n'],
};
const packages = Object.keys(allowed);
const TESTS = '\\.(int\\.)?test\\.tsx?$|/e2e/|/test-support/|/testing/|\\.contract\\.ts$';

module.exports = {
  forbidden: [
    ...packages.map((name) => ({
      name: `${name}-imports-only-its-arrows`,
      comment: `packages/${name} may import ${allowed[name].length ? allowed[name].join(', ') : 'no other package'} (docs/architecture.md)`,
      severity: 'error',
      // Tests may reach further (a round trip through the scenario, an e2e run of the server).
      from: { path: `^packages/${name}/`, pathNot: TESTS },
      to: { path: `^packages/(?!(${[name, ...allowed[name]].join('|')})/)[^/]+/` },
    })),
    {
      name: 'web-takes-types-only',
      comment: 'the web app talks to the server over HTTP; from the other packages it takes types only (the message catalogue excepted: it is data)',
      severity: 'error',
      from: { path: '^packages/web/src/' },
      to: { path: '^packages/(?!web/|i18n/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-no-io',
      comment: 'the core is pure: no node built-ins, no npm packages',
      severity: 'error',
      from: { path: '^packages/core/src/', pathNot: '\\.test\\.ts$|/testing/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-circular',
      comment: 'no module cycles (type-only imports excepted: they vanish at run time)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
