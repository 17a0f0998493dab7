import fitted from '../data/model.json' with {type: 'json'}
import {contextNames, localNames, pageNames} from './classify.js'

/**
 * Weights and thresholds of the locator.
 */
export interface Model {
  /** Weights of the local cues (order of `localNames`). */
  local: ReadonlyArray<number>
  /** Weights of the context cues (order of `contextNames`). */
  context: ReadonlyArray<number>
  /** Weights of the page cues (order of `pageNames`): whether the page reads as an article. */
  page: ReadonlyArray<number>
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
export interface NamedModel extends Omit<Model, 'context' | 'local' | 'page'> {
  /** Weight of each local cue, by its name in `localNames`. */
  local: Readonly<Record<string, number>>
  /** Weight of each context cue, by its name in `contextNames`. */
  context: Readonly<Record<string, number>>
  /** Weight of each page cue, by its name in `pageNames`. */
  page: Readonly<Record<string, number>>
}

/**
 * The fitted model, from `src/data/model.json`.
 *
 * @returns
 *   Model.
 *
 * ###### Notes
 * Written by `npm run train` (`bench/train.mjs`), which says how: `local`
 * and `context` are logistic-regression weights fitted on every dev set with
 * articles (a line labelled by the share of its words in the gold article),
 * `tau` and `switchCost` chosen on a grid and the threshold on a grid for the
 * best mean token F1, `page` fitted on articles against the other kinds of
 * page. `modeStep`, `tauStep`, `massCap`, `tailWords`, `tailShare` and
 * `sparseShare` are settings of the method, not fitted.
 */
export function fittedModel(): Model {
  fittedCache ??= modelOf(fitted)
  return fittedCache
}

/**
 * The fitted model, once read (read on first use: `npm run train` loads this
 * module to fit a model with cues the file has no weight for yet).
 */
let fittedCache: Model | undefined

const checked = new WeakMap<object, Model>()

/**
 * Check a model given as an option and turn it into vectors (once per
 * object).
 *
 * @param value
 *   Model with weights by cue name, as `npm run train` writes it.
 * @param name
 *   Name of the option, for errors.
 * @returns
 *   Model with weight vectors.
 * @throws
 *   When it is not a model: not an object, a number missing or not finite,
 *   a cue without a weight or a weight of no cue.
 */
export function checkModel(value: unknown, name: string): Model {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('Expected `' + name + '` to be a model object (as `npm run train` writes it)')
  }

  const cached = checked.get(value)
  if (cached) return cached
  const record = value as Record<string, unknown>
  for (const key of numberKeys) {
    const number = record[key]
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      throw new TypeError('Expected `' + name + '.' + key + '` to be a finite number')
    }
  }

  for (const key of ['local', 'context', 'page'] as const) {
    const weights = record[key]
    if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) {
      throw new TypeError('Expected `' + name + '.' + key + '` to be an object of weights by cue name')
    }

    for (const [cue, weight] of Object.entries(weights)) {
      if (typeof weight !== 'number' || !Number.isFinite(weight)) {
        throw new TypeError('Expected `' + name + '.' + key + '` weight of `' + cue + '` to be a finite number')
      }
    }
  }

  const result = modelOf(value as NamedModel)
  checked.set(value, result)
  return result
}

/**
 * Numbers every model has besides its weights.
 */
const numberKeys = [
  'threshold',
  'modeStep',
  'tau',
  'tauStep',
  'massCap',
  'switchCost',
  'tailWords',
  'tailShare',
  'sparseShare'
] as const satisfies ReadonlyArray<keyof Model>

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
    context: weightsOf(named.context, contextNames, 'context'),
    page: weightsOf(named.page, pageNames, 'page')
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
