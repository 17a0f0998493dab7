// Fit the kind of page (`src/structure/kind-model.json`) and print how well it
// tells the kinds apart.
//
// Usage: tsx bench/kinds.mjs [--write | --check] [--folds N]
//
// Reads `pagetypes/dev.jsonl` (field `page_type`; a `collection` counts as a
// `listing`), and the sets of articles: `dev/cases.jsonl`, `fundus/dev.jsonl`
// and `variants/*`. Each page is run as `clean()` runs it, and its kind cues
// (`kindVector`) read from the verdict of the locator. Then,
// deterministically (same data, same file):
//
// 1. the weights: an L2-regularised softmax over six classes, the five kinds
//    that are not articles, fitted on the pages of `pagetypes/`, and the
//    articles the article verdict doubts (under 0.5), fitted on those of the
//    article sets (each class weighing alike). The page is an article when
//    the article verdict says so, and only then; the article class only
//    holds the gentler cut back;
// 2. the confusion matrix, of a fit without each fold of the pages
//    (`--folds`, default 5: figures of pages the weights did not see), and
//    on each article set how often an article is called one;
// 3. the gentler cut of each kind (`relaxLevels`): the cut of every page is
//    made at each level, and per kind the level and the probability that the
//    page is not an article it needs are those with the best mean token F1 on
//    `pagetypes/` such that no article set (dev, fundus, the three variants)
//    loses more than `budget` of its mean F1 to all kinds together (kinds in
//    order; link targets left out where a set says `ignore_urls`); then a
//    page whose two likeliest kinds tie (`tieMargin`) takes the gentler of
//    their cuts, as `kindOf` does, and what that changes is printed and
//    counted against the budget of step 4;
// 4. when a balanced cut found no article (`empty`: it keeps fewer than
//    `words` words, under `share` of the page’s words, and the page is then
//    cut at the gentlest level whatever its kind): on a grid, the bounds with
//    the best mean F1 over all the sets (each set alike: the check is not of
//    one kind) under the same budget, the smallest such bounds when several
//    tie; then, for each source, the change on its pages of bounds fitted
//    without it.
//
// `--write` writes the model file (else it is only printed); `--check` exits
// with 1 when the file differs from what this script fits (a rule or a cue
// changed since the file was written), and says how: whether the cuts and
// the bounds are the same, the largest change of a weight, and the pages
// whose kind (or tie) the file's weights call otherwise. Run with tsx: it
// imports the TypeScript sources.

import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {unified} from 'unified'
import {VFile} from 'vfile'
import deboilerLines from '../src/lines.ts'
import {deboilerPreset} from '../src/preset.ts'
import {foundNothing, gentlest, kindClasses, kindNames, levelOf, otherKinds, relaxLevels, tieMargin} from '../src/structure/kind.ts'
import {detectMarkup} from '../src/util/format.ts'
import {cleanText} from '../src/util/text.ts'
import {benchFile, readJsonl, root} from './lib/shared.mjs'
import {bag, f1, tokens, withoutUrls} from './lib/tokens.mjs'

const argv = process.argv.slice(2)
const folds = argv.includes('--folds') ? Number(argv[argv.indexOf('--folds') + 1]) : 5
const modelFile = join(root, 'src', 'structure', 'kind-model.json')
/** L2 penalty of the softmax, per page. */
const lambda = 0.01
/** Most mean F1 an article set may lose to the gentler cuts of all kinds. */
const budget = 0.0005
/** Words and shares tried as the bounds of a cut that found no article. */
const emptyWords = [0, 20, 30, 40, 50, 60, 80, 100, 150]
const emptyShares = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]
/** Bounds no page reaches: every page is cut at the gentlest level. */
const everyPage = {words: 1e9, share: 1e9}
/** Bounds no page is under: no cut found nothing. */
const noPage = {words: 0, share: 0}
/** Probabilities tried as the threshold of a kind. */
const thresholds = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
const articleSets = [
  'dev/cases.jsonl',
  'fundus/dev.jsonl',
  'variants/cheerio-text.jsonl',
  'variants/html-to-text.jsonl',
  'variants/markdown.jsonl'
]
const kindSet = 'pagetypes/dev.jsonl'

