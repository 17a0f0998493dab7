// Fit the locator (`src/data/model.json`) from the dev sets, and print how
// well a model fitted without each source does on that source.
//
// Usage: npm run train [-- --check] [-- --no-write] [-- --no-loso] [-- --page] [-- --hold SOURCE]
//
// `--page` fits only the page verdict, on the locator in the file, and holds
// out only the verdict (a couple of minutes).
//
// Reads every dev set of `shared/bench` that has articles (`dev/`, `fundus/`,
// `variants/*`). Each page is run through deboiler’s named rules; the lines
// the locator then reads are labelled by the gold (the share of a line’s
// words that the gold article holds, in order: word trigrams, or the whole
// line when it is shorter). Then, deterministically (same data, same file):
//
// 1. local cue weights: L2-regularised logistic regression (Newton steps),
//    each page counting alike, each line its share of the page’s words;
// 2. for each structure setting on a small grid (`tau`: how sure a line must
//    be to add to the core; `switchCost`: what opening a run of the core
//    costs), the context weights the same way, over the contexts that
//    setting gives; then the threshold on a grid;
// 3. the setting and threshold with the best mean token F1 of the kept lines
//    (each page alike) win;
// 4. the page verdict: logistic regression on page cues, articles against
//    `pagetypes/` (the two kinds weigh alike, each set alike within its kind).
//
// Leave-one-source-out: the whole fit again without one source (its pages in
// every set: a variant is the same page), scored on that source with the
// real pipeline and the bench’s own scorer. `--check` fails when the fitted
// model differs from the file (the file is what this script writes).
//
// Run with tsx: it imports the TypeScript sources, so the model is fitted on
// exactly the code that will read it.

import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {unified} from 'unified'
import {VFile} from 'vfile'
import deboilerLines from '../src/lines.ts'
import {deboilerPreset, rules} from '../src/preset.ts'
import {locatorInput} from '../src/rules/chrome.ts'
import {analyse} from '../src/structure/analyse.ts'
import {contextNames, contextVector, localNames, pageNames} from '../src/structure/classify.ts'
import {locatePage, locateWith} from '../src/structure/locate.ts'
import {modelOf} from '../src/structure/model.ts'
import {detectMarkup} from '../src/util/format.ts'
import {cleanText} from '../src/util/text.ts'
import {benchFile, readJsonl, root} from './lib/shared.mjs'

const argv = process.argv.slice(2)
const args = new Set(argv)
const known = new Set(['--check', '--no-write', '--no-loso', '--page', '--out', '--hold', '--help'])
const valued = new Set(['--out', '--hold'])
const unknown = argv.filter((arg, index) => !known.has(arg) && !valued.has(argv[index - 1]))
const missing = [...valued].some((flag) => args.has(flag) && !argv[argv.indexOf(flag) + 1])

if (args.has('--help') || unknown.length > 0 || missing) {
  console.log(`Fit the article locator (src/data/model.json) on the dev sets of shared/bench.

  npm run train [-- options]          (tsx bench/train.mjs)

Options:
  --check      fit, and fail when src/data/model.json is not what this writes
  --no-write   fit, write nothing
  --no-loso    skip the leave-one-source-out fits (about 4 minutes instead of 17)
  --page       fit only the page verdict, on the locator in the file (and hold
               out only the verdict)
  --out FILE   write the model to FILE instead
  --hold NAME  hold out only this source (cleaneval, fundus, l3s-gn1, wcxb…)
  --help`)
  if (unknown.length > 0) console.error('Unexpected option ' + unknown.join(' '))
  if (missing) console.error('Expected a value after ' + [...valued].filter((flag) => args.has(flag)).join(', '))
  process.exit(unknown.length > 0 || missing ? 2 : 0)
}

const modelFile = args.has('--out') ? argv[argv.indexOf('--out') + 1] : join(root, 'src', 'data', 'model.json')

/** Sets of articles the locator is fitted on, by name. */
const setNames = [
  'dev/cases.jsonl',
  'fundus/dev.jsonl',
  'variants/cheerio-text.jsonl',
  'variants/html-to-text.jsonl',
  'variants/markdown.jsonl'
]

/** Set of other kinds of page: the page verdict learns what is not an article from it. */
const otherSet = 'pagetypes/dev.jsonl'

