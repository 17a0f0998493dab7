#!/usr/bin/env node
// Speed benchmark: `clean()` beside the retext-english parse it stands on.
//
//   npm run bench                        (loads the built dist/index.js)
//   node bench/speed.mjs [options]
//
// Options:
//   --src            load src/index.ts through tsx instead of dist/index.js
//   --quick          fewer passes (2) and scaling on 1 and 10 MB only
//   --passes N       timed passes after the warm-up (default 5)
//   --sizes LIST     dev input sizes in MB for scaling (default 1,10,50); the
//                    hostile input is run at 1 MB and at the largest size
//   --skip-throughput  only the scaling runs
//   --timeout S      seconds allowed per scaling run (default 600)
//   --heap MB        --max-old-space-size for the scaling runs (default: node’s)
//   --profile        also profile clean() on the 10 MB input (--cpu-prof) and
//                    print the functions with the most self time
//   --profile-only   only that profile
//   --against DIR    also time the `clean()` of another checkout's build
//                    (`DIR/dist/index.js`, a `git worktree` of an older
//                    commit) and of this checkout's `dist/index.js`, each
//                    in a process of its own (speed/other.mjs: two builds in
//                    one process slow each other down, and this process,
//                    which holds the per-document times, ran the same build
//                    about 4 % faster than a child), back to back in each
//                    pass, each build first in
//                    every other pass, after a full garbage collection;
//                    print the median of the passes' ratios of their speeds
//                    (CPU time: a busy machine disturbs it less) and every
//                    pass's ratio, which shows the noise, and the geometric
//                    mean of the medians of the passes where each build ran
//                    first (the first run of a pair tends to be the faster:
//                    each order weighs the same)
//   --json           print every figure as one JSON object
//   --help
//
// What it prints (issue 5), in one run on the dev set’s inputs, one job a
// module of bench/speed/:
// - throughput.mjs: MB/s of clean() and of `unified().use(retextEnglish).parse()`
//   on every input (a warm-up pass, then the median of the timed passes; the
//   two alternate pass by pass so drift hits both), and their ratio; ms per
//   document (per document the median over passes) at the median and p99; and
//   the mean token F1 of the warm-up pass’s outputs, scored by
//   shared/bench/score.mjs, beside the figure before the speed work (issue 5:
//   no more than 0.002 below it);
// - scaling.mjs: one clean() of a 1, 10 and 50 MB input (dev inputs joined by
//   blank lines, repeated as needed) and of 1 and 50 MB of hostile lines (long
//   runs of braces, bars, digits, spaces, punctuation, unclosed templates:
//   `hostileBlock()` of test/util/fuzz.ts), each in a fresh process
//   (child.mjs) after a small warm-up, with its peak RSS
//   (`process.resourceUsage().maxRSS`), and the ratios time(10)/time(1),
//   time(50)/time(1);
// - profile.mjs (`--profile`): self time by function and file.
// It never asserts: bars are shown beside the figures; the exit code is 0
// unless the benchmark itself could not run.
//
// MB is 10^6 bytes of UTF-8 input. `shared/` is found beside the repository
// root (`<repo>/../shared`), or at `$DEBOILER_SHARED`.

import {fork} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import os from 'node:os'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {badFlag, crash, fail, numberFlag, parseFlags, quietPipe} from './lib/cli.mjs'
import {entry, loadLibrary} from './lib/library.mjs'
import {MB} from './lib/measure.mjs'
import {benchFile, readJsonl, root} from './lib/shared.mjs'
import {fmt} from './lib/table.mjs'
import {printProfile, profile} from './speed/profile.mjs'
import {printScaling, scaling} from './speed/scaling.mjs'
import {printThroughput, throughput} from './speed/throughput.mjs'

/**
 * @typedef Options
 * @property {boolean} [src]
 * @property {boolean} [quick]
 * @property {boolean} [skipThroughput]
 * @property {Array<number>} [sizes]
 * @property {number} [passes]
 * @property {number} [timeout]
 * @property {number} [heap]
 * @property {boolean} [profile]
 * @property {boolean} [profileOnly]
 * @property {boolean} [json]
 * @property {string} [against]
 */

const flags = parseFlags(import.meta.url, {
  src: 'boolean',
  quick: 'boolean',
  'skip-throughput': 'boolean',
  profile: 'boolean',
  'profile-only': 'boolean',
  json: 'boolean',
  against: 'string',
  passes: 'string',
  timeout: 'string',
  heap: 'string',
  sizes: 'string'
})
/** @type {Options} */
const options = {
  src: flags.src,
  quick: flags.quick,
  skipThroughput: flags['skip-throughput'],
  profile: flags.profile,
  profileOnly: flags['profile-only'],
  json: flags.json,
  against: flags.against,
  passes: numberFlag(flags, 'passes', {integer: true}),
  timeout: numberFlag(flags, 'timeout'),
  heap: numberFlag(flags, 'heap')
}
if (flags.against === '') badFlag('--against expects a directory')
if (flags.sizes !== undefined) {
  options.sizes = flags.sizes.split(',').map(Number)
  if (!options.sizes.every((n) => Number.isFinite(n) && n > 0)) {
    badFlag('--sizes must be a comma-separated list of positive numbers (MB)')
  }
}

