// Throughput job of `npm run bench` (bench/speed.mjs): `clean()` beside the
// retext-english parse on every dev input, ms per document, and the dev F1
// of the same outputs (scored by shared/bench/score.mjs).

import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {MB, median, percentile} from '../lib/measure.mjs'
import {score} from '../lib/shared.mjs'
import {fmt} from '../lib/table.mjs'

/**
 * Mean token F1 of the dev set before the speed work of issue 5 (0.1.0 as
 * first released, measured with `npm run bench:quality`).
 */
const qualityBefore = {f1: 0.9141, at: 'commit 4e3e2f1'}

/**
 * A full garbage collection (V8’s `gc`, reached without a command-line
 * flag), so that a timed run does not pay for the garbage of the one before.
 */
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc')

/**
 * Time clean() and the parse alone, alternating pass by pass, and score the
 * outputs of clean()’s warm-up pass.
 *
 * @param {{inputs: Array<Input>, bytes: number, passes: number, casesPath: string, folder: string}} run
 * @param {(text: string) => {text: string}} clean
 * @param {(text: string) => unknown} parse
 * @param {{name: string, time: () => Promise<number>}} [other]
 *   Another build’s `clean()` in a process of its own, timed in the same
 *   passes (`--against`): `time()` gives the CPU time of a pass in µs.
 * @returns {Promise<{throughput: object, perDocument: object, quality: object}>}
 */
export async function throughput(run, clean, parse, other) {
  const {inputs, bytes, passes} = run
  const cleanTimes = inputs.map(() => [])
  const parseTimes = inputs.map(() => [])
  const cleanPasses = []
  const parsePasses = []
  const errors = new Map()
  const outputs = []

  // Warm-up (pass 0, not counted), then the timed passes.
  // CPU time (all threads of this process, so GC helpers count too) is
  // printed beside wall time: on a busy machine it moves less.
  const cleanCpu = []
  const parseCpu = []
  const otherCpu = []
  // With `other`: per pass, the ratio of this build’s CPU speed to the
  // other’s, the two back to back and in turns first (a run pays for the
  // garbage the run before it left, and the machine drifts), each after a
  // full collection; the figure is the median of the passes’ ratios.
  const ratios = []
  // The same ratios by which build ran first in the pass: the first run of
  // a pair tends to be the faster one, so each order is summed up apart.
  const thisFirst = []
  const otherFirsts = []
  for (let pass = 0; pass <= passes; pass++) {
    const otherFirst = other !== undefined && pass % 2 === 1
    // Both builds in processes of their own, alike: this process holds the
    // inputs, the outputs and the per-document times, and its clean() ran
    // about 4 % faster than the same build in a child (session 44).
    let otherSpeed = otherFirst ? await timeOther() : 0
    const ownSpeed = other ? await timeOwn() : 0
    if (other && !otherFirst) otherSpeed = await timeOther()
    collect()
    let cpu = process.cpuUsage()
    const c = timePass(inputs, clean, pass ? cleanTimes : undefined, errors, pass ? undefined : outputs)
    const cc = process.cpuUsage(cpu)
    collect()
    cpu = process.cpuUsage()
    const p = timePass(inputs, parse, pass ? parseTimes : undefined, undefined, undefined)
    const pc = process.cpuUsage(cpu)

    if (pass) {
      cleanPasses.push(bytes / MB / (c / 1000))
      parsePasses.push(bytes / MB / (p / 1000))
      cleanCpu.push(bytes / (cc.user + cc.system))
      parseCpu.push(bytes / (pc.user + pc.system))
      if (other) {
        otherCpu.push(otherSpeed)
        const ratio = ownSpeed / otherSpeed
        ratios.push(ratio)
        ;(otherFirst ? otherFirsts : thisFirst).push(ratio)
      }
    }
  }

  /**
   * Time the other build’s `clean()` over every input, in its process.
   *
   * @returns {Promise<number>}
   *   CPU speed (bytes per µs).
   */
  async function timeOther() {
    return bytes / (await other.time())
  }

  /**
   * Time this build’s `clean()` over every input, in a process of its own.
   *
   * @returns {Promise<number>}
   *   CPU speed (bytes per µs).
   */
  async function timeOwn() {
    return bytes / (await other.own())
  }

  const cleanMBs = median(cleanPasses)
  const parseMBs = median(parsePasses)
  const outputsPath = join(run.folder, 'outputs.jsonl')
  writeFileSync(outputsPath, outputs.map((output) => JSON.stringify(output)).join('\n') + '\n')
  const scored = await score(['--cases', run.casesPath, '--outputs', outputsPath, '--quiet'])

  return {
    throughput: {
      cleanMBs,
      parseMBs,
      ratio: cleanMBs / parseMBs,
      cleanPasses,
      parsePasses,
      cleanCpuMBs: median(cleanCpu),
      parseCpuMBs: median(parseCpu),
      other: other
        ? {
            name: other.name,
            cpuMBs: median(otherCpu),
            ratio: median(ratios),
            ratios,
            byOrder: {
              thisFirst: median(thisFirst),
              otherFirst: median(otherFirsts),
              // Each order weighs the same, however many passes it had.
              balanced: Math.sqrt(median(thisFirst) * median(otherFirsts))
            }
          }
        : null,
      errors: [...errors].map(([index, message]) => ({id: inputs[index].id, message}))
    },
    perDocument: {
      clean: distribution(cleanTimes, inputs),
      parse: distribution(parseTimes, inputs)
    },
    quality: {f1: scored.score.f1, before: qualityBefore}
  }
}

