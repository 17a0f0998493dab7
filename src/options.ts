/**
 * The options of every function and command, checked in one place with one
 * style of message: ``Expected `options.jobs` to be a positive integer, not
 * `0` `` (``Expected `--jobs` …`` on the command line). Browser-safe: the
 * Node options are only numbers and functions.
 */

import {checkProfile} from './profile.js'
import {checkModel} from './structure/model.js'
import {categories, type CleanOptions} from './types.js'
import {typeOf} from './util/check.js'

/**
 * How hard to cut page chrome.
 */
export type Mode = NonNullable<CleanOptions['mode']>

/** Every mode, as keys: the type makes sure none is missing. */
const modeKeys: Record<Mode, true> = {balanced: true, precision: true, recall: true}

/**
 * Every mode.
 */
export const modes = Object.keys(modeKeys) as ReadonlyArray<Mode>

/**
 * How the input marks its structure, or `'auto'` to find out.
 */
export type FormatOption = NonNullable<CleanOptions['format']>

/** Every format, as keys. */
const formatKeys: Record<FormatOption, true> = {auto: true, text: true, markdown: true}

/**
 * Every format.
 */
export const formats = Object.keys(formatKeys) as ReadonlyArray<FormatOption>

/**
 * Check the `format` option of `deboilerLines`.
 *
 * @param value
 *   Value given (`undefined` or `null`: the default).
 * @returns
 *   Format.
 * @throws {TypeError}
 *   When it is not one.
 */
export function checkFormat(value: unknown): FormatOption {
  if (value === undefined || value === null) return 'auto'
  checkOption('format', value, undefined)
  return value as FormatOption
}

/** Options of `clean()`. */
export const cleanKeys = ['mode', 'format', 'plugins', 'profile', 'site', 'rules'] as const
/** Options of `cleanRecord()` and `cleanMany()`: those of `clean()` and these. */
export const recordKeys = ['field', 'siteField', 'stripped', 'pageField', 'idFields', ...cleanKeys] as const
/** Options of `cleanJsonl()`: those of `cleanRecord()` and these. */
export const batchKeys = ['jobs', 'workerHeap', 'timeout', 'onProgress', ...recordKeys] as const
/** Options of `learnJsonl()`. */
export const learnKeys = ['field', 'siteField', 'onProgress'] as const
/** Options of every function of `deboiler/queue`. */
const queueKeys = ['redis', 'queue', 'onProgress', 'onError'] as const
/** Options of `addJsonl()` (`deboiler/queue`). */
export const addKeys = [...queueKeys, 'maxRecordBytes'] as const
/** Options of `work()` (`deboiler/queue`): those of `cleanRecord()` and these. */
export const workKeys = [...queueKeys, ...recordKeys, 'concurrency', 'drain', 'lockDuration', 'signal'] as const
/** Options of `writeResults()` (`deboiler/queue`). */
export const resultsKeys = [...queueKeys, 'wait', 'timeout'] as const

/**
 * Name of an option.
 */
export type OptionKey =
  | (typeof batchKeys)[number]
  | (typeof addKeys)[number]
  | (typeof workKeys)[number]
  | (typeof resultsKeys)[number]
  | 'model'

/**
 * How messages name an option and show a bad value.
 */
export interface Naming {
  /** Name of an option (default: `options.<key>`). */
  name?: ((key: OptionKey) => string) | undefined
  /** A bad value (default: the value when its type is right, else its type). */
  shown?: ((key: OptionKey, value: unknown) => string) | undefined
}

/**
 * What an option takes.
 */
interface Expectation {
  /** Type its value has (as `typeOf()` names it). */
  type: string
  /** What it is, for messages (`a positive integer`). */
  expected: string
  /** Whether a value of that type is one (default: each is). */
  valid?: ((value: never) => boolean) | undefined
}

/** A count: workers, jobs in hand, bytes. */
const positiveInteger: Expectation = {type: 'number', expected: 'a positive integer', valid: (value: number) => Number.isInteger(value) && value >= 1}

