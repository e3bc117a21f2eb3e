// The file ncc bundles into dist/index.js. ncc writes an ES module bundle for an entry in a "type":
// "module" package and CommonJS for a .cjs entry; a CommonJS main file starts about 2 ms sooner (no ESM
// loader, no `module` import for createRequire), a twentieth of a bare `node` start (docs/performance.md).
// scripts/action-bundle.ts names the bundle dist/index.js and marks dist/ as CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports, no-undef
require('./index.ts')
