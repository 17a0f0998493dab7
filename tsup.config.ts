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
  // CLI (`bin`): ESM for Node only. It imports the library from the ESM build
  // next to it (`dist/index.js`) instead of carrying a second copy.
  {
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external: ['./index.js'],
    removeNodeProtocol: false,
    banner: {js: '#!/usr/bin/env node'}
  }
])
