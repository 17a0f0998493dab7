import type {Mode} from '../options.js'
import type {PageKind} from '../types.js'
import {analyse, type Analysis} from './analyse.js'
import {articleScore, pageVector} from './article.js'
import {contextVector, dot, sigmoid} from './classify.js'
import {dropContents} from './contents.js'
import {dropAroundPosts, dropCopies, dropMenuCopies, threadSpan} from './copies.js'
import {dropAfterClose, dropBeforeOpen, dropBios, keepEdges} from './edges.js'
import type {LocatorLine} from './features.js'
import {gentleSpan, kindOf, kindVector, relax, type KeptWords, type KindModel, type KindVerdict} from './kind.js'
import {fillHoles} from './holes.js'
import {fittedModel, type Model} from './model.js'
import {drop, ensureProse, isInnerLabel, isParagraph, round, type LineVerdict} from './verdict.js'

export type {Analysis} from './analyse.js'
export {analyse} from './analyse.js'
export type {LineVerdict} from './verdict.js'


/**
 * Configuration for `locate()`.
 */
export interface LocateOptions {
  /** `'precision'` drops more, `'recall'` keeps more (default: `'balanced'`). */
  mode?: Mode | undefined
  /** Language of the page (default: guessed from its stopwords). */
  language?: string | undefined
  /**
   * Keep the headline above the body and the credit line below it, drop a
   * note about the author at either end, and what lies beyond a line that
   * opens or closes the article (default: `true`).
   */
  edges?: boolean | undefined
  /**
   * Indices of lines another rule took that mark where an article starts:
   * the site’s menu, a time stamp, the reading time, a share prompt. Near the
   * start of the kept text, what comes before such a line is not the article.
   */
  opening?: ReadonlySet<number> | undefined
  /**
   * Indices of lines another rule took that mark where an article ends: a
   * rights notice, the tags, a share prompt, a time stamp. Near the end of
   * the kept text, what follows such a line is not the article.
   */
  closing?: ReadonlySet<number> | undefined
}

const none: ReadonlySet<number> = new Set()

/**
 * Find the article in the lines of a page.
 *
 * ###### Notes
 * Three passes, each linear in the number of lines: a local score per line
 * from its own cues; the article core (the runs of prose that pay for the
 * chrome between them) and the tail heading that ends it; a final score from
 * the line’s local score, its neighbours and its place relative to the core.
 * A balanced cut that would keep under `sparseShare` of the page’s words is
 * made again as in recall mode; a line it keeps alone between dropped lines
 * that repeats a line it dropped is dropped (`dropCopies`), and so is a
 * table of contents whose entries the page prints again (`dropContents`).
 * Modes are nested: `precision` keeps a line only when `balanced` keeps it
 * too, `recall` every line `balanced` keeps.
 *
 * @param lines
 *   Lines of the page (`blankBefore`: a blank line comes before it;
 *   `strippedBy`: another rule took it).
 * @param options
 *   Configuration (optional).
 * @returns
 *   One verdict per line, in order.
 */
export function locate(
  lines: ReadonlyArray<LocatorLine>,
  options?: LocateOptions | null | undefined
): Array<LineVerdict> {
  return locateWith(lines, options, fittedModel())
}

/**
 * Find the article with a given model (weights and thresholds).
 *
 * @param lines
 *   Lines of the page.
 * @param options
 *   Configuration.
 * @param model
 *   Weights and thresholds.
 * @param analyses
 *   Analyses of these lines by mode shift, filled as they are made (for
 *   fitting: many thresholds and context weights judge one analysis; only
 *   valid while the model’s local weights and structure stay the same).
 * @returns
 *   One verdict per line.
 */
export function locateWith(
  lines: ReadonlyArray<LocatorLine>,
  options: LocateOptions | null | undefined,
  model: Model,
  analyses?: Map<number, Analysis> | undefined
): Array<LineVerdict> {
  return run(lines, options, model, analyses).verdicts
}

