// Scaling job of `npm run bench` (bench/speed.mjs): one clean() of dev
// inputs joined into 1, 10 and 50 MB, of 1 and 50 MB of hostile lines
// (`hostileBlock()` of test/util/fuzz.ts, repeated), and of 1 MB of dev pages
// as HTML source (each line in a tag, under a head with a script: the markup
// `template-markup` strips), each in a fresh process (bench/speed/child.mjs)
// after a small warm-up, with its peak RSS.

import {spawn} from 'node:child_process'
import {existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {loadFuzz} from '../lib/library.mjs'
import {MB, fileSize, highWaterMark} from '../lib/measure.mjs'
import {htmlPage, root} from '../lib/shared.mjs'
import {fmt} from '../lib/table.mjs'

const child = fileURLToPath(new URL('child.mjs', import.meta.url))

/**
 * Run the scaling plan and report each run as it ends (unless `json`).
 *
 * @param {Array<{text: string}>} inputs
 * @param {string} folder
 *   Temporary folder for the inputs.
 * @param {import('../speed.mjs').Options} options
 * @returns {Promise<Array<object>>}
 */
export async function scaling(inputs, folder, options) {
  const sizes = options.sizes ?? (options.quick ? [1, 10] : [1, 10, 50])
  const biggest = Math.max(...sizes)
  const plan = [
    ...sizes.map((mb) => ({kind: 'dev', mb})),
    {kind: 'hostile', mb: 1},
    ...(biggest > 1 ? [{kind: 'hostile', mb: biggest}] : []),
    {kind: 'html', mb: 1}
  ]
  const files = await writeInputs(folder, inputs, plan)
  if (!options.json) {
    console.log('')
    console.log('scaling (one clean() per input, each in a fresh process after a warm-up):')
  }

  const runs = []
  for (const run of files.runs) {
    if (!options.json) process.stdout.write(`  scaling: ${run.label} … `)
    const measured = await measureChild(run, files.warm, options)
    runs.push(measured)
    if (!options.json) {
      process.stdout.write(measured.error ? `${measured.error}\n` : `${fmt(measured.ms / 1000, 2)} s\n`)
    }
  }

  return runs
}

/**
 * Write the scaling inputs of `plan` (and a warm-up input) to `folder`.
 *
 * @param {string} folder
 * @param {Array<{text: string}>} inputs
 * @param {Array<{kind: 'dev' | 'hostile' | 'html', mb: number}>} plan
 * @returns {Promise<{warm: string, runs: Array<Run>}>}
 */
export async function writeInputs(folder, inputs, plan) {
  const dev = inputs.map((input) => input.text)
  const warm = join(folder, 'warm.txt')
  if (!existsSync(warm)) writeFileSync(warm, build(dev, 0.25 * MB))
  const hostile = plan.some((run) => run.kind === 'hostile') ? [(await loadFuzz()).hostileBlock()] : []
  const parts = {dev, hostile, html: dev.map((text) => htmlPage(text))}

  const runs = []
  for (const {kind, mb} of plan) {
    const file = join(folder, `${kind}-${mb}.txt`)
    if (!existsSync(file)) writeFileSync(file, build(parts[kind], mb * MB))
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
 * Clean one input in a fresh process and measure it.
 *
 * @param {Run} run
 * @param {string} warm
 * @param {import('../speed.mjs').Options} options
 * @param {Array<string>} [extraArgs]
 * @returns {Promise<object>}
 */
export function measureChild(run, warm, options, extraArgs = []) {
  const args = [
    ...(options.src ? ['--import', 'tsx'] : []),
    ...(options.heap ? [`--max-old-space-size=${options.heap}`] : []),
    ...extraArgs,
    child,
    '--file',
    run.file,
    '--warm',
    warm,
    ...(options.src ? ['--src'] : [])
  ]
  const timeout = (options.timeout ?? 600) * 1000

  return new Promise((resolvePromise) => {
    const task = spawn(process.execPath, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    const out = []
    let err = ''
    let peakSeen = 0
    let timedOut = false
    const start = performance.now()

    // Linux: follow the high-water mark from outside, for a run that dies.
    const poll = setInterval(() => {
      peakSeen = Math.max(peakSeen, highWaterMark(task.pid))
    }, 250)
    const timer = setTimeout(() => {
      timedOut = true
      task.kill('SIGKILL')
    }, timeout)

    task.stdout.on('data', (chunk) => out.push(chunk))
    task.stderr.on('data', (chunk) => {
      err = (err + chunk).slice(-2000)
    })
    task.on('close', (code, signal) => {
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
 * @param {Array<any>} runs
 */
export function printScaling(runs) {
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

function ratio(run, base, key = 'ms') {
  if (!run || !base || typeof run[key] !== 'number' || typeof base[key] !== 'number' || !base[key]) return '-'
  return fmt(run[key] / base[key], 1)
}

/**
 * @typedef Run
 * @property {string} kind
 * @property {number} mb
 * @property {string} file
 * @property {string} label
 */
