import {sigmoid} from './classify.js'
import type {LineFeatures} from './features.js'
import type {Model} from './model.js'

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
export function core(
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
    const mass = (Math.min(words, model.massCap) + 1) * (sigmoid(scores[index] ?? 0) - tau)
    const stay = bestIn
    const open = bestOut - model.switchCost
    fromIn[index] = stay >= open ? 1 : 0
    const nextIn = Math.max(stay, open) + mass
    outFromIn[index] = bestIn > bestOut ? 1 : 0
    bestOut = Math.max(bestOut, bestIn)
    bestIn = nextIn
  }

  const result = new Array<boolean>(size).fill(false)
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