/**
 * Run `fn` over every input once.
 *
 * @param {Array<Input>} inputs
 * @param {(text: string) => any} fn
 * @param {Array<Array<number>> | undefined} times
 *   Per-document times to add to (none in the warm-up).
 * @param {Map<number, string> | undefined} errors
 * @param {Array<{id: string, output: string}> | undefined} outputs
 *   Texts of the results to add to.
 * @returns {number}
 *   Total ms.
 */
function timePass(inputs, fn, times, errors, outputs) {
  let total = 0
  for (let index = 0; index < inputs.length; index++) {
    const text = inputs[index].text
    const start = performance.now()
    let result
    try {
      result = fn(text)
    } catch (error) {
      // A throw is reported, not fatal: the time until it still counts.
      if (errors && !errors.has(index)) errors.set(index, String(error?.message ?? error).slice(0, 200))
    }

    const ms = performance.now() - start
    total += ms
    if (times) times[index].push(ms)
    if (outputs && result) outputs.push({id: inputs[index].id, output: result.text})
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

/**
 * @param {{passes: number, throughput: any, quality: any, perDocument: any}} result
 */
export function printThroughput(result) {
  const t = result.throughput
  const q = result.quality
  const d = result.perDocument
  console.log('')
  console.log(`throughput on the dev inputs (warm-up pass, then median of ${result.passes} passes)`)
  console.log(`  ${''.padEnd(28)} ${'MB/s'.padStart(7)} ${'(CPU)'.padStart(7)}   passes (MB/s)`)
  console.log(`  ${'clean()'.padEnd(28)} ${fmt(t.cleanMBs, 2).padStart(7)} ${fmt(t.cleanCpuMBs, 2).padStart(7)}   ${t.cleanPasses.map((x) => fmt(x, 2)).join(' ')}`)
  console.log(`  ${'retext-english parse alone'.padEnd(28)} ${fmt(t.parseMBs, 2).padStart(7)} ${fmt(t.parseCpuMBs, 2).padStart(7)}   ${t.parsePasses.map((x) => fmt(x, 2)).join(' ')}`)
  console.log(`  ${'clean / parse'.padEnd(28)} ${(fmt(t.ratio * 100, 0) + '%').padStart(7)} ${(fmt((t.cleanCpuMBs / t.parseCpuMBs) * 100, 0) + '%').padStart(7)}   (issue 5 bar: ≥ 60%)`)
  if (t.other) {
    console.log(`  ${('clean() of ' + t.other.name).padEnd(28)} ${''.padStart(7)} ${fmt(t.other.cpuMBs, 2).padStart(7)}`)
    console.log(`  ${('now / ' + t.other.name).padEnd(28)} ${''.padStart(7)} ${(fmt(t.other.ratio, 2) + '×').padStart(7)}   (CPU; issues 17, 18, 21 bar: ≥ 0.9× session 10)`)
    const sorted = [...t.other.ratios].sort((a, b) => a - b)
    console.log(`  ${''.padEnd(28)} ${''.padStart(7)} ${''.padStart(7)}   median of ${sorted.length} passes’ ratios (${sorted.map((ratio) => fmt(ratio, 2)).join(' ')})`)
    const order = t.other.byOrder
    if (Number.isFinite(order.balanced)) {
      console.log(`  ${''.padEnd(28)} ${''.padStart(7)} ${(fmt(order.balanced, 2) + '×').padStart(7)}   geometric mean of the two orders’ medians (this build first ${fmt(order.thisFirst, 2)}, the other first ${fmt(order.otherFirst, 2)})`)
    }
  }

  if (t.errors.length) {
    console.log(`  clean() threw on ${t.errors.length} document(s), e.g. ${t.errors[0].id}: ${t.errors[0].message}`)
  }

  console.log(
    `  quality on the same inputs (shared/bench/score.mjs): mean token F1 ${fmt(q.f1, 4)} now, ${fmt(q.before.f1, 4)} before the speed work (${q.before.at}); issue 5 bar: no more than 0.002 below it (${q.f1 >= q.before.f1 - 0.002 ? 'met' : 'NOT met'})`
  )

  console.log('')
  console.log('ms per document (each document’s median over the passes)')
  console.log(`  ${''.padEnd(28)} ${'median'.padStart(7)} ${'p99'.padStart(8)} ${'max'.padStart(8)}   slowest`)
  for (const [name, s] of [['clean()', d.clean], ['retext-english parse alone', d.parse]]) {
    console.log(`  ${name.padEnd(28)} ${fmt(s.median, 2).padStart(7)} ${fmt(s.p99, 2).padStart(8)} ${fmt(s.max, 1).padStart(8)}   ${s.slowest}`)
  }
}

/**
 * @typedef Input
 * @property {string} id
 * @property {string} text
 * @property {number} bytes
 */
