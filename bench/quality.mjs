#!/usr/bin/env node
// Quality benchmark: score `clean()` on the dev set with the shared scorer.
//
//   npm run bench:quality                       (builds, then scores dist/index.js)
//   node bench/quality.mjs [options] [scorer options]
//
// Options of this script:
//   --src        score src/index.ts through tsx instead of the built dist/index.js
//   --config N   score a configuration of bench/configs.mjs: clean (default),
//                named (named rules only, no chrome), precision, recall
//   --json       print one JSON object {scorer, summary} instead of the tables
//   --help
// Any other option is handed to ../shared/bench/score.mjs as is (`--limit 50`,
// `--source wcxb`, `--lang pt`, `--cases FILE`, `--jobs`, `--per-case FILE`,
// `--save-outputs FILE`, ...).
//
// The scorer prints its own table (mean and median F1, by source, by language);
// below it this script prints the figures issues 2 and 3 set bars on: mean
// P/R/F1, median F1, F1 per source, mean F1 of the non-English cases, and the
// pages returned empty while their gold is not. Bars are shown beside the
// figures; they are never asserted (exit code 0 whenever scoring ran).
//
// `shared/` is found beside the repository root (`<repo>/../shared`), or at
// `$DEBOILER_SHARED`.

import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')

// Options of score.mjs that take a value (all others it knows are flags).
const scorerValued = new Set([
  'cases',
  'module',
  'export',
  'cmd',
  'outputs',
  'per-case',
  'save-outputs',
  'source',
  'lang',
  'limit',
  'jobs',
  'timeout'
])
const scorerFlags = new Set(['by-source', 'by-lang', 'quiet'])

// Languages that do not count as “non-English”: `und` is what the dataset
// gives when its language guess failed (those pages are English prose).
const notForeign = new Set(['en', 'und'])

// Bars from issue 2 (recall, precision) and issue 3 (the rest).
const bars = {
  // Issue 2: above the no-op’s precision (0.631 on the whole dev set); the
  // no-op of the cases scored is used, so a `--limit` run compares like with like.
  precision: {op: '>', value: Number.NaN, from: 'issue 2'},
  recall: {op: '>=', value: 0.97, from: 'issue 2'},
  f1: {op: '>=', value: 0.93, from: 'issue 3'},
  medianF1: {op: '>=', value: 0.97, from: 'issue 3'},
  source: {op: '>=', value: 0.9, from: 'issue 3'},
  sourceCleaneval: {op: '>=', value: 0.89, from: 'issue 3'},
  foreign: {op: '>=', value: 0.85, from: 'issue 3'},
  empty: {op: '<=', value: 0, from: 'issue 3'}
}

const usage = `usage: node bench/quality.mjs [--src] [--json] [score.mjs options: --limit N --source a,b --lang x --cases FILE ...]`

main().catch((error) => {
  process.stderr.write(`bench:quality: ${error && error.stack ? error.stack : error}\n`)
  process.exit(1)
})

async function main() {
  // `| head` closes the pipe early: stop quietly.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  const args = parseArgs(process.argv.slice(2))
  if (args.help) {
    console.log(usage)
    return
  }

  const shared = findShared()
  const scorer = join(shared, 'bench', 'score.mjs')
  const cases = args.forward.cases
    ? resolve(String(args.forward.cases))
    : join(shared, 'bench', 'dev', 'cases.jsonl')
  if (!existsSync(scorer)) fail(`scorer not found: ${scorer}`)
  if (!existsSync(cases)) fail(`cases not found: ${cases}`)

  const module = args.src ? join(root, 'src', 'index.ts') : join(root, 'dist', 'index.js')
  if (!existsSync(module)) {
    fail(
      args.src
        ? `source entry not found: ${module}`
        : `built library not found: ${module}\nRun \`npm run build\` first (or pass --src to score src/ through tsx).`
    )
  }

  // The scorer writes per-case scores and outputs to files we read back; use
  // the caller’s paths when given (and keep them), else a temporary folder.
  const temporary = mkdtempSync(join(tmpdir(), 'deboiler-quality-'))
  try {
    const perCase = args.forward['per-case']
      ? resolve(String(args.forward['per-case']))
      : join(temporary, 'per-case.jsonl')
    const outputs = args.forward['save-outputs']
      ? resolve(String(args.forward['save-outputs']))
      : join(temporary, 'outputs.jsonl')

    const forward = {...args.forward, cases, 'per-case': perCase, 'save-outputs': outputs}
    if (!args.forward.cmd && !args.forward.outputs) {
      forward.module ??= join(root, 'bench', 'configs.mjs')
      forward.export ??= args.config
    }

    const scorerArgs = [scorer]
    for (const [key, value] of Object.entries(forward)) {
      scorerArgs.push('--' + key)
      if (value !== true) scorerArgs.push(String(value))
    }

    scorerArgs.push('--by-source', '--by-lang')
    if (args.json) scorerArgs.push('--json')

    const nodeArgs = args.src ? ['--import', 'tsx'] : []
    process.env.DEBOILER_ENTRY = module
    const run = await spawnNode([...nodeArgs, ...scorerArgs])
    if (run.code !== 0) {
      process.stdout.write(run.stdout)
      fail(`score.mjs exited with ${run.code}`)
    }

    const summary = summarize(perCase, outputs, cases, run.stdout, args.json)
    if (args.json) {
      const scorerResult = JSON.parse(run.stdout)
      summary.errors = scorerResult.errors
      process.stdout.write(JSON.stringify({scorer: scorerResult, summary}, null, 1) + '\n')
    } else {
      process.stdout.write(run.stdout)
      process.stdout.write(report(summary))
    }
  } finally {
    rmSync(temporary, {recursive: true, force: true})
  }
}

