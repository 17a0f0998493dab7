#!/usr/bin/env node
// Quality benchmark: score `clean()` on every set in shared/bench with the
// shared scorer, shared/bench/score.mjs.
//
//   npm run bench:quality                       (builds, then scores dist/index.js)
//   node bench/quality.mjs [options] [scorer options]
//
// Options of this script:
//   --src        score src/index.ts through tsx instead of the built dist/index.js
//   --config N   score a configuration of bench/configs.mjs: clean (default),
//                named (named rules only, no chrome), precision, recall
//   --json       print one JSON object {system, sets: [{set, scorer}], summary}
//   --help
// Options handed to score.mjs for every set: --limit N, --source a,b,
// --lang x, --jobs N, --timeout MS, --quiet, --cmd "CMD", --module FILE
// (--export NAME): the last two score something else than a configuration.
// With --cases FILE only that file is scored, and then --outputs FILE,
// --per-case FILE and --save-outputs FILE are handed on too.
//
// What it prints: one table, a row a set (dev/cases, fundus, pagetypes and the
// three variants, 2,412 pages): pages, mean P, R and F1 of deboiler beside
// those of the no-op (the input as it is), each figure as
// `score.mjs --cases SET --module dist/index.js` gives it (the variants carry
// `ignore_urls`, which the scorer reads). Below it, for the first set (the dev
// set, or --cases), the figures issues 2 and 3 set bars on: mean P/R/F1,
// median F1, F1 per source, mean F1 of the non-English cases, and the pages
// returned empty while their gold is not; and, for a set whose sources are
// kinds of page (pagetypes), the figures of each kind. Bars are shown beside the figures;
// they are never asserted (exit code 0 whenever scoring ran).
//
// `shared/` is found beside the repository root (`<repo>/../shared`), or at
// `$DEBOILER_SHARED`.

import {mkdtempSync, rmSync} from 'node:fs'
import os from 'node:os'
import {join, relative, resolve} from 'node:path'
import {badFlag, crash, parseFlags, quietPipe} from './lib/cli.mjs'
import {entry} from './lib/library.mjs'
import {benchFile, readJsonl, root, score, sets} from './lib/shared.mjs'
import {fmt, table} from './lib/table.mjs'
import {report} from './quality/bars.mjs'

const configs = ['clean', 'named', 'precision', 'recall']
// Scorer options handed on as they are; the last three only with --cases.
const valued = ['source', 'lang', 'limit', 'jobs', 'timeout', 'cmd', 'module', 'export']
const oneSet = ['outputs', 'per-case', 'save-outputs']

const flags = parseFlags(import.meta.url, {
  src: 'boolean',
  json: 'boolean',
  config: 'string',
  cases: 'string',
  quiet: 'boolean',
  ...Object.fromEntries([...valued, ...oneSet].map((name) => [name, 'string']))
})
const config = flags.config ?? 'clean'
if (!configs.includes(config)) badFlag(`unknown --config ${config}: one of ${configs.join(', ')}`)
for (const name of oneSet) if (flags[name] !== undefined && !flags.cases) badFlag(`--${name} needs --cases FILE`)

quietPipe()
main().catch(crash)

async function main() {
  const library = entry(flags.src)
  const files = flags.cases ? [resolve(flags.cases)] : sets.map((set) => benchFile(set))
  const own = !flags.cmd && !flags.module && !flags.outputs
  const temporary = mkdtempSync(join(os.tmpdir(), 'deboiler-quality-'))

  try {
    // The scorer’s outputs of the first set, to find the pages returned empty.
    const outputs = flags['save-outputs'] ? resolve(flags['save-outputs']) : join(temporary, 'outputs.jsonl')
    const common = ['--by-source', '--by-lang', ...(flags.quiet ? ['--quiet'] : [])]
    for (const name of [...valued, ...oneSet]) {
      if (flags[name] !== undefined && name !== 'save-outputs') common.push('--' + name, flags[name])
    }

    if (own) common.push('--module', join(root, 'bench', 'configs.mjs'), '--export', config)
    const how = {nodeArgs: flags.src ? ['--import', 'tsx'] : [], env: {DEBOILER_ENTRY: library}}
    const results = await inParallel(files, (file, index) =>
      score(['--cases', file, ...common, ...(index === 0 ? ['--save-outputs', outputs] : [])], how)
    )
    const system = own ? `bench/configs.mjs#${config} on ${relative(root, library)}` : results[0].system
    const summary = summarize(results[0], files[0], outputs)
    const rows = files.map((file, index) => ({set: name(file), scorer: results[index]}))

    if (flags.json) {
      process.stdout.write(JSON.stringify({system, sets: rows, summary}, null, 1) + '\n')
      return
    }

    console.log(`deboiler quality: ${system}`)
    console.log('shared/bench/score.mjs: token-bag precision, recall and F1 per page, means over the pages')
    console.log('')
    const cells = [['set', 'pages', 'P', 'R', 'F1', 'no-op P', 'no-op R', 'no-op F1']]
    for (const {set, scorer} of rows) {
      const {score: s, noop: n} = scorer
      cells.push([set, scorer.cases, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(n.precision), fmt(n.recall), fmt(n.f1)])
    }

    for (const line of table(cells)) console.log(line)
    for (const {set, scorer} of rows) {
      if (scorer.errors) {
        console.log(`${set}: ${scorer.errors} page(s) failed and were scored with what they returned, e.g. ${scorer.error_examples[0].id}: ${scorer.error_examples[0].error}`)
      }
    }

    for (const {set, scorer} of rows) printKinds(set, scorer)
    process.stdout.write(report(summary, rows[0].set))
  } finally {
    rmSync(temporary, {recursive: true, force: true})
  }
}