const pages = load()
// The article class learns from the articles the article verdict doubts:
// only those reach the kind model.
const train = pages.filter(
  (page) => page.vector && (page.set === kindSet || (page.kind === 'article' && page.article < 0.5))
)
const weights = fitSoftmax(train)
confusion()
const {relax, chosen, spent} = fitRelax(weights)
const empty = fitEmpty(weights, chosen, spent)
const model = {weights: named(weights), relax, empty}
const written = JSON.stringify(model, null, 2) + '\n'
if (argv.includes('--write')) {
  writeFileSync(modelFile, written)
  console.log('wrote ' + modelFile)
} else if (argv.includes('--check')) {
  const same = readFileSync(modelFile, 'utf8') === written
  console.log(same ? modelFile + ' is what this script fits' : modelFile + ' differs from what this script fits: run it with --write')
  if (!same) {
    process.exitCode = 1
    console.log(difference(JSON.parse(readFileSync(modelFile, 'utf8'))))
  }
}

/**
 * Say how the model in the file differs from the one fitted: its cuts, the
 * pages whose kind it calls otherwise, its largest weight change.
 */
function difference(file) {
  const lines = []
  const cuts = (name) => JSON.stringify(file[name]) === JSON.stringify(model[name])
  lines.push(cuts('relax') ? '  cuts per kind: the same' : '  cuts per kind: ' + JSON.stringify(file.relax) + ' in the file, ' + JSON.stringify(relax) + ' fitted')
  lines.push(cuts('empty') ? '  bounds of a cut that found no article: the same' : '  bounds of a cut that found no article: ' + JSON.stringify(file.empty) + ' in the file, ' + JSON.stringify(empty) + ' fitted')
  // The weights of the file, as `fitSoftmax` returns them.
  const old = kindClasses.map((kind) => ({
    bias: file.weights?.[kind]?.bias ?? 0,
    raw: kindNames.map((name) => (name === 'bias' ? 0 : (file.weights?.[kind]?.[name] ?? 0)))
  }))
  let largest = 0
  for (const [index, kind] of kindClasses.entries()) {
    for (const [name, value] of Object.entries(model.weights[kind])) {
      largest = Math.max(largest, Math.abs(value - (file.weights?.[kind]?.[name] ?? 0)) / Math.max(1, Math.abs(value)))
    }
    largest = Math.max(largest, Math.abs(weights[index].bias - old[index].bias) / Math.max(1, Math.abs(weights[index].bias)))
  }

  const moved = pages.filter((page) => {
    const before = predict(old, page)
    const after = predict(weights, page)
    return before.kind !== after.kind || before.tie !== after.tie
  })
  lines.push('  largest weight change: ' + largest.toFixed(4) + ' of the weight (or of 1, when smaller)')
  lines.push(
    '  pages whose kind (or tie) changes: ' +
      moved.length +
      (moved.length > 0 ? ' (' + moved.slice(0, 10).map((page) => page.row.id).join(', ') + (moved.length > 10 ? ', …' : '') + ')' : '')
  )
  return lines.join('\n')
}

/**
 * Read the pages and their kind cues.
 */
function load() {
  // The cues as `clean()` reads them: the locator runs after the rules that
  // come before it, and before those that come after it.
  const processor = unified().use(deboilerLines).use(deboilerPreset).freeze()
  const result = []
  for (const set of [kindSet, ...articleSets]) {
    for (const row of readJsonl(benchFile(set))) {
      const file = new VFile(row.input)
      file.data.deboilerMarkup = detectMarkup(row.input)
      const tree = processor.parse(file)
      processor.runSync(tree, file)
      const found = file.data.deboilerKind
      const vector = found ? [...found.cues] : undefined
      const article = vector ? vector[0] : 0
      const words = found ? found.words : {kept: 0, total: 0}
      const kind = set === kindSet ? (row.page_type === 'collection' ? 'listing' : row.page_type) : row.page_type === 'mixed' ? 'mixed' : 'article'
      const gold = row.ignore_urls === true ? withoutUrls(row.gold) : row.gold
      result.push({set, row, kind, vector, article, words, gold: bag(tokens(gold))})
    }
  }

  return result
}

/**
 * Fit the softmax on pages: weights per kind, on standardised cues, folded
 * back to the raw cues.
 */
