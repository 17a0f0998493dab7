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
//   --json           print every figure as one JSON object
//   --help
//
// What it prints (issue 5), in one run on the dev set’s inputs:
// - throughput: MB/s of clean() and of `unified().use(retextEnglish).parse()`
//   on every input (a warm-up pass, then the median of the timed passes; the
//   two alternate pass by pass so drift hits both), and their ratio;
// - quality: mean token F1 of clean() on the same inputs, beside the figure
//   before the speed work (issue 5: no more than 0.002 below it);
// - ms per document (per document the median over passes) at the median and p99;
// - scaling: one clean() of a 1, 10 and 50 MB input (dev inputs joined by blank
//   lines, repeated as needed) and of 1 and 50 MB of hostile lines (long runs of
//   braces, bars, digits, spaces, punctuation, unclosed templates), each in a
//   fresh process after a small warm-up, with its peak RSS
//   (`process.resourceUsage().maxRSS`), and the ratios time(10)/time(1),
//   time(50)/time(1).
// It never asserts: bars are shown beside the figures; the exit code is 0
// unless the benchmark itself could not run.
//
// MB is 10^6 bytes of UTF-8 input. `shared/` is found beside the repository
// root (`<repo>/../shared`), or at `$DEBOILER_SHARED`.

import {spawn} from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import {dirname, join, relative, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs as parseCommandLine} from 'node:util'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const self = fileURLToPath(import.meta.url)
const MB = 1e6

const usage =
  'usage: node bench/speed.mjs [--src] [--quick] [--passes N] [--sizes 1,10,50] [--skip-throughput] [--timeout S] [--heap MB] [--profile | --profile-only] [--json]'

const options = parseArgs(process.argv.slice(2))

// `| head` closes the pipe early: stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

if (options.child) {
  child(options).catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
    process.exit(1)
  })
} else if (options.help) {
  console.log(usage)
} else {
  main(options).catch((error) => {
    process.stderr.write(`bench: ${error && error.stack ? error.stack : error}\n`)
    process.exit(1)
  })
}

// ------------------------------------------------------------------ main

/**
 * Run the benchmark and print it.
 *
 * @param {Options} options
 */