/**
 * Settings of the method, not fitted: how far a mode moves the threshold and
 * `tau`, the words a line adds to the core at most, the core words a tail
 * heading needs above it, and the kept share under which a balanced cut is
 * made again as in recall mode.
 */
const fixed = {modeStep: 0.5, tauStep: 0.05, massCap: 100, tailWords: 60, tailShare: 0.1, sparseShare: 0.1}

/**
 * Structure grid: `tau`, `switchCost`. A `switchCost` under 20 is not tried:
 * the core then opens and closes runs so cheaply that a short page loses its
 * second paragraph after a few lines of debris (a fit on every dev set chose
 * 10 and lost it on the pages of `test/languages/` in seven languages, for
 * +0.005 on fundus and −0.005 on html-to-text).
 */
const grid = [
  [0.4, 0.45, 0.5, 0.55, 0.6],
  [20, 40, 80]
]
/** L2 penalty, per unit of total weight. */
const lambda = 1e-3

const token = /[\p{L}\p{N}]+/gu

const started = Date.now()
const pages = load()
log(`read ${pages.length} pages (${setNames.length} sets of articles, and ${otherSet}) in ${seconds()} s`)

// `--page`: fit the page verdict again on the locator in the file (quick).
const model = args.has('--page') ? fit(pages, locatorIn(modelFile)) : fit(pages)
log(`fitted on all sources in ${seconds()} s: tau ${model.tau}, switchCost ${model.switchCost}, threshold ${model.threshold}`)
const written = JSON.stringify(model, null, 2) + '\n'

if (args.has('--check')) {
  const current = readFileSync(modelFile, 'utf8')
  if (current !== written) {
    log('src/data/model.json is not what npm run train writes: run it and commit the file')
    process.exitCode = 1
  } else {
    log('src/data/model.json is what npm run train writes')
  }
} else if (!args.has('--no-write')) {
  writeFileSync(modelFile, written)
  log('wrote ' + modelFile)
}

if (!args.has('--no-loso')) leaveOneOut()

/**
 * The locator part of a model file.
 */
function locatorIn(file) {
  const {page: _, ...locator} = JSON.parse(readFileSync(file, 'utf8'))
  return locator
}

/**
 * Read every page and what the locator reads of it.
 */
function load() {
  const capture = unified().use(deboilerLines).use(deboilerPreset).use(rules.chrome, false).freeze()
  const result = []
  for (const set of [...setNames, otherSet]) {
    const rows = readJsonl(benchFile(set))
    for (const row of rows) {
      if (typeof row.input !== 'string' || typeof row.gold !== 'string') continue
      const file = new VFile(row.input)
      file.data.deboilerMarkup = detectMarkup(row.input)
      const tree = capture.parse(file)
      capture.runSync(tree, file)
      const input = locatorInput(tree, file)
      const gold = tokens(row.gold)
      const page = {
        set,
        id: row.id,
        source: String(row.source),
        row,
        gold,
        goldBag: bag(gold),
        input,
        // Pages of articles teach the locator; each kind of page the verdict
        // (CleanEval’s pages are `mixed`: neither).
        locator: set !== otherSet,
        article: set === otherSet ? false : set.startsWith('fundus/') || row.page_type === 'article' ? true : undefined,
        labels: [],
        words: []
      }
      if (input) label(page)
      result.push(page)
    }
  }

  return result
}

/**
 * Label the lines of a page by the gold.
 */
function label(page) {
  const text = ' ' + page.gold.join(' ') + ' '
  const trigrams = new Set()
  for (let index = 0; index + 2 < page.gold.length; index++) {
    trigrams.add(page.gold[index] + ' ' + page.gold[index + 1] + ' ' + page.gold[index + 2])
  }

  for (const line of page.input.lines) {
    const words = tokens(line.value)
    page.words.push(words)
    if (words.length === 0) {
      page.labels.push(0)
    } else if (words.length < 3) {
      page.labels.push(text.includes(' ' + words.join(' ') + ' ') ? 1 : 0)
    } else {
      let found = 0
      for (let index = 0; index + 2 < words.length; index++) {
        if (trigrams.has(words[index] + ' ' + words[index + 1] + ' ' + words[index + 2])) found++
      }

      page.labels.push(found / (words.length - 2))
    }
  }
}

/**
 * Fit a model on pages.
 */
function fit(train, locator = fitLocator(train)) {
  return {...locator, page: fitPage(train, locator)}
}

