import type {LineFeatures} from './features.js'
import type {Model} from './model.js'

/**
 * Find where the article ends: a tail heading (`Related posts`, `Leave a
 * Reply`) or the first cue of a comment thread, after enough of the core; take
 * what follows out of the core.
 *
 * ###### Notes
 * A heading inside a menu (short lines before it and two after) does not
 * count: menus name the same sections. Nor does a bare `Related` label when
 * the article’s prose comes back within a few lines (a box inside the body).
 * A heading after a row of share buttons and over one short line (the
 * author’s name) still ends the article. Nor does a heading (but that of a
 * comment thread) with a paragraph of prose after it twice as long as any
 * before it: that is a sidebar (`Recent articles`) above the article, and
 * the article is still to come. A paragraph of prose is two long sentences
 * or more in a row, labels of up to three words between them
 * (`Advertisement`); teasers, a headline over each summary, are none.
 * Nor does a heading (but that of a comment thread) with no paragraph before
 * it, neither such a run nor one line of `paragraphWords` words: no article
 * has started for it to end (`More top stories` between two lists of
 * teasers on a news site's front page).
 * A thread needs three cues (`Reply`, `Anna says:`, `Re: …`) within
 * `cueWindow` lines, so one quoted “says:” in the body is not a thread.
 * A comments heading printed again further down (`Add a comment` under a
 * question and under each answer of a Q&A page, `Leave a comment` under each
 * post of a blog’s front page) is a control under each post, not the head of
 * one thread that ends the page; a count (`167 comments`) is not, as lists
 * of teasers print one under each.
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
 * @param stripped
 *   Whether another rule took each line (a box’s teasers and ads it took do
 *   not count towards how far the article’s prose comes back).
 * @returns
 *   Index of the heading or first cue, or -1.
 */
export function cutTail(
  features: ReadonlyArray<LineFeatures>,
  inCore: Array<boolean>,
  tail: ReadonlyArray<string | undefined>,
  cues: ReadonlyArray<boolean>,
  model: Model,
  stripped: ReadonlyArray<boolean> = []
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

  // Paragraphs of prose: runs of two or more long sentences in a row. The
  // best run that starts after each line, and the best one so far.
  const runs = proseRuns(features)
  const bestAfter = new Float64Array(features.length + 1)
  for (let index = features.length - 1; index >= 0; index--) {
    bestAfter[index] = Math.max(bestAfter[index + 1]!, runs[index]!)
  }

  let before = 0
  let bestBefore = 0
  let paragraphBefore = false
  let start = -1
  for (const [index, line] of features.entries()) {
    if (before >= model.tailWords && before >= total * model.tailShare) {
      const heading =
        tail[index] !== undefined &&
        !inMenu(features, index) &&
        !(tail[index] === 'comments' && isPostControl(features, index)) &&
        !(
          tail[index] !== 'comments' &&
          (inlineBox(features, index, stripped) ||
            bestAfter[index + 1]! > proseFactor * Math.max(bestBefore, proseMinimum) ||
            (bestBefore === 0 && !paragraphBefore))
        )
      const thread = cues[index] === true && (cuesAhead[index] ?? 0) >= 3
      if (heading || thread) {
        start = index
        break
      }
    }

    if (inCore[index]) before += line.words
    bestBefore = Math.max(bestBefore, runs[index]!)
    if (inCore[index] && line.words >= paragraphWords) paragraphBefore = true
  }

  if (start >= 0) {
    for (let index = start; index < inCore.length; index++) inCore[index] = false
  }

  return start
}

/**
 * How many times more words a run of prose after a heading must have than
 * the best run before it for the heading to sit above the article, not
 * below it (a sidebar of `Recent articles` before the story).
 */
const proseFactor = 2

/**
 * Words of the best run of prose before a heading, at least.
 */
const proseMinimum = 60

/**
 * Words of a line of the core that is a paragraph, for a tail heading after
 * it to end an article: a teaser's summary is shorter, the one paragraph of
 * a short article as long (a page of quotes over `You may also like…`).
 */
const paragraphWords = 30

/**
 * Words of each run of prose (two or more long sentences in a row, or one
 * of `longParagraph` words), at the run’s first line; `0` elsewhere.
 *
 * @param features
 *   Features per line.
 * @returns
 *   Words per line.
 */
export function proseRuns(features: ReadonlyArray<LineFeatures>): Float64Array {
  const runs = new Float64Array(features.length)
  let start = 0

  while (start < features.length) {
    if (!isProse(features[start])) {
      start++
      continue
    }

    let end = start
    let words = 0
    let count = 0
    // A label between two paragraphs (`Advertisement`, `Article content`)
    // does not end the run.
    while (end < features.length) {
      if (isProse(features[end])) {
        words += features[end]!.words
        count++
        end++
      } else if (isGap(features[end]) && isProse(features[end + 1])) {
        end++
      } else {
        break
      }
    }

    if (count > 1 || words >= longParagraph) runs[start] = words
    start = end
  }

  return runs
}

/**
 * Words of a line of prose that is a run on its own: a long paragraph, or
 * paragraphs saved with nothing between them (`cheerio(…).text()`).
 */
const longParagraph = 150

/**
 * Whether a line may sit inside a run of prose: a label of three words at
 * most.
 *
 * @param line
 *   Features, if any.
 * @returns
 *   Whether it may.
 */