async function main(options) {
  const entry = libraryEntry(options.src)
  const casesPath = join(findShared(), 'bench', 'dev', 'cases.jsonl')
  const inputs = readInputs(casesPath)
  const bytes = inputs.reduce((sum, input) => sum + input.bytes, 0)
  const passes = options.passes ?? (options.quick ? 2 : 5)

  const result = {
    library: relative(root, entry),
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

  const temporary = mkdtempSync(join(os.tmpdir(), 'deboiler-bench-'))
  try {
    if (!options.json) {
      const lib = options.src ? 'src/index.ts (tsx)' : relative(root, entry)
      console.log(`deboiler speed: ${lib}, node ${result.node}, ${result.platform}, ${result.cpus} × ${result.cpu}`)
      const load = os.loadavg()[0]
      console.log(
        `load average ${fmt(load, 1)}${load > result.cpus * 0.75 ? ' — the machine is busy: wall times are inflated and noisy; compare the CPU columns' : ''}`
      )
      console.log(
        `dev inputs: ${inputs.length} documents, ${fmt(result.inputMB, 2)} MB (${relative(root, casesPath)})`
      )
    }

    if (!options.profileOnly && !options.skipThroughput) {
      const clean = await loadClean(entry, options.src)
      const parse = await loadParse()
      throughput(result, inputs, bytes, passes, clean, parse)
      result.quality = {f1: meanF1(inputs, clean), before: qualityBefore}
      if (!options.json) printThroughput(result)
    }

    if (!options.profileOnly) {
      const sizes = options.sizes ?? (options.quick ? [1, 10] : [1, 10, 50])
      const biggest = Math.max(...sizes)
      const plan = [
        ...sizes.map((mb) => ({kind: 'dev', mb})),
        {kind: 'hostile', mb: 1},
        ...(biggest > 1 ? [{kind: 'hostile', mb: biggest}] : [])
      ]
      const files = writeInputs(temporary, inputs, plan)
      if (!options.json) {
        console.log('')
        console.log('scaling (one clean() per input, each in a fresh process after a warm-up):')
      }

      result.scaling = []
      for (const run of files.runs) {
        if (!options.json) process.stdout.write(`  scaling: ${run.label} … `)
        const measured = await measureChild(run, files.warm, options)
        result.scaling.push(measured)
        if (!options.json) {
          process.stdout.write(
            measured.error ? `${measured.error}\n` : `${fmt(measured.ms / 1000, 2)} s\n`
          )
        }
      }

      if (!options.json) printScaling(result)
    }

    if (options.profile || options.profileOnly) {
      const files = writeInputs(temporary, inputs, [{kind: 'dev', mb: 10}])
      result.profile = await profile(files.runs[0], files.warm, options)
      if (!options.json) printProfile(result.profile)
    }

    if (options.json) process.stdout.write(JSON.stringify(result, null, 1) + '\n')
  } finally {
    rmSync(temporary, {recursive: true, force: true})
  }
}

/**
 * Time clean() and the parse alone, alternating pass by pass.
 *
 * @param {object} result
 * @param {Array<Input>} inputs
 * @param {number} bytes
 * @param {number} passes
 * @param {(text: string) => unknown} clean
 * @param {(text: string) => unknown} parse
 */
function throughput(result, inputs, bytes, passes, clean, parse) {
  const cleanTimes = inputs.map(() => [])
  const parseTimes = inputs.map(() => [])
  const cleanPasses = []
  const parsePasses = []
  const errors = new Map()

  // Warm-up (pass 0, not counted), then the timed passes.
  // CPU time (all threads of this process, so GC helpers count too) is
  // printed beside wall time: on a busy machine it moves less.
  const cleanCpu = []
  const parseCpu = []
  for (let pass = 0; pass <= passes; pass++) {
    let cpu = process.cpuUsage()
    const c = timePass(inputs, clean, pass ? cleanTimes : undefined, errors)
    const cc = process.cpuUsage(cpu)
    cpu = process.cpuUsage()
    const p = timePass(inputs, parse, pass ? parseTimes : undefined, undefined)
    const pc = process.cpuUsage(cpu)
    if (pass) {
      cleanPasses.push(bytes / MB / (c / 1000))
      parsePasses.push(bytes / MB / (p / 1000))
      cleanCpu.push(bytes / (cc.user + cc.system))
      parseCpu.push(bytes / (pc.user + pc.system))
    }
  }

  const cleanMBs = median(cleanPasses)
  const parseMBs = median(parsePasses)
  result.throughput = {
    cleanMBs,
    parseMBs,
    ratio: cleanMBs / parseMBs,
    cleanPasses,
    parsePasses,
    cleanCpuMBs: median(cleanCpu),
    parseCpuMBs: median(parseCpu),
    errors: [...errors].map(([index, message]) => ({id: inputs[index].id, message}))
  }
  result.perDocument = {
    clean: distribution(cleanTimes, inputs),
    parse: distribution(parseTimes, inputs)
  }
}

/**
 * Run `fn` over every input once.
 *
 * @param {Array<Input>} inputs
 * @param {(text: string) => unknown} fn
 * @param {Array<Array<number>> | undefined} times
 *   Per-document times to add to (none in the warm-up).
 * @param {Map<number, string> | undefined} errors
 * @returns {number}
 *   Total ms.
 */
function timePass(inputs, fn, times, errors) {
  let total = 0
  for (let index = 0; index < inputs.length; index++) {
    const text = inputs[index].text
    const start = performance.now()
    try {
      fn(text)
    } catch (error) {
      // A throw is reported, not fatal: the time until it still counts.
      if (errors && !errors.has(index)) errors.set(index, String(error?.message ?? error).slice(0, 200))
    }

    const ms = performance.now() - start
    total += ms
    if (times) times[index].push(ms)
  }

  return total
}

/**
 * Median and p99 over documents of each document’s median time.
 *
 * @param {Array<Array<number>>} times
 * @param {Array<Input>} inputs
 * @returns {{median: number, p99: number, max: number, slowest: string}}
 */
function distribution(times, inputs) {
  const perDoc = times.map((list) => median(list))
  let slowest = 0
  for (let index = 1; index < perDoc.length; index++) {
    if (perDoc[index] > perDoc[slowest]) slowest = index
  }

  return {
    median: median(perDoc),
    p99: percentile(perDoc, 0.99),
    max: perDoc[slowest],
    slowest: `${inputs[slowest].id} (${fmt(inputs[slowest].bytes / 1000, 0)} kB)`
  }
}

// ------------------------------------------------------------------ scaling

/**
 * Write the scaling inputs of `plan` (and a warm-up input) to `folder`.
 *
 * @param {string} folder
 * @param {Array<Input>} inputs
 * @param {Array<{kind: 'dev' | 'hostile', mb: number}>} plan
 * @returns {{warm: string, runs: Array<Run>}}
 */
function writeInputs(folder, inputs, plan) {
  const dev = inputs.map((input) => input.text)
  const hostile = hostileBlock()
  const warm = join(folder, 'warm.txt')
  if (!existsSync(warm)) writeFileSync(warm, build(dev, 0.25 * MB))

  const runs = []
  for (const {kind, mb} of plan) {
    const file = join(folder, `${kind}-${mb}.txt`)
    if (!existsSync(file)) writeFileSync(file, build(kind === 'dev' ? dev : [hostile], mb * MB))
    runs.push({kind, mb, file, label: `${kind} ${mb} MB`})
  }

  return {warm, runs}
}

/**
 * Join `parts` (cycling) with blank lines up to `size` bytes, cut at a line end.
 *
 * @param {Array<string>} parts
 * @param {number} size
 * @returns {Buffer}
 */
function build(parts, size) {
  const chunks = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const chunk = Buffer.from((index ? '\n\n' : '') + parts[index % parts.length])
    chunks.push(chunk)
    length += chunk.length
  }

  const all = Buffer.concat(chunks)
  if (all.length <= size) return all
  // A line break byte is never inside a multi-byte character.
  const cut = all.lastIndexOf(0x0a, size)
  return all.subarray(0, cut > 0 ? cut : size)
}

