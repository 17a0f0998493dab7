import fitted from '../data/model.json' with {type: 'json'}
import {contextNames, localNames} from './classify.js'

/**
 * Weights and thresholds of the locator.
 */
export interface Model {
  /** Weights of the local cues (order of `localNames`). */
  local: ReadonlyArray<number>
  /** Weights of the context cues (order of `contextNames`). */
  context: ReadonlyArray<number>
  /** Final score above which a line is kept (balanced mode). */
  threshold: number
  /** How far one mode step moves `threshold`. */
  modeStep: number
  /** Probability above which a line adds to the core. */
  tau: number
  /** How far one mode step moves `tau`. */
  tauStep: number
  /** Words counted at most per line in the core mass. */
  massCap: number
  /** Cost of opening a run of the core. */
  switchCost: number
  /** Core words needed before a tail heading can end the article. */
  tailWords: number
  /** Share of the core words needed before a tail heading. */
  tailShare: number
  /** Share of the page’s words under which a balanced cut is made again as in recall mode. */
  sparseShare: number
}

/**
 * A model as a fitting script writes it (`src/data/model.json`): the
 * weights by the name of their cue.
 */
export interface NamedModel extends Omit<Model, 'context' | 'local'> {
  /** Weight of each local cue, by its name in `localNames`. */
  local: Readonly<Record<string, number>>
  /** Weight of each context cue, by its name in `contextNames`. */
  context: Readonly<Record<string, number>>
}

/**
 * The fitted model, from `src/data/model.json`.
 *
 * ###### Notes
 * `local` and `context` are logistic-regression weights fitted on the dev
 * set (each page counts alike, a line weighs its share of the page’s words;
 * labels: whether the line’s text is in the gold article). Structure
 * parameters (`tau`, `switchCost`, `tailWords`, `tailShare`) were chosen on
 * a small grid; the threshold maximises mean token F1. `sparseShare` (0.1)
 * was the most cautious share that helped on the dev set (it changes 3 of
 * 795 pages; 0.15 changed 18 and cost cleanportaleval 0.03). Leave-one-
 * source-out figures are in the report of issue 3.
 */
export const defaultModel: Model = modelOf(fitted)

/**
 * Turn named weights into the vectors the locator multiplies.
 *
 * @param named
 *   Model with weights by cue name.
 * @returns
 *   Model with weights in the order of `localNames` and `contextNames`.
 * @throws
 *   When a cue has no weight, or a weight names no cue.
 */
export function modelOf(named: Readonly<NamedModel>): Model {
  return {
    ...named,
    local: weightsOf(named.local, localNames, 'local'),
    context: weightsOf(named.context, contextNames, 'context')
  }
}

/**
 * Weights in the order of their names.
 *
 * @param weights
 *   Weight by cue name.
 * @param names
 *   Names of the cues, in vector order.
 * @param kind
 *   Which cues (`'local'`, `'context'`), for the error.
 * @returns
 *   Weights.
 * @throws
 *   When a cue has no weight, or a weight names no cue.
 */
function weightsOf(
  weights: Readonly<Record<string, number>>,
  names: ReadonlyArray<string>,
  kind: string
): Array<number> {
  const unknown = Object.keys(weights).filter((name) => !names.includes(name))
  if (unknown.length > 0) {
    throw new Error('Unexpected ' + kind + ' weight of an unknown cue `' + unknown.join('`, `') + '`')
  }

  return names.map(function (name) {
    const weight = Object.hasOwn(weights, name) ? weights[name] : undefined
    if (typeof weight !== 'number') throw new Error('Expected a ' + kind + ' weight for the cue `' + name + '`')
    return weight
  })
}