/**
 * Fit the page verdict: articles against other kinds of page, with the cues
 * the fitted locator gives; the two kinds weigh alike, and each set alike
 * within its kind.
 */
function fitPage(train, locator) {
  const model = modelOf({...locator, page: zeros(pageNames)})
  const judged = train.filter((page) => page.input && page.article !== undefined)
  const counts = new Map()
  for (const page of judged) {
    const key = page.article + ' ' + page.set
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }

  const sets = (kind) => new Set(judged.filter((page) => page.article === kind).map((page) => page.set)).size
  const rows = judged.map((page) => ({
    x: locatePage(page.input.lines, {opening: page.input.opening, closing: page.input.closing}, model).cues,
    y: page.article ? 1 : 0,
    w: 1 / counts.get(page.article + ' ' + page.set) / sets(page.article)
  }))
  return named(logistic(rows, pageNames.length), pageNames)
}

/**
 * Fit the locator on the pages of articles.
 */
function fitLocator(train) {
  const usable = train.filter((page) => page.input && page.locator)
  const weight = pageWeights(usable)
  // Local cues do not depend on the model: read them once.
  const base = {
    ...fixed,
    local: zeros(localNames),
    context: zeros(contextNames),
    page: zeros(pageNames),
    threshold: 0,
    tau: 0.5,
    switchCost: 40
  }
  const local = named(
    logistic(
      samples(usable, weight, (page) => analyse(page.input.lines, undefined, modelOf(base), 0, true).cues),
      localNames.length
    ),
    localNames
  )
  const tried = new Map()
  // Coordinate search over the structure, from the middle of the grid.
  let at = [2, 1]
  let best = structure(usable, weight, base, local, at, tried)

  for (;;) {
    let moved = false
    for (const axis of [0, 1]) {
      for (const step of [-1, 1]) {
        const next = [...at]
        next[axis] += step
        if (next[axis] < 0 || next[axis] >= grid[axis].length) continue
        const found = structure(usable, weight, base, local, next, tried)
        if (found.value > best.value + 1e-9) {
          best = found
          at = next
          moved = true
        }
      }
    }

    if (!moved) break
  }

  const {candidate} = best
  return {
    local: candidate.local,
    context: candidate.context,
    threshold: candidate.threshold,
    modeStep: fixed.modeStep,
    tau: candidate.tau,
    tauStep: fixed.tauStep,
    massCap: fixed.massCap,
    switchCost: candidate.switchCost,
    tailWords: fixed.tailWords,
    tailShare: fixed.tailShare,
    sparseShare: fixed.sparseShare
  }
}

/**
 * Fit the context weights and the threshold for one structure setting.
 */
function structure(usable, weight, base, local, at, tried) {
  const key = at.join(',')
  const known = tried.get(key)
  if (known) return known
  const setting = {...base, local, tau: grid[0][at[0]], switchCost: grid[1][at[1]]}
  const compiled = modelOf(setting)
  // One analysis per page and shift for every threshold tried.
  const analyses = new Map(usable.map((page) => [page, new Map()]))
  const contexts = (page) => {
    const cache = analyses.get(page)
    let analysis = cache.get(0)
    if (!analysis) {
      analysis = analyse(page.input.lines, undefined, compiled, 0)
      cache.set(0, analysis)
    }

    return analysis.contexts.map((item) => contextVector(item))
  }

  const context = named(logistic(samples(usable, weight, contexts), contextNames.length), contextNames)
  const at_ = (threshold) => {
    const candidate = {...setting, context, threshold}
    return {value: proxy(usable, weight, candidate, analyses), candidate}
  }

  // Coarse to fine: every 0.5, then every 0.1 around the best.
  let best
  for (const threshold of [-1.5, -1, -0.5, 0, 0.5, 1, 1.5]) {
    const found = at_(threshold)
    if (!best || found.value > best.value + 1e-9) best = found
  }

  const middle = best.candidate.threshold
  for (const offset of [-0.4, -0.3, -0.2, -0.1, 0.1, 0.2, 0.3, 0.4]) {
    const found = at_(round(middle + offset, 1))
    if (found.value > best.value + 1e-9) best = found
  }

  tried.set(key, best)
  return best
}

/**
 * Weight of each page: each page alike (weighing each set alike instead gave
 * fundus’s 96 pages the weight of dev’s 795, and cost dev 0.004 and the
 * pagetypes set 0.014 for 0.017 on fundus).
 */