/**
 * Find the article, and say how much the page reads as one and what kind of
 * page it is.
 *
 * ###### Notes
 * On a page surely of a kind that is not an article (a listing, a forum
 * thread…), the cut is gentler (`relaxLevels`), in every mode alike, so the
 * modes stay nested. So is it, at the gentlest level, on a page where the
 * balanced cut found no article (`foundNothing` of `kind.ts`).
 *
 * @param lines
 *   Lines of the page.
 * @param options
 *   Configuration.
 * @param model
 *   Weights and thresholds.
 * @param kinds
 *   Weights of the kind of page (default: the fitted ones).
 * @returns
 *   One verdict per line, the probability that the page is an article (from
 *   the balanced cut, whatever the mode), the page cues it came from, the
 *   kind of page and the language.
 */
export function locatePage(
  lines: ReadonlyArray<LocatorLine>,
  options: LocateOptions | null | undefined,
  model: Model,
  kinds?: Readonly<KindModel> | undefined
): {verdicts: Array<LineVerdict>; article: number; cues: Array<number>; kind: KindVerdict; language: string} {
  let page: {article: number; cues: Array<number>; kind: KindVerdict} | undefined
  const result = run(lines, options, model, undefined, function (balanced) {
    const stripped = lines.map((line) => line.strippedBy !== undefined)
    const cues = pageVector(balanced.analysis, balanced.verdicts, stripped)
    const article = articleScore(model.page, cues)
    const vector = kindVector(
      lines.map((line) => line.value),
      article,
      cues,
      balanced.analysis.features,
      lines.map((line) => line.strippedBy)
    )
    const kind = kindOf(vector, balanced.words, kinds)
    page = {article, cues, kind}
    return kind
  })
  const found = page!
  return {verdicts: result.verdicts, ...found, language: result.balanced.analysis.language}
}

/**
 * Judge the lines in a mode, nested in the balanced cut.
 *
 * @param lines
 *   Lines of the page.
 * @param options
 *   Configuration.
 * @param model
 *   Weights and thresholds.
 * @param analyses
 *   Analyses by mode shift (optional).
 * @param level
 *   Level of `relaxLevels` of the page, from its balanced cut and the words
 *   it keeps, whether it takes the whole page, and the kind of the page
 *   (optional): the cut of every mode is made gentler alike (`gentleSpan`)
 *   before they are nested.
 * @returns
 *   Verdicts in the mode, and the balanced cut (before it is made gentler).
 */
function run(
  lines: ReadonlyArray<LocatorLine>,
  options: LocateOptions | null | undefined,
  model: Model,
  analyses: Map<number, Analysis> | undefined,
  level?:
    | ((balanced: {verdicts: Array<LineVerdict>; analysis: Analysis; words: KeptWords}) => {
        level: number
        whole: boolean
        kind?: PageKind | undefined
      })
    | undefined
): {verdicts: Array<LineVerdict>; balanced: {verdicts: Array<LineVerdict>; analysis: Analysis}} {
  const settings = options ?? {}
  const shift =
    settings.mode === 'precision' ? 1 : settings.mode === 'recall' ? -1 : 0
  let balanced = judge(lines, settings, model, 0, analyses)
  let words = wordsKept(balanced.verdicts, balanced.analysis)
  // A balanced cut that keeps almost nothing of a page is most often wrong
  // about what the page is: judge it again as in recall mode.
  if (words.kept < words.total * model.sparseShare) {
    balanced = judge(lines, settings, model, -1, analyses)
    words = wordsKept(balanced.verdicts, balanced.analysis)
  }

  const {level: gentle, whole, kind} = level ? level({...balanced, words}) : {level: 0, whole: true, kind: undefined}
  const middle = gentle > 0 ? [...balanced.verdicts] : balanced.verdicts
  // Not the page's header and footer: their menus and banners are not a
  // listing's items or a thread's posts. (Most pages are cut at level 0:
  // nothing to span.)
  const {from, to} = gentle > 0 ? gentleSpan(lines, middle, whole) : {from: 0, to: 0}
  relax(middle, gentle, from, to)
  // On a thread, not its menus above the first post and below the last.
  const thread = threadSpan(lines, kind)
  if (thread) dropAroundPosts(lines, middle, thread)
  dropCopies(lines, middle)
  // A shop's, a forum's or a service page's menu printed twice (not an
  // article's: its cut drops them; not documentation's table of contents).
  if (kind !== undefined && kind !== 'article' && kind !== 'documentation') dropMenuCopies(lines, middle)
  dropContents(lines, middle)
  if (shift === 0) return {verdicts: middle, balanced}
  // Modes are nested: `precision` keeps only what `balanced` keeps too,
  // `recall` keeps all that `balanced` keeps.
  const other = judge(lines, settings, model, shift, analyses).verdicts
  relax(other, gentle, from, to)
  const verdicts = other.map(function (verdict, index) {
    const kept = middle[index]
    if (!kept || verdict.keep === kept.keep) return verdict
    return shift > 0 ? (verdict.keep ? kept : verdict) : verdict.keep ? verdict : kept
  })
  // A precision cut that shares no line with the balanced one is the
  // balanced cut (a page is never left empty, and never kept elsewhere).
  if (shift > 0 && !verdicts.some((verdict, index) => verdict.keep && lines[index]?.strippedBy === undefined)) {
    return {verdicts: middle, balanced}
  }

  return {verdicts, balanced}
}