/**
 * Split argv into this script’s own flags and the scorer’s options.
 *
 * @param {Array<string>} argv
 * @returns {{src: boolean, json: boolean, help: boolean, forward: Record<string, string | true>}}
 */
function parseArgs(argv) {
  const result = {src: false, json: false, help: false, config: 'clean', forward: {}}

  for (let index = 0; index < argv.length; index++) {
    let arg = argv[index]
    if (!arg.startsWith('--')) fail(`unexpected argument: ${arg}\n${usage}`)
    arg = arg.slice(2)
    let value
    const eq = arg.indexOf('=')
    if (eq >= 0) {
      value = arg.slice(eq + 1)
      arg = arg.slice(0, eq)
    }

    if (arg === 'src' || arg === 'json' || arg === 'help') {
      result[arg] = true
    } else if (arg === 'config') {
      if (value === undefined) {
        if (index + 1 >= argv.length) fail(`--config needs a value\n${usage}`)
        value = argv[++index]
      }

      if (!['clean', 'named', 'precision', 'recall'].includes(value)) fail(`unknown --config ${value}\n${usage}`)
      result.config = value
    } else if (arg === 'by-source' || arg === 'by-lang') {
      // Always passed.
    } else if (scorerFlags.has(arg)) {
      result.forward[arg] = true
    } else if (scorerValued.has(arg)) {
      if (value === undefined) {
        if (index + 1 >= argv.length) fail(`--${arg} needs a value\n${usage}`)
        value = argv[++index]
      }

      result.forward[arg] = value
    } else {
      fail(`unknown option --${arg}\n${usage}`)
    }
  }

  return result
}

/**
 * Find the shared folder (`$DEBOILER_SHARED`, else beside the repo root).
 *
 * @returns {string}
 */
function findShared() {
  const fromEnv = process.env.DEBOILER_SHARED
  const shared = fromEnv ? resolve(fromEnv) : resolve(root, '..', 'shared')
  if (!existsSync(join(shared, 'bench', 'score.mjs'))) {
    fail(
      `shared benchmark folder not found: ${shared}\n` +
        `Expected ${join(shared, 'bench', 'score.mjs')} and ${join(shared, 'bench', 'dev', 'cases.jsonl')}.\n` +
        `Place shared/ beside the repository (${resolve(root, '..')}) or set DEBOILER_SHARED=/path/to/shared.`
    )
  }

  return shared
}

/**
 * Run node with `args` from the repo root; stdout is collected, stderr passes through.
 *
 * @param {Array<string>} args
 * @returns {Promise<{code: number | null, stdout: string}>}
 */
function spawnNode(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {cwd: root, stdio: ['ignore', 'pipe', 'inherit']})
    const chunks = []
    child.stdout.on('data', (chunk) => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      resolvePromise({code: code ?? signal, stdout: Buffer.concat(chunks).toString('utf8')})
    })
  })
}

/**
 * Compute the summary figures from the scorer’s per-case file and outputs.
 *
 * @param {string} perCasePath
 * @param {string} outputsPath
 * @param {string} casesPath
 * @param {string} stdout
 *   Scorer’s table (to pick up its error count).
 * @param {boolean} json
 * @returns {object}
 */
