import type {Context} from './classify.js'
import type {LineFeatures} from './features.js'

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
export function contexts(
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
  // The weight of each line in its neighbours’ mean, computed once per line.
  const weights = new Float64Array(size)
  for (let index = 0; index < size; index++) {
    weights[index] = Math.log1p(features[index]?.words ?? 0) + 0.5
  }

  const result: Array<Context> = []
  for (let index = 0; index < size; index++) {
    result.push({
      local: scores[index] ?? 0,
      previous: scores[index - 1] ?? 0,
      next: scores[index + 1] ?? 0,
      around: around(weights, scores, index, 3),
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
 * @param weights
 *   Weight of each line (`log1p(words) + 0.5`).
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
  weights: Float64Array,
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
    const w = weights[other] ?? 0
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