/**
 * One block of hostile lines (repeated to make the hostile inputs).
 *
 * ###### Notes
 * Long runs without spaces or sentence structure, unclosed templates and
 * brackets (a regex that scans ahead for the closer is quadratic), a long
 * single word, emoji, and runs of short repeated and distinct lines (menu-like,
 * and a worst case for duplicate search).
 *
 * @returns {string}
 */
function hostileBlock() {
  const long = [
    '{'.repeat(20_000),
    '}'.repeat(5000) + '{'.repeat(5000),
    '|'.repeat(10_000),
    '| '.repeat(8000),
    '0123456789'.repeat(3000),
    '1,'.repeat(6000),
    ' '.repeat(20_000) + '.',
    'x' + ' '.repeat(20_000) + 'x',
    '.'.repeat(20_000),
    '!?.,;:'.repeat(4000),
    '-'.repeat(20_000),
    '=*#~_'.repeat(4000),
    '{{{{ }}}} '.repeat(3000),
    '{mosads' + 'x'.repeat(20_000),
    '{loadposition ' + 'a '.repeat(10_000),
    '[caption id="' + 'attachment_'.repeat(2000),
    '(AP Photo/' + 'A '.repeat(10_000),
    '('.repeat(10_000),
    'Hits: ' + '9'.repeat(20_000),
    '© ' + '2019 '.repeat(5000),
    'Share '.repeat(5000),
    'Related Posts '.repeat(2000),
    'https://' + 'a/'.repeat(10_000),
    'a'.repeat(50_000),
    'A. '.repeat(8000),
    '😀'.repeat(8000),
    '\t'.repeat(10_000) + 'x',
    '» › • '.repeat(4000)
  ]
  const short = []
  for (let index = 0; index < 400; index++) {
    // Repeated short lines and distinct short lines, alternating.
    short.push(['{', '|', '1', '.', '}', '©', '» ›', 'Advertisement', 'Share', '12:30'][index % 10])
    short.push(`Item ${index} | Home | News | ${index * 7}`)
  }

  return [...long, short.join('\n')].join('\n\n')
}