function isGap(line: LineFeatures | undefined): boolean {
  return line !== undefined && line.words <= 3
}

/**
 * Lines ahead in which a comment thread shows three cues.
 */
const cueWindow = 40

/**
 * Whether a line sits inside a run of menu-like short lines: one before it
 * and two after, a name printed twice in a row counting once (`Jane Roe`,
 * the text of her picture, above `JANE ROE`, as html-to-text prints both).
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line.
 * @returns
 *   Whether the line before and the two after are short and unpunctuated.
 */
function inMenu(features: ReadonlyArray<LineFeatures>, index: number): boolean {
  const next = index + 1
  // A name printed twice in a row (an image's text, then the same words as a
  // heading) is one line.
  const after = features[next]?.key && features[next + 1]?.key === features[next]?.key ? next + 2 : next + 1
  return isShort(features[index - 1]) && isShort(features[next]) && isShort(features[after])
}

/**
 * Whether a line is a short unpunctuated line (a menu item). A line of no
 * words is none: an image (html-to-text’s `[…/author.png]` right above
 * `THE AUTHOR`) or a rule does not make the heading under it a menu’s.
 *
 * @param line
 *   Features, if any.
 * @returns
 *   Whether it is.
 */
function isShort(line: LineFeatures | undefined): boolean {
  return line !== undefined && line.words > 0 && line.words <= 3 && !line.terminal
}

/**
 * Lines after a tail heading within which the article may go on.
 */
const boxReach = 6

/**
 * Whether a tail heading opens a box inside the body (`Related`, a newsletter
 * box headed `Top Stories`, a `Trending` box of teasers): the article’s
 * prose (two long sentences in a row) comes back within a few lines, after
 * a line of the box’s own.
 *
 * ###### Notes
 * Lines other rules took (the box’s teasers and their labels, ads) need not
 * count towards the reach, and a short one of them (`Advertisement`,
 * `Article content`) between two sentences leaves them in a row, when the
 * prose after the heading is at least a third of the prose before it: a story in
 * two halves, not a footer’s `About us` under the last box.
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line of the label.
 * @param stripped
 *   Whether another rule took each line.
 * @returns
 *   Whether it does.
 */
function inlineBox(features: ReadonlyArray<LineFeatures>, index: number, stripped: ReadonlyArray<boolean>): boolean {
  // A bare `Related` label may sit right above the prose; another heading
  // heads a box of its own lines first (`Sign Up`), or it heads teasers.
  const first = features[index]?.key === 'related' ? index + 1 : index + 2
  for (let next = first; next <= index + boxReach; next++) {
    if (isProse(features[next]) && isProse(features[next + 1])) return true
  }

  return stripped.length > 0 && proseBack(features, index, first, stripped) && halves(features, index, stripped)
}

/**
 * Whether two long sentences in a row come back after a heading within
 * `boxReach` lines no rule took (a short line a rule took between them
 * leaves them in a row).
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line of the heading.
 * @param first
 *   First line the prose may start at.
 * @param stripped
 *   Whether another rule took each line.
 * @returns
 *   Whether they do.
 */
function proseBack(
  features: ReadonlyArray<LineFeatures>,
  index: number,
  first: number,
  stripped: ReadonlyArray<boolean>
): boolean {
  let seen = 0
  let prose = -1
  for (let next = index + 1; next < features.length && seen <= boxReach; next++) {
    const line = features[next]
    if (isProse(line)) {
      if (prose >= first) return true
      prose = next
    } else if (!(stripped[next] === true && isGap(line))) {
      prose = -1
    }

    if (stripped[next] !== true) seen++
  }

  return false
}

/**
 * Whether the prose no rule took after a line is at least a third of that before
 * it (in words).
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line.
 * @param stripped
 *   Whether another rule took each line.
 * @returns
 *   Whether it is.
 */
function halves(features: ReadonlyArray<LineFeatures>, index: number, stripped: ReadonlyArray<boolean>): boolean {
  let before = 0
  let after = 0
  for (const [at, line] of features.entries()) {
    if (stripped[at] === true || !isProse(line)) continue
    if (at < index) before += line.words
    else after += line.words
  }

  return after * 3 >= before
}

/**
 * Whether a line is a long sentence of prose.
 *
 * @param line
 *   Features, if any.
 * @returns
 *   Whether it is.
 */
function isProse(line: LineFeatures | undefined): boolean {
  return line !== undefined && line.words >= 20 && line.terminal
}

/**
 * Whether a line’s key shows up again further down the page.
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line.
 * @returns
 *   Whether a later line has the same (non-empty) key.
 */
export function printedAgain(features: ReadonlyArray<LineFeatures>, index: number): boolean {
  const key = features[index]?.key
  if (!key) return false
  for (let next = index + 1; next < features.length; next++) {
    if (features[next]?.key === key) return true
  }

  return false
}

/**
 * Whether a comments heading is a control under each post of the page
 * (`Add a comment` under a question and under each answer): printed again
 * further down, and no count (`167 comments` is printed under each teaser
 * of a list too).
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line of a comments heading.
 * @returns
 *   Whether it is.
 */
function isPostControl(features: ReadonlyArray<LineFeatures>, index: number): boolean {
  return !(features[index]?.key ?? '').includes('#') && printedAgain(features, index)
}