function pageWeights(usable) {
  return new Map(usable.map((page) => [page, 1]))
}

/**
 * Rows of a regression: one per line with words, weighted by its share of the
 * page’s words.
 */
function samples(usable, weight, vectors) {
  const rows = []
  for (const page of usable) {
    const found = vectors(page)
    let total = 0
    for (const words of page.words) total += words.length
    if (total === 0) continue
    for (const [index, vector] of found.entries()) {
      const words = page.words[index].length
      // A line a named rule took stays in: its score is context for its
      // neighbours and the core (left out, dev fell 0.001 and the README’s
      // example lost its last sentence, for fundus +0.010).
      if (words === 0) continue
      rows.push({x: vector, y: page.labels[index], w: (weight.get(page) * words) / total})
    }
  }

  return rows
}

/**
 * Mean token F1 of the kept lines, each page alike.
 */
function proxy(usable, weight, named, analyses) {
  const model = modelOf(named)
  let sum = 0
  let total = 0
  for (const page of usable) {
    const verdicts = locateWith(page.input.lines, {opening: page.input.opening, closing: page.input.closing}, model, analyses.get(page))
    const kept = []
    for (const [index, line] of page.input.lines.entries()) {
      if (line.strippedBy === undefined && verdicts[index]?.keep) kept.push(...page.words[index])
    }

    sum += weight.get(page) * f1(bag(kept), page.goldBag)
    total += weight.get(page)
  }

  return sum / total
}

/**
 * L2-regularised logistic regression with soft labels, by Newton steps.
 */
function logistic(rows, size) {
  let totalWeight = 0
  for (const row of rows) totalWeight += row.w
  const penalty = lambda * totalWeight
  let beta = new Array(size).fill(0)

  for (let step = 0; step < 50; step++) {
    const gradient = beta.map((value) => -penalty * value)
    const hessian = Array.from({length: size}, (_, index) => {
      const line = new Array(size).fill(0)
      line[index] = penalty
      return line
    })
    for (const {x, y, w} of rows) {
      let z = 0
      for (let index = 0; index < size; index++) z += beta[index] * x[index]
      const p = 1 / (1 + Math.exp(-z))
      const residual = w * (y - p)
      const curvature = w * p * (1 - p)
      for (let i = 0; i < size; i++) {
        const xi = x[i]
        if (xi === 0) continue
        gradient[i] += residual * xi
        const line = hessian[i]
        for (let j = 0; j < size; j++) line[j] += curvature * xi * x[j]
      }
    }

    const delta = solve(hessian, gradient)
    let change = 0
    beta = beta.map((value, index) => {
      change = Math.max(change, Math.abs(delta[index]))
      return value + delta[index]
    })
    if (change < 1e-9) break
  }

  return beta
}

/**
 * Solve `a x = b` (Gaussian elimination, partial pivoting).
 */
function solve(a, b) {
  const size = b.length
  const m = a.map((line, index) => [...line, b[index]])
  for (let column = 0; column < size; column++) {
    let pivot = column
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(m[row][column]) > Math.abs(m[pivot][column])) pivot = row
    }

    ;[m[column], m[pivot]] = [m[pivot], m[column]]
    const head = m[column][column]
    if (Math.abs(head) < 1e-15) continue
    for (let row = 0; row < size; row++) {
      if (row === column) continue
      const factor = m[row][column] / head
      if (factor === 0) continue
      for (let index = column; index <= size; index++) m[row][index] -= factor * m[column][index]
    }
  }

  return m.map((line, index) => (Math.abs(line[index]) < 1e-15 ? 0 : line[size] / line[index]))
}

/**
 * Fit without each source, score it with the real pipeline.
 */
