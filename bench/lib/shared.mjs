// The shared benchmark folder: where it is, its sets, and its scorer.
//
// `shared/` is found at `$DEBOILER_SHARED`, else beside the repository root
// (`<repo>/../shared`). Quality figures always come from its
// `bench/score.mjs`, run as a child process (`--json`).

import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {fail} from './cli.mjs'
import {runNode} from './measure.mjs'

/** Root of the repository. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Every set in `shared/bench`, the dev set first. */
export const sets = [
  'dev/cases.jsonl',
  'fundus/dev.jsonl',
  'pagetypes/dev.jsonl',
  'variants/cheerio-text.jsonl',
  'variants/html-to-text.jsonl',
  'variants/markdown.jsonl'
]

/**
 * Path of a file in `shared/bench` (`dev/cases.jsonl`, `score.mjs`…); stops
 * with a message when it is not there.
 *
 * @param {string} name
 * @returns {string}
 */
export function benchFile(name) {
  const shared = process.env.DEBOILER_SHARED ? resolve(process.env.DEBOILER_SHARED) : resolve(root, '..', 'shared')
  const path = join(shared, 'bench', name)
  if (!existsSync(path)) {
    fail(
      `not found: ${path}; place shared/ beside the repository (${resolve(root, '..')}) or set DEBOILER_SHARED=/path/to/shared`
    )
  }

  return path
}

/**
 * Read a JSON Lines file: its objects, bad lines skipped.
 *
 * @param {string} path
 * @returns {Array<any>}
 */
export function readJsonl(path) {
  const rows = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue
    try {
      const value = JSON.parse(line)
      if (value && typeof value === 'object' && !Array.isArray(value)) rows.push(value)
    } catch {
      // Not JSON: the scorer warns about these itself.
    }
  }

  return rows
}

/**
 * Run `shared/bench/score.mjs` with `args` and `--json`, and give its result
 * (stop, exit code 2, when it fails).
 *
 * @param {Array<string>} args
 *   Scorer arguments (`--cases FILE --module FILE`…).
 * @param {{nodeArgs?: Array<string>, env?: Record<string, string>}} [how]
 * @returns {Promise<any>}
 */
export async function score(args, how = {}) {
  const run = await runNode([...(how.nodeArgs ?? []), benchFile('score.mjs'), ...args, '--json'], {
    stdout: 'pipe',
    env: how.env
  })
  // The scorer says what is wrong on stderr (ours).
  if (run.code !== 0) fail(`score.mjs exited with ${run.code}`)
  return JSON.parse(run.stdout)
}

/**
 * A page's text as HTML source: a head with a script and a style, each line
 * in a tag with attributes (the HTML inputs of `npm run bench` and
 * `bench/same.mjs`).
 *
 * @param {string} text
 * @returns {string}
 */
export function htmlPage(text) {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => `<div class="block b${index}"><p class="text">${line}</p></div>`)
  return [
    '<!doctype html>',
    '<html lang="en"><head><title>Page</title>',
    '<script type="text/javascript">var slots = {top: "728x90", side: "160x600"};</script>',
    '<style>p > a {color: red}</style></head><body>',
    ...lines,
    '</body></html>'
  ].join('\n')
}