/**
 * Clean one input in a fresh process and measure it.
 *
 * @param {Run} run
 * @param {string} warm
 * @param {Options} options
 * @param {Array<string>} [extraArgs]
 * @returns {Promise<object>}
 */
function measureChild(run, warm, options, extraArgs = []) {
  const args = [
    ...(options.src ? ['--import', 'tsx'] : []),
    ...(options.heap ? [`--max-old-space-size=${options.heap}`] : []),
    ...extraArgs,
    self,
    '--child',
    '--file',
    run.file,
    '--warm',
    warm,
    ...(options.src ? ['--src'] : [])
  ]
  const timeout = (options.timeout ?? 600) * 1000

  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    const out = []
    let err = ''
    let peakSeen = 0
    let timedOut = false
    const start = performance.now()

    // Linux: follow the high-water mark from outside, for a run that dies.
    const poll = setInterval(() => {
      peakSeen = Math.max(peakSeen, highWaterMark(child.pid))
    }, 250)
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeout)

    child.stdout.on('data', (chunk) => out.push(chunk))
    child.stderr.on('data', (chunk) => {
      err = (err + chunk).slice(-2000)
    })
    child.on('close', (code, signal) => {
      clearInterval(poll)
      clearTimeout(timer)
      const wall = performance.now() - start
      const base = {label: run.label, kind: run.kind, mb: run.mb, bytes: fileSize(run.file)}
      const last = Buffer.concat(out).toString('utf8').trim().split('\n').pop()
      if (code === 0 && last) {
        try {
          resolvePromise({...base, ...JSON.parse(last)})
          return
        } catch {}
      }

      const why = timedOut
        ? `timeout after ${timeout / 1000} s`
        : /heap out of memory/i.test(err)
          ? 'crashed: JavaScript heap out of memory'
          : `failed (exit ${code ?? signal})${err ? ': ' + err.trim().split('\n').slice(-3).join(' / ') : ''}`
      resolvePromise({
        ...base,
        error: `${why}; peak RSS seen ≥ ${fmt(peakSeen, 0)} MB after ${fmt(wall / 1000, 1)} s`,
        ms: null,
        maxRssMB: peakSeen || null
      })
    })
  })
}

/**
 * Child process: warm up, then clean one file once and report as JSON.
 *
 * @param {Options} options
 */
async function child(options) {
  const clean = await loadClean(libraryEntry(options.src), options.src)
  const warm = readFileSync(options.warm, 'utf8')
  clean(warm)
  clean(warm)
  const text = readFileSync(options.file, 'utf8')
  const rssBeforeMB = process.memoryUsage().rss / MB
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const result = clean(text)
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  // maxRSS is in kilobytes (KiB on Linux).
  const maxRssMB = (process.resourceUsage().maxRSS * 1024) / MB
  process.stdout.write(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssBeforeMB,
      maxRssMB,
      outputBytes: Buffer.byteLength(result.text),
      stripped: result.stripped.length
    }) + '\n'
  )
}

// ------------------------------------------------------------------ profile

/**
 * Profile one clean() of `run` with --cpu-prof and sum self time per function.
 *
 * @param {Run} run
 * @param {string} warm
 * @param {Options} options
 * @returns {Promise<object>}
 */
