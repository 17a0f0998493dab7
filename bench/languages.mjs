#!/usr/bin/env node
// What deboiler knows of each language, and how well it does where a dev set
// has pages in it: the README’s languages table.
//
//   npm run bench:languages            (builds, then scores dist/index.js)
//   tsx bench/languages.mjs [--no-score] [--jobs N]
//
// Known vocabulary is read from the data, not listed by hand: every export of
// `src/data/*.ts` shaped as a `Lexicon` (keys among `lexiconLanguages`,
// values lists of words) counts for the category its file is named after;
// a map of languages to phrases with their categories (the locator’s) counts
// for those categories.
// Stopwords are hand-kept (`src/data/stopwords.ts`), generated from
// stopwords-iso (`src/data/stopwords-iso.ts`), or none (told by script).
// Figures: mean token F1 of the pages of each language in `fundus/dev.jsonl`
// and `dev/cases.jsonl` (their `lang` field), by shared/bench/score.mjs.
//
// Run with tsx: it imports the TypeScript data.

import {mkdtempSync, readdirSync, rmSync} from 'node:fs'
import os from 'node:os'
import {basename, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {badFlag, crash, parseFlags} from './lib/cli.mjs'
import {benchFile, readJsonl, root, score} from './lib/shared.mjs'
import {lexiconLanguages} from '../src/data/lexicon.ts'
import {stopwordLists} from '../src/data/stopwords.ts'
import {isoStopwordLists} from '../src/data/stopwords-iso.ts'

const flags = parseFlags(import.meta.url, {'no-score': 'boolean', jobs: 'string'})
if (flags.jobs !== undefined && !/^[1-9]\d*$/.test(flags.jobs)) badFlag('--jobs needs a positive whole number')

/** Languages told by their script alone. */
const scripts = new Set(['ja', 'zh', 'ko', 'th', 'he', 'el'])

main().catch(crash)

async function main() {
  const known = await vocabulary()
  const figures = flags['no-score'] ? new Map() : await measure()
  const rows = [['language', 'named debris', 'stopwords', 'fundus F1 (pages)', 'dev F1 (pages)']]
  for (const code of lexiconLanguages) {
    const categories = [...(known.get(code) ?? [])].sort()
    rows.push([
      '`' + code + '`',
      categories.length > 0 ? categories.length + ': ' + categories.join(', ') : '–',
      stopwordLists[code] ? 'hand-kept' : isoStopwordLists[code] ? 'stopwords-iso' : scripts.has(code) ? 'script' : '–',
      cell(figures.get('fundus ' + code)),
      cell(figures.get('dev ' + code))
    ])
  }

  console.log(markdown(rows))
  const others = Object.keys({...stopwordLists, ...isoStopwordLists}).filter((code) => !lexiconLanguages.includes(code))
  console.log(
    '\nTold by stopwords, without named vocabulary: ' +
      others.sort().join(', ') +
      ' (' +
      others.length +
      '); by script: ' +
      [...scripts].filter((code) => !stopwordLists[code] && !isoStopwordLists[code]).join(', ') +
      '.'
  )
}

/**
 * Categories with words of each language.
 *
 * @returns {Promise<Map<string, Set<string>>>}
 */
async function vocabulary() {
  const known = new Map()
  const folder = join(root, 'src', 'data')
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.ts') || file === 'lexicon.ts' || file.startsWith('stopwords')) continue
    const module = await import(pathToFileURL(join(folder, file)).href)
    const category = basename(file, '.ts')
    for (const value of Object.values(module)) {
      if (isLexicon(value)) {
        for (const [code, list] of Object.entries(value)) {
          if (list.length > 0) add(known, code, category)
        }
      } else if (isPhraseMap(value)) {
        // Phrases of the locator, each with its own category.
        for (const [code, phrases] of Object.entries(value)) {
          for (const kind of Object.values(phrases)) add(known, code, kind)
        }
      }
    }
  }

  return known
}

/**
 * @param {Map<string, Set<string>>} known
 * @param {string} code
 * @param {string} category
 */
function add(known, code, category) {
  if (!known.has(code)) known.set(code, new Set())
  known.get(code).add(category)
}

/**
 * Whether a value maps languages to phrases with their categories
 * (`{de: {teilen: 'share'}}`).
 *
 * @param {unknown} value
 * @returns {boolean}
 */
function isPhraseMap(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const entries = Object.entries(value)
  return (
    entries.length > 0 &&
    entries.every(
      ([key, phrases]) =>
        lexiconLanguages.includes(key) &&
        phrases &&
        typeof phrases === 'object' &&
        !Array.isArray(phrases) &&
        Object.values(phrases).every((kind) => typeof kind === 'string')
    )
  )
}

/**
 * Whether a value is shaped as a `Lexicon`.
 *
 * @param {unknown} value
 * @returns {boolean}
 */
function isLexicon(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const entries = Object.entries(value)
  return (
    entries.length > 0 &&
    entries.every(([key, list]) => lexiconLanguages.includes(key) && Array.isArray(list) && list.every((word) => typeof word === 'string'))
  )
}

/**
 * Mean F1 per language of the pages of fundus and dev.
 *
 * @returns {Promise<Map<string, {f1: number, pages: number}>>}
 */
async function measure() {
  const folder = mkdtempSync(join(os.tmpdir(), 'deboiler-languages-'))
  const figures = new Map()
  try {
    for (const [name, set] of [
      ['fundus', 'fundus/dev.jsonl'],
      ['dev', 'dev/cases.jsonl']
    ]) {
      const perCase = join(folder, name + '.jsonl')
      await score([
        '--cases',
        benchFile(set),
        '--module',
        join(root, 'dist', 'index.js'),
        '--per-case',
        perCase,
        '--quiet',
        ...(flags.jobs ? ['--jobs', flags.jobs] : [])
      ])
      const sums = new Map()
      for (const row of readJsonl(perCase)) {
        const key = name + ' ' + (row.lang ?? 'und')
        const sum = sums.get(key) ?? {f1: 0, pages: 0}
        sum.f1 += row.score.f1
        sum.pages++
        sums.set(key, sum)
      }

      for (const [key, sum] of sums) figures.set(key, {f1: sum.f1 / sum.pages, pages: sum.pages})
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }

  return figures
}

/**
 * @param {{f1: number, pages: number} | undefined} figure
 * @returns {string}
 */
function cell(figure) {
  return figure ? figure.f1.toFixed(3) + ' (' + figure.pages + ')' : '–'
}

/**
 * @param {Array<Array<string>>} rows
 * @returns {string}
 */
function markdown(rows) {
  const [head, ...body] = rows
  return [
    '| ' + head.join(' | ') + ' |',
    '| ' + head.map(() => '---').join(' | ') + ' |',
    ...body.map((row) => '| ' + row.join(' | ') + ' |')
  ].join('\n')
}