/** What each option takes (`profile` and `rules` have checks of their own). */
const expectations: Record<Exclude<OptionKey, 'profile' | 'rules' | 'model'>, Expectation> = {
  mode: {type: 'string', expected: list(modes), valid: (value: string) => (modes as ReadonlyArray<string>).includes(value)},
  format: {type: 'string', expected: list(formats), valid: (value: string) => (formats as ReadonlyArray<string>).includes(value)},
  plugins: {type: 'array', expected: 'an array'},
  site: {type: 'string', expected: 'a string'},
  field: {type: 'string', expected: 'a string'},
  siteField: {type: 'string', expected: 'a string'},
  pageField: {type: 'string', expected: 'a string'},
  idFields: {
    type: 'array',
    expected: 'an array of field names',
    valid: (value: Array<unknown>) => value.every((item) => typeof item === 'string')
  },
  stripped: {type: 'boolean', expected: 'a boolean'},
  jobs: positiveInteger,
  workerHeap: {type: 'number', expected: 'a number of MB, at least 32', valid: (value: number) => Number.isFinite(value) && value >= 32},
  timeout: {type: 'number', expected: 'a number of seconds, more than 0', valid: (value: number) => value > 0},
  onProgress: {type: 'function', expected: 'a function'},
  onError: {type: 'function', expected: 'a function'},
  redis: {type: 'string', expected: 'a Redis URL (`redis://127.0.0.1:6379`)'},
  queue: {
    type: 'string',
    expected: 'a queue name (not empty, without `:`)',
    valid: (value: string) => value !== '' && !value.includes(':')
  },
  maxRecordBytes: positiveInteger,
  concurrency: positiveInteger,
  drain: {type: 'boolean', expected: 'a boolean'},
  lockDuration: {type: 'number', expected: 'a number of seconds, at least 1', valid: (value: number) => Number.isFinite(value) && value >= 1},
  signal: {type: 'object', expected: 'an `AbortSignal`', valid: (value: object) => value instanceof AbortSignal},
  wait: {type: 'boolean', expected: 'a boolean'}
}

const knownCategories = new Set<string>(categories)

/**
 * Check options, throwing a `TypeError` that names the bad one.
 *
 * ###### Notes
 * `undefined` and `null` are no options, and so is an option set to either.
 * Each key must be one of `keys`.
 *
 * @param options
 *   Options, from a user.
 * @param keys
 *   The options the caller takes.
 * @param naming
 *   How messages name options and show values (optional).
 * @returns
 *   The same options.
 * @throws {TypeError}
 *   When `options` is not an object, has another key, or a bad value.
 */
export function checkOptions<Options>(options: Options, keys: ReadonlyArray<OptionKey>, naming?: Naming): Options {
  if (options === undefined || options === null) return options
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('Expected `options` to be an object, not `' + typeOf(options) + '`')
  }

  for (const key of Object.keys(options)) {
    if (!(keys as ReadonlyArray<string>).includes(key)) throw new TypeError('Unexpected option `' + key + '`')
  }

  for (const key of keys) {
    const value = (options as Record<string, unknown>)[key]
    if (value !== undefined && value !== null) checkOption(key, value, naming)
  }

  return options
}

/**
 * Check one option that is given.
 *
 * @param key
 *   Option.
 * @param value
 *   Its value (not `undefined` or `null`).
 * @param naming
 *   How messages name options and show values (optional).
 * @throws {TypeError}
 *   When the value is bad.
 */
function checkOption(key: OptionKey, value: unknown, naming: Naming | undefined): undefined {
  const name = naming?.name?.(key) ?? 'options.' + key
  if (key === 'profile') return void checkProfile(value, name)
  if (key === 'rules') return checkRules(value, name)
  if (key === 'model') return void checkModel(value, name)
  const {type, expected, valid} = expectations[key]
  const ok = typeOf(value) === type && (!valid || valid(value as never))
  if (ok) return

  const shown = naming?.shown ? naming.shown(key, value) : typeOf(value) === type ? String(value) : typeOf(value)
  throw new TypeError('Expected `' + name + '` to be ' + expected + ', not `' + shown + '`')
}

/**
 * Check the categories turned on or off.
 *
 * @param rules
 *   Value of `options.rules`.
 * @param name
 *   Its name in messages.
 * @throws {TypeError}
 *   When it is not an object of categories to booleans.
 */
function checkRules(rules: unknown, name: string): undefined {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    throw new TypeError('Expected `' + name + '` to be an object, not `' + typeOf(rules) + '`')
  }

  for (const [key, value] of Object.entries(rules)) {
    if (!knownCategories.has(key)) {
      throw new TypeError('Unexpected category `' + name + '.' + key + '`, expected one of ' + categories.join(', '))
    }

    if (typeof value !== 'boolean') {
      throw new TypeError('Expected `' + name + '.' + key + '` to be a boolean, not `' + typeOf(value) + '`')
    }
  }
}

/**
 * List values for a message: `` `'a'`, `'b'` or `'c'` ``.
 *
 * @param values
 *   Values.
 * @returns
 *   List.
 */
function list(values: ReadonlyArray<string>): string {
  const quoted = values.map((value) => "`'" + value + "'`")
  return quoted.slice(0, -1).join(', ') + ' or ' + quoted.at(-1)
}