async function profile(run, warm, options) {
  const folder = mkdtempSync(join(os.tmpdir(), 'deboiler-profile-'))
  const measured = await measureChild(run, warm, options, ['--cpu-prof', '--cpu-prof-dir', folder])
  const file = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'))
  if (!file) return {label: run.label, folder, error: measured.error ?? 'no profile written'}

  const data = JSON.parse(readFileSync(join(folder, file), 'utf8'))
  const byId = new Map(data.nodes.map((node) => [node.id, node]))
  const selfMs = new Map()
  const byFile = new Map()
  let total = 0
  for (let index = 0; index < data.samples.length; index++) {
    const delta = (data.timeDeltas[index + 1] ?? 0) / 1000
    const node = byId.get(data.samples[index])
    if (!node) continue
    const frame = node.callFrame
    const where = shortUrl(frame.url)
    const name = (frame.functionName || '(anonymous)').slice(0, 80)
    // Under tsx the reported lines are those of the transpiled module, not of
    // the .ts source: leave them out there.
    const at = where && !/\.[cm]?tsx?$/.test(where) ? ':' + (frame.lineNumber + 1) : ''
    const key = `${where ? where + at : '(native)'} ${name}`
    selfMs.set(key, (selfMs.get(key) ?? 0) + delta)
    const group = where ? where.replace(/:.*$/, '') : name
    byFile.set(group, (byFile.get(group) ?? 0) + delta)
    total += delta
  }

  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({name, ms, share: ms / total}))

  return {
    label: run.label,
    cleanMs: measured.ms,
    profileFile: join(folder, file),
    totalMs: total,
    functions: top(selfMs, 25),
    files: top(byFile, 12)
  }
}

/**
 * Short name for a script URL: relative to the repo, or `pkg/file` in node_modules.
 *
 * @param {string} url
 * @returns {string}
 */
function shortUrl(url) {
  if (!url) return ''
  let path = url
  if (url.startsWith('file://')) {
    try {
      path = fileURLToPath(url)
    } catch {}
  }

  const modules = path.lastIndexOf('node_modules/')
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length)
  return path.startsWith(root) ? relative(root, path) : path
}

// ------------------------------------------------------------------ quality

/**
 * Mean token F1 of the dev set before the speed work of issue 5 (0.1.0 as
 * first released, measured with `npm run bench:quality`).
 */
const qualityBefore = {f1: 0.9141, at: 'commit 4e3e2f1'}

/**
 * Mean token F1 of `clean()` over the inputs with a gold, counted as the
 * shared scorer counts it: bags of lower-cased runs of letters and digits.
 *
 * @param {Array<Input>} inputs
 * @param {(text: string) => {text: string}} clean
 * @returns {number}
 */
function meanF1(inputs, clean) {
  let sum = 0
  let count = 0
  for (const input of inputs) {
    if (input.gold === undefined) continue
    sum += tokenF1(clean(input.text).text, input.gold)
    count++
  }

  return count === 0 ? Number.NaN : sum / count
}

/**
 * Token F1 of an output against its gold.
 *
 * @param {string} output
 * @param {string} gold
 * @returns {number}
 */
function tokenF1(output, gold) {
  const found = bag(output)
  const wanted = bag(gold)
  let outputCount = 0
  let goldCount = 0
  let common = 0
  for (const [token, count] of found) {
    outputCount += count
    common += Math.min(count, wanted.get(token) ?? 0)
  }

  for (const count of wanted.values()) goldCount += count
  if (outputCount === 0 && goldCount === 0) return 1
  if (outputCount === 0 || goldCount === 0 || common === 0) return 0
  const precision = common / outputCount
  const recall = common / goldCount
  return (2 * precision * recall) / (precision + recall)
}

/**
 * Count the tokens of a text.
 *
 * @param {string} value
 * @returns {Map<string, number>}
 */
