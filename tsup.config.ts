import path from 'node:path'
import {defineConfig, type Options} from 'tsup'

const shared = {
  entry: {index: 'src/index.ts'},
  dts: {compilerOptions: {ignoreDeprecations: '6.0'}},
  target: 'node20',
  platform: 'neutral',
  treeshake: true
} as const

/**
 * An esbuild plugin: an import of the module of another entry becomes an
 * import of that entry's build next to this one (`../index.js` in
 * `src/node/` is `./index.js` in `dist/`), instead of a second copy.
 *
 * @param builds
 *   Built file (`./index.js`) by source file (`src/index.ts`).
 * @returns
 *   Plugin.
 */
function sharedBuilds(builds: Record<string, string>): NonNullable<Options['esbuildPlugins']>[number] {
  const byFile = new Map(Object.entries(builds).map(([file, built]) => [path.resolve(file), built]))

  return {
    name: 'shared-builds',
    setup(build) {
      build.onResolve({filter: /^\.\.?\//}, function (args) {
        const built = byFile.get(path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'))
        return built ? {path: built, external: true} : undefined
      })
    }
  }
}

export default defineConfig([
  // ESM: the dependencies stay packages of their own, shared with the user’s unified.
  {...shared, format: ['esm']},
  // CJS: unified, retext and vfile are ESM only, so `require()` gets them bundled.
  {...shared, format: ['cjs'], noExternal: [/.*/]},
  // `deboiler/node` (files, worker threads), ESM: imports the library from
  // `dist/index.js`; the worker is its own file, `dist/worker.js`, loaded by
  // the ESM and the CJS build alike (`src/node/pool.ts` finds it next to
  // itself).
  {
    entry: {node: 'src/node/index.ts', worker: 'src/node/worker.ts'},
    format: ['esm'],
    dts: {entry: {node: 'src/node/index.ts'}, compilerOptions: {ignoreDeprecations: '6.0'}},
    target: 'node20',
    platform: 'node',
    // The types carry their own copy of the library's they use (as
    // `dist/node.d.cts` does): rollup would keep `../index.js` as written.
    esbuildPlugins: [sharedBuilds({'src/index.ts': './index.js'})],
    removeNodeProtocol: false
  },
  // `deboiler/node`, CJS: everything bundled (the worker stays ESM).
  {
    entry: {node: 'src/node/index.ts'},
    format: ['cjs'],
    dts: {entry: {node: 'src/node/index.ts'}, compilerOptions: {ignoreDeprecations: '6.0'}},
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    shims: true,
    removeNodeProtocol: false
  },
  // `deboiler/queue` (BullMQ on Redis), ESM and CJS: imports the library and
  // the Node entry from their builds next to it; `bullmq` and `ioredis` are
  // optional peer dependencies, never bundled.
  {
    entry: {queue: 'src/queue/index.ts'},
    format: ['esm'],
    dts: {entry: {queue: 'src/queue/index.ts'}, compilerOptions: {ignoreDeprecations: '6.0'}},
    target: 'node20',
    platform: 'node',
    external: ['bullmq', 'ioredis'],
    esbuildPlugins: [sharedBuilds({'src/index.ts': './index.js'})],
    removeNodeProtocol: false
  },
  {
    entry: {queue: 'src/queue/index.ts'},
    format: ['cjs'],
    dts: {entry: {queue: 'src/queue/index.ts'}, compilerOptions: {ignoreDeprecations: '6.0'}},
    target: 'node20',
    platform: 'node',
    external: ['bullmq', 'ioredis'],
    noExternal: [/^(?!bullmq$|ioredis$)/],
    removeNodeProtocol: false
  },
  // CLI (`bin`): ESM for Node only. It imports the library and the Node entry
  // from the ESM builds next to it (`dist/index.js`, `dist/node.js`) instead
  // of carrying second copies.
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [
      sharedBuilds({'src/index.ts': './index.js', 'src/node/index.ts': './node.js', 'src/queue/index.ts': './queue.js'})
    ],
    removeNodeProtocol: false,
    banner: {js: '#!/usr/bin/env node'}
  }
])