function summarize(perCasePath, outputsPath, casesPath, stdout, json) {
  const rows = readJsonl(perCasePath).filter((row) => row.score)
  const outputs = new Map(readJsonl(outputsPath).map((row) => [row.id, row.output]))
  const gold = new Map()
  for (const c of readJsonl(casesPath)) gold.set(String(c.id), c.gold)

  const bySource = {}
  for (const row of rows) (bySource[row.source] ??= []).push(row)
  const foreign = rows.filter((row) => !notForeign.has(row.lang))

  // Empty: the output has no token (letter or number run) while the gold has.
  const empty = []
  for (const row of rows) {
    if (hasToken(gold.get(row.id)) && !hasToken(outputs.get(row.id))) empty.push(row.id)
  }

  let errors = null
  if (!json) {
    const match = /^errors: (\d+) case/m.exec(stdout)
    errors = match ? Number(match[1]) : 0
  }

  return {
    cases: rows.length,
    precision: mean(rows.map((row) => row.score.p)),
    recall: mean(rows.map((row) => row.score.r)),
    f1: mean(rows.map((row) => row.score.f1)),
    medianF1: median(rows.map((row) => row.score.f1)),
    noopPrecision: mean(rows.map((row) => row.noop.p)),
    noopF1: mean(rows.map((row) => row.noop.f1)),
    bySource: Object.fromEntries(
      Object.keys(bySource)
        .sort()
        .map((source) => [
          source,
          {
            n: bySource[source].length,
            f1: mean(bySource[source].map((row) => row.score.f1)),
            noopF1: mean(bySource[source].map((row) => row.noop.f1))
          }
        ])
    ),
    foreign: {
      n: foreign.length,
      langs: [...new Set(foreign.map((row) => row.lang))].sort(),
      f1: mean(foreign.map((row) => row.score.f1)),
      noopF1: mean(foreign.map((row) => row.noop.f1))
    },
    empty,
    errors
  }
}

/**
 * Format the summary block.
 *
 * @param {ReturnType<typeof summarize>} s
 * @returns {string}
 */
function report(s) {
  const lines = ['', `summary (${s.cases} cases; bars from issues 2 and 3, shown, not asserted):`]
  const row = (label, value, bar, extra = '') =>
    lines.push(
      `  ${label.padEnd(30)} ${fmt(value).padStart(6)}   ${bar ? `${barText(bar).padEnd(7)} ${verdict(value, bar).padEnd(5)}` : ''.padEnd(12)}${extra}`
    )

  row('mean precision', s.precision, {...bars.precision, value: s.noopPrecision}, '   (bar: the no-op)')
  row('mean recall', s.recall, bars.recall)
  row('mean F1', s.f1, bars.f1, `   (no-op ${fmt(s.noopF1)})`)
  row('median F1', s.medianF1, bars.medianF1)
  for (const [source, group] of Object.entries(s.bySource)) {
    const bar = source === 'cleaneval' ? bars.sourceCleaneval : bars.source
    row(`F1 ${source} (n=${group.n})`, group.f1, bar, `   (no-op ${fmt(group.noopF1)})`)
  }

  row(
    `F1 non-English (n=${s.foreign.n})`,
    s.foreign.f1,
    bars.foreign,
    `   (no-op ${fmt(s.foreign.noopF1)}; lang ∉ {en, und}: ${s.foreign.langs.join(' ') || '-'})`
  )
  row('empty output, gold not', s.empty.length, bars.empty, s.empty.length ? `   ${listIds(s.empty)}` : '')
  if (s.errors) lines.push(`  cases that threw: ${s.errors} (see the scorer’s “errors:” line above)`)
  return lines.map((line) => line.trimEnd()).join('\n') + '\n'
}

/**
 * @param {{op: string, value: number}} bar
 * @returns {string}
 */
function barText(bar) {
  if (!Number.isFinite(bar.value)) return bar.op + ' -'
  const digits = Number.isInteger(bar.value) ? 0 : Math.min(3, Math.max(2, String(bar.value).length - 2))
  return bar.op + ' ' + bar.value.toFixed(digits)
}

/**
 * @param {number} value
 * @param {{op: string, value: number}} bar
 * @returns {string}
 */
function verdict(value, bar) {
  if (!Number.isFinite(value)) return '-'
  const ok =
    bar.op === '>' ? value > bar.value : bar.op === '>=' ? value >= bar.value : value <= bar.value
  return ok ? 'ok' : 'BELOW'
}

/**
 * @param {Array<string>} ids
 * @returns {string}
 */
function listIds(ids) {
  const shown = ids.slice(0, 8).join(', ')
  return ids.length > 8 ? `${shown}, … (${ids.length - 8} more)` : shown
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function fmt(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '-'
  return Number.isInteger(value) ? String(value) : value.toFixed(3)
}

/**
 * @param {string | undefined} text
 * @returns {boolean}
 */
function hasToken(text) {
  return typeof text === 'string' && /[\p{L}\p{N}]/u.test(text)
}

/**
 * @param {Array<number>} values
 * @returns {number}
 */
function mean(values) {
  if (values.length === 0) return Number.NaN
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}

/**
 * @param {Array<number>} values
 * @returns {number}
 */
function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Read a JSON-lines file (objects only; bad lines skipped).
 *
 * @param {string} path
 * @returns {Array<any>}
 */
function readJsonl(path) {
  const rows = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue
    try {
      rows.push(JSON.parse(line))
    } catch {
      // The scorer warns about these itself.
    }
  }

  return rows
}

/**
 * Print `message` and exit with code 2.
 *
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  process.stderr.write(`bench:quality: ${message}\n`)
  process.exit(2)
}