quietPipe()
main(options).catch(crash)

/**
 * Run the benchmark and print it.
 *
 * @param {Options} options
 */
async function main(options) {
  const library = entry(options.src)
  const casesPath = benchFile('dev/cases.jsonl')
  const inputs = readJsonl(casesPath)
    .filter((data) => typeof data.input === 'string')
    .map((data, index) => ({id: String(data.id ?? '#' + index), text: data.input, bytes: Buffer.byteLength(data.input)}))
  const bytes = inputs.reduce((sum, input) => sum + input.bytes, 0)
  const passes = options.passes ?? (options.quick ? 2 : 5)

  const result = {
    library: relative(root, library),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    loadAverage: os.loadavg()[0],
    documents: inputs.length,
    inputMB: bytes / MB,
    passes,
    throughput: null,
    perDocument: null,
    scaling: null,
    profile: null,
    quality: null
  }

  if (!options.json) {
    const lib = options.src ? 'src/index.ts (tsx)' : relative(root, library)
    console.log(`deboiler speed: ${lib}, node ${result.node}, ${result.platform}, ${result.cpus} × ${result.cpu}`)
    const load = result.loadAverage
    console.log(
      `load average ${fmt(load, 1)}${load > result.cpus * 0.75 ? ' — the machine is busy: wall times are inflated and noisy; compare the CPU columns' : ''}`
    )
    console.log(`dev inputs: ${inputs.length} documents, ${fmt(result.inputMB, 2)} MB (${relative(root, casesPath)})`)
  }

  const temporary = mkdtempSync(join(os.tmpdir(), 'deboiler-bench-'))
  try {
    if (!options.profileOnly && !options.skipThroughput) {
      const {clean} = await loadLibrary(options.src)
      const parse = await loadParse()
      const other = options.against ? await loadPair(options.against, casesPath) : undefined
      const run = {inputs, bytes, passes, casesPath, folder: temporary}
      try {
        Object.assign(result, await throughput(run, clean, parse, other))
      } finally {
        other?.close()
      }

      if (!options.json) printThroughput(result)
    }

    if (!options.profileOnly) {
      result.scaling = await scaling(inputs, temporary, options)
      if (!options.json) printScaling(result.scaling)
    }

    if (options.profile || options.profileOnly) {
      result.profile = await profile(inputs, temporary, options)
      if (!options.json) printProfile(result.profile)
    }

    if (options.json) process.stdout.write(JSON.stringify(result, null, 1) + '\n')
  } finally {
    rmSync(temporary, {recursive: true, force: true})
  }
}

/**
 * The `clean()` of another checkout's build and of this one, each in a
 * process of its own (`loadOther`).
 *
 * @param {string} folder
 *   Other checkout.
 * @param {string} casesPath
 *   Dev inputs.
 * @returns {Promise<{name: string, time: () => Promise<number>, own: () => Promise<number>, close: () => void}>}
 *   `time()` and `own()` clean every input once in the other build's process
 *   and in this build's, and give the CPU time in µs.
 */
async function loadPair(folder, casesPath) {
  const other = await loadOther(folder, casesPath)
  const own = await loadOther(root, casesPath)
  return {
    name: other.name,
    time: other.time,
    own: own.time,
    close() {
      other.close()
      own.close()
    }
  }
}

/**
 * The `clean()` of another checkout's build, in a process of its own
 * (`speed/other.mjs`): two builds in one process slow each other down.
 *
 * @param {string} folder
 *   Checkout.
 * @param {string} casesPath
 *   Dev inputs.
 * @returns {Promise<{name: string, time: () => Promise<number>, close: () => void}>}
 *   `time()` cleans every input once in that process and gives the CPU time
 *   in µs.
 */
async function loadOther(folder, casesPath) {
  const path = resolve(folder, 'dist', 'index.js')
  if (!existsSync(path)) fail(`--against: built library not found: ${path}; run \`npm run build\` there first`)
  const child = fork(fileURLToPath(new URL('speed/other.mjs', import.meta.url)), ['--dir', folder, '--cases', casesPath], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  /** @type {Array<{resolve: (value: any) => void, reject: (error: Error) => void}>} */
  const waiting = []
  child.on('message', (message) => waiting.shift()?.resolve(message))
  child.on('exit', (code) => {
    for (const item of waiting.splice(0)) item.reject(new Error(`--against: the process of ${folder} ended (code ${code})`))
  })
  const reply = () => new Promise((resolve, reject) => waiting.push({resolve, reject}))
  await reply()
  return {
    name: relative(process.cwd(), folder) || folder,
    async time() {
      const done = reply()
      child.send({pass: true})
      return (await done).cpu
    },
    close() {
      if (child.connected) child.send({exit: true})
    }
  }
}

/**
 * The parse alone: retext-english’s parser over the whole input.
 *
 * @returns {Promise<(text: string) => unknown>}
 */
async function loadParse() {
  const [{unified}, {default: retextEnglish}] = await Promise.all([import('unified'), import('retext-english')])
  const processor = unified().use(retextEnglish).freeze()
  return (text) => processor.parse(text)
}
