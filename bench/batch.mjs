#!/usr/bin/env node
// Batch benchmark: `deboiler batch` (dist/cli.js) on worker threads.
//
//   npm run bench:batch                  (builds, then runs everything)
//   node bench/batch.mjs [options]
//
// Options:
//   --size MB        size of the generated JSONL input for the RSS run (default 1000)
//   --passes N       times the dev set is repeated in the speed runs (default 3:
//                    each worker's start-up and JIT warm-up weigh less)
//   --skip-rss       skip the generated-input run
//   --skip-speed     skip the --jobs 1 / --jobs 2 runs
//   --skip-sites     skip the profile run
//   --help
//
// What it prints (issue 4), in one run:
// - speed: records/s and MB/s of `deboiler batch --jobs 1` and `--jobs 2` over
//   the dev set, `--passes` times over (field `input`, output to /dev/null; wall time of the whole
//   process, start-up included), the CPU time of all its threads and how
//   many cores that kept busy, and their ratio, with the load average
//   before and after (other work on the machine slows the runs), and the
//   ceiling: `clean()` over the same records in one process, then in two
//   processes side by side (what two busy threads get from the machine when
//   each pays its warm-up over all the records, not half);
//   then the same pool through the library (`cleanJsonl()`), timing the
//   first pass of the dev set apart from the rest: each worker compiles its
//   code during its first pages, and a batch of millions of records pays
//   that once per worker;
// - memory: peak RSS (`process.resourceUsage().maxRSS` of the batch process,
//   all its threads) of `deboiler batch --jobs 2` over a generated JSONL input
//   (dev records repeated, written to a temporary folder, streamed, deleted);
// - sites: the dev pages whose URL host (without `www.`) has ≥ 5 pages,
//   cleaned without a profile and with `--learn` over the same pages, and the
//   mean token F1 of each (scored by shared/bench/score.mjs `--outputs`).
// It never asserts: the exit code is 0 unless the benchmark itself fails.
//
// `shared/` is found beside the repository root (`<repo>/../shared`), or at
// `$DEBOILER_SHARED`.