function bag(value) {
  const counts = new Map()
  for (const token of value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(token, (counts.get(token) ?? 0) + 1)
  return counts
}

// ------------------------------------------------------------------ print

function printThroughput(result) {
  const t = result.throughput
  const q = result.quality
  const d = result.perDocument
  console.log('')
  console.log(`throughput on the dev inputs (warm-up pass, then median of ${result.passes} passes)`)
  console.log(`  ${''.padEnd(28)} ${'MB/s'.padStart(7)} ${'(CPU)'.padStart(7)}   passes (MB/s)`)
  console.log(`  ${'clean()'.padEnd(28)} ${fmt(t.cleanMBs, 2).padStart(7)} ${fmt(t.cleanCpuMBs, 2).padStart(7)}   ${t.cleanPasses.map((x) => fmt(x, 2)).join(' ')}`)
  console.log(`  ${'retext-english parse alone'.padEnd(28)} ${fmt(t.parseMBs, 2).padStart(7)} ${fmt(t.parseCpuMBs, 2).padStart(7)}   ${t.parsePasses.map((x) => fmt(x, 2)).join(' ')}`)
  console.log(`  ${'clean / parse'.padEnd(28)} ${(fmt(t.ratio * 100, 0) + '%').padStart(7)} ${(fmt((t.cleanCpuMBs / t.parseCpuMBs) * 100, 0) + '%').padStart(7)}   (issue 5 bar: ≥ 60%)`)
  if (t.errors.length) {
    console.log(`  clean() threw on ${t.errors.length} document(s), e.g. ${t.errors[0].id}: ${t.errors[0].message}`)
  }

  console.log(
    `  quality on the same inputs: mean token F1 ${fmt(q.f1, 4)} now, ${fmt(q.before.f1, 4)} before the speed work (${q.before.at}); issue 5 bar: no more than 0.002 below it (${q.f1 >= q.before.f1 - 0.002 ? 'met' : 'NOT met'})`
  )

  console.log('')
  console.log('ms per document (each document’s median over the passes)')
  console.log(`  ${''.padEnd(28)} ${'median'.padStart(7)} ${'p99'.padStart(8)} ${'max'.padStart(8)}   slowest`)
  for (const [name, s] of [['clean()', d.clean], ['retext-english parse alone', d.parse]]) {
    console.log(`  ${name.padEnd(28)} ${fmt(s.median, 2).padStart(7)} ${fmt(s.p99, 2).padStart(8)} ${fmt(s.max, 1).padStart(8)}   ${s.slowest}`)
  }
}

function printScaling(result) {
  const runs = result.scaling
  console.log('')
  console.log(
    `  ${'input'.padEnd(16)} ${'MB'.padStart(6)} ${'time s'.padStart(9)} ${'CPU s'.padStart(7)} ${'MB/s'.padStart(7)} ${'× t(1 MB)'.padStart(10)} ${'RSS before'.padStart(11)} ${'peak RSS MB'.padStart(12)} ${'RSS/input'.padStart(10)} ${'stripped'.padStart(9)} ${'out MB'.padStart(7)}`
  )
  for (const run of runs) {
    const one = runs.find((other) => other.kind === run.kind && other.mb === 1)
    const bytes = run.bytes / MB
    console.log(
      `  ${run.label.padEnd(16)} ${fmt(bytes, 2).padStart(6)} ${(run.ms === null ? '-' : fmt(run.ms / 1000, 2)).padStart(9)} ${(run.cpuMs ? fmt(run.cpuMs / 1000, 2) : '-').padStart(7)} ${(run.ms === null ? '-' : fmt(bytes / (run.ms / 1000), 2)).padStart(7)} ${ratio(run, one).padStart(10)} ${fmt(run.rssBeforeMB, 0).padStart(11)} ${((run.ms === null && run.maxRssMB ? '≥ ' : '') + fmt(run.maxRssMB, 0)).padStart(12)} ${(run.maxRssMB ? (run.ms === null ? '≥ ' : '') + fmt(run.maxRssMB / bytes, 1) + '×' : '-').padStart(10)} ${fmt(run.stripped, 0).padStart(9)} ${(run.outputBytes === undefined ? '-' : fmt(run.outputBytes / MB, 2)).padStart(7)}`
    )
  }

  for (const run of runs) if (run.error) console.log(`  ${run.label}: ${run.error}`)

  const pick = (kind, mb) => runs.find((run) => run.kind === kind && run.mb === mb)
  const one = pick('dev', 1)
  const ten = pick('dev', 10)
  const fifty = pick('dev', 50)
  const line = []
  if (ten) line.push(`time(10)/time(1) = ${ratio(ten, one)} (CPU ${ratio(ten, one, 'cpuMs')}; linear: 10)`)
  if (fifty) line.push(`time(50)/time(1) = ${ratio(fifty, one)} (CPU ${ratio(fifty, one, 'cpuMs')}; bar ≤ 60)`)
  console.log('')
  if (line.length) console.log(`  dev: ${line.join(', ')}`)
  const hostileBig = runs.filter((run) => run.kind === 'hostile').pop()
  if (hostileBig && hostileBig.mb > 1) {
    const base = pick('hostile', 1)
    console.log(
      `  hostile: time(${hostileBig.mb})/time(1) = ${ratio(hostileBig, base)} (CPU ${ratio(hostileBig, base, 'cpuMs')})`
    )
  }

  const biggest = runs
    .filter((run) => run.kind === 'dev' && run.maxRssMB)
    .sort((a, b) => b.mb - a.mb)[0]
  if (biggest) {
    const crashed = biggest.ms === null
    console.log(
      `  peak RSS on ${biggest.label}: ${crashed ? '≥ ' : ''}${fmt(biggest.maxRssMB, 0)} MB = ${crashed ? '≥ ' : ''}${fmt(biggest.maxRssMB / (biggest.bytes / MB), 1)}× the input (bar ≤ 25×${crashed ? '; the run did not finish' : `; before clean() the process held ${fmt(biggest.rssBeforeMB, 0)} MB`})`
    )
  }
}

function printProfile(p) {
  console.log('')
  if (p.error) {
    console.log(`profile of ${p.label}: ${p.error} (${p.folder})`)
    return
  }

  console.log(`profile: one clean() of ${p.label} took ${fmt(p.cleanMs / 1000, 2)} s; ${fmt(p.totalMs / 1000, 2)} s sampled in the process`)
  console.log(`  ${p.profileFile}`)
  console.log('  self time by function:')
  for (const f of p.functions) {
    console.log(`  ${fmt(f.ms, 0).padStart(8)} ms ${fmt(f.share * 100, 1).padStart(5)}%  ${f.name}`)
  }

  console.log('  self time by file:')
  for (const f of p.files) {
    console.log(`  ${fmt(f.ms, 0).padStart(8)} ms ${fmt(f.share * 100, 1).padStart(5)}%  ${f.name}`)
  }
}

// ------------------------------------------------------------------ setup

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
 * @property {boolean} [help]
 * @property {boolean} [child]
 * @property {string} [file]
 * @property {string} [warm]
 *
 * @typedef Input
 * @property {string} id
 * @property {string} text
 * @property {string | undefined} gold
 * @property {number} bytes
 *
 * @typedef Run
 * @property {string} kind
 * @property {number} mb
 * @property {string} file
 * @property {string} label
 */

/**
 * @param {Array<string>} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  const flag = {type: 'boolean'}
  const valued = {type: 'string'}
  let values

  try {
    values = parseCommandLine({
      args: argv,
      strict: true,
      options: {
        src: flag,
        quick: flag,
        'skip-throughput': flag,
        profile: flag,
        'profile-only': flag,
        json: flag,
        help: flag,
        child: flag,
        passes: valued,
        timeout: valued,
        heap: valued,
        file: valued,
        warm: valued,
        sizes: valued
      }
    }).values
  } catch (error) {
    fail(`${error.message}\n${usage}`)
  }

  /** @type {Options} */
  const result = {
    src: values.src,
    quick: values.quick,
    skipThroughput: values['skip-throughput'],
    profile: values.profile,
    profileOnly: values['profile-only'],
    json: values.json,
    help: values.help,
    child: values.child,
    file: values.file,
    warm: values.warm
  }

  for (const name of ['passes', 'timeout', 'heap']) {
    if (values[name] === undefined) continue
    const number = Number(values[name])
    if (!Number.isFinite(number) || number <= 0) fail(`--${name} must be a positive number`)
    result[name] = name === 'passes' ? Math.ceil(number) : number
  }

  if (values.sizes !== undefined) {
    const sizes = values.sizes.split(',').map(Number)
    if (!sizes.every((n) => Number.isFinite(n) && n > 0)) {
      fail('--sizes must be a comma-separated list of positive numbers (MB)')
    }

    result.sizes = sizes
  }

  return result
}

