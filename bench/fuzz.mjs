#!/usr/bin/env node
// Fuzz `clean()`: generated inputs, each checked against the output contract.
//
//   npm run fuzz                       (100,000 inputs, the built dist/index.js)
//   node bench/fuzz.mjs [options]
//
// Options:
//   --count N      inputs to generate (default 100000)
//   --seed N       seed of the run (default 20190323); with the index of an
//                  input it makes the same input again
//   --start N      index of the first input (default 0)
//   --only N       run input N alone and print it (JSON) with its result
//   --src          load src/index.ts through tsx instead of dist/index.js
//   --save DIR     write each failing input to DIR/<index>.txt
//   --json         print the figures as one JSON object
//   --help
//
// What it prints: the count, the failures (a throw, or a broken contract:
// places not exact or overlapping, lines and columns that disagree with the
// offsets, `text` not the input cut by the whitespace rule), and the slowest
// input's time per KB (over inputs of 1 KB or more, where the fixed cost of a
// call does not dominate), with the slowest input overall. The inputs come
// from `test/util/fuzz.ts` (also used by `test/fuzz.test.ts`, which runs the
// first 2,000 in `npm test`). Exit code 1 when an input failed.
//
// KB is 1,000 UTF-16 code units of input.

import {mkdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'
import {crash, numberFlag, parseFlags} from './lib/cli.mjs'
import {loadFuzz, loadLibrary} from './lib/library.mjs'

const flags = parseFlags(import.meta.url, {
  count: 'string',
  seed: 'string',
  start: 'string',
  only: 'string',
  src: 'boolean',
  save: 'string',
  json: 'boolean'
})
const whole = {integer: true, zero: true}
const options = {
  count: numberFlag(flags, 'count', whole) ?? 100_000,
  seed: numberFlag(flags, 'seed', whole) ?? 20_190_323,
  start: numberFlag(flags, 'start', whole) ?? 0,
  only: numberFlag(flags, 'only', whole),
  src: Boolean(flags.src),
  save: flags.save === undefined ? undefined : resolve(flags.save),
  json: Boolean(flags.json)
}

main(options).catch(crash)

/**
 * Run the fuzzer.
 *
 * @param {typeof options} options
 *   Parsed arguments.
 */
async function main(options) {
  const fuzz = await loadFuzz()
  const {clean} = await loadLibrary(options.src)

  if (options.only !== undefined) {
    const item = fuzz.generate(options.seed, options.only)
    let result
    try {
      result = clean(item.input)
    } catch (error) {
      result = {error: String(error && error.stack ? error.stack : error)}
    }

    const problem = result.error ?? fuzz.contractError(item.input, result)
    console.log(JSON.stringify({...item, length: item.input.length, problem: problem ?? null, result}, null, 1))
    process.exitCode = problem ? 1 : 0
    return
  }

  // Warm up the JIT on other inputs, so the first timed ones are not slow for that.
  for (let index = 0; index < 300; index++) clean(fuzz.generate(options.seed + 1, index).input)

  const failures = []
  const kinds = new Map()
  let slowest = {ms: -1}
  let slowestPerKb = {msPerKb: -1}
  let units = 0
  const started = performance.now()
  const end = options.start + options.count

  for (let index = options.start; index < end; index++) {
    const item = fuzz.generate(options.seed, index)
    kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1)
    units += item.input.length
    const before = performance.now()
    let result
    let problem

    try {
      result = clean(item.input)
    } catch (error) {
      problem = 'crash: ' + (error && error.stack ? error.stack : String(error))
    }

    const ms = performance.now() - before
    if (!problem) problem = fuzz.contractError(item.input, result)
    const figures = {index, kind: item.kind, length: item.input.length, ms}
    if (ms > slowest.ms) slowest = figures
    if (item.input.length >= 1000 && (ms * 1000) / item.input.length > slowestPerKb.msPerKb) {
      slowestPerKb = {...figures, msPerKb: (ms * 1000) / item.input.length}
    }

    if (problem) {
      failures.push({...figures, problem})
      if (options.save) {
        mkdirSync(options.save, {recursive: true})
        writeFileSync(join(options.save, index + '.txt'), item.input)
      }

      if (!options.json) {
        process.stdout.write(
          'FAIL #' + index + ' (' + item.kind + ', ' + item.input.length + ' chars): ' + firstLine(problem) + '\n'
        )
      }
    }

    if (!options.json && process.stderr.isTTY && (index - options.start + 1) % 5000 === 0) {
      process.stderr.write('  ' + (index - options.start + 1) + ' / ' + options.count + '\r')
    }
  }

  const seconds = (performance.now() - started) / 1000
  const summary = {
    library: options.src ? 'src/index.ts (tsx)' : 'dist/index.js',
    seed: options.seed,
    start: options.start,
    count: options.count,
    failures: failures.length,
    crashes: failures.filter((item) => item.problem.startsWith('crash: ')).length,
    seconds,
    megabytes: units / 1e6,
    slowestPerKb,
    slowest,
    kinds: Object.fromEntries([...kinds].sort()),
    failed: failures.slice(0, 100)
  }

  if (options.json) {
    process.stdout.write(JSON.stringify(summary, null, 1) + '\n')
  } else {
    console.log('library:  ' + summary.library + ', seed ' + summary.seed)
    console.log('inputs:   ' + summary.count.toLocaleString('en') + ' (' + describeKinds(summary.kinds) + ')')
    console.log('failures: ' + summary.failures + ' (crashes: ' + summary.crashes + ')')
    console.log(
      'slowest per KB: ' +
        (slowestPerKb.msPerKb < 0
          ? 'no input of 1 KB or more'
          : slowestPerKb.msPerKb.toFixed(3) + ' ms/KB (#' + slowestPerKb.index + ', ' + slowestPerKb.kind + ', ' +
            slowestPerKb.length + ' chars, ' + slowestPerKb.ms.toFixed(1) + ' ms)')
    )
    console.log(
      'slowest:  ' + slowest.ms.toFixed(1) + ' ms (#' + slowest.index + ', ' + slowest.kind + ', ' + slowest.length + ' chars)'
    )
    console.log(
      'total:    ' + seconds.toFixed(1) + ' s for ' + summary.megabytes.toFixed(1) + ' M chars (' +
        (summary.megabytes / seconds).toFixed(2) + ' M chars/s, contract checks included)'
    )
  }

  if (failures.length > 0) process.exitCode = 1
}

/**
 * Counts of each family, as `page 40,012, hostile 18,003…`.
 *
 * @param {Record<string, number>} kinds
 *   Counts.
 * @returns {string}
 *   Description.
 */
function describeKinds(kinds) {
  return Object.entries(kinds)
    .map(([kind, count]) => kind + ' ' + count.toLocaleString('en'))
    .join(', ')
}

/**
 * First line of a message.
 *
 * @param {string} value
 *   Message.
 * @returns {string}
 *   First line.
 */
function firstLine(value) {
  return value.split('\n')[0]
}