import {spawn} from 'node:child_process'
import {createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {numberFlag, parseFlags} from './lib/cli.mjs'
import {entry} from './lib/library.mjs'
import {runNode} from './lib/measure.mjs'
import {benchFile, readJsonl, score} from './lib/shared.mjs'

const flag = 'boolean'
const args = parseFlags(import.meta.url, {size: 'string', passes: 'string', 'skip-rss': flag, 'skip-speed': flag, 'skip-sites': flag})
const passes = numberFlag(args, 'passes', {integer: true}) ?? 3
const sizeMb = numberFlag(args, 'size') ?? 1000
const cli = entry(false, 'cli')
const library = entry(false, 'index')
const nodeApi = entry(false, 'node')
const folder = mkdtempSync(join(os.tmpdir(), 'deboiler-batch-'))
// Loaded into each `deboiler batch` process: at exit, its peak RSS (KB) and
// the CPU time of all its threads (s), as JSON.
const usageHook = join(folder, 'usage-hook.mjs')
writeFileSync(
  usageHook,
  "import {writeFileSync} from 'node:fs'\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.DEBOILER_USAGE_FILE, JSON.stringify({maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6})) })\n"
)

const cases = readJsonl(benchFile('dev/cases.jsonl'))

console.log('deboiler batch benchmark: %d cores, node %s', os.availableParallelism(), process.version)
console.log('load average before: %s', os.loadavg().map((v) => v.toFixed(2)).join(' '))

try {
  if (!args['skip-speed']) await speed()
  if (!args['skip-sites']) await sites()
  if (!args['skip-rss']) await memory()
} finally {
  rmSync(folder, {recursive: true, force: true})
}

console.log('load average after: %s', os.loadavg().map((v) => v.toFixed(2)).join(' '))

/**
 * Records/s of --jobs 1 and --jobs 2 over the dev set, `passes` times over.
 */
async function speed() {
  const input = join(folder, 'dev.jsonl')
  const once = cases.map((c) => JSON.stringify({id: c.id, url: c.url, input: c.input})).join('\n') + '\n'
  writeFileSync(input, once.repeat(passes))
  const mb = statSync(input).size / 1e6
  const records = cases.length * passes
  const rates = {}
  const cores = {}
  console.log('\n## speed: %d records (the dev set %d× over), %s MB (field `input`)', records, passes, mb.toFixed(1))

  // Alternate, so drift in the machine’s load hits both.
  for (const jobs of [1, 2, 1, 2]) {
    const run = await batch(['--jobs', String(jobs), '--field', 'input', input], 'ignore')
    const rate = records / run.seconds
    if (rate > (rates[jobs] ?? 0)) cores[jobs] = run.usage.cpu / run.seconds
    rates[jobs] = Math.max(rates[jobs] ?? 0, rate)
    console.log(
      '--jobs %d: %s s, %s records/s, %s MB/s, CPU %s s (%s cores busy) (exit %d, load %s)',
      jobs,
      run.seconds.toFixed(1),
      rate.toFixed(1),
      (mb / run.seconds).toFixed(2),
      run.usage.cpu.toFixed(1),
      (run.usage.cpu / run.seconds).toFixed(2),
      run.code,
      os.loadavg()[0].toFixed(2)
    )
  }

  console.log('best of 2: --jobs 1 %s records/s, --jobs 2 %s records/s, ratio %s× (bar: ≥ 1.7× on an idle 2-core machine)',
    rates[1].toFixed(1), rates[2].toFixed(1), (rates[2] / rates[1]).toFixed(2))
  // V8’s compiler and collector threads run beside a worker: with one worker
  // they have the idle core, so `--jobs 1` keeps more than one core busy.
  console.log('--jobs 1 kept %s cores busy: two cores give at most %s× its rate, if two workers did no more work than one',
    cores[1].toFixed(2), (os.availableParallelism() >= 2 ? 2 / cores[1] : 1).toFixed(2))

  // Each worker compiles its code while it cleans its first pages (V8’s
  // optimising compiler runs on threads of its own): one worker has the
  // second core for that, two have none, and each compiles the same code.
  // A batch of millions of records pays it once per worker, so also time
  // what comes after the first pass of the dev set.
  const after = {}
  for (const jobs of [1, 2, 1, 2]) {
    const run = await warm(jobs, input, cases.length)
    after[jobs] = Math.max(after[jobs] ?? 0, run.after)
    console.log('--jobs %d (library, `cleanJsonl()`): first pass %s s; after it %s records/s (load %s)', jobs,
      run.first.toFixed(1), run.after.toFixed(1), os.loadavg()[0].toFixed(2))
  }

  console.log('after the first pass, best of 2: --jobs 1 %s records/s, --jobs 2 %s records/s, ratio %s×',
    after[1].toFixed(1), after[2].toFixed(1), (after[2] / after[1]).toFixed(2))

  // What the machine gives two busy threads: the same work in one process,
  // then in two processes side by side, without the pool.
  const alone = await cleanAll(1, input)
  const together = await cleanAll(2, input)
  console.log(
    'ceiling: clean() over the same records in 1 process %s s, in 2 processes side by side %s s each: %s× (each compiles its code once for all the records, where each worker of the pool does for half of them)',
    alone.toFixed(1),
    together.toFixed(1),
    ((2 * alone) / together).toFixed(2)
  )
}

/**
 * Clean every dev input with `clean()` in `count` processes at once (each
 * does all of them), and give the slowest one's time, in seconds.
 *
 * @param {number} count
 * @param {string} input
 *   JSONL file with the records (field `input`).
 * @returns {Promise<number>}
 */
async function cleanAll(count, input) {
  const script = [
    "const {readFileSync} = require('node:fs')",
    'import(process.argv[1]).then(({clean}) => {',
    "  const inputs = readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean).map((line) => JSON.parse(line).input)",
    '  for (const input of inputs) clean(input)',
    '})'
  ].join('\n')
  const start = performance.now()
  const times = await Promise.all(
    Array.from({length: count}, function () {
      return new Promise(function (resolve, reject) {
        const child = spawn(process.execPath, ['-e', script, pathToFileURL(library).href, input], {stdio: 'inherit'})
        child.on('error', reject)
        child.on('close', function (code) {
          if (code === 0) resolve((performance.now() - start) / 1000)
          else reject(new Error('clean() process exited with ' + code))
        })
      })
    })
  )
  return Math.max(...times)
}

/**
 * Clean the records with `cleanJsonl()` (the pool `deboiler batch` uses) in
 * a process of its own, and time the first `first` records apart from the
 * rest.
 *
 * @param {number} jobs
 * @param {string} input
 *   JSONL file with the records (field `input`).
 * @param {number} first
 *   Records in the first pass.
 * @returns {Promise<{first: number, after: number}>}
 *   Seconds of the first pass, and records/s after it.
 */
async function warm(jobs, input, first) {
  const script = [
    "import {Writable} from 'node:stream'",
    'const [library, input, jobs, first] = process.argv.slice(1)',
    'const {cleanJsonl} = await import(library)',
    'const start = performance.now()',
    'let mark',
    'const sink = new Writable({write(chunk, encoding, callback) { callback() }})',
    "const done = await cleanJsonl([input], sink, {jobs: Number(jobs), field: 'input', onProgress(progress) {",
    '  if (mark === undefined && progress.records >= Number(first)) mark = {time: performance.now(), records: progress.records}',
    '}})',
    'const end = performance.now()',
    'console.log(JSON.stringify({first: (mark.time - start) / 1000, after: (done.records - mark.records) / ((end - mark.time) / 1000)}))'
  ].join('\n')
  const run = await runNode(['--input-type=module', '-e', script, pathToFileURL(nodeApi).href, input, String(jobs), String(first)])
  if (run.code !== 0) throw new Error('cleanJsonl() process exited with ' + run.code)
  return JSON.parse(run.stdout)
}

/**
 * Mean F1 on the pages of sites with ≥ 5 pages, without and with --learn.
 */
async function sites() {
  const bySite = new Map()
  for (const c of cases) {
    const site = hostOf(c.url)
    if (!site) continue
    if (!bySite.has(site)) bySite.set(site, [])
    bySite.get(site).push(c)
  }

  const chosen = [...bySite.entries()].filter(([, pages]) => pages.length >= 5)
  const pages = chosen.flatMap(([, list]) => list)
  console.log('\n## sites: %d sites with ≥ 5 pages, %d pages (%s)', chosen.length, pages.length,
    chosen.map(([site, list]) => site + ' ' + list.length).join(', '))
  const input = join(folder, 'sites.jsonl')
  const subset = join(folder, 'sites-cases.jsonl')
  writeFileSync(input, pages.map((c) => JSON.stringify({id: c.id, url: c.url, input: c.input})).join('\n') + '\n')
  writeFileSync(subset, pages.map((c) => JSON.stringify(c)).join('\n') + '\n')

  for (const [label, extra] of [['without a profile', []], ['with --learn', ['--learn']]]) {
    const run = await batch(['--field', 'input', '--jobs', '2', ...extra, input], 'pipe')
    const outputs = join(folder, 'outputs.jsonl')
    const records = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line))
    const profiled = records.reduce((n, r) => n + (r.stripped ?? []).filter((s) => s.ruleId === 'profile-template').length, 0)
    writeFileSync(outputs, records.map((r) => JSON.stringify({id: r.id, output: r.input ?? ''})).join('\n') + '\n')
    const scored = await score(['--cases', subset, '--outputs', outputs])
    console.log('%s: mean F1 %s (P %s, R %s), %d profile strips (exit %d)', label.padEnd(17),
      scored.score.f1.toFixed(4), scored.score.precision.toFixed(4), scored.score.recall.toFixed(4), profiled, run.code)
  }
}

