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
 * author’s name) still ends the article.
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
export function cutTail(
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
      const heading = tail[index] !== undefined && !inMenu(features, index) && !inlineBox(features, index)
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
 * Whether a line sits inside a run of menu-like short lines: one before it
 * and two after.
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line.
 * @returns
 *   Whether the line before and the two after are short and unpunctuated.
 */
function inMenu(features: ReadonlyArray<LineFeatures>, index: number): boolean {
  return isShort(features[index - 1]) && isShort(features[index + 1]) && isShort(features[index + 2])
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
 * Lines after a bare `Related` label within which the article may go on.
 */
const boxReach = 6

/**
 * Whether a bare `Related` label opens a box inside the body: the article’s
 * prose (two long sentences in a row) comes back within a few lines.
 *
 * @param features
 *   Features per line.
 * @param index
 *   Line of the label.
 * @returns
 *   Whether it does.
 */
function inlineBox(features: ReadonlyArray<LineFeatures>, index: number): boolean {
  if (features[index]?.key !== 'related') return false
  for (let next = index + 1; next <= index + boxReach; next++) {
    if (isProse(features[next]) && isProse(features[next + 1])) return true
  }

  return false
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