function fitSoftmax(rows) {
  const size = kindNames.length
  const mean = new Array(size).fill(0)
  const spread = new Array(size).fill(0)
  for (const row of rows) for (let index = 0; index < size; index++) mean[index] += row.vector[index] / rows.length
  for (const row of rows) for (let index = 0; index < size; index++) spread[index] += (row.vector[index] - mean[index]) ** 2 / rows.length
  const scale = spread.map((value) => (value > 1e-12 ? Math.sqrt(value) : 0))
  const x = rows.map((row) => row.vector.map((value, index) => (scale[index] > 0 ? (value - mean[index]) / scale[index] : 0)))
  const y = rows.map((row) => kindClasses.indexOf(row.kind))
  const count = kindClasses.map((_, kind) => y.filter((value) => value === kind).length)
  const w = y.map((kind) => rows.length / (kindClasses.length * count[kind]))
  const beta = kindClasses.map(() => new Array(size + 1).fill(0))
  const rate = 0.5

  for (let step = 0; step < 3000; step++) {
    const gradient = kindClasses.map(() => new Array(size + 1).fill(0))
    for (const [n, features] of x.entries()) {
      const logits = beta.map((b) => b[size] + features.reduce((sum, value, index) => sum + b[index] * value, 0))
      const top = Math.max(...logits)
      const exps = logits.map((value) => Math.exp(value - top))
      const total = exps.reduce((sum, value) => sum + value, 0)
      for (const [kind, e] of exps.entries()) {
        const residual = w[n] * (e / total - (y[n] === kind ? 1 : 0))
        for (let index = 0; index < size; index++) gradient[kind][index] += residual * features[index]
        gradient[kind][size] += residual
      }
    }

    for (const [kind, b] of beta.entries()) {
      for (let index = 0; index <= size; index++) {
        const penalty = index < size ? lambda * rows.length * b[index] : 0
        b[index] -= (rate * (gradient[kind][index] + penalty)) / rows.length
      }
    }
  }

  // Raw weights: w / scale, and the bias takes the means.
  return beta.map((b) => {
    const raw = b.slice(0, size).map((value, index) => (scale[index] > 0 ? value / scale[index] : 0))
    const bias = b[size] - raw.reduce((sum, value, index) => sum + value * mean[index], 0)
    return {raw, bias}
  })
}

/**
 * Predicted kind and its probability for a page.
 */
function predict(fitted, page) {
  if (!page.vector) return {kind: 'unknown', probability: 0}
  const logits = fitted.map((w) => w.bias + w.raw.reduce((sum, value, index) => sum + value * page.vector[index], 0))
  const top = Math.max(...logits)
  const exps = logits.map((value) => Math.exp(value - top))
  const total = exps.reduce((sum, value) => sum + value, 0)
  let best = 1
  for (let index = 2; index < exps.length; index++) if (exps[index] > exps[best]) best = index
  let second = best === 1 ? 2 : 1
  for (let index = 1; index < exps.length; index++) if (index !== best && exps[index] > exps[second]) second = index
  const first = exps[0] > exps[best] ? 'article' : kindClasses[best]
  if (page.article >= 0.5) return {kind: 'article', probability: 0, top: first}
  // The runner-up when the two tie (`tieMargin`, as `kindOf` reads them).
  const tie = (exps[best] - exps[second]) / total < tieMargin ? kindClasses[second] : undefined
  return {kind: kindClasses[best], probability: 1 - exps[0] / total, top: first, tie}
}

/**
 * Print the confusion matrix of held-out folds, and the articles called so.
 */
function confusion() {
  const names = ['article', ...otherKinds, 'unknown']
  const matrix = new Map(kindClasses.map((kind) => [kind, new Map(names.map((name) => [name, 0]))]))
  let doubted = 0
  for (let fold = 0; fold < folds; fold++) {
    const held = train.filter((_, index) => index % folds === fold)
    const fitted = fitSoftmax(train.filter((_, index) => index % folds !== fold))
    for (const page of held) {
      const row = matrix.get(page.kind)
      const {kind, top} = predict(fitted, page)
      row.set(kind, row.get(kind) + 1)
      if (page.kind === 'article' && top === 'article') doubted++
    }
  }

  console.log(`kind of page, held out in ${folds} folds (rows: true kind, collection = listing; article: the articles of every set the article verdict doubts)`)
  console.log(pad('', 15) + names.map((name) => pad(name.slice(0, 8), 9)).join('') + 'right')
  let right = 0
  let judged = 0
  for (const [kind, row] of matrix) {
    const total = [...row.values()].reduce((sum, value) => sum + value, 0)
    if (kind !== 'article') {
      right += row.get(kind)
      judged += total
    }

    console.log(pad(kind, 15) + names.map((name) => pad(String(row.get(name)), 9)).join('') + (row.get(kind) / total).toFixed(3))
  }

  console.log(`pagetypes: right on ${right} of ${judged} (${((right / judged) * 100).toFixed(1)} %)`)
  console.log(`doubted articles the softmax gives to the article class (the cut of their kind stays): ${doubted} of ${matrix.get('article') ? [...matrix.get('article').values()].reduce((sum, value) => sum + value, 0) : 0}`)
  for (const set of articleSets) {
    const articles = pages.filter((page) => page.set === set && page.kind === 'article')
    const called = articles.filter((page) => predict(weights, page).kind === 'article').length
    console.log(`${set}: ${called} of ${articles.length} articles called articles`)
  }
}

