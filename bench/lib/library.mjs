// Loading deboiler: the built `dist/` (default), or `src/` through tsx.

import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {fail} from './cli.mjs'
import {root} from './shared.mjs'

let registered = false

/**
 * Path of the library's entry: `dist/index.js`, or `src/index.ts` with `src`.
 *
 * @param {boolean | undefined} src
 * @param {string} [name]
 *   Entry name (`index`, `node`, `cli`).
 * @returns {string}
 */
export function entry(src, name = 'index') {
  const path = src ? join(root, 'src', name + '.ts') : join(root, 'dist', name + '.js')
  if (!existsSync(path)) {
    fail(
      src
        ? `source entry not found: ${path}`
        : `built library not found: ${path}; run \`npm run build\` first (or pass --src to load src/ through tsx)`
    )
  }

  return path
}

/**
 * Import the library (`src` through tsx).
 *
 * @param {boolean | undefined} src
 * @returns {Promise<any>}
 */
export async function loadLibrary(src) {
  if (src) await typescript()
  const library = await import(pathToFileURL(entry(src)).href)
  if (typeof library.clean !== 'function') fail(`${entry(src)} does not export a function \`clean\``)
  return library
}

/**
 * Import the input generator of the fuzz tests, `test/util/fuzz.ts`, which
 * also makes the hostile input of the scaling runs.
 *
 * @returns {Promise<typeof import('../../test/util/fuzz.ts')>}
 */
export async function loadFuzz() {
  await typescript()
  return import(pathToFileURL(join(root, 'test', 'util', 'fuzz.ts')).href)
}

/**
 * Let `import()` load TypeScript (once; not again under `node --import tsx`).
 */
async function typescript() {
  if (registered || process.execArgv.some((arg) => arg.includes('tsx'))) return
  const {register} = await import('tsx/esm/api')
  register()
  registered = true
}
