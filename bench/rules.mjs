#!/usr/bin/env node
// Time of each rule: CPU ms per pass over the dev set's inputs, rule by rule,
// for this checkout's build and, with --against, another checkout's build,
// each in a process of its own (two builds in one process slow each other
// down: V8 tunes the code they share to the objects of the first).
//
//   npm run bench:rules                          (this build alone)
//   npm run bench:rules -- --against ../base     (beside another checkout)
//   node bench/rules.mjs [options]
//
// Options:
//   --against DIR  a checkout (a `git worktree` of an older commit) whose
//                  `dist/index.js` is built; its figures are printed beside
//                  these, with their ratio
//   --passes N     timed passes after a warm-up pass (default 3); the figure
//                  is the least CPU time of the passes
//   --set NAME     inputs of a set of shared/bench (default dev/cases.jsonl)
//   --build FILE   time this `dist/index.js` alone and print its figures as
//                  JSON (what the script runs in each child process)
//   --help
//
// What it prints: a row a rule, in the order the preset runs them (the line
// layer's parse is not a rule and is left out), with CPU ms per pass
// (`process.cpuUsage()` around each transformer, so a busy machine disturbs
// it less than wall time) and, with --against, the other build's figure and
// the ratio now / other; then the total. What a rule does first for every
// line that later rules reuse (the lower-case line is made once, by the first
// rule that asks) is counted in that rule, and so is telling the page's
// languages (`byLanguage()`; navigation asks first): compare totals, not one
// rule, for a change that moves such work. It never asserts.

import {execFileSync} from 'node:child_process'
import {resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {badFlag, crash, numberFlag, parseFlags, quietPipe} from './lib/cli.mjs'
import {entry} from './lib/library.mjs'
import {benchFile, readJsonl} from './lib/shared.mjs'
import {fmt, table} from './lib/table.mjs'

const flags = parseFlags(import.meta.url, {against: 'string', passes: 'string', set: 'string', build: 'string'})
const passes = numberFlag(flags, 'passes', {integer: true}) ?? 3
if (flags.against === '') badFlag('--against expects a directory')

quietPipe()
;(flags.build ? child(flags.build) : main()).catch(crash)

/**
 * Run.
 *
 * @returns {Promise<undefined>}
 */
async function main() {
  const builds = [time(entry(false))]
  if (flags.against) builds.push(time(resolve(flags.against, 'dist', 'index.js')))
  const names = builds[0].names
  const head = flags.against ? ['rule', 'now ms', 'other ms', 'now/other'] : ['rule', 'ms']
  const rows = [head]
  for (const name of [...names, 'total']) {
    const [now, other] = builds.map((build) => build.least[name] ?? Number.NaN)
    rows.push(flags.against ? [name, fmt(now, 0), fmt(other, 0), fmt(now / other, 2)] : [name, fmt(now, 0)])
  }

  console.log(`CPU ms per pass over ${builds[0].inputs} inputs, least of ${passes} passes, each build in its own process`)
  for (const line of table(rows)) console.log(line)
  return undefined
}

/**
 * Time a build in a child process (this script with `--build`).
 *
 * @param {string} path
 *   Its `dist/index.js`.
 * @returns {{names: Array<string>, least: Record<string, number>, inputs: number}}
 */
function time(path) {
  const argv = [fileURLToPath(import.meta.url), '--build', path, '--passes', String(passes)]
  if (flags.set) argv.push('--set', flags.set)
  return JSON.parse(execFileSync(process.execPath, argv, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24}))
}

/**
 * Time one build in this process and print its figures as JSON.
 *
 * @param {string} path
 *   Its `dist/index.js`.
 * @returns {Promise<undefined>}
 */
async function child(path) {
  const inputs = readJsonl(benchFile(flags.set ?? 'dev/cases.jsonl'))
    .map((row) => row.input)
    .filter((input) => typeof input === 'string')
  const build = await timed(resolve(path))
  for (let pass = 0; pass <= passes; pass++) build.pass(inputs, pass > 0)
  const least = Object.fromEntries([...build.names, 'total'].map((name) => [name, build.least(name)]))
  process.stdout.write(JSON.stringify({names: build.names, least, inputs: inputs.length}) + '\n')
  return undefined
}

/**
 * A build whose rules are timed.
 *
 * @param {string} path
 *   Its `dist/index.js`.
 * @returns {Promise<{names: Array<string>, pass: (inputs: Array<string>, keep: boolean) => undefined, least: (name: string) => number}>}
 */
async function timed(path) {
  const library = await import(pathToFileURL(path).href)
  const {unified} = await import('unified')
  const {VFile} = await import('vfile')
  /** @type {Map<string, number>} */
  const current = new Map()
  /** @type {Map<string, Array<number>>} */
  const kept = new Map()
  const names = []
  const processor = unified().use(library.deboilerLines)
  const exported = new Map(
    Object.entries(library)
      .filter(([key, value]) => key.startsWith('deboiler') && typeof value === 'function')
      .map(([key, value]) => [value, key])
  )

  for (const item of library.deboilerPreset.plugins) {
    const [plugin, options] = Array.isArray(item) ? item : [item]
    // Older builds have no `meta`: the name they export a plugin by
    // (`deboilerPhotoCredit`) tells its category.
    const name = plugin.meta?.category ?? categoryOf(exported.get(plugin) ?? plugin.name)
    names.push(name)
    processor.use(function (settings) {
      const transform = plugin.call(this, settings)
      if (typeof transform !== 'function') return transform
      return function (tree, file) {
        const start = process.cpuUsage()
        const result = transform(tree, file)
        const spent = process.cpuUsage(start)
        current.set(name, (current.get(name) ?? 0) + (spent.user + spent.system) / 1000)
        return result
      }
    }, options)
  }

  processor.freeze()

  return {
    names,
    pass(inputs, keep) {
      current.clear()
      for (const input of inputs) {
        const file = new VFile(input)
        processor.runSync(processor.parse(file), file)
      }

      if (!keep) return
      let total = 0
      for (const name of names) {
        const spent = current.get(name) ?? 0
        total += spent
        kept.set(name, [...(kept.get(name) ?? []), spent])
      }

      kept.set('total', [...(kept.get('total') ?? []), total])
    },
    least(name) {
      return Math.min(...(kept.get(name) ?? [Number.NaN]))
    }
  }
}

/**
 * Category of a plugin of an older build, from its name.
 *
 * @param {string} name
 *   Name of the plugin (`deboilerPhotoCredit`).
 * @returns {string}
 *   Category (`photo-credit`).
 */
function categoryOf(name) {
  return name.replace(/^deboiler/, '').replace(/[A-Z]/g, (letter, index) => (index > 0 ? '-' : '') + letter.toLowerCase())
}