/**
 * The figures the bars of issues 2 and 3 are set on, from the scorer’s
 * result for a set and its outputs.
 *
 * @param {any} result
 *   score.mjs `--json` result, with `--by-source --by-lang`.
 * @param {string} casesPath
 * @param {string} outputsPath
 * @returns {import('./quality/bars.mjs').Summary}
 */
function summarize(result, casesPath, outputsPath) {
  // Languages that do not count as “non-English”: `und` is what the dataset
  // gives when its language guess failed (those pages are English prose).
  const foreign = Object.entries(result.by_lang).filter(([lang]) => lang !== 'en' && lang !== 'und')
  const pages = foreign.reduce((sum, [, group]) => sum + group.score.n, 0)
  const pooled = (key) => foreign.reduce((sum, [, group]) => sum + group[key].f1 * group[key].n, 0) / pages
  const output = new Map(readJsonl(outputsPath).map((row) => [row.id, row.output]))
  // Empty: the output has no token (letter or number run) while the gold has.
  const empty = readJsonl(casesPath)
    .filter((item) => output.has(String(item.id)) && hasToken(item.gold) && !hasToken(output.get(String(item.id))))
    .map((item) => String(item.id))

  return {
    cases: result.cases,
    precision: result.score.precision,
    recall: result.score.recall,
    f1: result.score.f1,
    medianF1: result.score.median_f1,
    noopPrecision: result.noop.precision,
    noopF1: result.noop.f1,
    bySource: Object.fromEntries(
      Object.entries(result.by_source).map(([source, group]) => [
        source,
        {n: group.score.n, f1: group.score.f1, noopF1: group.noop.f1}
      ])
    ),
    foreign: {n: pages, langs: foreign.map(([lang]) => lang), f1: pooled('score'), noopF1: pooled('noop')},
    empty,
    errors: result.errors
  }
}

/**
 * Print the figures of each kind of page of a set whose sources are kinds
 * (`pagetypes/dev.jsonl`: `wcxb-forum`, `wcxb-listing`, …).
 *
 * @param {string} set
 * @param {any} result
 *   score.mjs `--json` result, with `--by-source`.
 * @returns {undefined}
 */
function printKinds(set, result) {
  const kinds = Object.entries(result.by_source ?? {}).filter(([source]) => source.startsWith('wcxb-'))
  if (kinds.length < 2) return
  console.log('')
  console.log(`${set} by kind of page:`)
  const cells = [['kind', 'pages', 'P', 'R', 'F1', 'no-op F1']]
  for (const [source, group] of kinds.sort((a, b) => b[1].score.f1 - a[1].score.f1)) {
    const s = group.score
    cells.push([source.slice('wcxb-'.length), s.n, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(group.noop.f1)])
  }

  for (const line of table(cells)) console.log(line)
}

/**
 * Map `list` with `fn`, as many at a time as the machine has cores.
 *
 * @template T, U
 * @param {Array<T>} list
 * @param {(item: T, index: number) => Promise<U>} fn
 * @returns {Promise<Array<U>>}
 */
async function inParallel(list, fn) {
  const results = []
  let next = 0
  async function worker() {
    while (next < list.length) {
      const index = next++
      results[index] = await fn(list[index], index)
    }
  }

  await Promise.all(Array.from({length: Math.min(list.length, os.availableParallelism())}, worker))
  return results
}

/**
 * Name of a set: its path below shared/bench, or as given.
 *
 * @param {string} file
 * @returns {string}
 */
function name(file) {
  return sets.find((set) => file.endsWith('/' + set)) ?? relative(process.cwd(), file)
}

/**
 * @param {string | undefined} text
 * @returns {boolean}
 */
function hasToken(text) {
  return typeof text === 'string' && /[\p{L}\p{N}]/u.test(text)
}
