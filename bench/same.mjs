#!/usr/bin/env node
// Same-output check for speed work: does a change alter what `clean()` returns?
//
//   npm run bench:same -- --write base.jsonl     (before the change: record)
//   npm run bench:same -- --check base.jsonl     (after it: compare)
//   node bench/same.mjs [options]
//
// Options:
//   --write FILE   clean every input of every set in shared/bench (dev, fundus,
//                  pagetypes, variants/*), and every dev input as a page's HTML
//                  source (each line in tags, as `npm run bench` makes it), and
//                  write each result (text, the page verdict and language, and
//                  per strip: category, rule id, offsets, line and column,
//                  reason, note, the text stripped) as JSON Lines
//   --check FILE   clean them again and compare with FILE: prints
//                  `identical on N pages`, or the pages that differ (the
//                  first five with the strips only one side has, the rest by
//                  id); exit code 1 when any differs
//   --src          load src/index.ts through tsx instead of dist/index.js
//   --help
//
// A pure speed-up must print `identical`; a change of behaviour shows here
// page by page before `npm run bench:quality` sums it up. `shared/` is found
// beside the repository root (`<repo>/../shared`), or at `$DEBOILER_SHARED`.

import {readFileSync, writeFileSync} from 'node:fs'
import {badFlag, parseFlags} from './lib/cli.mjs'
import {loadLibrary} from './lib/library.mjs'
import {benchFile, htmlPage, readJsonl, sets} from './lib/shared.mjs'

const args = parseFlags(import.meta.url, {write: 'string', check: 'string', src: 'boolean'})
if ((args.write === undefined) === (args.check === undefined)) badFlag('give one of --write FILE and --check FILE')

// Every set, so that a refactor is checked on every input shape and language.
const files = sets.map((set) => [set, benchFile(set)])
const {clean} = await loadLibrary(args.src)
const lines = []

for (const [set, file] of files) {
  for (const item of readJsonl(file)) lines.push(JSON.stringify(summary(set + ':' + item.id, clean(item.input))))
}

// The dev inputs as HTML source: the path where the markup is cut out of
// most lines.
for (const item of readJsonl(benchFile('dev/cases.jsonl'))) {
  lines.push(JSON.stringify(summary('dev as HTML:' + item.id, clean(htmlPage(item.input)))))
}

if (args.write !== undefined) {
  writeFileSync(args.write, lines.join('\n') + '\n')
  console.log('wrote %d pages to %s', lines.length, args.write)
} else {
  const before = readFileSync(args.check, 'utf8').split('\n').filter(Boolean)
  let differ = 0

  // The pages past the fifth, by id only, after the details of the first five.
  const more = []
  for (const [index, line] of lines.entries()) {
    if (before[index] === line) continue
    differ++
    const old = before[index] ? JSON.parse(before[index]) : {id: '(missing)', text: '', stripped: []}
    const now = JSON.parse(line)
    if (differ > 5) {
      more.push(now.id + ' (text ' + (old.text === now.text ? 'same' : 'changed') + ')')
      continue
    }

    console.log('%s differs (text %s)', now.id, old.text === now.text ? 'same' : 'changed')
    if (JSON.stringify(old.page) !== JSON.stringify(now.page)) {
      console.log('  page %s → %s', JSON.stringify(old.page), JSON.stringify(now.page))
    }
    const was = new Set(old.stripped.map((item) => JSON.stringify(item)))
    const is = new Set(now.stripped.map((item) => JSON.stringify(item)))
    for (const item of was) if (!is.has(item)) console.log('  - %s', item.slice(0, 160))
    for (const item of is) if (!was.has(item)) console.log('  + %s', item.slice(0, 160))
  }

  if (more.length > 0) console.log('and %d more: %s', more.length, more.join(', '))
  if (before.length !== lines.length) console.log('page count: %d before, %d now', before.length, lines.length)
  if (differ === 0 && before.length === lines.length) {
    console.log('identical on %d pages', lines.length)
  } else {
    console.log('%d of %d pages differ', differ, lines.length)
    process.exitCode = 1
  }
}

/**
 * What is compared of one result.
 *
 * @param {string} id
 * @param {{text: string, page?: unknown, language?: unknown, stripped: Array<{category: string, ruleId: string, place: {start: {line: number, column: number, offset: number}, end: {line: number, column: number, offset: number}}, reason: string, note?: string, actual?: string}>}} result
 * @returns {{id: string, text: string, page: unknown, language: unknown, stripped: Array<Array<unknown>>}}
 */
function summary(id, result) {
  return {
    id,
    text: result.text,
    page: result.page ?? null,
    language: result.language ?? null,
    stripped: result.stripped.map((item) => [
      item.category,
      item.ruleId,
      item.place.start.offset,
      item.place.end.offset,
      item.place.start.line,
      item.place.start.column,
      item.place.end.line,
      item.place.end.column,
      item.reason,
      item.note ?? null,
      item.actual ?? null
    ])
  }
}