/**
 * Words of the page, and of its kept lines.
 *
 * @param verdicts
 *   Verdicts.
 * @param analysis
 *   Analysis of the page.
 * @returns
 *   Words kept, and in all.
 */
function wordsKept(verdicts: ReadonlyArray<LineVerdict>, analysis: Analysis): KeptWords {
  let kept = 0
  let total = 0
  for (const [index, line] of analysis.features.entries()) {
    total += line.words
    if (verdicts[index]?.keep) kept += line.words
  }

  return {kept, total}
}

/**
 * Judge every line at one mode shift.
 *
 * @param lines
 *   Lines of the page.
 * @param settings
 *   Configuration.
 * @param model
 *   Weights and thresholds.
 * @param shift
 *   Mode shift (-1 recall, 0 balanced, 1 precision).
 * @param analyses
 *   Analyses made before, by shift (optional).
 * @returns
 *   Verdicts and the analysis they came from.
 */
function judge(
  lines: ReadonlyArray<LocatorLine>,
  settings: LocateOptions,
  model: Model,
  shift: number,
  analyses: Map<number, Analysis> | undefined
): {verdicts: Array<LineVerdict>; analysis: Analysis} {
  let analysis = analyses?.get(shift)
  if (!analysis) {
    analysis = analyse(lines, settings.language, model, shift)
    analyses?.set(shift, analysis)
  }

  const threshold = model.threshold + shift * model.modeStep
  const verdicts: Array<LineVerdict> = []
  let first = -1
  let last = -1

  for (const [index, context] of analysis.contexts.entries()) {
    if (context.inCore) {
      if (first < 0) first = index
      last = index
    }
  }

  // One array holds the context cues of each line in turn.
  const scratch: Array<number> = []

  for (let index = 0; index < lines.length; index++) {
    const context = analysis.contexts[index]
    const features = analysis.features[index]
    if (!context || !features) continue
    const score = dot(model.context, contextVector(context, scratch))
    // After a comment thread starts, nothing is the article, however well
    // it reads.
    let keep = score > threshold && !(context.afterTail && analysis.tailSure)

    // Safety valve: a long, well-formed paragraph in the body stays.
    if (
      !keep &&
      !context.afterTail &&
      index > first &&
      index < last &&
      isParagraph(features, analysis.language)
    ) {
      keep = true
    }

    // Inside the core, a short line that is not a sentence is a sub-heading
    // or a list item of the article.
    if (
      !keep &&
      context.inCore &&
      !context.afterTail &&
      lines[index]?.strippedBy === undefined &&
      analysis.chrome[index] === undefined &&
      isInnerLabel(features)
    ) {
      keep = true
    }

    verdicts.push(
      keep
        ? {keep, score: round(sigmoid(score))}
        : drop(lines[index]?.value ?? '', score, context, features, analysis, index)
    )
  }

  if (settings.edges !== false) {
    dropBeforeOpen(lines, verdicts, analysis, settings.opening ?? none)
    keepEdges(lines, verdicts, analysis)
    dropBios(lines, verdicts, analysis)
    dropAfterClose(lines, verdicts, analysis, settings.closing ?? none)
    fillHoles(lines, verdicts, analysis)
  }
  ensureProse(verdicts, analysis)
  // What a category switched off would have stripped is the caller’s.
  for (const [index, line] of lines.entries()) {
    const verdict = verdicts[index]
    if (line.keptFor !== undefined && verdict && !verdict.keep) verdicts[index] = {keep: true, score: verdict.score}
  }

  return {verdicts, analysis}
}