/**
 * Per kind, the gentler cut (level, threshold) with the best mean F1 on
 * `pagetypes/` that costs no article set more than `budget`.
 */
function fitRelax(fitted) {
  const f1s = relaxLevels.map((_, level) => scoreAt(fitted, level, noPage))
  const predicted = pages.map((page) => predict(fitted, page))
  const relax = {}
  const sets = [kindSet, ...articleSets]
  const counts = new Map(sets.map((set) => [set, pages.filter((page) => page.set === set).length]))
  const chosen = [...f1s[0]]
  // What the kinds chosen so far cost each set (kinds in order).
  const spent = new Map(sets.map((set) => [set, 0]))
  console.log('\ngentler cut per kind (mean F1 change per set, best level and threshold)')
  for (const kind of otherKinds) {
    let best = {level: 0, threshold: 1, gain: 0}
    for (let level = 1; level < relaxLevels.length; level++) {
      for (const threshold of thresholds) {
        const change = new Map(sets.map((set) => [set, 0]))
        for (const [index, page] of pages.entries()) {
          const guess = predicted[index]
          if (guess.kind !== kind || guess.probability < threshold) continue
          change.set(page.set, change.get(page.set) + (f1s[level][index] - f1s[0][index]) / counts.get(page.set))
        }

        const gain = change.get(kindSet)
        const harmless = articleSets.every((set) => spent.get(set) + change.get(set) >= -budget)
        if (harmless && gain > best.gain + 1e-9) best = {level, threshold, gain, change}
      }
    }

    relax[kind] = {level: best.level, threshold: best.threshold}
    if (best.change) for (const set of sets) spent.set(set, spent.get(set) + best.change.get(set))
    if (best.level > 0) {
      for (const [index, page] of pages.entries()) {
        const guess = predicted[index]
        if (guess.kind === kind && guess.probability >= best.threshold) chosen[index] = f1s[best.level][index]
      }
    }

    const shown = best.change ? sets.map((set) => set.split('/')[0] + ' ' + best.change.get(set).toFixed(4)).join(', ') : 'none'
    console.log(pad(kind, 15) + `level ${best.level}, threshold ${best.threshold}: ${shown}`)
  }

  // Where two kinds tie, the gentler of their cuts (`kindOf`): fitted kind
  // by kind above, it changes the cut of those pages only.
  const tied = new Map(sets.map((set) => [set, 0]))
  for (const [index, page] of pages.entries()) {
    const guess = predicted[index]
    if (!guess.tie) continue
    const own = levelOf(relax[guess.kind], guess.probability)
    const level = Math.max(own, levelOf(relax[guess.tie], guess.probability))
    if (level === own) continue
    const change = (f1s[level][index] - chosen[index]) / counts.get(page.set)
    tied.set(page.set, tied.get(page.set) + change)
    spent.set(page.set, spent.get(page.set) + change)
    chosen[index] = f1s[level][index]
  }

  console.log('ties of two kinds, the gentler cut: ' + sets.map((set) => set.split('/')[0] + ' ' + tied.get(set).toFixed(4)).join(', '))

  console.log('\nmean F1 per set: without the gentler cuts → with them')
  for (const set of sets) {
    const at = pages.flatMap((page, index) => (page.set === set ? [index] : []))
    const before = at.reduce((sum, index) => sum + f1s[0][index], 0) / at.length
    const after = at.reduce((sum, index) => sum + chosen[index], 0) / at.length
    console.log(pad(set, 30) + before.toFixed(4) + ' → ' + after.toFixed(4))
  }

  // How far better cuts of this kind could go: each page of `pagetypes/` at
  // the level that suits it best, known with hindsight (no kind model
  // could choose so well; pages the article verdict calls articles stay as
  // they are cut).
  const own = pages.flatMap((page, index) => (page.set === kindSet ? [index] : []))
  const best = (index) => Math.max(...f1s.map((scores) => scores[index]))
  const types = [...new Set(own.map((index) => pages[index].row.page_type))].sort()
  const byType = types.map(function (type) {
    const at = own.filter((index) => pages[index].row.page_type === type)
    return type + ' ' + (at.reduce((sum, index) => sum + best(index), 0) / at.length).toFixed(3)
  })
  const ceiling = own.reduce((sum, index) => sum + best(index), 0) / own.length
  console.log(kindSet + ', each page at its best level (hindsight): ' + ceiling.toFixed(4) + ' (' + byType.join(', ') + ')')

  return {relax, chosen, spent}
}

