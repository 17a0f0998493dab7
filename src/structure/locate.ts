import {
  contextVector,
  dot,
  localVector,
  sigmoid,
  type Context
} from './classify.js'
import {lineFeatures, type LineFeatures, type LineInput} from './features.js'
import {guessLanguage, languages, masks, stopwordsOf} from './language.js'
import {defaultModel, type Model} from './model.js'
import {chromeCategory, isCommentCue, tailCategory} from './phrases.js'

/**
 * How hard to cut.
 */
export type Mode = 'balanced' | 'precision' | 'recall'

/**
 * Configuration for `locate()`.
 */
export interface LocateOptions {
  /** `'precision'` drops more, `'recall'` keeps more (default: `'balanced'`). */
  mode?: Mode | undefined
  /** Language of the page (default: guessed from its stopwords). */
  language?: string | undefined
}

/**
 * Verdict on one line.
 */
export interface LineVerdict {
  /** Whether the line is part of the article. */
  keep: boolean
  /** Kind of debris, for dropped lines. */
  category?: string
  /** Rule that dropped it, for dropped lines. */
  ruleId?: string
  /** Probability (0 to 1) that the line is article text. */
  score: number
  /** Why it was dropped, for dropped lines. */
  reason?: string
}

/**
 * Everything the locator computed for a document (for tests and fitting).
 */
export interface Analysis {
  /** Language used for the stopwords. */
  language: string
  /** Features per line. */
  features: Array<LineFeatures>
  /** Local cue vectors per line. */
  local: Array<Array<number>>
  /** Context per line. */
  contexts: Array<Context>
  /** Tail heading category per line (when it opened the tail). */
  tail: Array<string | undefined>
  /** Chrome phrase category per line. */
  chrome: Array<string | undefined>
}

/**
 * Find the article in the lines of a page.
 *
 * ###### Notes
 * Three passes, each linear in the number of lines: a local score per line
 * from its own cues; the article core (the runs of prose that pay for the
 * chrome between them) and the tail heading that ends it; a final score from
 * the line’s local score, its neighbours and its place relative to the core.
 *
 * @param lines
 *   Lines of the page (`blankBefore`: a blank line comes before it).
 * @param options
 *   Configuration (optional).
 * @returns
 *   One verdict per line, in order.
 */