/**
 * Peak RSS of a batch over a generated input.
 */
async function memory() {
  const input = join(folder, 'big.jsonl')
  const target = sizeMb * 1e6
  const out = createWriteStream(input)
  let bytes = 0
  let records = 0

  // Dev records repeated, each with its own id, until the size is reached.
  while (bytes < target) {
    for (const c of cases) {
      const line = JSON.stringify({id: c.id + '#' + records, url: c.url, text: c.input}) + '\n'
      bytes += Buffer.byteLength(line)
      records++
      if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve))
      if (bytes >= target) break
    }
  }

  await new Promise((resolve) => out.end(resolve))
  console.log('\n## memory: %s MB generated JSONL, %d records, --jobs 2, output to /dev/null', (bytes / 1e6).toFixed(0), records)
  const run = await batch(['--jobs', '2', input], 'ignore')
  rmSync(input, {force: true})
  const rss = run.usage.maxRSS / 1024
  console.log('peak RSS %s MB (bar: < 300 MB); %s s, %s records/s, %s MB/s (exit %d)', rss.toFixed(0),
    run.seconds.toFixed(0), (records / run.seconds).toFixed(1), (bytes / 1e6 / run.seconds).toFixed(2), run.code)
}

/**
 * Run `deboiler batch`, with its peak RSS and CPU time.
 *
 * @param {Array<string>} rest
 * @param {'ignore' | 'pipe'} stdout
 * @returns {Promise<{code: number | null, seconds: number, stdout: string, usage: {maxRSS: number, cpu: number}}>}
 */
async function batch(rest, stdout) {
  const usageFile = join(folder, 'usage.json')
  const run = await runNode(['--import', usageHook, cli, 'batch', ...rest], {stdout, env: {DEBOILER_USAGE_FILE: usageFile}})
  return {...run, usage: JSON.parse(readFileSync(usageFile, 'utf8'))}
}

/**
 * Host of a URL without `www.` (as `siteOf()` in src/profile.ts).
 *
 * @param {unknown} url
 */
function hostOf(url) {
  try {
    return typeof url === 'string' ? new URL(url).hostname.toLowerCase().replace(/^www\d*\./, '') : undefined
  } catch {
    return undefined
  }
}