/**
 * The bounds under which a balanced cut found no article (`EmptyCut`), with
 * the best mean F1 over the sets that costs no article set more than what is
 * left of `budget`; and, to show how well they carry to pages they were not
 * fitted on, the change on each source of bounds fitted without it.
 */
function fitEmpty(fitted, chosen, spent) {
  const gentle = scoreAt(fitted, gentlest, everyPage)
  const sets = [kindSet, ...articleSets]
  const sources = [...new Set(pages.map((page) => page.row.source))]
  const best = bestEmpty(() => true)
  const shown = best.change ? sets.map((set) => set.split('/')[0] + ' ' + best.change.get(set).toFixed(4)).join(', ') : 'none'
  console.log(`\nno article found: under ${best.empty.words} words and ${best.empty.share} of the page: ${shown}`)
  console.log('held out by source (bounds fitted without it: mean F1 change on its pages, with bounds fitted on all)')
  for (const source of sources) {
    const held = bestEmpty((page) => page.row.source !== source).empty
    const own = pages.flatMap((page, index) => (page.row.source === source ? [index] : []))
    const change = (empty) =>
      own.reduce((sum, index) => sum + (foundNothing(pages[index].words, empty) ? gentle[index] - chosen[index] : 0), 0) /
      own.length
    console.log(pad(source, 20) + `${held.words} words, ${held.share}: ${change(held).toFixed(4)} (${change(best.empty).toFixed(4)})`)
  }

  return best.empty

  /**
   * The best bounds on the pages `include` keeps.
   */
  function bestEmpty(include) {
    const counts = new Map(sets.map((set) => [set, pages.filter((page) => page.set === set && include(page)).length]))
    let found = {empty: noPage, gain: 0}
    for (const words of emptyWords) {
      for (const share of emptyShares) {
        const empty = {words, share}
        const change = new Map(sets.map((set) => [set, 0]))
        for (const [index, page] of pages.entries()) {
          if (!include(page) || !foundNothing(page.words, empty)) continue
          change.set(page.set, change.get(page.set) + (gentle[index] - chosen[index]) / counts.get(page.set))
        }

        // The check is not of a kind: every set weighs alike.
        const gain = sets.reduce((sum, set) => sum + change.get(set), 0) / sets.length
        const harmless = articleSets.every((set) => spent.get(set) + change.get(set) >= -budget)
        if (harmless && gain > found.gain + 1e-9) found = {empty, gain, change}
      }
    }

    return found
  }
}

/**
 * Token F1 of every page cut at one level (every page not an article; and
 * every page that `empty` says found no article at the gentlest).
 */
function scoreAt(fitted, level, empty) {
  const kindModel = {
    weights: named(fitted),
    relax: Object.fromEntries(otherKinds.map((kind) => [kind, {level, threshold: 0}])),
    empty
  }
  const processor = unified().use(deboilerLines).use(deboilerPreset).freeze()
  return pages.map((page) => {
    const file = new VFile(page.row.input)
    file.data.deboilerMarkup = detectMarkup(page.row.input)
    file.data.deboilerKindModel = kindModel
    const tree = processor.parse(file)
    processor.runSync(tree, file)
    const places = file.messages.filter((message) => message.category !== undefined).map((message) => message.place)
    const output = cleanText(page.row.input, places)
    return f1(bag(tokens(page.row.ignore_urls === true ? withoutUrls(output) : output)), page.gold)
  })
}

/**
 * Weights by kind and cue name, rounded.
 */
function named(fitted) {
  return Object.fromEntries(
    kindClasses.map((kind, index) => [
      kind,
      Object.fromEntries([
        ['bias', round(fitted[index].bias)],
        ...kindNames.flatMap((name, at) => (name === 'bias' ? [] : [[name, round(fitted[index].raw[at])]]))
      ])
    ])
  )
}

function round(value) {
  return Math.round(value * 1e4) / 1e4
}

function pad(value, width) {
  return String(value).padEnd(width)
}
