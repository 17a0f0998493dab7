import {defineConfig} from 'tsup'

const shared = {
  entry: {index: 'src/index.ts'},
  dts: {compilerOptions: {ignoreDeprecations: '6.0'}},
  target: 'node20',
  platform: 'neutral',
  treeshake: true
} as const

export default defineConfig([
  // ESM: the dependencies stay packages of their own, shared with the user’s unified.
  {...shared, format: ['esm']},
  // CJS: unified, retext and vfile are ESM only, so `require()` gets them bundled.
  {...shared, format: ['cjs'], noExternal: [/.*/]},
  // `deboiler/node` (files, worker threads), ESM: imports the library from
  // `dist/index.js`; the worker is its own file, `dist/worker.js`, loaded by
  // the ESM and the CJS build alike.
  {
    entry: {node: 'src/node.ts', worker: 'src/worker.ts'},
    format: ['esm'],
    dts: {entry: {node: 'src/node.ts'}, compilerOptions: {ignoreDeprecations: '6.0'}},
    target: 'node20',
    platform: 'node',
    external: ['./index.js'],
    removeNodeProtocol: false
  },
  // `deboiler/node`, CJS: everything bundled (the worker stays ESM).
  {
    entry: {node: 'src/node.ts'},
    format: ['cjs'],
    dts: {entry: {node: 'src/node.ts'}, compilerOptions: {ignoreDeprecations: '6.0'}},
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    shims: true,
    removeNodeProtocol: false
  },
  // CLI (`bin`): ESM for Node only. It imports the library and the Node entry
  // from the ESM builds next to it (`dist/index.js`, `dist/node.js`) instead
  // of carrying second copies.
  {
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external: ['./index.js', './node.js'],
    removeNodeProtocol: false,
    banner: {js: '#!/usr/bin/env node'}
  }
])