function leaveOneOut() {
  const hold = args.has('--hold') ? argv[argv.indexOf('--hold') + 1] : undefined
  const sources = [...new Set(pages.map((page) => page.source))].sort().filter((source) => !hold || source === hold)
  if (hold && sources.length === 0) throw new Error('No source `' + hold + '` in the sets')
  const {page: _, ...locator} = model
  log('')
  log('leave-one-source-out: each source scored by a model fitted without it' + (args.has('--page') ? ' (the page verdict; the locator is fitted on all)' : ''))
  log('(mean token F1 per page of each set; share of pages the page verdict gets right)')
  log(pad('source', 22) + setNames.map((set) => pad(shortName(set), 13)).join('') + pad('verdict', 10) + 'pages')
  const all = new Map(setNames.map((set) => [set, []]))
  const verdicts = []

  for (const source of sources) {
    const held = pages.filter((page) => page.source === source)
    const rest = pages.filter((page) => page.source !== source)
    // A source of other kinds of page teaches the locator nothing: only the
    // verdict is fitted again.
    // With `--page`, the locator stays the one fitted on all sources.
    const fitted = held.some((page) => page.locator) && !args.has('--page') ? fit(rest) : fit(rest, locator)
    const scores = score(held, fitted)
    const cells = setNames.map((set) => {
      const found = scores.filter((item) => item.set === set).map((item) => item.f1)
      all.get(set).push(...found)
      return pad(found.length > 0 ? mean(found).toFixed(3) : '–', 13)
    })
    const right = scores.filter((item) => item.right !== undefined).map((item) => (item.right ? 1 : 0))
    verdicts.push(...right)
    log(pad(source, 22) + cells.join('') + pad(right.length > 0 ? mean(right).toFixed(3) : '–', 10) + held.length)
  }

  const means = setNames.map((set) => mean(all.get(set)))
  log(pad('all, held out', 22) + means.map((value) => pad(value.toFixed(3), 13)).join('') + pad(mean(verdicts).toFixed(3), 10) + pages.length)
  const articles = [...all.values()].flat()
  log(`mean F1 over article pages ${mean(articles).toFixed(4)}, over sets ${mean(means).toFixed(4)}; page verdict right on ${(mean(verdicts) * 100).toFixed(1)} % (${seconds()} s)`)
}

/**
 * Token F1 of deboiler’s output with a model, per page, as `score.mjs` counts,
 * and whether the page verdict is right.
 */
function score(held, named) {
  const processor = unified().use(deboilerLines).use(deboilerPreset).use(rules.chrome, {model: named}).freeze()
  return held.map((page) => {
    const file = new VFile(page.row.input)
    file.data.deboilerMarkup = detectMarkup(page.row.input)
    const tree = processor.parse(file)
    processor.runSync(tree, file)
    const places = file.messages.filter((message) => message.category !== undefined).map((message) => message.place)
    let output = cleanText(page.row.input, places)
    if (page.row.ignore_urls === true) output = withoutUrls(output)
    const article = (file.data.deboilerArticle ?? 0) >= 0.5
    return {
      set: page.set,
      f1: f1(bag(tokens(output)), page.goldBag),
      right: page.article === undefined ? undefined : article === page.article
    }
  })
}

/**
 * Link and image targets, which no gold holds (as `score.mjs` drops them for
 * pages marked `ignore_urls`).
 */
function withoutUrls(text) {
  return text
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g, ']')
    .replace(/<(?:https?|ftp|mailto):[^>\s]*>/g, '')
    .replace(/\[(?:https?:\/\/|mailto:|ftp:\/\/)[^\]\s]*\]/g, '')
}

function tokens(text) {
  return Array.from(String(text).toLowerCase().matchAll(token), (match) => match[0])
}

function bag(words) {
  const result = new Map()
  for (const word of words) result.set(word, (result.get(word) ?? 0) + 1)
  return {bag: result, n: words.length}
}

function f1(predicted, gold) {
  if (predicted.n === 0 && gold.n === 0) return 1
  if (predicted.n === 0 || gold.n === 0) return 0
  let common = 0
  for (const [word, count] of predicted.bag) common += Math.min(count, gold.bag.get(word) ?? 0)
  const precision = common / predicted.n
  const recall = common / gold.n
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

function named(weights, names) {
  return Object.fromEntries(names.map((name, index) => [name, round(weights[index], 3)]))
}

function zeros(names) {
  return Object.fromEntries(names.map((name) => [name, 0]))
}

function round(value, digits) {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor + 0
}

function mean(values) {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : Number.NaN
}

function shortName(set) {
  return set.replace(/\.jsonl$/, '').replace(/^variants\//, '').replace(/\/(?:cases|dev)$/, '')
}

function pad(value, width) {
  return String(value).padEnd(width)
}

function seconds() {
  return ((Date.now() - started) / 1000).toFixed(1)
}

function log(message) {
  console.log(message)
}
