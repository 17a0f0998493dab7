import {dot, localVector, type Context} from './classify.js'
import {contexts} from './context.js'
import {core} from './core.js'
import {lineFeatures, stopwordsIn, type LineFeatures, type LocatorLine} from './features.js'
import {guessLanguage, languages, masks, scriptLanguage} from './language.js'
import type {Model} from './model.js'
import {isThreadCue} from './cues.js'
import {chromeCategory, tailCategory} from './phrases.js'
import {cutTail, printedAgain} from './tail.js'
import type {Category} from '../types.js'
import {pageMemo} from '../util/page-memo.js'

/**
 * Everything the locator computed for a document (for tests and fitting).
 */
export interface Analysis {
  /** Language used for the stopwords. */
  language: string
  /** Features per line. */
  features: Array<LineFeatures>
  /** Context per line. */
  contexts: Array<Context>
  /** Tail heading category per line (when it opened the tail). */
  tail: Array<Category | undefined>
  /** Line that opened the tail (`-1` when there is none). */
  tailStart: number
  /**
   * Whether what follows the tail is surely not the article: a thread of
   * comments, found by its cues or by a heading that is not printed again
   * further down (`Comments (0)` under each post of a blog’s front page is
   * a link, not the thread).
   */
  tailSure: boolean
  /** Chrome phrase category per line. */
  chrome: Array<Category | undefined>
  /**
   * Per line of the tail, the kind of the last tail heading at or above it
   * (`Related Posts`, then `Leave a Reply`: related, then comments), so
   * each part of the tail keeps its own category.
   */
  tailKinds: Array<Category | undefined>
  /**
   * Local cues of each line, in the order of `localNames`, when asked for
   * (`withCues`, for fitting).
   */
  cues: Array<Array<number>> | undefined
}

/**
 * Features of the lines of a page, once read (`analyse()`).
 */
const featuresOf = pageMemo((lines: ReadonlyArray<LocatorLine>) => lineFeatures(lines, masks, languages.length))

/**
 * Fewest lines the forum rule takes as a thread’s (`Joined:`, `Messages:`,
 * `#5 · Feb 18, 2024`, `Viewed 434k times`) for a page to be a thread: its
 * posts are the page, so a comment thread or a comments heading on it ends
 * nothing.
 *
 * ###### Notes
 * On the benchmark, 35 forum threads have six or more such lines, and no
 * article of any set has more than two (also with `comments`, `counter`,
 * `timestamp`, `navigation` or `share` switched off).
 */
export const threadPageLines = 6

/**
 * Rules of the forum rule that only a thread has: member lines, counters of
 * posts and views, post numbers. Not its buttons (`Reply`, `Quote`) and
 * notices, which the comments rule takes first on a blog’s comments, and
 * the forum rule only when `comments` is off.
 */
export const threadRules: ReadonlySet<string> = new Set(['forum-member', 'forum-counter', 'forum-post-number'])

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
 * @param withCues
 *   Whether to return the local cues of each line (`cues`; `bench/train.mjs`
 *   fits on them).
 * @returns
 *   The analysis.
 */
export function analyse(
  lines: ReadonlyArray<LocatorLine>,
  language: string | undefined,
  model: Model,
  shift: number,
  withCues = false
): Analysis {
  // The features of the lines do not depend on the mode: a page judged
  // again (a sparse balanced cut, another mode) reads its lines once.
  const {features, hits} = featuresOf(lines)
  let total = 0
  for (const line of features) total += line.words
  let code = language ?? guessLanguage(hits, total)
  if (code === 'und') code = scriptLanguage(lines.map((line) => line.value))
  const bit = languages.indexOf(code.toLowerCase().split('-')[0] ?? '')
  const known = bit >= 0
  for (const line of features) line.stopwords = known ? stopwordsIn(line, bit) : 0
  const size = lines.length
  const scores: Array<number> = []
  const tail: Array<Category | undefined> = []
  const chrome: Array<Category | undefined> = []
  const cues: Array<boolean> = []
  const vectors: Array<Array<number>> | undefined = withCues ? [] : undefined
  // Without cues to return, one array holds the vector of each line in turn.
  const scratch: Array<number> = []

  const threadPage = isThreadPage(lines)

  for (let index = 0; index < size; index++) {
    const line = features[index]
    if (!line) continue
    const key = line.key
    // A link in a list of links names a page, it does not head this one’s
    // tail; a count of comments that links to the thread does
    // (`[167 comments](…/threads/…)` beside the share icons).
    let tailKind = key ? tailCategory(key) : undefined
    if (lines[index]?.strippedBy === 'navigation-link-line' && !(tailKind === 'comments' && key.startsWith('# '))) tailKind = undefined
    const chromeKind = key ? chromeCategory(key) : undefined
    tail.push(threadPage && tailKind === 'comments' ? undefined : tailKind)
    chrome.push(chromeKind)
    cues.push(!threadPage && isThreadCue(key, lines[index]?.value ?? '', line.words))
    const vector = localVector(
      line,
      known,
      chromeKind !== undefined,
      tailKind !== undefined,
      size > 1 ? index / (size - 1) : 0,
      vectors ? [] : scratch
    )
    vectors?.push(vector)
    scores.push(dot(model.local, vector))
  }

  const inCore = core(features, scores, model, shift)
  const stripped = lines.map((line) => line.strippedBy !== undefined)
  const tailStart = cutTail(features, inCore, tail, cues, model, stripped)
  // A thread of comments found by its cues: what follows is comments.
  if (tailStart >= 0 && tail[tailStart] === undefined) tail[tailStart] = 'comments'
  const tailKinds: Array<Category | undefined> = Array.from({length: size})
  let kind: Category | undefined
  for (let index = Math.max(tailStart, 0); tailStart >= 0 && index < size; index++) {
    kind = tail[index] ?? kind
    tailKinds[index] = kind
  }

  for (let index = 0; index < size; index++) {
    if (index !== tailStart) tail[index] = undefined
  }

  const tailSure = tailStart >= 0 && tail[tailStart] === 'comments' && !printedAgain(features, tailStart)

  return {
    language: code,
    features,
    contexts: contexts(features, scores, inCore, tailStart),
    tail,
    tailStart,
    tailSure,
    chrome,
    tailKinds,
    cues: vectors
  }
}

/**
 * Whether a page is a thread of posts: the forum rule took at least
 * `threadPageLines` of its lines.
 *
 * @param lines
 *   Lines of the page.
 * @returns
 *   Whether it is.
 */
function isThreadPage(lines: ReadonlyArray<LocatorLine>): boolean {
  let count = 0
  for (const line of lines) {
    if (line.strippedBy !== undefined && threadRules.has(line.strippedBy) && ++count >= threadPageLines) return true
  }

  return false
}