/**
 * @param {boolean | undefined} src
 * @returns {string}
 */
function libraryEntry(src) {
  const entry = src ? join(root, 'src', 'index.ts') : join(root, 'dist', 'index.js')
  if (!existsSync(entry)) {
    fail(
      src
        ? `source entry not found: ${entry}`
        : `built library not found: ${entry}\nRun \`npm run build\` first (or pass --src to load src/ through tsx).`
    )
  }

  return entry
}

/**
 * @param {string} entry
 * @param {boolean | undefined} src
 * @returns {Promise<(text: string) => {text: string, stripped: Array<unknown>}>}
 */
async function loadClean(entry, src) {
  // Children run with `--import tsx` already; the parent registers it here.
  if (src && !process.execArgv.some((arg) => arg === 'tsx' || arg.includes('tsx'))) {
    const {register} = await import('tsx/esm/api')
    register()
  }

  const mod = await import(pathToFileURL(entry).href)
  if (typeof mod.clean !== 'function') fail(`${entry} does not export a function \`clean\``)
  return mod.clean
}

/**
 * The parse alone: retext-english’s parser over the whole input.
 *
 * @returns {Promise<(text: string) => unknown>}
 */
async function loadParse() {
  const [{unified}, {default: retextEnglish}] = await Promise.all([
    import('unified'),
    import('retext-english')
  ])
  const processor = unified().use(retextEnglish).freeze()
  return (text) => processor.parse(text)
}