export function locate(
  lines: ReadonlyArray<LineInput>,
  options?: LocateOptions | null | undefined
): Array<LineVerdict> {
  return locateWith(lines, options, defaultModel)
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
 * @returns
 *   One verdict per line.
 */
export function locateWith(
  lines: ReadonlyArray<LineInput>,
  options: LocateOptions | null | undefined,
  model: Model
): Array<LineVerdict> {
  const settings = options ?? {}
  const shift =
    settings.mode === 'precision' ? 1 : settings.mode === 'recall' ? -1 : 0
  const analysis = analyse(lines, settings.language, model, shift)
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

  for (let index = 0; index < lines.length; index++) {
    const context = analysis.contexts[index]
    const features = analysis.features[index]
    if (!context || !features) continue
    const vector = contextVector(context)
    const score = dot(model.context, vector)
    let keep = score > threshold

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

    verdicts.push(
      keep
        ? {keep, score: round(sigmoid(score))}
        : drop(lines[index]?.value ?? '', score, context, features, analysis, index)
    )
  }

  ensureProse(verdicts, analysis)
  return verdicts
}

/**
 * Compute features, local scores, the core and the context of each line.
 *
 * @param lines
 *   Lines of the page.
 * @param language
 *   Language, if known.
 * @param model
 *   Weights and thresholds.
 * @param shift
 *   Mode shift (-1 recall, 0 balanced, 1 precision).
 * @returns
 *   The analysis.
 */
export function analyse(
  lines: ReadonlyArray<LineInput>,
  language: string | undefined,
  model: Model,
  shift: number
): Analysis {
  const {features, hits} = lineFeatures(lines, masks, languages.length)
  let total = 0
  for (const line of features) total += line.words
  const code = language ?? guessLanguage(hits, total)
  const bit = languages.indexOf(code.toLowerCase().split('-')[0] ?? '')
  const known = bit >= 0
  for (const line of features) line.stopwords = known ? (line.stopwordsBy[bit] ?? 0) : 0
  const size = lines.length
  const local: Array<Array<number>> = []
  const scores: Array<number> = []
  const tail: Array<string | undefined> = []
  const chrome: Array<string | undefined> = []
  const cues: Array<boolean> = []

  for (let index = 0; index < size; index++) {
    const line = features[index]
    if (!line) continue
    const key = line.key
    const tailKind = key ? tailCategory(key) : undefined
    const chromeKind = key ? chromeCategory(key) : undefined
    tail.push(tailKind)
    chrome.push(chromeKind)
    cues.push(isCommentCue(key, lines[index]?.value ?? ''))
    const vector = localVector(
      line,
      known,
      chromeKind !== undefined,
      tailKind !== undefined,
      size > 1 ? index / (size - 1) : 0
    )
    local.push(vector)
    scores.push(dot(model.local, vector))
  }

  const inCore = core(features, scores, model, shift)
  const tailStart = cutTail(features, inCore, tail, cues, model)
  for (let index = 0; index < size; index++) {
    if (index !== tailStart) tail[index] = undefined
  }

  // A thread of comments found by its cues: what follows is comments.
  if (tailStart >= 0 && tail[tailStart] === undefined) tail[tailStart] = 'comments'

  return {
    language: code,
    features,
    local,
    contexts: contexts(features, scores, inCore, tailStart),
    tail,
    chrome
  }
}

/**
 * Mark the article core: the set of runs of lines with the largest total
 * prose mass, where every run but pays `switchCost` to open.
 *
 * ###### Notes
 * A line’s mass is its words times how far its probability is above `tau`:
 * paragraphs are heavy and positive, menus light and negative. A widget
 * between two parts of the body stays inside the core when it costs less
 * than opening a new run; a far-off teaser needs more prose than the cost.
 * Dynamic programming over two states (out, in), so linear time.
 *
 * @param features
 *   Features per line.
 * @param scores
 *   Local scores (log-odds) per line.
 * @param model
 *   Weights and thresholds.
 * @param shift
 *   Mode shift.
 * @returns
 *   Whether each line is in the core.
 */
function core(
  features: ReadonlyArray<LineFeatures>,
  scores: ReadonlyArray<number>,
  model: Model,
  shift: number
): Array<boolean> {
  const size = scores.length
  const tau = model.tau + shift * model.tauStep
  // `fromIn[i]`: whether the best way to be “in” at line i came from “in”.
  const fromIn = new Uint8Array(size)
  // `outFromIn[i]`: whether the best way to be “out” at line i came from “in”.
  const outFromIn = new Uint8Array(size)
  let bestOut = 0
  let bestIn = Number.NEGATIVE_INFINITY

  for (let index = 0; index < size; index++) {
    const words = features[index]?.words ?? 0
    const mass =
      (Math.min(words, model.massCap) + 1) * (sigmoid(scores[index] ?? 0) - tau)
    const stay = bestIn
    const open = bestOut - model.switchCost
    fromIn[index] = stay >= open ? 1 : 0
    const nextIn = Math.max(stay, open) + mass
    outFromIn[index] = bestIn > bestOut ? 1 : 0
    bestOut = Math.max(bestOut, bestIn)
    bestIn = nextIn
  }

  const result: Array<boolean> = Array.from({length: size}, function () {
    return false
  })
  let state = bestIn > bestOut ? 1 : 0
  for (let index = size - 1; index >= 0; index--) {
    if (state === 1) {
      result[index] = true
      state = fromIn[index] ? 1 : 0
    } else {
      state = outFromIn[index] ? 1 : 0
    }
  }

  return result
}

/**
 * Find where the article ends: a tail heading (`Related posts`, `Leave a
 * Reply`) or the first cue of a comment thread, after enough of the core; take
 * what follows out of the core.
 *
 * ###### Notes
 * A heading inside a menu (short lines both sides) does not count: menus
 * name the same sections.
 * A thread needs three cues (`Reply`, `Anna says:`, `Re: …`) within
 * `cueWindow` lines, so one quoted “says:” in the body is not a thread.
 *
 * @param features
 *   Features per line.
 * @param inCore
 *   Core membership (changed in place).
 * @param tail
 *   Tail heading category per line.
 * @param cues
 *   Whether each line is a comment cue.
 * @param model
 *   Weights and thresholds.
 * @returns
 *   Index of the heading or first cue, or -1.
 */
function cutTail(
  features: ReadonlyArray<LineFeatures>,
  inCore: Array<boolean>,
  tail: ReadonlyArray<string | undefined>,
  cues: ReadonlyArray<boolean>,
  model: Model
): number {
  let total = 0
  for (const [index, line] of features.entries()) {
    if (inCore[index]) total += line.words
  }

  // Cues within the window ahead of each line (sliding count).
  const cuesAhead = new Int32Array(features.length)
  let running = 0
  for (let index = features.length - 1; index >= 0; index--) {
    if (cues[index]) running++
    if (index + cueWindow < features.length && cues[index + cueWindow]) running--
    cuesAhead[index] = running
  }

  let before = 0
  let start = -1
  for (const [index, line] of features.entries()) {
    if (before >= model.tailWords && before >= total * model.tailShare) {
      const heading = tail[index] !== undefined && !inMenu(features, index)
      const thread = cues[index] === true && (cuesAhead[index] ?? 0) >= 3
      if (heading || thread) {
        start = index
        break
      }
    }

    if (inCore[index]) before += line.words
  }

  if (start >= 0) {
    for (let index = start; index < inCore.length; index++) inCore[index] = false
  }

  return start
}

/**
 * Lines ahead in which a comment thread shows three cues.
 */
const cueWindow = 40

/**
 * Whether a line sits between two menu-like short lines.
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line.
 * @returns
 *   Whether both neighbours are short and unpunctuated.
 */
function inMenu(features: ReadonlyArray<LineFeatures>, index: number): boolean {
  const previous = features[index - 1]
  const next = features[index + 1]
  return isShort(previous) && isShort(next)
}

/**
 * Whether a line is a short unpunctuated line (a menu item).
 *
 * @param line
 *   Features, if any.
 * @returns
 *   Whether it is.
 */
function isShort(line: LineFeatures | undefined): boolean {
  return line !== undefined && line.words <= 3 && !line.terminal
}

/**
 * Build the context of every line.
 *
 * @param features
 *   Features per line.
 * @param scores
 *   Local scores.
 * @param inCore
 *   Core membership.
 * @param tailStart
 *   Index of the tail heading, or -1.
 * @returns
 *   Context per line.
 */
function contexts(
  features: ReadonlyArray<LineFeatures>,
  scores: ReadonlyArray<number>,
  inCore: ReadonlyArray<boolean>,
  tailStart: number
): Array<Context> {
  const size = scores.length
  // Distance to the nearest core line, from both sides.
  const distance = new Float64Array(size).fill(size)
  let seen = -1
  let first = -1
  let last = -1
  for (let index = 0; index < size; index++) {
    if (inCore[index]) {
      seen = index
      if (first < 0) first = index
      last = index
    }

    if (seen >= 0) distance[index] = index - seen
  }

  seen = -1
  for (let index = size - 1; index >= 0; index--) {
    if (inCore[index]) seen = index
    if (seen >= 0) distance[index] = Math.min(distance[index] ?? size, seen - index)
  }

  const shortRun = shortRuns(features)
  const result: Array<Context> = []
  for (let index = 0; index < size; index++) {
    result.push({
      local: scores[index] ?? 0,
      previous: scores[index - 1] ?? 0,
      next: scores[index + 1] ?? 0,
      around: around(features, scores, index, 3),
      inCore: inCore[index] ?? false,
      beforeCore: first < 0 || index < first,
      afterCore: first < 0 || index > last,
      distance: distance[index] ?? size,
      afterTail: tailStart >= 0 && index >= tailStart,
      words: features[index]?.words ?? 0,
      inShortRun: shortRun[index] ?? false
    })
  }

  return result
}

/**
 * Word-weighted mean local score of the lines around a line (not the line).
 *
 * @param features
 *   Features per line.
 * @param scores
 *   Local scores.
 * @param index
 *   Line.
 * @param radius
 *   Lines either side.
 * @returns
 *   Mean score (0 when alone).
 */
function around(
  features: ReadonlyArray<LineFeatures>,
  scores: ReadonlyArray<number>,
  index: number,
  radius: number
): number {
  let sum = 0
  let weight = 0
  const from = Math.max(0, index - radius)
  const to = Math.min(scores.length - 1, index + radius)
  for (let other = from; other <= to; other++) {
    if (other === index) continue
    const w = Math.log1p(features[other]?.words ?? 0) + 0.5
    sum += w * (scores[other] ?? 0)
    weight += w
  }

  return weight > 0 ? sum / weight : 0
}

/**
 * Mark lines in runs of three or more short lines (menus, link lists).
 *
 * @param features
 *   Features per line.
 * @returns
 *   Whether each line is in such a run.
 */
function shortRuns(features: ReadonlyArray<LineFeatures>): Array<boolean> {
  const result: Array<boolean> = []
  let start = 0
  for (let index = 0; index <= features.length; index++) {
    const line = features[index]
    if (line && line.words <= 4 && !line.terminal) {
      result.push(false)
      continue
    }

    if (index - start >= 3) {
      for (let other = start; other < index; other++) result[other] = true
    }

    if (line) result.push(false)
    start = index + 1
  }

  return result
}

/**
 * Whether a line is a long, well-formed paragraph of prose.
 *
 * @param line
 *   Features of the line.
 * @param language
 *   Document language.
 * @returns
 *   Whether it is.
 */
function isParagraph(line: LineFeatures, language: string): boolean {
  if (line.words < 30 || line.sentences < 2 || !line.terminal) return false
  if (stopwordsOf(language).size === 0) return true
  return line.stopwords / line.words >= 0.3
}

/**
 * Build the verdict of a dropped line.
 *
 * @param value
 *   Line text.
 * @param score
 *   Final score (log-odds).
 * @param context
 *   Context of the line.
 * @param features
 *   Features of the line.
 * @param analysis
 *   Analysis of the document.
 * @param index
 *   Line index.
 * @returns
 *   Verdict.
 */
function drop(
  value: string,
  score: number,
  context: Context,
  features: LineFeatures,
  analysis: Analysis,
  index: number
): LineVerdict {
  const tailKind = analysis.tail[index]
  const chromeKind = analysis.chrome[index]
  let category = 'chrome'
  let ruleId = 'chrome-line'
  let what = 'line outside prose'

  if (tailKind !== undefined) {
    category = tailKind
    ruleId = tailKind + '-heading'
    what = 'heading that ends the article'
  } else if (chromeKind !== undefined) {
    category = chromeKind
    ruleId = chromeKind + '-phrase'
    what = chromeKind + ' phrase'
  } else if (context.afterTail) {
    const kind = tailKindBefore(analysis, index)
    category = kind
    ruleId = kind === 'comments' ? 'comments-thread' : kind === 'related' ? 'related-tail' : 'chrome-tail'
    what = 'line after the end of the article'
  } else if (context.inShortRun) {
    ruleId = 'chrome-menu'
    what = 'menu item'
  } else if (features.separators > 0 || features.urls > 0) {
    ruleId = 'chrome-link-list'
    what = 'link list'
  } else if (!context.inCore) {
    ruleId = 'chrome-outside-body'
    what = 'line outside the article body'
  }

  return {
    keep: false,
    category,
    ruleId,
    score: round(sigmoid(score)),
    reason: 'Unexpected ' + what + ' `' + excerpt(value) + '`'
  }
}

/**
 * Category of the tail heading that opened the tail.
 *
 * @param analysis
 *   Analysis of the document.
 * @param index
 *   A line in the tail.
 * @returns
 *   Category.
 */
function tailKindBefore(analysis: Analysis, index: number): string {
  for (let other = index; other >= 0; other--) {
    const kind = analysis.tail[other]
    if (kind !== undefined) return kind
  }

  return 'chrome'
}

/**
 * Never return nothing when the page has prose: keep the core, or else the
 * best line.
 *
 * @param verdicts
 *   Verdicts (changed in place).
 * @param analysis
 *   Analysis of the document.
 * @returns
 *   Nothing.
 */
function ensureProse(verdicts: Array<LineVerdict>, analysis: Analysis): undefined {
  let best = -1
  let bestScore = Number.NEGATIVE_INFINITY
  for (const [index, verdict] of verdicts.entries()) {
    if (verdict.keep) return
    const words = analysis.features[index]?.words ?? 0
    if (words > 0 && verdict.score * Math.log1p(words) > bestScore) {
      best = index
      bestScore = verdict.score * Math.log1p(words)
    }
  }

  let any = false
  for (const [index, context] of analysis.contexts.entries()) {
    if (context.inCore && !context.afterTail && (analysis.features[index]?.words ?? 0) > 0) {
      verdicts[index] = {keep: true, score: verdicts[index]?.score ?? 0}
      any = true
    }
  }

  if (!any && best >= 0) {
    verdicts[best] = {keep: true, score: verdicts[best]?.score ?? 0}
  }
}

/**
 * Shorten a line for a reason.
 *
 * @param value
 *   Line text.
 * @returns
 *   At most 60 characters.
 */
function excerpt(value: string): string {
  const text = value.trim()
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}

/**
 * Round a probability for display.
 *
 * @param value
 *   Probability.
 * @returns
 *   Rounded to 3 decimals.
 */
function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
