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
  {...shared, format: ['cjs'], noExternal: [/.*/]}
])
