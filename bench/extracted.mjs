#!/usr/bin/env node
// Text a scraper already cut to the article: how much of it does `clean()`
// keep? Each page of the article sets (dev/cases and fundus) is cleaned with
// its gold as the input, and scored against that gold by
// shared/bench/score.mjs. What a tool such as trafilatura or Readability
// saves, or an article pasted by hand, is such text: the no-op scores 1.000
// on it, and each point under it is article text deboiler cut.
//
//   npm run bench:extracted                     (builds, then scores dist/index.js)
//   node bench/extracted.mjs [options]
//
// Options:
//   --src        score src/index.ts through tsx instead of the built dist/index.js
//   --config N   a configuration of bench/configs.mjs: clean (default),
//                named, precision, recall
//   --jobs N     handed to score.mjs
//   --json       print one JSON object {system, sets: [{set, scorer}]}
//   --help
//
// What it prints: a row a set and a row a source: pages, mean P, R and F1,
// and the pages that lose more than a tenth of their words (recall under
// 0.9). Gold conventions hold here too: an l3s-gn1 gold keeps the wire
// service's rights notice (`Copyright 2008 The Associated Press`), which
// deboiler strips, and a CleanEval gold keeps the whole page, chrome and all.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import {join, relative} from 'node:path'
import {badFlag, crash, parseFlags, quietPipe} from './lib/cli.mjs'
import {entry} from './lib/library.mjs'
import {benchFile, readJsonl, root, score} from './lib/shared.mjs'
import {fmt, table} from './lib/table.mjs'

const configs = ['clean', 'named', 'precision', 'recall']
const articleSets = ['dev/cases.jsonl', 'fundus/dev.jsonl']

const flags = parseFlags(import.meta.url, {src: 'boolean', json: 'boolean', config: 'string', jobs: 'string'})
const config = flags.config ?? 'clean'
if (!configs.includes(config)) badFlag(`unknown --config ${config}: one of ${configs.join(', ')}`)

quietPipe()
main().catch(crash)

async function main() {
  const library = entry(flags.src)
  const temporary = mkdtempSync(join(os.tmpdir(), 'deboiler-extracted-'))

  try {
    const rows = []
    for (const set of articleSets) {
      const file = join(temporary, set.replace('/', '-'))
      const cases = readJsonl(benchFile(set)).map((item) => ({...item, input: item.gold}))
      writeFileSync(file, cases.map((item) => JSON.stringify(item)).join('\n') + '\n')
      const perCase = join(temporary, 'per-case-' + set.replace('/', '-'))
      const args = ['--cases', file, '--by-source', '--quiet', '--per-case', perCase]
      if (flags.jobs) args.push('--jobs', flags.jobs)
      args.push('--module', join(root, 'bench', 'configs.mjs'), '--export', config)
      const scorer = await score(args, {nodeArgs: flags.src ? ['--import', 'tsx'] : [], env: {DEBOILER_ENTRY: library}})
      rows.push({set, scorer, lossy: readJsonl(perCase).filter((item) => item.score.r < 0.9)})
    }

    if (flags.json) {
      const system = `bench/configs.mjs#${config} on ${relative(root, library)}`
      process.stdout.write(JSON.stringify({system, sets: rows.map(({set, scorer}) => ({set, scorer}))}, null, 1) + '\n')
      return
    }

    console.log(`deboiler on text already cut to the article: bench/configs.mjs#${config} on ${relative(root, library)}`)
    console.log('each page’s gold as its input; shared/bench/score.mjs, means over the pages (the no-op: 1.000)')
    console.log('')
    const cells = [['set / source', 'pages', 'P', 'R', 'F1', 'R < 0.9']]
    for (const {set, scorer, lossy} of rows) {
      const s = scorer.score
      cells.push([set, scorer.cases, fmt(s.precision), fmt(s.recall), fmt(s.f1), lossy.length])
      for (const [source, group] of Object.entries(scorer.by_source ?? {})) {
        const g = group.score
        const count = lossy.filter((item) => item.source === source).length
        cells.push(['  ' + source, g.n, fmt(g.precision), fmt(g.recall), fmt(g.f1), count])
      }
    }

    for (const line of table(cells)) console.log(line)
  } finally {
    rmSync(temporary, {recursive: true, force: true})
  }
}