/**
 * Find the shared folder (`$DEBOILER_SHARED`, else beside the repo root).
 *
 * @returns {string}
 */
function findShared() {
  const fromEnv = process.env.DEBOILER_SHARED
  const shared = fromEnv ? resolve(fromEnv) : resolve(root, '..', 'shared')
  const cases = join(shared, 'bench', 'dev', 'cases.jsonl')
  if (!existsSync(cases)) {
    fail(
      `dev cases not found: ${cases}\n` +
        `Place shared/ beside the repository (${resolve(root, '..')}) or set DEBOILER_SHARED=/path/to/shared.`
    )
  }

  return shared
}

/**
 * @param {string} path
 * @returns {Array<Input>}
 */
function readInputs(path) {
  const inputs = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue
    let data
    try {
      data = JSON.parse(line)
    } catch {
      continue
    }

    if (!data || typeof data.input !== 'string') continue
    inputs.push({id: String(data.id ?? '#' + inputs.length), text: data.input, gold: typeof data.gold === 'string' ? data.gold : undefined, bytes: Buffer.byteLength(data.input)})
  }

  if (inputs.length === 0) fail(`no inputs in ${path}`)
  return inputs
}

// ------------------------------------------------------------------ utilities

function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

function ratio(run, base, key = 'ms') {
  if (!run || !base || typeof run[key] !== 'number' || typeof base[key] !== 'number' || !base[key]) return '-'
  return fmt(run[key] / base[key], 1)
}

/** Linux high-water mark of `pid`’s RSS in MB (0 elsewhere or when gone). */
function highWaterMark(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? (Number(match[1]) * 1024) / MB : 0
  } catch {
    return 0
  }
}

function fileSize(path) {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

function fmt(value, digits) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '-'
  return value.toFixed(digits)
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`)
  process.exit(2)
}
